import type { ProductRow } from '../../../../src/shared/api';
import type { CheckoutInput, DiscountInput } from '../../../../src/shared/api/sales';
import { applyBps, mulDivRound, parseRupees, parseScaled } from '../../../../src/shared/money';
import { formatQty, parseQty } from '../Stock/qty';

export type Unit = 'piece' | 'pair' | 'set' | 'metre';

/** A discount as typed: rupees or a percentage, kept as text until the bill is sent. */
export interface DiscountDraft {
  kind: 'amount' | 'percent';
  text: string;
}

export interface CartLine {
  key: string;
  productId: number;
  sku: string;
  nameHi: string;
  nameEn: string;
  unit: Unit;
  /** The price the cashier sees (the server refuses the sale if it changed since). */
  pricePaise: number;
  qtyText: string;
  discount: DiscountDraft;
  /** A changed unit price in rupees as typed ('' = the list price); a manager must allow it. */
  priceText?: string;
}

export interface Cart {
  lines: CartLine[];
  billDiscount: DiscountDraft;
  discountReason: string;
  customerName: string;
  customerPhone: string;
}

export const emptyDiscount = (): DiscountDraft => ({ kind: 'amount', text: '' });
export const emptyCart = (): Cart => ({ lines: [], billDiscount: emptyDiscount(), discountReason: '', customerName: '', customerPhone: '' });

export const wholeUnits = (u: Unit) => u !== 'metre';

/** Why a found product cannot go on a bill (the core would refuse it too), or null. */
export function notSellable(p: { status?: string; forSale: boolean }): 'PRODUCT_ARCHIVED' | 'NOT_FOR_SALE' | null {
  if (p.status === 'archived') return 'PRODUCT_ARCHIVED';
  return p.forSale ? null : 'NOT_FOR_SALE';
}

/** The quantity typed on a line, in thousandths; null when it is not a usable quantity for the unit. */
export function lineQty(l: CartLine): number | null {
  const q = parseQty(l.qtyText);
  if (q === null || q <= 0) return null;
  if (wholeUnits(l.unit) && q % 1000 !== 0) return null;
  return q;
}

/** The discount typed, as the API wants it; undefined for none; null for text that is not a number. */
export function parseDiscount(d: DiscountDraft): DiscountInput | undefined | null {
  if (!d.text.trim()) return undefined;
  if (d.kind === 'amount') {
    const paise = parseRupees(d.text);
    return paise === null ? null : paise === 0 ? undefined : { kind: 'amount', paise };
  }
  const bps = parseScaled(d.text.replace(/%\s*$/, ''), 2);
  return bps === null || bps < 0 || bps > 10_000 ? null : bps === 0 ? undefined : { kind: 'percent', bps };
}

/** The changed unit price typed on a line: undefined for none (or the same price), null for text that is not a price. */
export function lineOverride(l: CartLine): number | undefined | null {
  const text = l.priceText?.trim() ?? '';
  if (!text) return undefined;
  const paise = parseRupees(text);
  if (paise === null || paise <= 0) return null;
  return paise === l.pricePaise ? undefined : paise;
}

export function addProduct(cart: Cart, p: ProductRow): Cart {
  const i = cart.lines.findIndex((l) => l.productId === p.id);
  if (i >= 0) {
    const l = cart.lines[i]!;
    const q = lineQty(l) ?? 0;
    return setLine(cart, i, { qtyText: formatQty(q + 1000) });
  }
  const line: CartLine = {
    key: `${p.id}-${Date.now()}`, productId: p.id, sku: p.sku, nameHi: p.nameHi, nameEn: p.nameEn, unit: p.unit ?? 'piece',
    pricePaise: p.pricePaise, qtyText: '1', discount: emptyDiscount(),
  };
  return { ...cart, lines: [...cart.lines, line] };
}

export function setLine(cart: Cart, i: number, patch: Partial<CartLine>): Cart {
  return { ...cart, lines: cart.lines.map((l, j) => (j === i ? { ...l, ...patch } : l)) };
}

