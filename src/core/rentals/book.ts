/** Booking for future dates (with an optional advance), and the walk-in: booked and handed over at once. */
import { uuidv7 } from '../uuid';
import type { z } from 'zod';
import type { SessionUser } from '../../shared/api';
import type { BookInput, walkInInput } from '../../shared/api/rentals';
import { AppError } from '../../shared/errors';
import type { DB } from '../db/open';
import { stmt } from '../db/stmt';
import { nextSeq } from '../sales/bill-number';
import { exactPayments } from '../sales/payments';
import { gstOn, pay, shopOf, stampOf, type Stamp } from './money';
import { checkDate, checkSpan, planLines, quoteOf, type PlannedLine } from './plan';
import { pickUp } from './pickup';

type NewRental = Omit<BookInput, 'requestId' | 'advance'>;

/**
 * HH/R/2026-27/C1-000045: gapless per financial year and counter, from its own series ('R-' + the
 * counter code); the counter code in the number keeps two counters' rentals apart, as on bills.
 */
function nextRentalNo(db: DB, day: string): { rentalNo: string; fy: string; seq: number; counter: string } {
  const shop = shopOf(db);
  const counter = `R-${shop.counterCode}`;
  const { fy, seq } = nextSeq(db, counter, day);
  return { rentalNo: `${shop.billPrefix}/R/${fy}/${shop.counterCode}-${String(seq).padStart(6, '0')}`, fy, seq, counter };
}

/** Dates a new rental may have: from today on, due on or after from, an event date inside them. */
function checkNewDates(r: NewRental, today: string): void {
  checkDate(r.fromDate, 'fromDate');
  checkDate(r.dueDate, 'dueDate');
  checkDate(r.eventDate, 'eventDate');
  if (r.fromDate < today) throw new AppError('RENTAL_DATES', { field: 'fromDate', reason: 'past', today });
  checkSpan(r.fromDate, r.dueDate, 'dueDate');
  if (r.eventDate !== null && (r.eventDate < r.fromDate || r.eventDate > r.dueDate)) throw new AppError('RENTAL_DATES', { field: 'eventDate', reason: 'outside' });
}

/** Write the rental and its lines (the terms, her commission and the GST rate as they are today; no GSTIN: rate 0). */
function insertRental(db: DB, r: NewRental, lines: PlannedLine[], s: Stamp): { id: number; uid: string } {
  const no = nextRentalNo(db, s.day);
  const uid = uuidv7();
  const id = Number(
    stmt(
      db,
      `INSERT INTO rentals (uid, rental_no, counter_code, fy, seq, status, customer_name, customer_phone, customer_id_note, customer_address, event_date,
         from_date, due_date, note, created_at, created_by) VALUES (?, ?, ?, ?, ?, 'booked', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(uid, no.rentalNo, no.counter, no.fy, no.seq, r.customer.name, r.customer.phone, r.customer.idNote, r.customer.address, r.eventDate, r.fromDate, r.dueDate, r.note, s.at, s.userId).lastInsertRowid,
  );
  let lineNo = 0;
  const taxed = gstOn(db);
  for (const l of lines) {
    // Pieces mode: a line per piece, so each piece comes back (and is charged) on its own.
    const units = l.terms.mode === 'pieces' ? l.pieceIds.map((pieceId) => ({ pieceId, qty: 1 })) : [{ pieceId: null, qty: l.qty }];
    for (const u of units) {
      const t = l.terms;
      stmt(
        db,
        `INSERT INTO rental_lines (uid, rental_id, line_no, product_id, piece_id, qty, sku, name_hi, name_en, mode, day_price_paise, event_price_paise, event_days,
           deposit_paise, late_fee_per_day_paise, buffer_days, artisan_id, commission_bps, gst_rate_bps, hsn, rent_rule) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        uuidv7(), id, ++lineNo, l.productId, u.pieceId, u.qty, l.sku, l.nameHi, l.nameEn, t.mode, t.dayPricePaise, t.eventPricePaise, t.eventDays,
        t.depositPaise, t.lateFeePerDayPaise, t.bufferDays, l.artisanId, l.commissionBps, taxed ? l.gstRateBps : 0, l.hsn, l.rentRule,
      );
    }
  }
  return { id, uid };
}

/** A booking: availability checked in this transaction, so a piece is never promised twice. */
export function book(db: DB, input: BookInput, user: SessionUser, now: Date): number {
  const s = stampOf(db, now, user.id);
  checkNewDates(input, s.day);
  const lines = planLines(db, input.lines, input.fromDate, input.dueDate, { today: s.day, strict: true });
  // An advance counts towards rent + deposit at pick-up; more than that would be money held for nothing.
  const { totalPaise } = quoteOf(lines, input.fromDate, input.dueDate);
  const advance = input.advance.reduce((a, p) => a + p.amountPaise, 0);
  if (advance > totalPaise) throw new AppError('INVALID_INPUT', { issues: [{ path: ['advance'], code: 'too_big', message: 'advance_over_total', maximum: totalPaise }] });
  const payments = exactPayments(input.advance, advance, {}, 'advance');
  const rental = insertRental(db, input, lines, s);
  pay(db, rental, 'booking', payments, s);
  return rental.id;
}

/** A walk-in: from today, the pieces handed over now (so they must be ready), rent and deposit paid now. */
export function walkIn(db: DB, input: z.output<typeof walkInInput>, user: SessionUser, now: Date): number {
  const s = stampOf(db, now, user.id);
  const r: NewRental = { ...input, fromDate: s.day };
  checkNewDates(r, s.day);
  const lines = planLines(db, input.lines, r.fromDate, r.dueDate, { today: s.day, strict: true, ready: true });
  const rental = insertRental(db, r, lines, s);
  pickUp(db, { rentalId: rental.id, payments: input.payments, swaps: [], note: '' }, user, now);
  return rental.id;
}
