/** Extending a rental (availability checked again) and cancelling a booking (the advance back, less what the rule keeps). */
import type { z } from 'zod';
import type { SessionUser } from '../../shared/api';
import { keptByRule, type cancelInput, type extendInput } from '../../shared/api/rentals';
import { addDays, daysBetween } from '../../shared/dates';
import { AppError } from '../../shared/errors';
import type { DB } from '../db/open';
import { stmt } from '../db/stmt';
import { approverOf } from '../sales/checkout';
import { exactPayments } from '../sales/payments';
import { datesFrom, heldOn, pieceFree, segments } from './availability';
import { balanceOf, charge, chargeLine, pay, stampOf } from './money';
import { checkDate, checkSpan, firstHeld } from './plan';
import { rentalDays, rentPerUnit } from './pricing';
import { lineRows, lineTerms, rentalRow, stillOut, type LineRow, type RentalRow } from './read';
import { ownedUnits, readRules } from './terms';
import { invalid, requireManager } from './checks';


/** Units of a line the extension is for: all of a booking's, the ones still out of a rental. */
const unitsOf = (r: RentalRow, l: LineRow) => (r.status === 'booked' ? l.qty : stillOut(l));

/** The days the extension adds (after the old due date, through the new one and its cleaning) must be free of everyone else. */
function checkExtension(db: DB, r: RentalRow, lines: LineRow[], newDue: string, today: string): void {
  const start = addDays(r.due_date, 1);
  const unavailable = (d: Record<string, unknown>) => new AppError('RENTAL_UNAVAILABLE', { field: 'newDueDate', ...d });
  const counted = new Map<number, { sku: string; units: number; end: string }>();
  for (const l of lines) {
    const units = unitsOf(r, l);
    if (units === 0) continue;
    const end = addDays(newDue, l.buffer_days);
    if (l.piece_id !== null) {
      const segs = segments(db, l.product_id, start, end, today, r.id);
      if (!pieceFree(segs, l.piece_id, start, end)) throw unavailable({ sku: l.sku, tag: l.tag, date: firstHeld(segs, l.piece_id, start, end), free: 0, wanted: 1 });
      continue;
    }
    const c = counted.get(l.product_id) ?? { sku: l.sku, units: 0, end };
    counted.set(l.product_id, { sku: c.sku, units: c.units + units, end: end > c.end ? end : c.end });
  }
  for (const [productId, c] of counted) {
    const segs = segments(db, productId, start, c.end, today, r.id);
    const total = ownedUnits(db, productId);
    for (const d of datesFrom(start, c.end)) {
      const free = total - heldOn(segs, d);
      if (free < c.units) throw unavailable({ sku: c.sku, date: d, free: Math.max(0, free), wanted: c.units });
    }
  }
}

/**
 * A later due date. A booking only moves its dates (rent is charged at pick-up); a rental out is
 * charged the extra rent now (the whole new span's rent less what was charged), paid now or owed
 * until the return.
 */
export function extend(db: DB, input: Omit<z.output<typeof extendInput>, 'requestId'>, user: SessionUser, now: Date): { before: string; after: string; extraRentPaise: number } {
  const s = stampOf(db, now, user.id);
  checkDate(input.newDueDate, 'newDueDate');
  const r = rentalRow(db, input.rentalId);
  if (r.status !== 'booked' && r.status !== 'out') throw new AppError('RENTAL_STATUS', { field: 'rentalId', rentalNo: r.rental_no, status: r.status });
  if (input.newDueDate <= r.due_date) throw new AppError('RENTAL_DATES', { field: 'newDueDate', reason: 'notLater', dueDate: r.due_date });
  if (input.newDueDate < s.day) throw new AppError('RENTAL_DATES', { field: 'newDueDate', reason: 'past', today: s.day });
  checkSpan(r.from_date, input.newDueDate, 'newDueDate');
  const lines = lineRows(db, r.id);
  checkExtension(db, r, lines, input.newDueDate, s.day);

  const [oldDays, newDays] = [rentalDays(r.from_date, r.due_date), rentalDays(r.from_date, input.newDueDate)];
  const extra = lines.map((l) => {
    if (r.status !== 'out') return 0;
    const t = lineTerms(l);
    return (rentPerUnit(t, newDays, l.rent_rule) - rentPerUnit(t, oldDays, l.rent_rule)) * stillOut(l);
  });
  const extraTotal = extra.reduce((a, x) => a + x, 0);
  const payments = input.payments.length ? exactPayments(input.payments, extraTotal, { totalPaise: extraTotal }) : [];
  lines.forEach((l, i) => chargeLine(db, l, { rentalId: r.id, kind: 'rent', amountPaise: extra[i]!, note: `${r.due_date} -> ${input.newDueDate}` }, s));
  pay(db, r, 'extend', payments, s);
  stmt(db, 'UPDATE rentals SET due_date = ? WHERE id = ?').run(input.newDueDate, r.id);
  return { before: r.due_date, after: input.newDueDate, extraRentPaise: extraTotal };
}

/**
 * Cancel a booking. The shop keeps cancelKeepBps of the advance unless it is cancelled at least
 * cancelFreeDays before pick-up; a manager may keep another amount (up to the advance).
 */
export function cancel(db: DB, input: Omit<z.output<typeof cancelInput>, 'requestId'>, user: SessionUser, now: Date): { keptPaise: number; refundPaise: number; rule: string } {
  const approver = approverOf(db, input, now);
  const s = stampOf(db, now, user.id);
  const r = rentalRow(db, input.rentalId);
  if (r.status !== 'booked') throw new AppError('RENTAL_STATUS', { field: 'rentalId', rentalNo: r.rental_no, status: r.status });
  const rules = readRules(db);
  // A booking's balance is minus the advance it holds.
  const advance = -balanceOf(db, r.id) || 0;
  let keep: number;
  let rule: string;
  if (input.keepPaise !== undefined) {
    requireManager(user, approver, 'cancelKeep', 'keepPaise');
    if (input.keepPaise > advance) invalid(['keepPaise'], 'keep_over_advance');
    [keep, rule] = [input.keepPaise, 'manager'];
  } else {
    const daysBefore = daysBetween(s.day, r.from_date);
    keep = keptByRule(rules, advance, daysBefore);
    rule = daysBefore >= rules.cancelFreeDays ? 'free' : `keep:${rules.cancelKeepBps}`;
  }
  const refund = advance - keep;
  if (refund > 0 && !input.refundMethod) invalid(['refundMethod'], 'refund_needed');
  charge(db, { rentalId: r.id, kind: 'cancel_keep', amountPaise: keep, note: input.reason }, s);
  if (refund > 0) pay(db, r, 'cancel', [{ method: input.refundMethod!, amountPaise: -refund }], s);
  stmt(db, `UPDATE rentals SET status = 'cancelled', cancelled_at = ?, cancelled_by = ?, cancel_reason = ? WHERE id = ?`).run(s.at, user.id, input.reason, r.id);
  return { keptPaise: keep, refundPaise: refund, rule };
}
