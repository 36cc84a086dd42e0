/** A custom order as the screens read it: lines with makers and what is delivered, the advance's ledger, deliveries. */
import { keptOnCancel, OPEN_STATUSES, type Order, type OrderLine, type OrderMoneyRow, type OrderStatus } from '../../shared/api/orders';
import { AppError } from '../../shared/errors';
import { mulDivRound } from '../../shared/money';
import type { DB } from '../db/open';
import { stmt } from '../db/stmt';

export interface OrderRow {
  id: number; uid: string; order_no: string; customer_name: string; customer_phone: string; due_date: string; note: string; price_paise: number;
  status: OrderStatus; created_at: string; created_by: number; cancelled_at: string | null; cancel_reason: string;
}

export interface OrderLineRow {
  id: number; order_id: number; line_no: number; product_id: number | null; made_product_id: number | null; craft_id: number; name_hi: string; name_en: string;
  unit: string; qty_milli: number; unit_price_paise: number; line_paise: number; gst_rate_bps: number; delivered_milli: number;
}

export function orderRow(db: DB, orderId: number, field: string = 'orderId'): OrderRow {
  const r = stmt<[number], OrderRow>(db, 'SELECT * FROM orders WHERE id = ?').get(orderId);
  if (!r) throw new AppError('NOT_FOUND', { what: 'order', field, id: orderId });
  return r;
}

export function lineRows(db: DB, orderId: number): OrderLineRow[] {
  return stmt<[number], OrderLineRow>(
    db,
    `SELECT l.*, COALESCE((SELECT sum(d.qty_milli) FROM order_delivery_lines d WHERE d.order_line_id = l.id), 0) AS delivered_milli
       FROM order_lines l WHERE l.order_id = ? ORDER BY l.line_no`,
  ).all(orderId);
}

export function makersOf(db: DB, lineId: number): { artisanId: number; shareBps: number; nameHi: string; nameEn: string }[] {
  return stmt<[number], { artisanId: number; shareBps: number; nameHi: string; nameEn: string }>(
    db,
    `SELECT m.artisan_id AS artisanId, m.share_bps AS shareBps, a.name_hi AS nameHi, a.name_en AS nameEn
       FROM order_makers m JOIN artisans a ON a.id = m.artisan_id WHERE m.order_line_id = ? ORDER BY m.share_bps DESC, m.artisan_id`,
  ).all(lineId);
}

/** What the order's advance ledger holds for the customer now. */
export function heldOf(db: DB, orderId: number): number {
  return stmt<[number], { h: number }>(db, 'SELECT COALESCE(sum(amount_paise), 0) AS h FROM order_money WHERE order_id = ?').get(orderId)!.h;
}

/** Value still to be delivered, at the agreed unit prices (as a delivery's bill would price it). */
export function openValueOf(lines: OrderLineRow[]): number {
  return lines.reduce((a, l) => a + mulDivRound(l.qty_milli - l.delivered_milli, l.unit_price_paise, 1000), 0);
}

export const cancelKeepBps = (db: DB): number =>
  stmt<[], { b: number }>(db, 'SELECT order_cancel_keep_bps AS b FROM shop_settings WHERE id = 1').get()?.b ?? 2500;

export function getOrder(db: DB, orderId: number, today: string): Order {
  const r = orderRow(db, orderId);
  const lines = lineRows(db, orderId);
  const money = stmt<[number], OrderMoneyRow>(
    db,
    `SELECT m.kind, m.method, m.amount_paise AS amountPaise, m.ref, s.bill_no AS billNo, m.at FROM order_money m LEFT JOIN sales s ON s.id = m.sale_id
      WHERE m.order_id = ? ORDER BY m.id`,
  ).all(orderId);
  const deliveries = stmt<[number], { id: number; deliveryNo: number; saleId: number; billNo: string; at: string; totalPaise: number; appliedPaise: number }>(
    db,
    `SELECT d.id, d.delivery_no AS deliveryNo, d.sale_id AS saleId, s.bill_no AS billNo, d.at, s.total_paise AS totalPaise,
            COALESCE((SELECT -sum(m.amount_paise) FROM order_money m WHERE m.sale_id = d.sale_id AND m.kind = 'applied'), 0) AS appliedPaise
       FROM order_deliveries d JOIN sales s ON s.id = d.sale_id WHERE d.order_id = ? ORDER BY d.delivery_no`,
  ).all(orderId);
  const held = heldOf(db, orderId);
  const rule = OPEN_STATUSES.includes(r.status) ? keptOnCancel(r.status, held, cancelKeepBps(db)) : { keepPaise: 0, rule: 'closed' };
  const user = stmt<[number], { name: string }>(db, 'SELECT name FROM users WHERE id = ?').get(r.created_by);
  return {
    id: r.id, orderNo: r.order_no, customerName: r.customer_name, customerPhone: r.customer_phone, dueDate: r.due_date, status: r.status, note: r.note,
    pricePaise: r.price_paise, advancePaise: money.filter((m) => m.kind === 'advance').reduce((a, m) => a + m.amountPaise, 0), heldPaise: held,
    openValuePaise: OPEN_STATUSES.includes(r.status) ? openValueOf(lines) : 0, createdAt: r.created_at, createdBy: user?.name ?? '',
    cancelledAt: r.cancelled_at, cancelReason: r.cancel_reason, overdue: OPEN_STATUSES.includes(r.status) && r.due_date < today,
    lines: lines.map((l): OrderLine => ({
      id: l.id, lineNo: l.line_no, productId: l.product_id, craftId: l.craft_id, nameHi: l.name_hi, nameEn: l.name_en, unit: l.unit, qtyMilli: l.qty_milli,
      deliveredMilli: l.delivered_milli, unitPricePaise: l.unit_price_paise, linePaise: l.line_paise, gstRateBps: l.gst_rate_bps, makers: makersOf(db, l.id),
    })),
    deliveries: deliveries.map((d) => ({
      ...d,
      lines: stmt<[number], { orderLineId: number; qtyMilli: number }>(db, 'SELECT order_line_id AS orderLineId, qty_milli AS qtyMilli FROM order_delivery_lines WHERE delivery_id = ?').all(d.id),
    })),
    money,
    cancelRule: { keepPaise: rule.keepPaise, refundPaise: held - rule.keepPaise, rule: rule.rule },
  };
}
