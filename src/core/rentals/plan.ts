/**
 * Lines asked for -> what can be had for the dates: the item and its terms, the pieces picked
 * (pieces mode) and how many are free. Used by the quote (reports what is short), and by booking,
 * walk-in and extension inside their writing transaction (refuse what is short).
 */
import type { RentalQuote, RentalTerms } from '../../shared/api/rentals';
import { addDays, daysBetween, isBusinessDate, type BusinessDate } from '../../shared/dates';
import { AppError } from '../../shared/errors';
import type { DB } from '../db/open';
import { stmt } from '../db/stmt';
import { bookable, datesFrom, heldOn, pieceFree, piecesOf, segments, type PieceInfo, type Segment } from './availability';
import { rentalDays, rentChoices, rentPerUnit, type RentRule } from './pricing';
import { ownedUnits, readTerms, rentableProduct } from './terms';
import { invalid } from './checks';

/** The longest rental the counter books (a typo in a year would otherwise hold a piece for months). */
export const MAX_RENTAL_DAYS = 60;

export interface LineWant {
  productId: number;
  qty: number;
  pieceIds?: number[] | undefined;
  rentRule?: RentRule | undefined;
}

export interface PlannedLine {
  productId: number;
  sku: string;
  nameHi: string;
  nameEn: string;
  artisanId: number | null;
  /** The shop's commission on her piece: the product's override, else hers; null for the group's items. */
  commissionBps: number | null;
  /** The item's GST rate and HSN today (the line keeps the rate only when the shop has a GSTIN). */
  gstRateBps: number;
  hsn: string;
  terms: RentalTerms;
  rentRule: RentRule;
  qty: number;
  /** Pieces mode: the pieces promised (fewer than qty only in a quote that is short). */
  pieceIds: number[];
  free: number;
  ok: boolean;
}

type Path = (string | number)[];

/** A real calendar date ('2026-02-30' passes the contract's pattern but is no day), in this or the next two centuries. */
export function checkDate(d: string | null, field: string): void {
  if (d !== null && (!isBusinessDate(d) || d < '2000-01-01' || d > '2199-12-31')) invalid([field], 'date');
}

/** due >= from and not longer than MAX_RENTAL_DAYS; RENTAL_DATES names the field. */
export function checkSpan(from: BusinessDate, due: BusinessDate, dueField: string): void {
  if (due < from) throw new AppError('RENTAL_DATES', { field: dueField, reason: 'beforeFrom', fromDate: from, dueDate: due });
  if (daysBetween(from, due) > MAX_RENTAL_DAYS) throw new AppError('RENTAL_DATES', { field: dueField, reason: 'tooLong', maxDays: MAX_RENTAL_DAYS });
}

export const firstHeld = (segs: Segment[], pieceId: number, from: string, end: string) =>
  segs.filter((s) => s.pieceId === pieceId && s.start <= end && from <= s.end).reduce((d, s) => (s.start > from ? (s.start < d ? s.start : d) : from), end);

export interface PlanOptions {
  today: BusinessDate;
  /** A rental's own lines when it is extended. */
  excludeRentalId?: number;
  /** The pieces go out now (walk-in): they must be ready, not merely bookable. */
  ready?: boolean;
  /** Refuse what is short (booking); a quote reports it instead. */
  strict: boolean;
}

