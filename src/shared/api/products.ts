import { z } from 'zod';
import { method } from './define';
import { id, optionalText, paise, str } from './fields';

export const UNITS = ['piece', 'pair', 'set', 'metre'] as const;
export type Unit = (typeof UNITS)[number];
/** GST slabs in basis points (0.25 % is cut and polished stones; 3 % jewellery). */
export const GST_RATES_BPS = [0, 25, 300, 500, 1200, 1800, 2800] as const;
/** One million units: far beyond any shelf, small enough that qty x price stays exact. */
export const MAX_QTY_MILLI = 1_000_000_000;

/** Quantities are integer thousandths of the unit; whole units are checked per product in the core. */
export const qtyMilli = z.number().int().min(1).max(MAX_QTY_MILLI);
export const qtyMilliOrZero = z.number().int().min(0).max(MAX_QTY_MILLI);
export const bps = z.number().int().min(0).max(10_000);
const code = str().trim().regex(/^[0-9A-Za-z-]{4,32}$/, { message: 'invalid_format' });

const productShape = {
  nameHi: optionalText(120),
  nameEn: optionalText(120),
  craftId: id,
  /** null: the group's own stock; otherwise the artisan whose goods are on consignment. */
  artisanId: id.nullable().default(null),
  pricePaise: paise,
  costPaise: paise.nullable().default(null),
  /** null: the artisan's default commission. */
  commissionBps: bps.nullable().default(null),
  /** Instead of a percentage: she gets this much a unit (the shop keeps the rest). */
  artisanFixedPaise: paise.nullable().default(null),
  /** 'split': a discount lowers both parts alike; 'shop': it comes out of the shop's part only. */
  discountRule: z.enum(['split', 'shop']).default('split'),
  hsn: str().trim().regex(/^(\d{4}|\d{6}|\d{8})?$/, { message: 'invalid_format' }).default(''),
  gstRateBps: z.number().int().refine((r) => (GST_RATES_BPS as readonly number[]).includes(r), { message: 'gst_rate' }).default(0),
  unit: z.enum(UNITS).default('piece'),
  forSale: z.boolean().default(true),
  forRent: z.boolean().default(false),
  lowStockMilli: qtyMilliOrZero.default(0),
  /** Empty: made from the craft code and the product number. */
  sku: str().trim().regex(/^[0-9A-Za-z._/-]{0,32}$/, { message: 'invalid_format' }).default(''),
};

type Named = { nameHi: string; nameEn: string };
/** Either name may be empty, not both; a product is for sale, for rent or both. */
export function oneName(v: Named, ctx: z.RefinementCtx): void {
  if (!v.nameHi && !v.nameEn) ctx.addIssue({ code: 'custom', path: ['nameHi'], message: 'one_name' });
}
function saleOrRent(v: { forSale: boolean; forRent: boolean }, ctx: z.RefinementCtx): void {
  if (!v.forSale && !v.forRent) ctx.addIssue({ code: 'custom', path: ['forRent'], message: 'sale_or_rent' });
}

export const productCreateInput = z
  .object({ ...productShape, barcodes: z.array(code).max(10).default([]) })
  .superRefine(oneName)
  .superRefine(saleOrRent);
/** An edit sends the whole product; barcodes left out stay as they are. */
export const productUpdateInput = z
  .object({ id, ...productShape, barcodes: z.array(code).max(10).optional() })
  .superRefine(oneName)
  .superRefine(saleOrRent);
export type ProductInput = z.output<typeof productCreateInput>;

export interface Product {
  id: number;
  uid: string;
  sku: string;
  nameHi: string;
  nameEn: string;
  craftId: number;
  craftHi: string;
  craftEn: string;
  artisanId: number | null;
  artisanHi: string | null;
  artisanEn: string | null;
  pricePaise: number;
  costPaise: number | null;
  commissionBps: number | null;
  artisanFixedPaise: number | null;
  discountRule: 'split' | 'shop';
  hsn: string;
  gstRateBps: number;
  unit: Unit;
  forSale: boolean;
  forRent: boolean;
  status: 'active' | 'archived';
  lowStockMilli: number;
  onHandMilli: number;
  barcodes: string[];
  createdAt: string;
  updatedAt: string;
}

export const productsApi = {
  'products.get': method<Product>()({ input: z.object({ id }), access: 'user' }),
  'products.create': method<Product>()({ input: productCreateInput, access: 'manager' }),
  'products.update': method<Product>()({ input: productUpdateInput, access: 'manager' }),
  /** Archived products leave the counter and the catalogue page; they are never deleted. */
  'products.archive': method<Product>()({ input: z.object({ id }), access: 'manager' }),
  'products.restore': method<Product>()({ input: z.object({ id }), access: 'manager' }),
};
