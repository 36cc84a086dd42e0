/** The counter's lists: due today, overdue (with phone numbers), pick-ups coming, out, booked, closed. */
import type { RentalStatus, RentalSummary, RentalView } from '../../shared/api/rentals';
import { addDays } from '../../shared/dates';
import type { DB } from '../db/open';
import { stmt } from '../db/stmt';
import { lateDays } from './pricing';

/** How far ahead the pick-ups list looks. */
export const PICKUP_DAYS = 14;

const VIEWS: Record<RentalView, { where: string; order: string }> = {
  due_today: { where: `r.status = 'out' AND r.due_date = @today`, order: 'r.due_date, r.id' },
  overdue: { where: `r.status = 'out' AND r.due_date < @today`, order: 'r.due_date, r.id' },
  // Bookings not picked up on their day stay on the list until picked up or cancelled.
  pickups: { where: `r.status = 'booked' AND r.from_date <= @until`, order: 'r.from_date, r.id' },
  out: { where: `r.status = 'out'`, order: 'r.due_date, r.id' },
  booked: { where: `r.status = 'booked'`, order: 'r.from_date, r.id' },
  returned: { where: `r.status = 'returned'`, order: 'r.closed_at DESC, r.id DESC' },
  cancelled: { where: `r.status = 'cancelled'`, order: 'r.cancelled_at DESC, r.id DESC' },
  all: { where: '1 = 1', order: 'r.id DESC' },
};

const SEARCH = `(@q = '' OR r.customer_name LIKE @like ESCAPE '\\' OR replace(r.customer_phone, ' ', '') LIKE @like ESCAPE '\\' OR r.rental_no LIKE @like ESCAPE '\\')`;

interface Row {
  id: number; rental_no: string; status: RentalStatus; customer_name: string; customer_phone: string; event_date: string | null; from_date: string; due_date: string;
  units: number; outstanding: number; fee_per_day: number; deposit_held: number; balance: number;
}

export function listRentals(db: DB, q: { view: RentalView; q: string; limit: number; offset: number }, today: string): { rows: RentalSummary[]; total: number; today: string } {
  const v = VIEWS[q.view];
  // A phone number is matched without its spaces ('98260 11223' finds '9826011223').
  const term = /^[+\d\s-]+$/.test(q.q) ? q.q.replace(/\s+/g, '') : q.q;
  const params = { today, until: addDays(today, PICKUP_DAYS), q: q.q, like: `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`, limit: q.limit, offset: q.offset };
  const total = stmt<typeof params, { n: number }>(db, `SELECT count(*) AS n FROM rentals r WHERE ${v.where} AND ${SEARCH}`).get(params)!.n;
  const rows = stmt<typeof params, Row>(
    db,
    `SELECT r.id, r.rental_no, r.status, r.customer_name, r.customer_phone, r.event_date, r.from_date, r.due_date,
            (SELECT sum(l.qty) FROM rental_lines l WHERE l.rental_id = r.id) AS units,
            CASE WHEN r.status = 'out' THEN (SELECT sum(l.qty) FROM rental_lines l WHERE l.rental_id = r.id)
              - COALESCE((SELECT sum(x.qty + x.missing_qty) FROM rental_return_lines x JOIN rental_lines l ON l.id = x.line_id WHERE l.rental_id = r.id), 0) ELSE 0 END AS outstanding,
            CASE WHEN r.status = 'out' THEN (SELECT COALESCE(sum(l.late_fee_per_day_paise * (l.qty
              - COALESCE((SELECT sum(x.qty + x.missing_qty) FROM rental_return_lines x WHERE x.line_id = l.id), 0))), 0) FROM rental_lines l WHERE l.rental_id = r.id) ELSE 0 END AS fee_per_day,
            (SELECT COALESCE(sum(c.amount_paise), 0) FROM rental_charges c WHERE c.rental_id = r.id AND c.kind IN ('deposit', 'deposit_release')) AS deposit_held,
            (SELECT COALESCE(sum(c.amount_paise), 0) FROM rental_charges c WHERE c.rental_id = r.id)
              - (SELECT COALESCE(sum(p.amount_paise), 0) FROM rental_payments p WHERE p.rental_id = r.id) AS balance
       FROM rentals r WHERE ${v.where} AND ${SEARCH} ORDER BY ${v.order} LIMIT @limit OFFSET @offset`,
  ).all(params);
  return {
    total, today,
    rows: rows.map((r) => {
      const late = r.status === 'out' ? lateDays(r.due_date, today) : 0;
      const items = stmt<[number], { name_hi: string; name_en: string; qty: number }>(
        db,
        'SELECT name_hi, name_en, sum(qty) AS qty FROM rental_lines WHERE rental_id = ? GROUP BY product_id ORDER BY min(line_no)',
      ).all(r.id);
      const words = (name: (i: (typeof items)[number]) => string) => items.map((i) => `${name(i)}${i.qty > 1 ? ` x ${i.qty}` : ''}`).join(', ');
      return {
        id: r.id, rentalNo: r.rental_no, status: r.status, customerName: r.customer_name, customerPhone: r.customer_phone, eventDate: r.event_date,
        fromDate: r.from_date, dueDate: r.due_date, itemsHi: words((i) => i.name_hi || i.name_en), itemsEn: words((i) => i.name_en || i.name_hi),
        units: r.units, outstandingUnits: r.outstanding, lateDays: late,
        lateFeePerDayPaise: r.fee_per_day, lateFeeNowPaise: late * r.fee_per_day, depositHeldPaise: r.deposit_held, balancePaise: r.balance,
      };
    }),
  };
}
