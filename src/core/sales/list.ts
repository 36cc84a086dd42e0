import type { HeldCart, SaleSummary } from '../../shared/api/sales';
import { AppError } from '../../shared/errors';
import type { DB } from '../db/open';
import { stmt } from '../db/stmt';

interface Filter { billNo?: string | undefined; from?: string | undefined; to?: string | undefined; totalPaise?: number | undefined; customerPhone?: string | undefined; offset: number; limit: number }

const WHERE = `WHERE (@billNo IS NULL OR s.bill_no LIKE '%' || @billNo) AND (@from IS NULL OR s.business_date >= @from)
  AND (@to IS NULL OR s.business_date <= @to) AND (@total IS NULL OR s.total_paise = @total)
  AND (@phone IS NULL OR s.customer_phone LIKE '%' || @phone || '%')`;

/** Bills newest first; a typed bill number matches by its end (people type "123", not the prefix). */
export function listSales(db: DB, f: Filter): { rows: SaleSummary[]; total: number } {
  const p = { billNo: f.billNo || null, from: f.from ?? null, to: f.to ?? null, total: f.totalPaise ?? null, phone: f.customerPhone || null, offset: f.offset, limit: f.limit };
  const rows = stmt<[typeof p], { id: number; bill_no: string; at: string; business_date: string; cashier: string; customer_name: string; customer_phone: string; total_paise: number; items: number; methods: string; returned: number }>(
    db,
    `SELECT s.id, s.bill_no, s.at, s.business_date, u.name AS cashier, s.customer_name, s.customer_phone, s.total_paise,
            (SELECT count(*) FROM sale_lines l WHERE l.sale_id = s.id) AS items,
            (SELECT group_concat(DISTINCT method) FROM sale_payments sp WHERE sp.sale_id = s.id) AS methods,
            (SELECT COALESCE(sum(refund_paise), 0) FROM sale_returns r WHERE r.sale_id = s.id) AS returned
       FROM sales s JOIN users u ON u.id = s.user_id ${WHERE} ORDER BY s.id DESC LIMIT @limit OFFSET @offset`,
  ).all(p);
  const total = stmt<[typeof p], { n: number }>(db, `SELECT count(*) AS n FROM sales s ${WHERE}`).get(p)!.n;
  return {
    total,
    rows: rows.map((r) => ({
      id: r.id, billNo: r.bill_no, at: r.at, businessDate: r.business_date, cashier: r.cashier, customerName: r.customer_name, customerPhone: r.customer_phone,
      totalPaise: r.total_paise, items: r.items, methods: (r.methods ?? '').split(',').filter(Boolean) as SaleSummary['methods'], returnedPaise: r.returned,
    })),
  };
}

interface HeldRow { id: number; label: string; total_paise: number; created_at: string; by: string; cart: string }
const toHeld = (r: HeldRow): HeldCart => ({ id: r.id, label: r.label, totalPaise: r.total_paise, createdAt: r.created_at, by: r.by, cart: JSON.parse(r.cart) as Record<string, unknown> });
const HELD = 'SELECT h.*, u.name AS by FROM held_carts h JOIN users u ON u.id = h.user_id';

export function listHeld(db: DB): HeldCart[] {
  return stmt<[], HeldRow>(db, `${HELD} ORDER BY h.id`).all().map(toHeld);
}

export function takeHeld(db: DB, id: number): HeldCart {
  const r = stmt<[number], HeldRow>(db, `${HELD} WHERE h.id = ?`).get(id);
  if (!r) throw new AppError('NOT_FOUND', { what: 'heldCart', field: 'id', id });
  stmt(db, 'DELETE FROM held_carts WHERE id = ?').run(id);
  return toHeld(r);
}
