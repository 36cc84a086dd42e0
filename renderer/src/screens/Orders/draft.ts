/** A new order as typed on the screen (text fields), and its reading into the orders.create input; pure, so it is tested without a DOM. */
import type { Input } from '../../../../src/shared/api';
import type { PaymentMethod } from '../../../../src/shared/api/sales';
import { parseRupees, parseScaled } from '../../../../src/shared/money';

export interface MakerDraft { artisanId: string; share: string }
export interface LineDraft { sku: string; productId: number | null; nameHi: string; nameEn: string; craftId: string; qty: string; price: string; makers: MakerDraft[] }
export interface OrderDraft { name: string; phone: string; dueDate: string; note: string; lines: LineDraft[]; advance: string; method: PaymentMethod; ref: string }

export const emptyLine = (): LineDraft => ({ sku: '', productId: null, nameHi: '', nameEn: '', craftId: '', qty: '', price: '', makers: [{ artisanId: '', share: '' }] });
export const emptyOrder = (dueDate: string): OrderDraft => ({ name: '', phone: '', dueDate, note: '', lines: [emptyLine()], advance: '', method: 'cash', ref: '' });

/** Whole units (the counter counts pieces); null when not a whole number. */
export const units = (s: string): number | null => (/^\s*\d{1,7}\s*$/.test(s) ? Number(s.trim()) : null);
/** '60' or '12.5' per cent as basis points. */
export const shareBps = (s: string): number | null => parseScaled(s, 2);

export function lineTotal(l: LineDraft): number {
  const q = units(l.qty);
  const p = parseRupees(l.price);
  return q !== null && p !== null ? q * p : 0;
}

export function toInput(d: OrderDraft, requestId: string): Input<'orders.create'> {
  const advance = parseRupees(d.advance) ?? 0;
  return {
    requestId,
    customer: { name: d.name.trim(), phone: d.phone.trim() },
    dueDate: d.dueDate,
    note: d.note.trim(),
    lines: d.lines.map((l) => ({
      ...(l.productId !== null ? { productId: l.productId } : { craftId: Number(l.craftId) || 0 }),
      nameHi: l.nameHi.trim(),
      nameEn: l.nameEn.trim(),
      qtyMilli: (units(l.qty) ?? 0) * 1000,
      unitPricePaise: parseRupees(l.price) ?? 0,
      makers: l.makers.filter((m) => m.artisanId).map((m) => ({ artisanId: Number(m.artisanId), shareBps: shareBps(m.share) ?? 0 })),
    })),
    advance: advance > 0 ? [{ method: d.method, amountPaise: advance, ref: d.ref.trim() }] : [],
  };
}