/** One step up or down: a whole piece, or half a metre. */
export function stepQty(l: CartLine, dir: 1 | -1): string {
  const step = wholeUnits(l.unit) ? 1000 : 500;
  const q = lineQty(l) ?? 0;
  return formatQty(Math.max(step, q + dir * step));
}

export interface CartTotals {
  lines: { grossPaise: number; discountPaise: number; amountPaise: number; qtyOk: boolean; discountOk: boolean; unitPricePaise: number; priceOk: boolean }[];
  grossPaise: number;
  lineDiscountPaise: number;
  billDiscountPaise: number;
  totalPaise: number;
  billDiscountOk: boolean;
  /** Every line has a quantity and every discount reads and fits. */
  ready: boolean;
}

function discountAmount(d: DiscountInput | undefined | null, base: number): { paise: number; ok: boolean } {
  if (d === null) return { paise: 0, ok: false };
  if (!d) return { paise: 0, ok: true };
  const paise = d.kind === 'amount' ? d.paise : applyBps(base, d.bps);
  return paise > base ? { paise: 0, ok: false } : { paise, ok: true };
}

/**
 * What the screen shows before the sale, by the core's rules (src/core/sales/pricing.ts):
 * gross = qty x price rounded once; line discount on gross; bill discount on what is left;
 * prices include GST, so the total is the sum of the lines. The server's bill is final.
 */
export function cartTotals(cart: Cart): CartTotals {
  const lines = cart.lines.map((l) => {
    const q = lineQty(l);
    const o = lineOverride(l);
    const unitPricePaise = o ?? l.pricePaise;
    const grossPaise = q === null ? 0 : mulDivRound(q, unitPricePaise, 1000);
    const d = discountAmount(parseDiscount(l.discount), grossPaise);
    return { grossPaise, discountPaise: d.paise, amountPaise: grossPaise - d.paise, qtyOk: q !== null, discountOk: d.ok, unitPricePaise, priceOk: o !== null };
  });
  const sub = lines.reduce((s, l) => s + l.amountPaise, 0);
  const bill = discountAmount(parseDiscount(cart.billDiscount), sub);
  const grossPaise = lines.reduce((s, l) => s + l.grossPaise, 0);
  const lineDiscountPaise = lines.reduce((s, l) => s + l.discountPaise, 0);
  return {
    lines, grossPaise, lineDiscountPaise, billDiscountPaise: bill.paise, totalPaise: sub - bill.paise, billDiscountOk: bill.ok,
    ready: cart.lines.length > 0 && bill.ok && lines.every((l) => l.qtyOk && l.discountOk && l.priceOk),
  };
}

/** The cart as sales.checkout wants it (payments and approval are added by the payment step). */
export function checkoutLines(cart: Cart): Pick<CheckoutInput, 'lines' | 'billDiscount' | 'discountReason' | 'customerName' | 'customerPhone'> {
  return {
    lines: cart.lines.map((l) => {
      const discount = parseDiscount(l.discount) ?? undefined;
      const override = lineOverride(l) ?? undefined;
      return {
        productId: l.productId, qtyMilli: lineQty(l) ?? 0, expectedPricePaise: l.pricePaise,
        ...(override !== undefined ? { priceOverridePaise: override } : {}), ...(discount ? { discount } : {}),
      };
    }),
    ...(parseDiscount(cart.billDiscount) ? { billDiscount: parseDiscount(cart.billDiscount)! } : {}),
    discountReason: cart.discountReason.trim(),
    customerName: cart.customerName.trim(),
    customerPhone: cart.customerPhone.trim(),
  };
}

/** A held cart comes back as whatever JSON was saved: take only what still reads as a cart. */
export function cartFromHeld(saved: Record<string, unknown>): Cart | null {
  const c = saved as Partial<Cart>;
  if (!Array.isArray(c.lines)) return null;
  return { ...emptyCart(), ...c, lines: c.lines.filter((l) => typeof l?.productId === 'number') };
}
