import { z } from 'zod';
import { method } from './define';
import { id, optionalText, text } from './fields';
import { qtyMilli, qtyMilliOrZero, type Unit } from './products';

export interface CountLine {
  productId: number;
  sku: string;
  nameHi: string;
  nameEn: string;
  unit: Unit;
  pricePaise: number;
  /** On hand when the count started. */
  snapshotMilli: number;
  /** Movements (sales, intakes…) since the start, up to now. */
  sinceStartMilli: number;
  countedMilli: number | null;
  /** What the ledger said at the moment this line was last counted (see core/stock/counts.ts). */
  expectedMilli: number;
  varianceMilli: number | null;
  varianceValuePaise: number | null;
}

export interface CountSheet {
  id: number;
  uid: string;
  scope: 'all' | 'craft' | 'artisan';
  craftId: number | null;
  artisanId: number | null;
  status: 'open' | 'posted' | 'cancelled';
  note: string;
  startedAt: string;
  startedBy: string;
  closedAt: string | null;
  reason: string;
  lines: CountLine[];
  countedLines: number;
  varianceValuePaise: number;
}

export type CountSummary = Omit<CountSheet, 'lines'>;

export const countsApi = {
  /** Snapshot the expected quantities of all products, one craft's, or one artisan's. */
  'counts.start': method<CountSheet>()({
    input: z.discriminatedUnion('scope', [
      z.object({ scope: z.literal('all'), note: optionalText(200) }),
      z.object({ scope: z.literal('craft'), craftId: id, note: optionalText(200) }),
      z.object({ scope: z.literal('artisan'), artisanId: id, note: optionalText(200) }),
    ]),
    access: 'manager',
  }),
  'counts.get': method<CountSheet>()({ input: z.object({ id }), access: 'user' }),
  'counts.list': method<CountSummary[]>()({
    input: z.object({ status: z.enum(['open', 'posted', 'cancelled']).optional(), limit: z.number().int().min(1).max(200).default(50) }),
    access: 'user',
  }),
  /** A scan (barcode or SKU) adds to the line; repeated scans add up. */
  'counts.scan': method<CountLine>()({
    input: z.object({ id, code: text(32), qtyMilli: qtyMilli.default(1000) }),
    access: 'manager',
  }),
  /** A typed quantity replaces what was counted. */
  'counts.set': method<CountLine>()({ input: z.object({ id, productId: id, countedMilli: qtyMilliOrZero }), access: 'manager' }),
  /** Post each difference as a count_adjustment movement; a count posts once. */
  'counts.post': method<CountSheet>()({
    input: z.object({ id, reason: text(200), uncounted: z.enum(['skip', 'zero']).default('skip') }),
    access: 'manager',
  }),
  'counts.cancel': method<CountSheet>()({ input: z.object({ id, reason: optionalText(200) }), access: 'manager' }),
};
