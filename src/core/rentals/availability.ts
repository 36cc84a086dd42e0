/**
 * Who holds what on which day. A line occupies its units from its from date through its due date
 * plus the buffer (cleaning) days while booked; while out, through max(due, today) + buffer for
 * the units still out (a late rental keeps blocking); units already back, through the day they
 * came back + buffer. Lost units occupy nothing (they have left the stock).
 * Pieces mode: each piece is held by at most one rental on any day. Counted: per day, the units
 * held never exceed what the shop owns.
 */
import type { Availability, DayState, PieceStatus, RentalTerms } from '../../shared/api/rentals';
import { addDays, daysBetween, type BusinessDate } from '../../shared/dates';
import { AppError } from '../../shared/errors';
import type { DB } from '../db/open';
import { stmt } from '../db/stmt';
import { ownedUnits, readTerms, rentableProduct } from './terms';
import { invalid } from './checks';

export interface Segment {
  rentalId: number;
  rentalNo: string;
  lineId: number;
  pieceId: number | null;
  units: number;
  start: BusinessDate;
  /** Last day it is with the customer (or promised to her). */
  holdEnd: BusinessDate;
  /** Last day of cleaning after that. */
  end: BusinessDate;
  state: 'booked' | 'out';
}

const maxDate = (a: string, b: string) => (a > b ? a : b);
/** Buffer days are at most 14 (rental_terms CHECK): a return older than that holds nothing now. */
const MAX_BUFFER = 14;

/** Every hold on a product's units that touches [from, to], leaving out one rental (its own extension). */
export function segments(db: DB, productId: number, from: BusinessDate, to: BusinessDate, today: BusinessDate, excludeRentalId = 0): Segment[] {
  const open = stmt<[number, string, number], { line_id: number; rental_id: number; rental_no: string; status: 'booked' | 'out'; from_date: string; due_date: string; piece_id: number | null; qty: number; buffer_days: number; settled: number }>(
    db,
    `SELECT l.id AS line_id, r.id AS rental_id, r.rental_no, r.status, r.from_date, r.due_date, l.piece_id, l.qty, l.buffer_days,
            COALESCE((SELECT sum(x.qty + x.missing_qty) FROM rental_return_lines x WHERE x.line_id = l.id), 0) AS settled
       FROM rental_lines l JOIN rentals r ON r.id = l.rental_id
      WHERE l.product_id = ? AND r.status IN ('booked', 'out') AND r.from_date <= ? AND r.id <> ?`,
  ).all(productId, to, excludeRentalId);
  const back = stmt<[number, string, string, number], { line_id: number; rental_id: number; rental_no: string; from_date: string; piece_id: number | null; qty: number; buffer_days: number; day: string }>(
    db,
    `SELECT l.id AS line_id, r.id AS rental_id, r.rental_no, r.from_date, l.piece_id, x.qty, l.buffer_days, rr.business_date AS day
       FROM rental_return_lines x JOIN rental_returns rr ON rr.id = x.return_id JOIN rental_lines l ON l.id = x.line_id JOIN rentals r ON r.id = l.rental_id
      WHERE l.product_id = ? AND x.qty > 0 AND r.from_date <= ? AND rr.business_date >= date(?, '-${MAX_BUFFER} days') AND r.id <> ?`,
  ).all(productId, to, from, excludeRentalId);
  const out: Segment[] = [];
  for (const l of open) {
    const units = l.status === 'booked' ? l.qty : l.qty - l.settled;
    if (units <= 0) continue;
    const holdEnd = l.status === 'booked' ? l.due_date : maxDate(l.due_date, today);
    out.push({ rentalId: l.rental_id, rentalNo: l.rental_no, lineId: l.line_id, pieceId: l.piece_id, units, start: l.from_date, holdEnd, end: addDays(holdEnd, l.buffer_days), state: l.status });
  }
  for (const b of back) {
    out.push({ rentalId: b.rental_id, rentalNo: b.rental_no, lineId: b.line_id, pieceId: b.piece_id, units: b.qty, start: b.from_date, holdEnd: b.day, end: addDays(b.day, b.buffer_days), state: 'out' });
  }
  return out.filter((s) => s.end >= from);
}

