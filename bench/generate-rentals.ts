import { randomUUID } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';
import type { DB } from '../src/core/db/open';
import { artisanPart, type ChargeKind } from '../src/core/rentals/money';
import { rentalDays, rentPerUnit } from '../src/core/rentals/pricing';
import { addDays, daysBetween, financialYear } from '../src/shared/dates';
import { applyBps } from '../src/shared/money';
import { FIRST_NAMES, SURNAMES } from './names';
import type { Rng } from './rng';

/**
 * A year of rentals, written in bulk with the rows the app's own rental calls write
 * (src/core/rentals): rental terms for the generated costumes and wedding decorations, a tag per
 * unit of the pieces-mode items (RENT-style tags made from the SKU) with its event history, and
 * for each rental: the booking (rental, lines with the terms' snapshot, the advance), the pick-up
 * (rent and deposit charged, stock out, pieces out, the rest paid), the check-in (deposit released,
 * late fee, damage, stock back, pieces to cleaning or repair, the refund or the shortfall), the
 * piece back to ready, or a cancellation (what the rule keeps, the rest refunded). Cash moves the
 * drawer; an artisan's share of rent, late fees and damage accrues to her ledger against the line
 * and the charge. Each call's audit row is written; idempotency records are not (housekeeping
 * prunes them after two days). Triggers keep stock_on_hand, artisan_balances and cash_daily.
 *
 * No piece is ever promised twice: rentals are planned in order of their from date and each unit
 * (a piece, or a counted item's whole stock, used by one rental at a time) carries the first day it
 * is free again (after the return, its cleaning days and any repair). Rentals whose from date is
 * past come back (most on their due date, some late), or are still out when they would come back
 * after yesterday; the ones from today on are bookings; a few bookings are cancelled. Every row is
 * written in time order (events sorted), so ids rise with time as they do in the app.
 */
export interface RentalPlanContext {
  /** The shop days of the generated year, in order (the last is yesterday). */
  days: string[];
  /** The shop day of `now`: nothing is written on it; rentals due on or after it are out or booked. */
  today: string;
  now: Date;
  openAt: Date;
  ownerId: number;
  cashierId: number;
  billPrefix: string;
  counterCode: string;
  /** UTC ms of a shop day's midnight (Asia/Kolkata). */
  midnight: (date: string) => number;
}

export interface GeneratedRentals {
  items: number;
  piecesMode: number;
  pieces: number;
  rentals: number;
  returned: number;
  out: number;
  overdue: number;
  booked: number;
  cancelled: number;
  late: number;
  damaged: number;
  lines: number;
  /** The shop day with the most rental cash in the drawer (for the day close). */
  busyDay: string | null;
}

const HOUR = 3_600_000;
const MIN = 60_000;
/** Days a booking's from date may lie ahead of today. */
const AHEAD = 45;

interface Item {
  id: number; sku: string; nameHi: string; nameEn: string; price: number; artisanId: number | null; commission: number | null; owned: number;
  mode: 'pieces' | 'counted'; day: number | null; event: number | null; eventDays: number | null; deposit: number; late: number; buffer: number;
  /** pieces mode: piece ids and the day number each is free from; counted: one lane (the whole stock). */
  pieces: { id: number; tag: string; freeFrom: number }[];
  freeFrom: number;
}

interface Line {
  item: Item; pieceId: number | null; qty: number; rent: number; deposit: number; lateFee: number; damage: number; damageNote: string; repairDays: number;
  id?: number;
}

interface Plan {
  walkIn: boolean; customer: { name: string; phone: string }; eventDate: string | null; from: string; due: string;
  fate: 'returned' | 'out' | 'booked' | 'cancelled'; lateDays: number; returnDay: string | null; created: string; cancelDay: string | null;
  lines: Line[]; advance: number; advanceMethod: 'cash' | 'upi'; pickupMethod: 'cash' | 'upi' | 'card'; refundMethod: 'cash' | 'upi';
  id?: number; uid?: string; rentalNo?: string;
  /** When it was picked up, came back, was cancelled (UTC ms), once the events are laid out. */
  tPick?: number; tReturn?: number; tCancel?: number;
}