export function planLines(db: DB, wants: LineWant[], from: BusinessDate, due: BusinessDate, o: PlanOptions): PlannedLine[] {
  const picked = new Map<number, Set<number>>();
  const earlier = new Map<number, number>();
  const segCache = new Map<string, Segment[]>();
  return wants.map((w, i) => {
    const path: Path = ['lines', i];
    const p = rentableProduct(db, w.productId, [...path, 'productId']);
    if (p.status !== 'active') throw new AppError('PRODUCT_ARCHIVED', { field: [...path, 'productId'], id: p.id, sku: p.sku });
    const terms = readTerms(db, p.id);
    if (!terms) throw new AppError('RENTAL_TERMS_MISSING', { field: [...path, 'productId'], id: p.id, sku: p.sku });
    const end = addDays(due, terms.bufferDays);
    const key = `${p.id}:${end}`;
    const segs = segCache.get(key) ?? segments(db, p.id, from, end, o.today, o.excludeRentalId);
    segCache.set(key, segs);
    const share = stmt<[number], { c: number | null; a: number | null; g: number; h: string }>(
      db,
      'SELECT p.commission_bps AS c, a.commission_bps AS a, p.gst_rate_bps AS g, p.hsn AS h FROM products p LEFT JOIN artisans a ON a.id = p.artisan_id WHERE p.id = ?',
    ).get(p.id)!;
    const base = {
      productId: p.id, sku: p.sku, nameHi: p.name_hi, nameEn: p.name_en, artisanId: p.artisan_id, commissionBps: p.artisan_id === null ? null : (share.c ?? share.a ?? 0), gstRateBps: share.g, hsn: share.h, terms, rentRule: w.rentRule ?? 'cheaper', qty: w.qty,
    };
    const short = (field: Path, date: string, free: number, extra: Record<string, unknown> = {}) => {
      if (o.strict) throw new AppError('RENTAL_UNAVAILABLE', { field, sku: p.sku, date, free: Math.max(0, free), wanted: w.qty, ...extra });
    };

    if (terms.mode === 'counted') {
      if (w.pieceIds?.length) invalid([...path, 'pieceIds'], 'invalid_value');
      const total = ownedUnits(db, p.id);
      const before = earlier.get(p.id) ?? 0;
      let free = Infinity;
      let bad: { date: string; free: number } | null = null;
      for (const d of datesFrom(from, end)) {
        const f = total - heldOn(segs, d) - before;
        free = Math.min(free, f);
        if (f < w.qty && !bad) bad = { date: d, free: f };
      }
      if (bad) short([...path, 'qty'], bad.date, bad.free);
      earlier.set(p.id, before + w.qty);
      return { ...base, pieceIds: [], free: Math.max(0, free), ok: !bad };
    }

    const pieces = piecesOf(db, p.id);
    const taken = picked.get(p.id) ?? new Set<number>();
    picked.set(p.id, taken);
    const usable = (x: PieceInfo) => (o.ready ? x.status === 'ready' : bookable(x));
    const freeNow = pieces.filter((x) => usable(x) && !taken.has(x.id) && pieceFree(segs, x.id, from, end));
    let chosen: number[];
    let ok = true;
    if (w.pieceIds?.length) {
      if (w.pieceIds.length !== w.qty) invalid([...path, 'pieceIds'], 'piece_count');
      w.pieceIds.forEach((id, k) => {
        const field = [...path, 'pieceIds', k];
        const x = pieces.find((c) => c.id === id);
        if (!x) throw new AppError('NOT_FOUND', { what: 'piece', field, id });
        if (taken.has(id) || w.pieceIds!.indexOf(id) !== k) invalid(field, 'duplicate');
        if (!usable(x)) throw new AppError('PIECE_NOT_READY', { field, tag: x.tag, status: x.status });
        if (!pieceFree(segs, id, from, end)) {
          ok = false;
          short(field, firstHeld(segs, id, from, end), freeNow.length, { tag: x.tag });
        }
      });
      chosen = w.pieceIds;
    } else {
      // Ready pieces first, so a booking for soon does not wait on one still being cleaned.
      chosen = [...freeNow].sort((a, b) => Number(b.status === 'ready') - Number(a.status === 'ready') || a.id - b.id).slice(0, w.qty).map((x) => x.id);
      if (chosen.length < w.qty) {
        ok = false;
        const day = datesFrom(from, end).find((d) => pieces.filter((x) => usable(x) && !taken.has(x.id) && pieceFree(segs, x.id, d, d)).length < w.qty) ?? from;
        short([...path, 'qty'], day, freeNow.length);
      }
    }
    chosen.forEach((id) => taken.add(id));
    return { ...base, pieceIds: chosen, free: freeNow.length, ok };
  });
}

/** The price of planned lines for the dates, per line and in all. */
export function quoteOf(lines: PlannedLine[], from: BusinessDate, due: BusinessDate): RentalQuote {
  const days = rentalDays(from, due);
  const rows = lines.map((l) => {
    const { dayPaise, eventPaise } = rentChoices(l.terms, days);
    return {
    productId: l.productId, qty: l.qty, rentPaise: rentPerUnit(l.terms, days, l.rentRule) * l.qty,
    dayRentPaise: dayPaise === null ? null : dayPaise * l.qty, eventRentPaise: eventPaise === null ? null : eventPaise * l.qty, rentRule: l.rentRule,
    depositPaise: l.terms.depositPaise * l.qty,
    lateFeePerDayPaise: l.terms.lateFeePerDayPaise * l.qty, free: l.free, ok: l.ok,
    };
  });
  const rent = rows.reduce((a, r) => a + r.rentPaise, 0);
  const deposit = rows.reduce((a, r) => a + r.depositPaise, 0);
  return { days, lines: rows, rentPaise: rent, depositPaise: deposit, totalPaise: rent + deposit, ok: rows.every((r) => r.ok) };
}
