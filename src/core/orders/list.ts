/** The counter's lists of custom orders (due this week, overdue, ready and not collected), a maker's open work, and the dashboard's summary. */
import type { DueBucket, OrderStatus, OrderSummary, OrderView, OrdersDueSummary } from '../../shared/api/orders';
import { addDays } from '../../shared/dates';
import { qty as qtyText } from '../../printing/format';
import type { DB } from '../db/open';
import { stmt } from '../db/stmt';
import { heldOf, lineRows, openValueOf } from './read';

const OPEN = `o.status IN ('ordered', 'in_making', 'ready')`;

/** A week is today and the six days after it. */
const VIEWS: Record<OrderView, { where: string; order: string }> = {
  open: { where: OPEN, order: 'o.due_date, o.id' },
  due_week: { where: `${OPEN} AND o.due_date BETWEEN @today AND @weekEnd`, order: 'o.due_date, o.id' },
  overdue: { where: `${OPEN} AND o.due_date < @today`, order: 'o.due_date, o.id' },
  ready: { where: `o.status = 'ready'`, order: 'o.due_date, o.id' },
  delivered: { where: `o.status = 'delivered'`, order: 'o.delivered_at DESC, o.id DESC' },
  cancelled: { where: `o.status = 'cancelled'`, order: 'o.cancelled_at DESC, o.id DESC' },
  all: { where: '1 = 1', order: 'o.id DESC' },
};

const SEARCH = `(@q = '' OR o.customer_name LIKE @like ESCAPE '\\' OR replace(o.customer_phone, ' ', '') LIKE @like ESCAPE '\\' OR o.order_no LIKE @like ESCAPE '\\')`;
const BY_MAKER = `(@artisan IS NULL OR EXISTS (SELECT 1 FROM order_lines l JOIN order_makers m ON m.order_line_id = l.id WHERE l.order_id = o.id AND m.artisan_id = @artisan))`;

interface Row { id: number; order_no: string; customer_name: string; customer_phone: string; due_date: string; status: OrderStatus; price_paise: number }

export function listOrders(db: DB, q: { view: OrderView; artisanId?: number | undefined; q: string; limit: number }, today: string): OrderSummary[] {
  const term = /^[+\d\s-]+$/.test(q.q) ? q.q.replace(/\s+/g, '') : q.q;
  const params = { today, weekEnd: addDays(today, 6), q: q.q, like: `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`, artisan: q.artisanId ?? null, limit: q.limit };
  const v = VIEWS[q.view];
  const rows = stmt<typeof params, Row>(
    db,
    `SELECT o.id, o.order_no, o.customer_name, o.customer_phone, o.due_date, o.status, o.price_paise FROM orders o
      WHERE ${v.where} AND ${SEARCH} AND ${BY_MAKER} ORDER BY ${v.order} LIMIT @limit`,
  ).all(params);
  return rows.map((r) => summaryOf(db, r, today, q.artisanId));
}

function summaryOf(db: DB, r: Row, today: string, artisanId?: number): OrderSummary {
  const lines = lineRows(db, r.id);
  const open = r.status === 'ordered' || r.status === 'in_making' || r.status === 'ready';
  const items = (lang: 'hi' | 'en') => lines.map((l) => `${(lang === 'hi' ? l.name_hi || l.name_en : l.name_en || l.name_hi)} x ${qtyText(l.qty_milli)}`).join(', ');
  const s: OrderSummary = {
    id: r.id, orderNo: r.order_no, customerName: r.customer_name, customerPhone: r.customer_phone, dueDate: r.due_date, status: r.status, pricePaise: r.price_paise,
    heldPaise: heldOf(db, r.id), openValuePaise: open ? openValueOf(lines) : 0, itemsHi: items('hi'), itemsEn: items('en'), overdue: open && r.due_date < today,
  };
  if (artisanId !== undefined) s.work = openWorkLines(db, r.id, artisanId);
  return s;
}

function openWorkLines(db: DB, orderId: number, artisanId: number): NonNullable<OrderSummary['work']> {
  return stmt<[number, number], { nameHi: string; nameEn: string; openMilli: number; shareBps: number }>(
    db,
    `SELECT l.name_hi AS nameHi, l.name_en AS nameEn, m.share_bps AS shareBps,
            l.qty_milli - COALESCE((SELECT sum(d.qty_milli) FROM order_delivery_lines d WHERE d.order_line_id = l.id), 0) AS openMilli
       FROM order_lines l JOIN order_makers m ON m.order_line_id = l.id WHERE l.order_id = ? AND m.artisan_id = ? ORDER BY l.line_no`,
  ).all(orderId, artisanId).filter((w) => w.openMilli > 0);
}

/** Her open work: each open order she makes something for, with what is still to make (her artisan page, her payout slip). */
export function openWorkOf(db: DB, artisanId: number, today: string): OrderSummary[] {
  return listOrders(db, { view: 'open', artisanId, q: '', limit: 500 }, today).filter((o) => (o.work ?? []).length > 0);
}

export function dueSummary(db: DB, today: string): OrdersDueSummary {
  const open = listOrders(db, { view: 'open', q: '', limit: 500 }, today);
  const bucket = (f: (o: OrderSummary) => boolean): DueBucket => {
    const xs = open.filter(f);
    return { count: xs.length, valuePaise: xs.reduce((a, o) => a + o.openValuePaise, 0), heldPaise: xs.reduce((a, o) => a + o.heldPaise, 0) };
  };
  const weekEnd = addDays(today, 6);
  return {
    today,
    dueToday: bucket((o) => o.dueDate === today),
    dueThisWeek: bucket((o) => o.dueDate >= today && o.dueDate <= weekEnd),
    overdue: bucket((o) => o.dueDate < today),
    readyNotCollected: bucket((o) => o.status === 'ready'),
    heldPaise: stmt<[], { h: number }>(db, `SELECT COALESCE(sum(m.amount_paise), 0) AS h FROM order_money m JOIN orders o ON o.id = m.order_id WHERE ${OPEN}`).get()!.h,
  };
}
