/** A rental as the screens and slips show it, every amount from the charge and payment ledgers. */
import type { Rental, RentalLine, RentalPayment, RentalReturn, RentalStatus } from '../../shared/api/rentals';
import { AppError } from '../../shared/errors';
import type { DB } from '../db/open';
import { stmt } from '../db/stmt';
import { lateDays, rentalDays, rentChoices, rentPerUnit, type RentRule } from './pricing';

export interface RentalRow {
  id: number; uid: string; rental_no: string; status: RentalStatus; customer_name: string; customer_phone: string; customer_id_note: string; customer_address: string;
  event_date: string | null; from_date: string; due_date: string; note: string; created_at: string; created_by: number; picked_up_at: string | null; picked_up_by: number | null;
  closed_at: string | null; cancelled_at: string | null; cancel_reason: string;
}

export interface LineRow {
  id: number; line_no: number; product_id: number; piece_id: number | null; tag: string | null; qty: number; sku: string; name_hi: string; name_en: string; mode: 'pieces' | 'counted';
  day_price_paise: number | null; event_price_paise: number | null; event_days: number | null; deposit_paise: number; late_fee_per_day_paise: number; buffer_days: number;
  artisan_id: number | null; commission_bps: number | null; gst_rate_bps: number; hsn: string; rent_rule: RentRule; returned: number; missing: number;
}

export function rentalRow(db: DB, id: number, field: string = 'rentalId'): RentalRow {
  const r = stmt<[number], RentalRow>(db, 'SELECT * FROM rentals WHERE id = ?').get(id);
  if (!r) throw new AppError('NOT_FOUND', { what: 'rental', field, id });
  return r;
}

export function lineRows(db: DB, rentalId: number): LineRow[] {
  return stmt<[number], LineRow>(
    db,
    `SELECT l.*, c.tag, COALESCE(sum(x.qty), 0) AS returned, COALESCE(sum(x.missing_qty), 0) AS missing
       FROM rental_lines l LEFT JOIN rental_pieces c ON c.id = l.piece_id LEFT JOIN rental_return_lines x ON x.line_id = l.id
      WHERE l.rental_id = ? GROUP BY l.id ORDER BY l.line_no`,
  ).all(rentalId);
}

/** Units of a line still with the customer. */
export const stillOut = (l: LineRow) => l.qty - l.returned - l.missing;

/** Rent a line's units cost for the rental's days on the terms it was booked on. */
export const lineTerms = (l: LineRow) => ({ dayPricePaise: l.day_price_paise, eventPricePaise: l.event_price_paise, eventDays: l.event_days });
export const lineRent = (l: LineRow, days: number) => rentPerUnit(lineTerms(l), days, l.rent_rule) * l.qty;
/** A line's two prices for `days` (all its units), for the quote and the slip to show side by side. */
export function lineChoices(l: LineRow, days: number) {
  const { dayPaise, eventPaise } = rentChoices(lineTerms(l), days);
  return { dayRentPaise: dayPaise === null ? null : dayPaise * l.qty, eventRentPaise: eventPaise === null ? null : eventPaise * l.qty, rentRule: l.rent_rule };
}

const userName = (db: DB, id: number | null) => (id === null ? null : (stmt<[number], { name: string }>(db, 'SELECT name FROM users WHERE id = ?').get(id)?.name ?? null));

interface ChargeSum { line_id: number | null; kind: string; amount: number; tax: number }

function returnsOf(db: DB, rentalId: number): RentalReturn[] {
  const rets = stmt<[number], { id: number; return_no: string; at: string; business_date: string; cashier: string; approver: string | null; late_days: number; late_fee_waived: number }>(
    db,
    `SELECT rr.id, rr.return_no, rr.at, rr.business_date, u.name AS cashier, a.name AS approver, rr.late_days, rr.late_fee_waived
       FROM rental_returns rr JOIN users u ON u.id = rr.user_id LEFT JOIN users a ON a.id = rr.approved_by WHERE rr.rental_id = ? ORDER BY rr.n`,
  ).all(rentalId);
  return rets.map((rr) => {
    const sums = stmt<[number], { kind: string; amount: number }>(db, 'SELECT kind, sum(amount_paise) AS amount FROM rental_charges WHERE return_id = ? GROUP BY kind').all(rr.id);
    const k = (kind: string) => sums.find((s) => s.kind === kind)?.amount ?? 0;
    const moneyBack = -stmt<[number], { p: number }>(db, 'SELECT COALESCE(sum(amount_paise), 0) AS p FROM rental_payments WHERE return_id = ?').get(rr.id)!.p || 0; // never -0
    const lines = stmt<[number], { line_id: number; name_hi: string; name_en: string; tag: string | null; qty: number; missing_qty: number; late_fee_paise: number; damage_paise: number; damage_note: string; photo_id: number | null; condition: 'ok' | 'repair' }>(
      db,
      `SELECT x.line_id, l.name_hi, l.name_en, c.tag, x.qty, x.missing_qty, x.late_fee_paise, x.damage_paise, x.damage_note, x.photo_id, x.condition
         FROM rental_return_lines x JOIN rental_lines l ON l.id = x.line_id LEFT JOIN rental_pieces c ON c.id = l.piece_id WHERE x.return_id = ? ORDER BY l.line_no`,
    ).all(rr.id);
    const released = -k('deposit_release') || 0;
    // refund = released - late - damage - what was owed before: so what was owed is the rest.
    const open = released - k('late_fee') - k('damage') - moneyBack;
    return {
      id: rr.id, returnNo: rr.return_no, at: rr.at, businessDate: rr.business_date, cashier: rr.cashier, approvedBy: rr.approver, lateDays: rr.late_days,
      lateFeePaise: k('late_fee'), lateFeeWaived: rr.late_fee_waived === 1, damagePaise: k('damage'), depositReleasedPaise: released, openChargesPaise: open, refundPaise: moneyBack,
      lines: lines.map((l) => ({
        lineId: l.line_id, nameHi: l.name_hi, nameEn: l.name_en, tag: l.tag, qty: l.qty, missingQty: l.missing_qty, lateFeePaise: l.late_fee_paise, damagePaise: l.damage_paise,
        damageNote: l.damage_note, photoId: l.photo_id, condition: l.condition,
      })),
    };
  });
}

