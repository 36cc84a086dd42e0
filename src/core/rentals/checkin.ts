/**
 * Return check-in: items back (partial returns allowed), late fee by the shop's calendar, damage
 * and missing charges; the deposit of what is settled is released against them (and against
 * anything still owed), and the rest is refunded or the shortfall collected, exactly.
 */
import { uuidv7 } from '../uuid';
import type { SessionUser } from '../../shared/api';
import type { CheckInInput } from '../../shared/api/rentals';
import { AppError } from '../../shared/errors';
import type { DB } from '../db/open';
import { stmt } from '../db/stmt';
import { approverOf } from '../sales/checkout';
import { exactPayments } from '../sales/payments';
import { recordMovement } from '../stock/ledger';
import { balanceOf, chargeLine, pay, stampOf } from './money';
import { checkPhotoOf } from './photos';
import { movePiece } from './pieces';
import { lateDays } from './pricing';
import { lineRows, rentalRow, stillOut } from './read';
import { invalid, requireManager } from './checks';


export function checkIn(db: DB, input: Omit<CheckInInput, 'requestId'>, user: SessionUser, now: Date): number {
  // A PIN first: a wrong one commits only its own count.
  const approver = approverOf(db, input, now);
  const s = stampOf(db, now, user.id);
  const r = rentalRow(db, input.rentalId);
  if (r.status !== 'out') throw new AppError('RENTAL_STATUS', { field: 'rentalId', rentalNo: r.rental_no, status: r.status });
  if (input.waiveLateFee) requireManager(user, approver, 'waiveLateFee', 'waiveLateFee');
  const lines = lineRows(db, r.id);
  const late = lateDays(r.due_date, s.day);
  const seen = new Set<number>();
  const back = input.lines.map((b, i) => {
    const path = ['lines', i];
    const l = lines.find((x) => x.id === b.lineId);
    if (!l) throw new AppError('NOT_FOUND', { what: 'rentalLine', field: [...path, 'lineId'], id: b.lineId });
    if (seen.has(l.id)) throw new AppError('CONFLICT', { field: [...path, 'lineId'], reason: 'twice' });
    seen.add(l.id);
    const units = b.qty + b.missingQty;
    if (units === 0) invalid([...path, 'qty'], 'nothing_back');
    if (units > stillOut(l)) {
      throw new AppError('RENTAL_RETURN_TOO_MANY', { field: [...path, 'qty'], lineId: l.id, outQty: stillOut(l), wanted: units, returnedQty: l.returned, missingQty: l.missing });
    }
    // A charge, or a unit that will not come back, needs words saying what happened.
    if ((b.damagePaise > 0 || b.missingQty > 0) && !b.damageNote) invalid([...path, 'damageNote'], 'damage_note');
    // A photo must be one taken for this rental (rentals.addPhoto), not another's or made up.
    if (b.photoId !== undefined) checkPhotoOf(db, r.id, b.photoId, [...path, 'photoId']);
    return { b, l, units, released: l.deposit_paise * units, lateFee: input.waiveLateFee ? 0 : late * l.late_fee_per_day_paise * units };
  });
  const released = back.reduce((a, x) => a + x.released, 0);
  const fees = back.reduce((a, x) => a + x.lateFee + x.b.damagePaise, 0);
  // Anything still owed (an extension's rent not paid then) is settled here too.
  const open = balanceOf(db, r.id);
  const net = released - fees - open;
  const payments = exactPayments(input.payments, Math.max(0, -net), { totalPaise: Math.max(0, -net), chargesPaise: fees + open, depositPaise: released });
  if (net > 0 && !input.refundMethod) invalid(['refundMethod'], 'refund_needed');

  const n = stmt<[number], { n: number }>(db, 'SELECT count(*) + 1 AS n FROM rental_returns WHERE rental_id = ?').get(r.id)!.n;
  const returnId = Number(
    stmt(db, `INSERT INTO rental_returns (uid, return_no, rental_id, n, at, business_date, user_id, approved_by, late_days, late_fee_waived) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(
      uuidv7(), `${r.rental_no}/${n}`, r.id, n, s.at, s.day, user.id, approver?.id ?? null, late, input.waiveLateFee ? 1 : 0,
    ).lastInsertRowid,
  );
  for (const { b, l, released: dep, lateFee } of back) {
    stmt(db, `INSERT INTO rental_return_lines (return_id, line_id, qty, missing_qty, late_fee_paise, damage_paise, damage_note, photo_id, condition) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(
      returnId, l.id, b.qty, b.missingQty, lateFee, b.damagePaise, b.damageNote, b.photoId ?? null, b.condition,
    );
    const c = { rentalId: r.id, returnId };
    chargeLine(db, l, { ...c, kind: 'deposit_release', amountPaise: -dep }, s);
    chargeLine(db, l, { ...c, kind: 'late_fee', amountPaise: lateFee }, s);
    chargeLine(db, l, { ...c, kind: 'damage', amountPaise: b.damagePaise, note: b.damageNote }, s);
    // Lost units left the stock at pick-up and simply never come back in.
    if (b.qty > 0) recordMovement(db, { productId: l.product_id, qtyMilli: b.qty * 1000, kind: 'rental_in', userId: user.id, at: now, reason: 'rental return', reference: `${r.rental_no}/${n}`, refType: 'rental', refId: r.uid });
    if (l.piece_id !== null) {
      const e = { userId: user.id, at: s.at, rentalId: r.id, photoId: b.photoId ?? null };
      if (b.qty > 0) movePiece(db, l.piece_id, b.condition === 'repair' ? 'repair' : 'cleaning', { ...e, note: b.damageNote });
      else movePiece(db, l.piece_id, 'retired', { ...e, note: `गुम / missing: ${b.damageNote}` });
    }
  }
  if (net < 0) pay(db, r, 'return', payments, s, returnId);
  if (net > 0) pay(db, r, 'return', [{ method: input.refundMethod!, amountPaise: -net }], s, returnId);
  if (lineRows(db, r.id).every((l) => stillOut(l) === 0)) {
    stmt(db, `UPDATE rentals SET status = 'returned', closed_at = ?, closed_by = ? WHERE id = ?`).run(s.at, user.id, r.id);
  }
  return returnId;
}
