import type { Product, Unit } from '../../../../src/shared/api';
import type { ProductInput } from '../../../../src/shared/api/products';
import { parseRupees, parseScaled } from '../../../../src/shared/money';
import { formatQty, parseQty } from './qty';

/** The product form as typed: strings until saved, so half-typed numbers are never lost. */
export interface ProductFormState {
  nameHi: string;
  nameEn: string;
  craftId: string;
  /** '' is the group's own stock, else an artisan's id. */
  owner: string;
  price: string;
  cost: string;
  commission: string;
  /** '' = a percentage share; else she gets this many ₹ a unit. */
  artisanFixed: string;
  discountRule: 'split' | 'shop';
  hsn: string;
  gstRateBps: string;
  unit: Unit;
  forSale: boolean;
  forRent: boolean;
  lowStock: string;
  sku: string;
  barcodes: string[];
}

export const EMPTY_FORM: ProductFormState = {
  nameHi: '', nameEn: '', craftId: '', owner: '', price: '', cost: '', commission: '', artisanFixed: '', discountRule: 'split', hsn: '', gstRateBps: '0',
  unit: 'piece', forSale: true, forRent: false, lowStock: '0', sku: '', barcodes: [''],
};

const rupees = (paise: number) => (paise % 100 === 0 ? String(paise / 100) : (paise / 100).toFixed(2));

export function formFromProduct(p: Product): ProductFormState {
  return {
    nameHi: p.nameHi, nameEn: p.nameEn, craftId: String(p.craftId), owner: p.artisanId === null ? '' : String(p.artisanId),
    price: rupees(p.pricePaise), cost: p.costPaise === null ? '' : rupees(p.costPaise),
    commission: p.commissionBps === null ? '' : String(p.commissionBps / 100),
    artisanFixed: p.artisanFixedPaise === null ? '' : rupees(p.artisanFixedPaise), discountRule: p.discountRule, hsn: p.hsn, gstRateBps: String(p.gstRateBps),
    unit: p.unit, forSale: p.forSale, forRent: p.forRent, lowStock: formatQty(p.lowStockMilli), sku: p.sku,
    barcodes: p.barcodes.length ? [...p.barcodes] : [''],
  };
}

/**
 * The form as the core's input, or the fields whose typed text is not a number (named like the
 * core names them, so the same place shows either kind of error). Value rules stay in the core.
 */
export function inputFromForm(f: ProductFormState): { input: ProductInput } | { errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const price = parseRupees(f.price);
  if (!f.price.trim()) errors.pricePaise = 'required';
  else if (price === null) errors.pricePaise = 'amount';
  const cost = f.cost.trim() ? parseRupees(f.cost) : null;
  if (f.cost.trim() && cost === null) errors.costPaise = 'amount';
  const commission = f.commission.trim() ? parseScaled(f.commission, 2) : null;
  if (commission !== null && (commission < 0 || commission > 10_000)) errors.commissionBps = 'percent';
  if (f.commission.trim() && commission === null) errors.commissionBps = 'percent';
  const fixed = f.artisanFixed.trim() ? parseRupees(f.artisanFixed) : null;
  if (f.artisanFixed.trim() && (fixed === null || fixed < 0)) errors.artisanFixedPaise = 'amount';
  const low = f.lowStock.trim() ? parseQty(f.lowStock) : 0;
  if (low === null || low < 0) errors.lowStockMilli = 'quantity';
  if (!f.craftId) errors.craftId = 'required';
  if (Object.keys(errors).length) return { errors };
  return {
    input: {
      nameHi: f.nameHi.trim(), nameEn: f.nameEn.trim(), craftId: Number(f.craftId), artisanId: f.owner ? Number(f.owner) : null,
      pricePaise: price!, costPaise: cost, commissionBps: commission, artisanFixedPaise: fixed, discountRule: f.discountRule, hsn: f.hsn.trim(), gstRateBps: Number(f.gstRateBps),
      unit: f.unit, forSale: f.forSale, forRent: f.forRent, lowStockMilli: low!, sku: f.sku.trim(),
      barcodes: f.barcodes.map((b) => b.trim()).filter(Boolean),
    },
  };
}