type Ev = { t: number; k: number; kind: 'book' | 'pickup' | 'return' | 'ready' | 'cancel'; p: Plan; line?: Line };

const dayNo = (d: string) => Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10))) / 86_400_000;
const round10 = (paise: number) => Math.max(1000, Math.round(paise / 1000) * 1000); // to ten rupees, at least ten

/** Weddings (Nov-Feb, Apr-May) and festivals (Oct) busy, the monsoon's chaturmas quiet; weekends busier. */
function rentalWeight(date: string): number {
  const m = Number(date.slice(5, 7));
  const dow = new Date(`${date}T00:00:00Z`).getUTCDay();
  const w = [0, 2, 2, 1.2, 2, 2, 1, 0.4, 0.4, 0.5, 1.4, 2, 2][m]!;
  return dow === 0 || dow === 6 ? w * 1.3 : w;
}

export function generateRentals(db: DB, plan: RentalPlanContext, count: number, r: Rng, log: (msg: string) => void = () => {}): GeneratedRentals {
  const tx = <T>(fn: () => T) => db.transaction(fn).immediate();
  const { today, now, cashierId, ownerId } = plan;
  const lastDay = plan.days[plan.days.length - 1]!;
  const firstDay = plan.days[0]!;
  const todayNo = dayNo(today);

  // --- terms and pieces for the generated rentables (the demo's items already have theirs) ------
  const rows = db.prepare(
    `SELECT p.id, p.sku, p.name_hi, p.name_en, p.price_paise, p.artisan_id, COALESCE(p.commission_bps, a.commission_bps) AS commission, c.code, s.qty_milli
       FROM products p JOIN crafts c ON c.id = p.craft_id LEFT JOIN artisans a ON a.id = p.artisan_id JOIN stock_on_hand s ON s.product_id = p.id
      WHERE p.for_rent = 1 AND p.status = 'active' AND s.qty_milli >= 1000 AND p.id NOT IN (SELECT product_id FROM rental_terms) ORDER BY p.id`,
  ).all() as { id: number; sku: string; name_hi: string; name_en: string; price_paise: number; artisan_id: number | null; commission: number | null; code: string; qty_milli: number }[];
  const items: Item[] = rows.map((p) => {
    const pieces = p.code === 'COSTUME' || /crown/.test(p.name_en) || (p.name_en === '' && r.chance(0.5));
    const eventPriced = !pieces || r.chance(0.7);
    const price = p.price_paise;
    return {
      id: p.id, sku: p.sku, nameHi: p.name_hi, nameEn: p.name_en, price, artisanId: p.artisan_id, commission: p.artisan_id === null ? null : (p.commission ?? 0), owned: Math.floor(p.qty_milli / 1000),
      mode: pieces ? 'pieces' : 'counted',
      day: pieces ? round10(price * 0.35) : r.chance(0.3) ? round10(price * 0.2) : null,
      event: eventPriced ? round10(price) : null, eventDays: eventPriced ? (pieces ? r.pick([2, 3, 3]) : 3) : null,
      deposit: round10(price * (pieces ? 2.5 : 2)), late: round10(price * (pieces ? 0.25 : 0.2)), buffer: pieces ? r.pick([1, 1, 2]) : r.pick([0, 0, 1]),
      pieces: [], freeFrom: 0,
    };
  });
  for (const it of items) if (it.day === null && it.event === null) it.day = round10(it.price * 0.3);
  const insTerms = db.prepare(`INSERT INTO rental_terms (product_id, mode, day_price_paise, event_price_paise, event_days, deposit_paise, late_fee_per_day_paise, buffer_days, updated_at, updated_by)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const insPiece = db.prepare(`INSERT INTO rental_pieces (uid, product_id, tag, status, created_at, updated_at) VALUES (?, ?, ?, 'ready', ?, ?)`);
  const insPieceEv = db.prepare('INSERT INTO rental_piece_events (piece_id, at, status, note, user_id, rental_id, photo_id) VALUES (?, ?, ?, ?, ?, ?, NULL)');
  const insAudit = db.prepare('INSERT INTO audit_log (uid, at, user_id, action, details) VALUES (?, ?, ?, ?, ?)');
  const setupAt = plan.openAt.getTime() + 30 * MIN;
  tx(() => {
    const at = new Date(setupAt).toISOString();
    for (const it of items) {
      insTerms.run(it.id, it.mode, it.day, it.event, it.eventDays, it.deposit, it.late, it.buffer, at, ownerId);
      const terms = { productId: it.id, mode: it.mode, dayPricePaise: it.day, eventPricePaise: it.event, eventDays: it.eventDays, depositPaise: it.deposit, lateFeePerDayPaise: it.late, bufferDays: it.buffer };
      insAudit.run(uuidv7({ msecs: setupAt }), at, ownerId, 'rentals.setTerms', JSON.stringify({ input: terms, before: null, after: terms }));
      if (it.mode !== 'pieces') continue;
      for (let n = 1; n <= it.owned; n++) {
        const tag = `${it.sku}-${n}`;
        const id = Number(insPiece.run(uuidv7({ msecs: setupAt }), it.id, tag, at, at).lastInsertRowid);
        insPieceEv.run(id, at, 'ready', '', ownerId, null);
        it.pieces.push({ id, tag, freeFrom: 0 });
      }
      insAudit.run(uuidv7({ msecs: setupAt }), at, ownerId, 'rentals.addPieces', JSON.stringify({ input: { productId: it.id, tags: [], count: it.owned } }));
    }
  });
  const piecesMode = items.filter((i) => i.mode === 'pieces');
  log(`rental items: ${items.length} (${piecesMode.length} with ${piecesMode.reduce((a, i) => a + i.pieces.length, 0)} tagged pieces)`);
  if (items.length === 0 || count === 0) return { items: items.length, piecesMode: piecesMode.length, pieces: 0, rentals: 0, returned: 0, out: 0, overdue: 0, booked: 0, cancelled: 0, late: 0, damaged: 0, lines: 0, busyDay: null };

  // --- the plan: from dates over the year and the weeks ahead, in order ---------------------------
  const span: string[] = [];
  for (let d = addDays(firstDay, 3); d <= addDays(today, AHEAD); d = addDays(d, 1)) span.push(d);
  const weights = span.map(rentalWeight);
  const froms = Array.from({ length: count }, () => span[r.weighted(weights)]!).sort();
  // Popularity: a shuffled order, then a skewed pick.
  const popular = [...items];
  for (let i = popular.length - 1; i > 0; i--) {
    const j = r.int(0, i);
    [popular[i], popular[j]] = [popular[j]!, popular[i]!];
  }
  const plans: Plan[] = [];
  let dropped = 0;
  for (const from of froms) {
    const fromNo = dayNo(from);
    const due = addDays(from, [1, 2, 3, 4, 5, 7][r.weighted([25, 30, 30, 8, 4, 3])]!);
    let lateDays = [0, 1, 2, 3, 4, 6][r.weighted([85, 8, 4, 1.5, 1, 0.5])]!;
    // Due in the last week and not back yet: overdue now (the counter's call-and-remind list).
    if (due < today && daysBetween(due, today) <= 7 && r.chance(0.3)) lateDays = daysBetween(due, today) + r.int(1, 5);
    const returnDay = addDays(due, lateDays);
    // Booked ahead from today on; before that a walk-in (booked and handed over at once) or a booking made up to a month before.
    let walkIn = from < today && r.chance(0.4);
    let created = walkIn ? from : addDays(from, -r.int(1, 30));
    if (created < firstDay) created = firstDay;
    if (created > lastDay) created = lastDay;
    if (created >= from) [walkIn, created] = [true, from];
    if (walkIn && from >= today) continue; // cannot happen (created < from for every booking ahead), kept as a guard
    let fate: Plan['fate'] = from >= today ? 'booked' : returnDay <= lastDay ? 'returned' : 'out';
    let cancelDay: string | null = null;
    if (!walkIn && r.chance(0.05)) {
      const last = addDays(from, -1) < lastDay ? addDays(from, -1) : lastDay;
      const span = daysBetween(created, last);
      if (span >= 0) [fate, cancelDay] = ['cancelled', addDays(created, r.int(0, span))];
    }
    // Held through: the return day (back), today and a few days (still out: it may come back late), or the due date (booked, cancelled).
    const holdEnd = fate === 'returned' ? dayNo(returnDay) : fate === 'out' ? Math.max(dayNo(due), todayNo) + 3 : dayNo(due);
    const lines: Line[] = [];
    const days = rentalDays(from, due);
    const wantProducts = [1, 2, 3, 4][r.weighted([60, 25, 10, 5])]!;
    const used = new Set<number>();
    for (let w = 0, tries = 0; w < wantProducts && tries < 8; tries++) {
      const it = popular[Math.floor(popular.length * r.next() ** 1.6)]!;
      if (used.has(it.id)) continue;
      const terms = { dayPricePaise: it.day, eventPricePaise: it.event, eventDays: it.eventDays };
      const damaged = () => fate === 'returned' && r.chance(0.04);
      const note = () => r.pick(['दाग लगा / stained', 'फटा / torn', 'टूटा / broken', 'मोती गुम / beads missing']);
      if (it.mode === 'pieces') {
        const free = it.pieces.filter((p) => p.freeFrom <= fromNo);
        if (free.length === 0) continue;
        const n = Math.min(free.length, [1, 2, 3][r.weighted([80, 15, 5])]!);
        for (const piece of free.slice(0, n)) {
          const dmg = damaged();
          const repairDays = dmg ? r.int(3, 7) : 0;
          piece.freeFrom = holdEnd + Math.max(it.buffer, repairDays) + 1;
          lines.push({
            item: it, pieceId: piece.id, qty: 1, rent: rentPerUnit(terms, days), deposit: it.deposit, lateFee: lateDays * it.late,
            damage: dmg ? round10(it.deposit * r.int(10, 60) / 100) : 0, damageNote: dmg ? note() : '', repairDays,
          });
        }
      } else {
        if (it.freeFrom > fromNo) continue;
        const qty = Math.max(1, Math.ceil(it.owned * r.next() ** 2));
        it.freeFrom = holdEnd + it.buffer + 1;
        const dmg = damaged();
        lines.push({
          item: it, pieceId: null, qty, rent: rentPerUnit(terms, days) * qty, deposit: it.deposit * qty, lateFee: lateDays * it.late * qty,
          damage: dmg ? round10(it.deposit * r.int(20, 100) / 100) : 0, damageNote: dmg ? note() : '', repairDays: 0,
        });
      }
      used.add(it.id);
      w++;
    }
    if (lines.length === 0) {
      dropped++;
      continue;
    }
    const total = lines.reduce((a, l) => a + l.rent + l.deposit, 0);
    const advance = walkIn || r.chance(0.35) ? 0 : Math.min(total, Math.max(10_000, Math.round((total * r.int(25, 50)) / 100 / 10_000) * 10_000));
    const f = r.pick(FIRST_NAMES);
    const s = r.pick(SURNAMES);
    plans.push({
      walkIn, customer: { name: `${f[0]} ${s[0]}`, phone: `9${r.int(100_000_000, 999_999_999)}` }, eventDate: r.chance(0.6) ? addDays(from, Math.min(1, daysBetween(from, due))) : null,
      from, due, fate, lateDays: fate === 'returned' ? lateDays : 0, returnDay: fate === 'returned' ? returnDay : null, created, cancelDay, lines, advance,
      advanceMethod: r.chance(0.5) ? 'cash' : 'upi', pickupMethod: (['cash', 'upi', 'card'] as const)[r.weighted([55, 40, 5])]!, refundMethod: r.chance(0.7) ? 'cash' : 'upi',
    });
  }
  if (dropped) log(`rentals: ${dropped} of ${count} planned found nothing free on their dates`);

  // --- events in time order ----------------------------------------------------------------------
  const at = (date: string, fromMin: number, toMin: number) => plan.midnight(date) + r.int(fromMin, toMin) * MIN;
  const events: Ev[] = [];
  let k = 0;
  for (const p of plans) {
    const tBook = at(p.created, 10 * 60 + 30, 19 * 60 + 30);
    events.push({ t: tBook, k: k++, kind: 'book', p }); // a walk-in's pick-up is in its own call
    if (p.fate === 'cancelled') {
      p.tCancel = Math.max(at(p.cancelDay!, 10 * 60 + 30, 19 * 60 + 30), tBook + MIN);
      events.push({ t: p.tCancel, k: k++, kind: 'cancel', p });
      continue;
    }
    if (p.fate === 'booked') continue;
    p.tPick = p.walkIn ? tBook : at(p.from, 10 * 60 + 30, 19 * 60);
    if (!p.walkIn) events.push({ t: p.tPick, k: k++, kind: 'pickup', p });
    if (p.fate !== 'returned') continue;
    p.tReturn = at(p.returnDay!, 10 * 60 + 30, 19 * 60 + 30);
    events.push({ t: p.tReturn, k: k++, kind: 'return', p });
    for (const l of p.lines) {
      if (l.pieceId === null) continue;
      // cleaned overnight (ready before the shop opens), or back from repair some days later
      const t = at(addDays(p.returnDay!, Math.max(1, l.repairDays)), 9 * 60 + 30, 10 * 60 + 15);
      if (t < now.getTime()) events.push({ t, k: k++, kind: 'ready', p, line: l });
    }
  }
  events.sort((a, b) => a.t - b.t || a.k - b.k);

  // --- writing -------------------------------------------------------------------------------------
  const insRental = db.prepare(`INSERT INTO rentals (uid, rental_no, counter_code, fy, seq, status, customer_name, customer_phone, customer_id_note, customer_address, event_date,
      from_date, due_date, note, created_at, created_by, picked_up_at, picked_up_by, closed_at, closed_by, cancelled_at, cancelled_by, cancel_reason)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, '', '', ?, ?, ?, '', ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const insLine = db.prepare(`INSERT INTO rental_lines (uid, rental_id, line_no, product_id, piece_id, qty, sku, name_hi, name_en, mode, day_price_paise, event_price_paise, event_days,
      deposit_paise, late_fee_per_day_paise, buffer_days, artisan_id, commission_bps) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const insCharge = db.prepare('INSERT INTO rental_charges (uid, rental_id, line_id, return_id, kind, amount_paise, at, business_date, user_id, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
  const insPay = db.prepare(`INSERT INTO rental_payments (uid, rental_id, return_id, event, method, amount_paise, tendered_paise, change_paise, ref, at, business_date, user_id)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const insCash = db.prepare(`INSERT INTO cash_movements (uid, kind, amount_paise, business_date, at, user_id, ref_type, ref_id) VALUES (?, ?, ?, ?, ?, ?, 'rental', ?)`);
  const insAccrual = db.prepare(`INSERT INTO artisan_ledger (uid, artisan_id, kind, amount_paise, rental_line_id, ref_type, ref_id, at, user_id) VALUES (?, ?, 'accrual', ?, ?, 'rental', ?, ?, ?)`);
  const insMove = db.prepare(`INSERT INTO stock_movements (uid, product_id, qty_milli, kind, unit_price_paise, user_id, at, reason, reference, ref_type, ref_id) VALUES (?, ?, ?, ?, NULL, ?, ?, ?, ?, 'rental', ?)`);
  const insReturn = db.prepare(`INSERT INTO rental_returns (uid, return_no, rental_id, n, at, business_date, user_id, approved_by, late_days, late_fee_waived) VALUES (?, ?, ?, 1, ?, ?, ?, NULL, ?, 0)`);
  const insReturnLine = db.prepare(`INSERT INTO rental_return_lines (return_id, line_id, qty, missing_qty, late_fee_paise, damage_paise, damage_note, photo_id, condition) VALUES (?, ?, ?, 0, ?, ?, ?, NULL, ?)`);
  const setCounter = db.prepare(`INSERT INTO bill_counters (fy, counter_code, last_seq) VALUES (?, ?, ?) ON CONFLICT(fy, counter_code) DO UPDATE SET last_seq = excluded.last_seq`);
  const counter = `R-${plan.counterCode}`;
  const seqs = new Map<string, number>((db.prepare('SELECT fy, last_seq FROM bill_counters WHERE counter_code = ?').all(counter) as { fy: string; last_seq: number }[]).map((c) => [c.fy, c.last_seq]));
  const cashByDay = new Map<string, number>();

  interface Stamp { t: number; at: string; day: string; userId: number }
  const stampAt = (t: number, day: string): Stamp => ({ t, at: new Date(t).toISOString(), day, userId: cashierId });
  const drawer = (p: Plan, amount: number, s: Stamp) => {
    if (amount === 0) return;
    insCash.run(uuidv7({ msecs: s.t }), amount > 0 ? 'rental' : 'rental_refund', amount, s.day, s.at, s.userId, p.uid!);
    cashByDay.set(s.day, (cashByDay.get(s.day) ?? 0) + Math.abs(amount));
  };
  const pay = (p: Plan, event: string, method: 'cash' | 'upi' | 'card', amount: number, s: Stamp, returnId: number | null = null) => {
    if (amount === 0) return;
    insPay.run(uuidv7({ msecs: s.t }), p.id!, returnId, event, method, amount, null, 0, method === 'upi' ? `UPI${r.int(100_000, 999_999)}` : '', s.at, s.day, s.userId);
    if (method === 'cash') drawer(p, amount, s);
  };
  /** A charge on a line, and her share of it when the piece is an artisan's (as chargeLine does). */
  const chargeLine = (p: Plan, l: Line | null, kind: ChargeKind, amount: number, s: Stamp, returnId: number | null = null, note = '') => {
    if (amount === 0) return;
    const uid = uuidv7({ msecs: s.t });
    insCharge.run(uid, p.id!, l?.id ?? null, returnId, kind, amount, s.at, s.day, s.userId, note);
    if (!l || l.item.artisanId === null) return;
    const hers = artisanPart(kind, amount, l.item.commission ?? 0);
    if (hers > 0) insAccrual.run(uuidv7({ msecs: s.t }), l.item.artisanId, hers, l.id!, uid, s.at, s.userId);
  };
  const audit = (s: Stamp, action: string, details: unknown) => insAudit.run(uuidv7({ msecs: s.t }), s.at, s.userId, action, JSON.stringify(details));

  const book = (p: Plan, s: Stamp) => {
    const fy = financialYear(s.day);
    const seq = (seqs.get(fy) ?? 0) + 1;
    seqs.set(fy, seq);
    p.uid = uuidv7({ msecs: s.t });
    p.rentalNo = `${plan.billPrefix}/R/${fy}/${plan.counterCode}-${String(seq).padStart(6, '0')}`;
    // The row as it ends up (status and its instants); the app writes 'booked' and updates it at each step.
    const [tPick, tClose, tCancel] = [p.tPick ?? null, p.tReturn ?? null, p.tCancel ?? null];
    const iso = (t: number | null) => (t === null ? null : new Date(t).toISOString());
    p.id = Number(
      insRental.run(p.uid, p.rentalNo, counter, fy, seq, p.fate, p.customer.name, p.customer.phone, p.eventDate, p.from, p.due, s.at, s.userId,
        iso(tPick), tPick === null ? null : cashierId, iso(tClose), tClose === null ? null : cashierId, iso(tCancel), tCancel === null ? null : cashierId,
        p.fate === 'cancelled' ? r.pick(['शादी टल गई / wedding postponed', 'कार्यक्रम रद्द / event cancelled', 'ग्राहक ने मना किया / customer changed her mind']) : '').lastInsertRowid,
    );
    p.lines.forEach((l, i) => {
      const it = l.item;
      l.id = Number(
        insLine.run(uuidv7({ msecs: s.t }), p.id!, i + 1, it.id, l.pieceId, l.qty, it.sku, it.nameHi, it.nameEn, it.mode, it.day, it.event, it.eventDays, it.deposit, it.late, it.buffer,
          it.artisanId, it.commission).lastInsertRowid,
      );
    });
    const input = {
      requestId: randomUUID(), customer: { ...p.customer, idNote: '', address: '' }, eventDate: p.eventDate, dueDate: p.due, note: '',
      lines: p.lines.map((l) => ({ productId: l.item.id, qty: l.qty, ...(l.pieceId !== null ? { pieceIds: [l.pieceId] } : {}) })),
    };
    if (p.walkIn) {
      pickUp(p, s);
      audit(s, 'rentals.walkIn', { input: { ...input, payments: pickupPayments(p) } });
    } else {
      pay(p, 'booking', p.advanceMethod, p.advance, s);
      audit(s, 'rentals.book', { input: { ...input, fromDate: p.from, advance: p.advance ? [{ method: p.advanceMethod, amountPaise: p.advance }] : [] } });
    }
  };
  const pickupDue = (p: Plan) => p.lines.reduce((a, l) => a + l.rent + l.deposit, 0) - p.advance;
  const pickupPayments = (p: Plan) => (pickupDue(p) > 0 ? [{ method: p.pickupMethod, amountPaise: pickupDue(p) }] : []);
  const pickUp = (p: Plan, s: Stamp) => {
    for (const l of p.lines) {
      insMove.run(uuidv7({ msecs: s.t }), l.item.id, -l.qty * 1000, 'rental_out', s.userId, s.at, 'rental', p.rentalNo!, p.uid!);
      chargeLine(p, l, 'rent', l.rent, s);
      chargeLine(p, l, 'deposit', l.deposit, s);
      if (l.pieceId !== null) insPieceEv.run(l.pieceId, s.at, 'out', '', s.userId, p.id!);
    }
    pay(p, 'pickup', p.pickupMethod, pickupDue(p), s);
  };
  const checkIn = (p: Plan, s: Stamp) => {
    const returnId = Number(insReturn.run(uuidv7({ msecs: s.t }), `${p.rentalNo}/1`, p.id!, s.at, s.day, s.userId, p.lateDays).lastInsertRowid);
    let net = 0;
    for (const l of p.lines) {
      const condition = l.pieceId !== null && l.damage > 0 ? 'repair' : 'ok';
      insReturnLine.run(returnId, l.id!, l.qty, l.lateFee, l.damage, l.damageNote, condition);
      chargeLine(p, l, 'deposit_release', -l.deposit, s, returnId);
      chargeLine(p, l, 'late_fee', l.lateFee, s, returnId);
      chargeLine(p, l, 'damage', l.damage, s, returnId, l.damageNote);
      insMove.run(uuidv7({ msecs: s.t }), l.item.id, l.qty * 1000, 'rental_in', s.userId, s.at, 'rental return', `${p.rentalNo}/1`, p.uid!);
      if (l.pieceId !== null) insPieceEv.run(l.pieceId, s.at, condition === 'repair' ? 'repair' : 'cleaning', l.damageNote, s.userId, p.id!);
      net += l.deposit - l.lateFee - l.damage;
    }
    // The deposit released less the fees: refunded, or the shortfall collected (nothing else was owed: pick-up was paid in full).
    if (net > 0) pay(p, 'return', p.refundMethod, -net, s, returnId);
    if (net < 0) pay(p, 'return', p.pickupMethod, -net, s, returnId);
    audit(s, 'rentals.checkIn', {
      input: {
        rentalId: p.id, lines: p.lines.map((l) => ({ lineId: l.id, qty: l.qty, missingQty: 0, damagePaise: l.damage, damageNote: l.damageNote, condition: l.pieceId !== null && l.damage > 0 ? 'repair' : 'ok' })),
        waiveLateFee: false, payments: net < 0 ? [{ method: p.pickupMethod, amountPaise: -net }] : [], ...(net > 0 ? { refundMethod: p.refundMethod } : {}),
      },
    });
  };
  const cancel = (p: Plan, s: Stamp) => {
    const keep = daysBetween(s.day, p.from) >= 7 ? 0 : applyBps(p.advance, 5000); // the default rule: 7 days free, else half the advance kept
    chargeLine(p, null, 'cancel_keep', keep, s);
    pay(p, 'cancel', p.refundMethod, -(p.advance - keep), s);
    audit(s, 'rentals.cancel', { input: { rentalId: p.id, reason: '', ...(p.advance - keep > 0 ? { refundMethod: p.refundMethod } : {}) }, keptPaise: keep, refundPaise: p.advance - keep });
  };

  const dayOf = (p: Plan, kind: Ev['kind'], l?: Line) =>
    kind === 'book' ? p.created : kind === 'pickup' ? p.from : kind === 'return' ? p.returnDay! : kind === 'cancel' ? p.cancelDay! : addDays(p.returnDay!, Math.max(1, l!.repairDays));
  const BATCH = 5_000;
  for (let i = 0; i < events.length; i += BATCH) {
    tx(() => {
      for (const e of events.slice(i, i + BATCH)) {
        const s = stampAt(e.t, dayOf(e.p, e.kind, e.line));
        if (e.kind === 'book') book(e.p, s);
        else if (e.kind === 'pickup') {
          pickUp(e.p, s);
          audit(s, 'rentals.pickUp', { input: { rentalId: e.p.id, payments: pickupPayments(e.p), swaps: [], note: '' } });
        } else if (e.kind === 'return') checkIn(e.p, s);
        else if (e.kind === 'cancel') cancel(e.p, s);
        else {
          insPieceEv.run(e.line!.pieceId!, s.at, 'ready', '', s.userId, null);
          audit(s, 'rentals.setPieceStatus', { input: { pieceId: e.line!.pieceId, status: 'ready', note: '' } });
        }
      }
      for (const [fy, seq] of seqs) setCounter.run(fy, counter, seq);
    });
    log(`rentals: ${Math.min(i + BATCH, events.length)}/${events.length} events`);
  }
  // A piece's status (and note) is a cache of its latest event (with a note).
  tx(() =>
    db.prepare(
      `UPDATE rental_pieces SET status = (SELECT e.status FROM rental_piece_events e WHERE e.piece_id = rental_pieces.id ORDER BY e.id DESC LIMIT 1),
         note = COALESCE((SELECT e.note FROM rental_piece_events e WHERE e.piece_id = rental_pieces.id AND e.note <> '' ORDER BY e.id DESC LIMIT 1), note),
         updated_at = (SELECT e.at FROM rental_piece_events e WHERE e.piece_id = rental_pieces.id ORDER BY e.id DESC LIMIT 1)
       WHERE product_id IN (SELECT product_id FROM rental_terms WHERE updated_at = ?)`,
    ).run(new Date(setupAt).toISOString()),
  );

  const n = (f: Plan['fate']) => plans.filter((p) => p.fate === f).length;
  return {
    items: items.length, piecesMode: piecesMode.length, pieces: piecesMode.reduce((a, i) => a + i.pieces.length, 0),
    rentals: plans.length, returned: n('returned'), out: n('out'), overdue: plans.filter((p) => p.fate === 'out' && p.due < today).length, booked: n('booked'), cancelled: n('cancelled'),
    late: plans.filter((p) => p.lateDays > 0).length, damaged: plans.reduce((a, p) => a + p.lines.filter((l) => l.damage > 0).length, 0),
    lines: plans.reduce((a, p) => a + p.lines.length, 0),
    busyDay: [...cashByDay].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? null,
  };
}