const covers = (s: Segment, d: string) => s.start <= d && d <= s.end;
const overlaps = (s: Segment, from: string, to: string) => s.start <= to && from <= s.end;

/** Units held on day `d`. */
export function heldOn(segs: Segment[], d: string): number {
  return segs.reduce((a, s) => (covers(s, d) ? a + s.units : a), 0);
}

export function datesFrom(from: BusinessDate, to: BusinessDate): BusinessDate[] {
  return Array.from({ length: daysBetween(from, to) + 1 }, (_, i) => addDays(from, i));
}

export interface PieceInfo {
  id: number;
  tag: string;
  status: PieceStatus;
}

export function piecesOf(db: DB, productId: number): PieceInfo[] {
  return stmt<[number], PieceInfo>(db, 'SELECT id, tag, status FROM rental_pieces WHERE product_id = ? ORDER BY id').all(productId);
}

/** Pieces that can be promised for future dates: not retired, not away for repair. */
export const bookable = (p: PieceInfo) => p.status !== 'retired' && p.status !== 'repair';

/** Is this piece free from `from` through `end` (its own buffer included)? */
export function pieceFree(segs: Segment[], pieceId: number, from: string, end: string): boolean {
  return !segs.some((s) => s.pieceId === pieceId && overlaps(s, from, end));
}

/** Units that can be rented at all: bookable pieces, or (counted) what the shop owns. */
export function totalUnits(db: DB, productId: number, terms: RentalTerms): number {
  return terms.mode === 'pieces' ? piecesOf(db, productId).filter(bookable).length : ownedUnits(db, productId);
}

/** The calendar of one item: per day how many units are booked, out, being cleaned and free; per piece its state. */
export function availability(db: DB, productId: number, from: BusinessDate, to: BusinessDate, today: BusinessDate): Availability {
  const p = rentableProduct(db, productId);
  const terms = readTerms(db, productId);
  if (!terms) throw new AppError('RENTAL_TERMS_MISSING', { field: 'productId', id: p.id, sku: p.sku });
  if (to < from) invalid(['to'], 'date_order');
  if (daysBetween(from, to) > 366) throw new AppError('INVALID_INPUT', { issues: [{ path: ['to'], code: 'too_big', message: 'too_big', maximum: 366 }] });
  const segs = segments(db, productId, from, to, today);
  const dates = datesFrom(from, to);
  const total = totalUnits(db, productId, terms);
  const all = terms.mode === 'pieces' ? piecesOf(db, productId).filter((x) => x.status !== 'retired' || segs.some((s) => s.pieceId === x.id)) : [];
  const pieceDays = all.map((x) => ({
    pieceId: x.id, tag: x.tag, status: x.status,
    days: dates.map((d): { state: DayState; rentalNo: string | null } => {
      const s = segs.find((g) => g.pieceId === x.id && covers(g, d));
      if (s) return { state: d <= s.holdEnd ? s.state : 'buffer', rentalNo: s.rentalNo };
      return { state: bookable(x) ? 'free' : 'unavailable', rentalNo: null };
    }),
  }));
  const days = dates.map((d, i) => {
    const on = segs.filter((s) => covers(s, d));
    const sum = (f: (s: Segment) => boolean) => on.filter(f).reduce((a, s) => a + s.units, 0);
    const booked = sum((s) => d <= s.holdEnd && s.state === 'booked');
    const out = sum((s) => d <= s.holdEnd && s.state === 'out');
    const buffer = sum((s) => d > s.holdEnd);
    const free = terms.mode === 'pieces' ? pieceDays.filter((x) => x.days[i]!.state === 'free').length : Math.max(0, total - booked - out - buffer);
    return { date: d, booked, out, buffer, free };
  });
  return { productId, mode: terms.mode, total, days, pieces: pieceDays };
}