export function getRental(db: DB, id: number, today: string): Rental {
  const r = rentalRow(db, id, 'id');
  const lines = lineRows(db, id);
  const days = rentalDays(r.from_date, r.due_date);
  const charges = stmt<[number], ChargeSum>(db, 'SELECT line_id, kind, sum(amount_paise) AS amount, sum(tax_paise) AS tax FROM rental_charges WHERE rental_id = ? GROUP BY line_id, kind').all(id);
  const charged = (lineId: number | null, kind: string) => charges.filter((c) => c.line_id === lineId && c.kind === kind).reduce((a, c) => a + c.amount, 0);
  const total = (kind: string) => charges.filter((c) => c.kind === kind).reduce((a, c) => a + c.amount, 0);
  // Before pick-up nothing is charged yet: show what pick-up will charge (a cancelled booking: what it would have).
  const pickedUp = r.picked_up_at !== null;
  const outLines: RentalLine[] = lines.map((l) => ({
    lineId: l.id, lineNo: l.line_no, productId: l.product_id, sku: l.sku, nameHi: l.name_hi, nameEn: l.name_en, mode: l.mode, pieceId: l.piece_id, tag: l.tag, qty: l.qty,
    rentPaise: pickedUp ? charged(l.id, 'rent') : lineRent(l, days), ...lineChoices(l, days), depositPaise: pickedUp ? charged(l.id, 'deposit') : l.deposit_paise * l.qty,
    lateFeePerDayPaise: l.late_fee_per_day_paise * l.qty, bufferDays: l.buffer_days, returnedQty: l.returned, missingQty: l.missing, artisanId: l.artisan_id,
    gstRateBps: l.gst_rate_bps,
  }));
  const payments = stmt<[number], { at: string; event: RentalPayment['event']; method: RentalPayment['method']; amount_paise: number; tendered_paise: number | null; change_paise: number; ref: string }>(
    db,
    'SELECT at, event, method, amount_paise, tendered_paise, change_paise, ref FROM rental_payments WHERE rental_id = ? ORDER BY id',
  ).all(id).map((p): RentalPayment => ({ at: p.at, event: p.event, method: p.method, amountPaise: p.amount_paise, tenderedPaise: p.tendered_paise, changePaise: p.change_paise, ref: p.ref }));
  const paid = payments.reduce((a, p) => a + p.amountPaise, 0);
  const late = r.status === 'out' ? lateDays(r.due_date, today) : 0;
  return {
    id: r.id, rentalNo: r.rental_no, status: r.status,
    customer: { name: r.customer_name, phone: r.customer_phone, idNote: r.customer_id_note, address: r.customer_address },
    eventDate: r.event_date, fromDate: r.from_date, dueDate: r.due_date, days,
    createdAt: r.created_at, createdBy: userName(db, r.created_by) ?? '', pickedUpAt: r.picked_up_at, pickedUpBy: userName(db, r.picked_up_by),
    closedAt: r.closed_at, cancelledAt: r.cancelled_at, cancelReason: r.cancel_reason, note: r.note,
    lines: outLines, returns: returnsOf(db, id), payments,
    rentPaise: outLines.reduce((a, l) => a + l.rentPaise, 0), depositPaise: outLines.reduce((a, l) => a + l.depositPaise, 0),
    depositHeldPaise: total('deposit') + total('deposit_release'),
    advancePaise: payments.filter((p) => p.event === 'booking').reduce((a, p) => a + p.amountPaise, 0),
    balancePaise: charges.reduce((a, c) => a + c.amount, 0) - paid,
    taxPaise: charges.reduce((a, c) => a + c.tax, 0),
    lateDaysNow: late, lateFeeNowPaise: late * lines.reduce((a, l) => a + l.late_fee_per_day_paise * stillOut(l), 0),
  };
}
