import { z } from 'zod';
import { method } from './define';
import { id, optionalMultiline, optionalPhone, optionalText, str } from './fields';
import { bps, oneName } from './products';

const upiId = str().trim().regex(/^[\w.-]{2,256}@[A-Za-z][A-Za-z0-9]{1,63}$/, { message: 'upi' });

const artisanShape = {
  nameHi: optionalText(80),
  nameEn: optionalText(80),
  phone: optionalPhone,
  village: optionalText(200),
  upiId: z.union([z.literal(''), upiId]).default(''),
  /** Free text for now (account no., IFSC, bank); payouts may structure it later. */
  bankDetails: optionalMultiline(300),
  /** The shop's share of a sale, in basis points. */
  commissionBps: bps,
  notes: optionalMultiline(500),
  active: z.boolean().default(true),
};

export const artisanCreateInput = z.object(artisanShape).superRefine(oneName);
export const artisanUpdateInput = z.object({ id, ...artisanShape }).superRefine(oneName);
export type ArtisanInput = z.output<typeof artisanCreateInput>;

export interface Artisan {
  id: number;
  uid: string;
  nameHi: string;
  nameEn: string;
  phone: string;
  village: string;
  upiId: string;
  bankDetails: string;
  commissionBps: number;
  notes: string;
  active: boolean;
  createdAt: string;
  /** Her active products, and the stock of them on hand valued at selling price. */
  productCount: number;
  stockValuePaise: number;
}

export const artisansApi = {
  'artisans.list': method<Artisan[]>()({ input: z.object({ includeInactive: z.boolean().default(false) }), access: 'user' }),
  'artisans.get': method<Artisan>()({ input: z.object({ id }), access: 'user' }),
  'artisans.create': method<Artisan>()({ input: artisanCreateInput, access: 'manager' }),
  /** Whole record; set active: false to retire an artisan (never deleted). */
  'artisans.update': method<Artisan>()({ input: artisanUpdateInput, access: 'manager' }),
};
