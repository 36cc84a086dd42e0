/**
 * A delivery of a custom order: the finished pieces are received into stock and sold on one bill
 * through THE checkout (bill number, GST, payments, drawer, each maker's share), all in the one
 * transaction; the advance still held is applied to the bill first. At the last delivery the order
 * is delivered, and an advance left over (a discount made the bills smaller) goes back.
 */
import { uuidv7 } from '../uuid';
import type { SessionUser } from '../../shared/api';
import type { OrderDeliverInput } from '../../shared/api/orders';
import { productCreateInput, type Unit } from '../../shared/api/products';
import type { CheckoutInput, Sale } from '../../shared/api/sales';
import { AppError } from '../../shared/errors';
import { createProduct } from '../catalog/products';
import type { DB } from '../db/open';
import { stmt } from '../db/stmt';
import { checkout } from '../sales/checkout';
import { recordMovement } from '../stock/ledger';
import { stampOf } from './create';
import { money } from './money';
import { heldOf, lineRows, makersOf, orderRow, type OrderLineRow } from './read';

/** A line described freely gets its product at its first delivery (the group's item, at the agreed price), kept for the next part. */
function productFor(db: DB, l: OrderLineRow, now: Date): number {
  if (l.product_id !== null) return l.product_id;
  if (l.made_product_id !== null) return l.made_product_id;
  const p = createProduct(
    db,
    productCreateInput.parse({ nameHi: l.name_hi, nameEn: l.name_en, craftId: l.craft_id, pricePaise: l.unit_price_paise, gstRateBps: l.gst_rate_bps, unit: l.unit as Unit }),
    now,
  );
  stmt(db, 'UPDATE order_lines SET made_product_id = ? WHERE id = ?').run(p.id, l.id);
  return p.id;
}

export function deliver(db: DB, input: OrderDeliverInput, user: SessionUser, now: Date): { sale: Sale; appliedPaise: number; refundPaise: number } {
  const r = orderRow(db, input.orderId);
  if (r.status !== 'in_making' && r.status !== 'ready') throw new AppError('ORDER_STATUS', { field: 'orderId', orderNo: r.order_no, status: r.status });
  const s = stampOf(db, now, user.id);
  const lines = lineRows(db, r.id);
  const seen = new Set<number>();
  const handed = input.lines.map((d, i) => {
    const l = lines.find((x) => x.id === d.orderLineId);
    if (!l) throw new AppError('NOT_FOUND', { what: 'orderLine', field: ['lines', i, 'orderLineId'], id: d.orderLineId });
    if (seen.has(l.id)) throw new AppError('INVALID_INPUT', { issues: [{ path: ['lines', i, 'orderLineId'], code: 'custom', message: 'duplicate' }] });
    seen.add(l.id);
    const left = l.qty_milli - l.delivered_milli;
    if (d.qtyMilli > left) throw new AppError('ORDER_DELIVERY_TOO_MANY', { field: ['lines', i, 'qtyMilli'], line: l.line_no, orderedMilli: l.qty_milli, deliveredMilli: l.delivered_milli, leftMilli: left });
    return { l, qtyMilli: d.qtyMilli };
  });

  // Made for the order: into stock first, so the sale takes them off the shelf as any sale does.
  const sold = handed.map(({ l, qtyMilli }, i) => {
    const productId = productFor(db, l, now);
    recordMovement(db, {
      productId, qtyMilli, kind: 'intake', unitPricePaise: l.unit_price_paise, userId: user.id, at: now, reason: 'order', reference: r.order_no, refType: 'order', refId: r.uid,
      path: ['lines', i, 'qtyMilli'],
    });
    const price = stmt<[number], { p: number }>(db, 'SELECT price_paise AS p FROM products WHERE id = ?').get(productId)!.p;
    return { productId, qtyMilli, shelfPaise: price, l };
  });

  const held = heldOf(db, r.id);
  const bill: CheckoutInput = {
    requestId: input.requestId,
    lines: sold.map((x) => ({
      productId: x.productId, qtyMilli: x.qtyMilli, expectedPricePaise: x.shelfPaise,
      ...(x.l.unit_price_paise !== x.shelfPaise ? { priceOverridePaise: x.l.unit_price_paise } : {}),
    })),
    ...(input.billDiscount ? { billDiscount: input.billDiscount } : {}),
    discountReason: input.discountReason || r.order_no,
    payments: input.payments,
    customerName: r.customer_name,
    customerPhone: r.customer_phone,
    ...(input.approval ? { approval: input.approval } : {}),
  };
  const makers = sold.map((x) => {
    const m = makersOf(db, x.l.id);
    return m.length ? m : undefined;
  });
  const sale = checkout(db, bill, user, now, { creditPaise: held, agreedPrices: true, makers });
  const applied = Math.min(held, sale.totalPaise);
  money(db, r, { kind: 'applied', amountPaise: -applied, saleId: sale.id }, s);

  const deliveryNo = stmt<[number], { n: number }>(db, 'SELECT count(*) + 1 AS n FROM order_deliveries WHERE order_id = ?').get(r.id)!.n;
  const deliveryId = Number(
    stmt(db, 'INSERT INTO order_deliveries (uid, order_id, delivery_no, sale_id, at, business_date, user_id) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
      uuidv7(), r.id, deliveryNo, sale.id, s.at, s.day, user.id,
    ).lastInsertRowid,
  );
  for (const h of handed) stmt(db, 'INSERT INTO order_delivery_lines (delivery_id, order_line_id, qty_milli) VALUES (?, ?, ?)').run(deliveryId, h.l.id, h.qtyMilli);

  const allDone = lines.every((l) => l.delivered_milli + (handed.find((h) => h.l.id === l.id)?.qtyMilli ?? 0) === l.qty_milli);
  let refund = 0;
  if (allDone) {
    refund = held - applied;
    if (refund > 0) {
      if (!input.refundMethod) throw new AppError('INVALID_INPUT', { issues: [{ path: ['refundMethod'], code: 'custom', message: 'refund_needed' }] });
      money(db, r, { kind: 'refund', method: input.refundMethod, amountPaise: -refund }, s);
    }
    stmt(db, `UPDATE orders SET status = 'delivered', delivered_at = ? WHERE id = ?`).run(s.at, r.id);
  } else if (r.status !== 'ready') {
    stmt(db, `UPDATE orders SET status = 'ready', ready_at = COALESCE(ready_at, ?) WHERE id = ?`).run(s.at, r.id);
  }
  return { sale, appliedPaise: applied, refundPaise: refund };
}
