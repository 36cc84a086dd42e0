/** Taking a custom order (lines, makers and their shares, due date, the advance) and moving it along: ordered -> in making -> ready. */
import { uuidv7 } from '../uuid';
import type { SessionUser } from '../../shared/api';
import type { OrderCreateInput, OrderStatus } from '../../shared/api/orders';
import { AppError } from '../../shared/errors';
import { mulDivRound } from '../../shared/money';
import { isBusinessDate } from '../../shared/dates';
import type { DB } from '../db/open';
import { stmt } from '../db/stmt';
import { nextSeq } from '../sales/bill-number';
import { exactPayments } from '../sales/payments';
import { stampOf } from '../shop-day';
import { money } from './money';
import { orderRow } from './read';

export { stampOf };

/** HH/O/2026-27/C1-000012: gapless per financial year and counter, its own series ('O-' + the counter code), as rentals have. */
function nextOrderNo(db: DB, day: string): { orderNo: string; fy: string; seq: number } {
  const s = stmt<[], { bill_prefix: string; counter_code: string }>(db, 'SELECT bill_prefix, counter_code FROM shop_settings WHERE id = 1').get();
  if (!s) throw new AppError('NOT_SET_UP');
  const { fy, seq } = nextSeq(db, `O-${s.counter_code}`, day);
  return { orderNo: `${s.bill_prefix}/O/${fy}/${s.counter_code}-${String(seq).padStart(6, '0')}`, fy, seq };
}

interface ProductFacts { id: number; name_hi: string; name_en: string; craft_id: number; unit: string; gst_rate_bps: number; status: string; for_sale: number; sku: string }

export function createOrder(db: DB, input: Omit<OrderCreateInput, 'requestId'>, user: SessionUser, now: Date): number {
  const s = stampOf(db, now, user.id);
  if (!isBusinessDate(input.dueDate)) throw new AppError('INVALID_INPUT', { issues: [{ path: ['dueDate'], code: 'custom', message: 'date' }] });
  if (input.dueDate < s.day) throw new AppError('ORDER_DUE_PAST', { field: 'dueDate', dueDate: input.dueDate, today: s.day });

  const lines = input.lines.map((l, i) => {
    const shares = l.makers.reduce((a, m) => a + m.shareBps, 0);
    if (shares > 10_000) throw new AppError('ORDER_SHARE_OVER', { field: ['lines', i, 'makers'], line: i + 1, shareBps: shares });
    const seen = new Set<number>();
    l.makers.forEach((m, j) => {
      if (seen.has(m.artisanId)) throw new AppError('INVALID_INPUT', { issues: [{ path: ['lines', i, 'makers', j, 'artisanId'], code: 'custom', message: 'duplicate' }] });
      seen.add(m.artisanId);
      if (!stmt(db, "SELECT 1 FROM artisans WHERE id = ? AND active = 1").get(m.artisanId)) throw new AppError('NOT_FOUND', { what: 'artisan', field: ['lines', i, 'makers', j, 'artisanId'], id: m.artisanId });
    });
    let p: ProductFacts | undefined;
    if (l.productId !== undefined) {
      p = stmt<[number], ProductFacts>(db, 'SELECT id, name_hi, name_en, craft_id, unit, gst_rate_bps, status, for_sale, sku FROM products WHERE id = ?').get(l.productId);
      const field = ['lines', i, 'productId'];
      if (!p) throw new AppError('NOT_FOUND', { what: 'product', field, id: l.productId });
      if (p.status !== 'active') throw new AppError('PRODUCT_ARCHIVED', { field, id: p.id, sku: p.sku });
      if (p.for_sale !== 1) throw new AppError('NOT_FOR_SALE', { field, id: p.id, sku: p.sku });
    } else if (!stmt(db, 'SELECT 1 FROM crafts WHERE id = ?').get(l.craftId!)) {
      throw new AppError('NOT_FOUND', { what: 'craft', field: ['lines', i, 'craftId'], id: l.craftId });
    }
    return {
      l, productId: p?.id ?? null, craftId: p?.craft_id ?? l.craftId!, nameHi: l.nameHi || p?.name_hi || '', nameEn: l.nameEn || p?.name_en || '',
      unit: p?.unit ?? 'piece', gst: p?.gst_rate_bps ?? l.gstRateBps, linePaise: mulDivRound(l.qtyMilli, l.unitPricePaise, 1000),
    };
  });
  const price = lines.reduce((a, l) => a + l.linePaise, 0);
  const advance = input.advance.reduce((a, p) => a + p.amountPaise, 0);
  if (advance > price) throw new AppError('ORDER_ADVANCE_OVER_PRICE', { field: 'advance', advancePaise: advance, pricePaise: price });
  const payments = exactPayments(input.advance, advance, { totalPaise: advance }, 'advance');

  const no = nextOrderNo(db, s.day);
  const uid = uuidv7();
  const orderId = Number(
    stmt(db, `INSERT INTO orders (uid, order_no, fy, seq, customer_name, customer_phone, due_date, note, price_paise, created_at, business_date, created_by)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(
      uid, no.orderNo, no.fy, no.seq, input.customer.name, input.customer.phone, input.dueDate, input.note, price, s.at, s.day, user.id,
    ).lastInsertRowid,
  );
  lines.forEach((x, i) => {
    const lineId = Number(
      stmt(db, `INSERT INTO order_lines (uid, order_id, line_no, product_id, craft_id, name_hi, name_en, unit, qty_milli, unit_price_paise, line_paise, gst_rate_bps)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(
        uuidv7(), orderId, i + 1, x.productId, x.craftId, x.nameHi, x.nameEn, x.unit, x.l.qtyMilli, x.l.unitPricePaise, x.linePaise, x.gst,
      ).lastInsertRowid,
    );
    for (const m of x.l.makers) stmt(db, 'INSERT INTO order_makers (order_line_id, artisan_id, share_bps) VALUES (?, ?, ?)').run(lineId, m.artisanId, m.shareBps);
  });
  for (const p of payments) money(db, { id: orderId, uid }, { kind: 'advance', method: p.method, amountPaise: p.amountPaise, tenderedPaise: p.tenderedPaise, changePaise: p.changePaise, ref: p.ref }, s);
  return orderId;
}

const RANK: Record<OrderStatus, number> = { ordered: 0, in_making: 1, ready: 2, delivered: 3, cancelled: 3 };

/** Forward only: ordered -> in making -> ready (ready may be marked straight from ordered). */
export function setStatus(db: DB, orderId: number, status: 'in_making' | 'ready', now: Date): { before: OrderStatus; after: OrderStatus } {
  const r = orderRow(db, orderId);
  if (RANK[status] <= RANK[r.status]) throw new AppError('ORDER_STATUS', { field: 'status', orderNo: r.order_no, status: r.status, wanted: status });
  stmt(db, `UPDATE orders SET status = ?, ready_at = CASE WHEN ? = 'ready' THEN ? ELSE ready_at END WHERE id = ?`).run(status, status, now.toISOString(), orderId);
  return { before: r.status, after: status };
}
