import { z } from 'zod';
import { DENOMINATIONS, type DenominationKey } from '../denominations';
import { method } from './define';
import { paise, requestId, text } from './fields';

/** A count of one denomination: whole pieces, 0 or more (a negative or fractional count is 'whole_count'). */
const pieces = z.number().refine((n) => Number.isInteger(n) && n >= 0 && n <= 1_000_000, { message: 'whole_count' });
/** A drawer count by denomination; a denomination left out counts 0. */
export const countsInput = z.object(Object.fromEntries(DENOMINATIONS.map((d) => [d.key, pieces.optional()])) as Record<DenominationKey, z.ZodOptional<typeof pieces>>);

export interface DayOpenRecord {
  date: string;
  floatPaise: number;
  /** What the drawer's ledger carried over from the day before (the float's difference from it is a 'float' movement). */
  carriedPaise: number;
  counts: Partial<Record<DenominationKey, number>>;
  openedBy: string;
  at: string;
}

export interface CashMove {
  id: number;
  direction: 'in' | 'out';
  amountPaise: number;
  reason: string;
  by: string;
  at: string;
}

/** The counter's shop day: today, or the next one once today is closed (new bills are dated `tradingDay`). */
export interface TillStatus {
  today: string;
  tradingDay: string;
  /** Today's close, when today is closed (then tradingDay is tomorrow). */
  todayClosed: { closedBy: string; at: string } | null;
  opened: DayOpenRecord | null;
  moves: CashMove[];
}

export interface TillSettings {
  /** A difference at the close above this needs a manager's PIN and a note; null: no limit set. */
  closeLimitPaise: number | null;
}

export const tillApi = {
  /** The counter's shop day and its drawer: opened with what float, the cash in and out so far. */
  'till.status': method<TillStatus>()({ input: z.object({}), access: 'user' }),
  /** Start the shop day with a float counted by denomination (once a day, before its close). */
  'till.openDay': method<DayOpenRecord>()({ input: z.object({ requestId, counts: countsInput }), access: 'manager', idempotent: true }),
  /** Cash put into or taken out of the drawer with a reason, between the day's opening and its close. */
  'till.moveCash': method<CashMove>()({
    input: z.object({ requestId, direction: z.enum(['in', 'out']), amountPaise: paise.refine((p) => p > 0, { message: 'amount' }), reason: text(120) }),
    access: 'manager',
    idempotent: true,
  }),
  'till.getSettings': method<TillSettings>()({ input: z.object({}), access: 'manager' }),
  'till.updateSettings': method<TillSettings>()({ input: z.object({ closeLimitPaise: paise.nullable() }), access: 'owner' }),
};
