/** A custom order's slip in the printing document's shape (orders.get's data). */
import { AppError } from '../../shared/errors';
import type { Lang } from '../../shared/money';
import type { OrderSlip } from '../../printing/types';
import type { DB } from '../db/open';
import { getOrder } from '../orders/read';
import { openWorkOf } from '../orders/list';
import { shopToday } from '../shop-day';
import { shopOf, type Doc } from './documents';

export function orderSlipDoc(db: DB, orderId: number, now: Date, lang?: Lang): Doc {
  const { shop, lang: shopLang } = shopOf(db);
  const L = lang ?? shopLang;
  const o = getOrder(db, orderId, shopToday(db, now));
  if (o.status === 'cancelled') throw new AppError('ORDER_STATUS', { field: 'orderId', orderNo: o.orderNo, status: o.status });
  const payload: OrderSlip = {
    shop, lang: L, orderNo: o.orderNo, at: o.createdAt, cashier: o.createdBy, customer: { name: o.customerName, phone: o.customerPhone }, dueDate: o.dueDate, status: o.status,
    items: o.lines.map((l) => ({
      nameHi: l.nameHi, nameEn: l.nameEn, qtyMilli: l.qtyMilli, deliveredMilli: l.deliveredMilli, unitPricePaise: l.unitPricePaise, linePaise: l.linePaise,
      makers: l.makers.map((m) => (L === 'hi' ? m.nameHi || m.nameEn : m.nameEn || m.nameHi)),
    })),
    pricePaise: o.pricePaise, advancePaise: o.advancePaise, heldPaise: o.heldPaise,
    deliveries: o.deliveries.map((d) => ({ billNo: d.billNo, totalPaise: d.totalPaise })),
    balancePaise: Math.max(0, o.openValuePaise - o.heldPaise),
    payments: o.money.filter((m) => m.kind === 'advance').map((m) => ({ method: m.method!, amountPaise: m.amountPaise, ref: m.ref || undefined })),
    note: o.note || undefined,
  };
  return { docType: 'order_slip', ref: o.orderNo, payload };
}

/** Her open order work for her payout slip, as of the slip's period end. */
export function openWorkLines(db: DB, artisanId: number, asOf: string): NonNullable<import('../../printing/types').PayoutSlip['openWork']> {
  return openWorkOf(db, artisanId, asOf).flatMap((o) => (o.work ?? []).map((w) => ({ orderNo: o.orderNo, nameHi: w.nameHi, nameEn: w.nameEn, openMilli: w.openMilli, dueDate: o.dueDate })));
}
