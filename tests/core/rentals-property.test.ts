/**
 * Random days at the rental counter: bookings, walk-ins, pick-ups, check-ins (partial, late,
 * damaged, lost), extensions and cancellations on pieces and counted stock while the clock runs
 * forward. After every step, whatever it was:
 *  - no piece is promised to two rentals on one day, and no counted item is promised beyond what
 *    the shop owns (plus what customers have lost since: a loss cannot un-promise a booking);
 *  - every rental out owes only what an unpaid extension added, and every returned or cancelled
 *    one owes nothing and is owed nothing;
 *  - deposits held (charges less releases) = the deposits of the units still out;
 *  - on hand + out = what the shop owned less what was lost, and the drawer = the cash paid.
 * The money each step moves is worked out here from the terms, apart from the code under test.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lateDays, rentalDays, rentPerUnit } from '../../src/core/rentals/pricing';
import type { RentalTerms } from '../../src/shared/api/rentals';
import { addDays, businessDate, daysBetween } from '../../src/shared/dates';
import { applyBps } from '../../src/shared/money';
import { dbFingerprint } from '../support/db';
import { CUSTOMER, ist, rentalShop, rid, type RentalShop } from './rentals-support';

const SKUS = ['RENT-001', 'RENT-003', 'RENT-006', 'RENT-007', 'RENT-004'] as const;
type Sku = (typeof SKUS)[number];

const lineArb = fc.record({ sku: fc.constantFrom(...SKUS), qty: fc.integer({ min: 1, max: 4 }) });
const pick = fc.nat(50);
const opArb = fc.oneof(
  { weight: 4, arbitrary: fc.record({ k: fc.constant('book' as const), lines: fc.array(lineArb, { minLength: 1, maxLength: 2 }), start: fc.nat(4), len: fc.nat(4), advance: fc.nat(4) }) },
  { weight: 2, arbitrary: fc.record({ k: fc.constant('walkIn' as const), lines: fc.array(lineArb, { minLength: 1, maxLength: 2 }), len: fc.nat(3) }) },
  { weight: 4, arbitrary: fc.record({ k: fc.constant('pickUp' as const), pick }) },
  { weight: 4, arbitrary: fc.record({ k: fc.constant('checkIn' as const), pick, part: fc.nat(2), lose: fc.boolean(), damage: fc.nat(30_000), repair: fc.boolean() }) },
  { weight: 2, arbitrary: fc.record({ k: fc.constant('extend' as const), pick, days: fc.integer({ min: 1, max: 3 }), pay: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ k: fc.constant('cancel' as const), pick, manager: fc.boolean() }) },
  { weight: 2, arbitrary: fc.record({ k: fc.constant('clean' as const), pick }) },
  { weight: 5, arbitrary: fc.record({ k: fc.constant('tick' as const), hours: fc.integer({ min: 1, max: 50 }) }) },
);
type Op = typeof opArb extends fc.Arbitrary<infer T> ? T : never;

interface Model {
  now: Date;
  terms: Record<string, RentalTerms>;
  owned: Record<string, number>;
  lost: Record<string, number>;
  /** Rent an unpaid extension added to a rental out, until its next check-in. */
  owed: Map<number, number>;
  /** The due date in force when each return was made: a later extension does not stretch what came back. */
  dueAtReturn: Map<number, string>;
}

const minDate = (a: string, b: string) => (a < b ? a : b);

function step(s: RentalShop, m: Model, op: Op): void {
  const today = businessDate(m.now);
  const ids = (status: string) => s.app.db.prepare('SELECT id FROM rentals WHERE status = ? ORDER BY id').pluck().all(status) as number[];
  const choose = (status: string, n: number) => {
    const all = ids(status);
    return all.length ? all[n % all.length]! : null;
  };
  /** A refused step must leave the shop exactly as it was, with a code this step may meet. */
  const refused = (r: { ok: boolean; error?: { code: string } }, before: string, allowed: string[]) => {
    expect(r.ok).toBe(false);
    expect(allowed, JSON.stringify(r)).toContain(r.error!.code);
    expect(dbFingerprint(s.app.db)).toBe(before);
  };
  const lines = (ls: { sku: Sku; qty: number }[]) => s.lines(ls.map((l) => ({ sku: l.sku, qty: m.terms[l.sku]!.mode === 'pieces' ? Math.min(l.qty, 2) : l.qty })));

  switch (op.k) {
    case 'book': {
      const [from, due] = [addDays(today, op.start), addDays(today, op.start + op.len)];
      const quote = s.ok('rentals.previewQuote', { fromDate: from, dueDate: due, lines: lines(op.lines) });
      const advance = Math.floor((quote.totalPaise * op.advance) / 4);
      const before = dbFingerprint(s.app.db);
      const r = s.call('rentals.book', { requestId: rid(), customer: CUSTOMER, fromDate: from, dueDate: due, lines: lines(op.lines), advance: advance ? [{ method: 'cash', amountPaise: advance }] : [] });
      // the quote and the booking agree on what is free
      expect(r.ok, JSON.stringify(r)).toBe(quote.ok);
      if (!r.ok) refused(r, before, ['RENTAL_UNAVAILABLE']);
      break;
    }
    case 'walkIn': {
      const due = addDays(today, op.len);
      const quote = s.ok('rentals.previewQuote', { fromDate: today, dueDate: due, lines: lines(op.lines) });
      const before = dbFingerprint(s.app.db);
      const r = s.call('rentals.walkIn', { requestId: rid(), customer: CUSTOMER, dueDate: due, lines: lines(op.lines), payments: [{ method: 'cash', amountPaise: quote.totalPaise, tenderedPaise: quote.totalPaise + 7 }] });
      if (!r.ok) refused(r, before, ['RENTAL_UNAVAILABLE']);
      else expect(r.value.rentPaise).toBe(quote.rentPaise);
      break;
    }
    case 'pickUp': {
      const id = choose('booked', op.pick);
      if (id === null) break;
      const r0 = s.ok('rentals.get', { id });
      const due = r0.rentPaise + r0.depositPaise - r0.advancePaise;
      const input = { requestId: rid(), rentalId: id, payments: due > 0 ? [{ method: 'cash' as const, amountPaise: due }] : [] };
      const before = dbFingerprint(s.app.db);
      let r = s.call('rentals.pickUp', input);
      // A booked piece not ready (still being cleaned, or out with someone late): try the other ready pieces.
      for (let attempt = 0; !r.ok && r.error.code === 'PIECE_NOT_READY' && attempt < 3; attempt++) {
        // A piece is offered to one line only: the rental's own pieces and those already offered are taken.
        const taken = new Set(r0.lines.map((o) => o.pieceId));
        const swaps = r0.lines.flatMap((l) => {
          if (l.pieceId === null || s.pieceStatus(l.pieceId) === 'ready') return [];
          const ready = s.app.db.prepare("SELECT id FROM rental_pieces WHERE product_id = ? AND status = 'ready' ORDER BY id").pluck().all(l.productId) as number[];
          const free = ready.filter((p) => !taken.has(p));
          if (!free.length) return [];
          const pieceId = free[attempt % free.length]!;
          taken.add(pieceId);
          return [{ lineId: l.lineId, pieceId }];
        });
        r = s.call('rentals.pickUp', { ...input, swaps });
      }
      if (!r.ok) {
        refused(r, before, ['RENTAL_DATES', 'PIECE_NOT_READY', 'RENTAL_UNAVAILABLE', 'INSUFFICIENT_STOCK']);
        break;
      }
      const days = rentalDays(r0.fromDate, r0.dueDate);
      expect(r.value.rentPaise).toBe(r0.lines.reduce((a, l) => a + rentPerUnit(m.terms[l.sku]!, days, 'event') * l.qty, 0));
      break;
    }
    case 'checkIn': {
      const id = choose('out', op.pick);
      if (id === null) break;
      const r0 = s.ok('rentals.get', { id });
      const late = lateDays(r0.dueDate, today);
      let expected = -(m.owed.get(id) ?? 0);
      const back = r0.lines.flatMap((l, i) => {
        const left = l.qty - l.returnedQty - l.missingQty;
        if (left === 0) return [];
        const lose = op.lose && i === 0 ? 1 : 0;
        const qty = Math.min(left - lose, [left, Math.ceil(left / 2), 1][op.part]!);
        if (qty + lose === 0) return [];
        const damage = i === 0 ? op.damage : 0;
        const t = m.terms[l.sku]!;
        expected += (qty + lose) * (t.depositPaise - late * t.lateFeePerDayPaise) - damage;
        m.lost[l.sku]! += lose;
        return [{ lineId: l.lineId, qty, missingQty: lose, damagePaise: damage, damageNote: damage || lose ? 'टूटा / broken' : '', condition: op.repair ? ('repair' as const) : ('ok' as const) }];
      });
      const input = { requestId: rid(), rentalId: id, lines: back, refundMethod: 'cash' as const };
      let r = s.call('rentals.checkIn', input);
      if (!r.ok) {
        // she owes more than her deposit covers: exactly that is asked for
        expect(r.error).toMatchObject({ code: 'PAYMENT_MISMATCH', details: { totalPaise: -expected } });
        r = s.call('rentals.checkIn', { ...input, payments: [{ method: 'upi', amountPaise: -expected }] });
      }
      if (!r.ok) throw new Error(JSON.stringify(r.error));
      expect(r.value.returns.at(-1)!.refundPaise).toBe(expected);
      m.dueAtReturn.set(s.app.db.prepare('SELECT max(id) FROM rental_returns').pluck().get() as number, r0.dueDate);
      m.owed.delete(id);
      break;
    }
    case 'extend': {
      const id = choose(op.pick % 2 ? 'out' : 'booked', op.pick);
      if (id === null) break;
      const r0 = s.ok('rentals.get', { id });
      const newDue = addDays(r0.dueDate, op.days);
      const [d0, d1] = [rentalDays(r0.fromDate, r0.dueDate), rentalDays(r0.fromDate, newDue)];
      const extra = r0.status === 'out' ? r0.lines.reduce((a, l) => a + (rentPerUnit(m.terms[l.sku]!, d1, 'event') - rentPerUnit(m.terms[l.sku]!, d0, 'event')) * (l.qty - l.returnedQty - l.missingQty), 0) : 0;
      const before = dbFingerprint(s.app.db);
      const r = s.call('rentals.extend', { requestId: rid(), rentalId: id, newDueDate: newDue, payments: op.pay && extra > 0 ? [{ method: 'cash', amountPaise: extra }] : [] });
      if (!r.ok) {
        refused(r, before, ['RENTAL_UNAVAILABLE', 'RENTAL_DATES']);
        if (r.error.code === 'RENTAL_DATES') expect(newDue < today || daysBetween(r0.fromDate, newDue) > 60).toBe(true);
        break;
      }
      if (r0.status === 'out') expect(r.value.rentPaise - r0.rentPaise).toBe(extra);
      if (!op.pay && extra > 0) m.owed.set(id, (m.owed.get(id) ?? 0) + extra);
      break;
    }
    case 'cancel': {
      const id = choose('booked', op.pick);
      if (id === null) break;
      const r0 = s.ok('rentals.get', { id });
      const keep = op.manager ? Math.floor(r0.advancePaise / 3) : daysBetween(today, r0.fromDate) >= 7 ? 0 : applyBps(r0.advancePaise, 5000);
      const r = s.ok('rentals.cancel', { requestId: rid(), rentalId: id, reason: 'x', refundMethod: 'cash', ...(op.manager ? { keepPaise: keep } : {}) }, op.manager ? s.owner : s.cashier);
      expect(r.payments.filter((p) => p.event === 'cancel').reduce((a, p) => a - p.amountPaise, 0)).toBe(r0.advancePaise - keep);
      break;
    }
    case 'clean': {
      const pieces = s.app.db.prepare("SELECT id FROM rental_pieces WHERE status IN ('cleaning', 'repair') ORDER BY id").pluck().all() as number[];
      if (pieces.length) s.ok('rentals.setPieceStatus', { pieceId: pieces[op.pick % pieces.length]!, status: 'ready', note: '' });
      break;
    }
    case 'tick':
      m.now = new Date(m.now.getTime() + op.hours * 3_600_000);
      s.setClock(m.now);
      break;
  }
}

interface LineFact {
  line_id: number; product_id: number; sku: string; piece_id: number | null; qty: number; buffer_days: number; deposit_paise: number;
  status: string; from_date: string; due_date: string; picked_up_at: string | null; settled: number;
}

function checkInvariants(s: RentalShop, m: Model): void {
  const db = s.app.db;
  const today = businessDate(m.now);
  const lines = db.prepare(
    `SELECT l.id AS line_id, l.product_id, l.sku, l.piece_id, l.qty, l.buffer_days, l.deposit_paise, r.status, r.from_date, r.due_date, r.picked_up_at,
            COALESCE((SELECT sum(x.qty + x.missing_qty) FROM rental_return_lines x WHERE x.line_id = l.id), 0) AS settled
       FROM rental_lines l JOIN rentals r ON r.id = l.rental_id WHERE r.status <> 'cancelled'`,
  ).all() as LineFact[];
  const returns = db.prepare('SELECT x.line_id, x.return_id, x.qty + x.missing_qty AS units, rr.business_date AS day FROM rental_return_lines x JOIN rental_returns rr ON rr.id = x.return_id').all() as { line_id: number; return_id: number; units: number; day: string }[];

  // What each line promised: from the day it went out (or its from date) to its due date (or the day it came back, if earlier) plus cleaning.
  // A unit already back keeps the due date it had then.
  const windows = lines.flatMap((l) => {
    const start = l.picked_up_at ? businessDate(new Date(l.picked_up_at)) : l.from_date;
    const out = l.status === 'booked' ? l.qty : l.qty - l.settled;
    const w = out > 0 ? [{ l, units: out, start, end: addDays(l.due_date, l.buffer_days) }] : [];
    return w.concat(returns.filter((x) => x.line_id === l.line_id).map((x) => ({ l, units: x.units, start, end: addDays(minDate(x.day, m.dueAtReturn.get(x.return_id) ?? l.due_date), l.buffer_days) })));
  });
  for (const [i, a] of windows.entries()) {
    if (a.l.piece_id === null) continue;
    for (const b of windows.slice(i + 1)) {
      if (b.l.piece_id !== a.l.piece_id) continue;
      expect(a.start > b.end || b.start > a.end, `piece ${a.l.piece_id} promised twice: lines ${a.l.line_id} ${a.start}..${a.end} and ${b.l.line_id} ${b.start}..${b.end}`).toBe(true);
    }
  }
  const onHand = (sku: string) => ((db.prepare('SELECT s.qty_milli FROM stock_on_hand s JOIN products p ON p.id = s.product_id WHERE p.sku = ?').pluck().get(sku) as number | undefined) ?? 0) / 1000;
  for (const sku of SKUS) {
    const mine = lines.filter((l) => l.sku === sku);
    const outNow = mine.filter((l) => l.status === 'out').reduce((a, l) => a + l.qty - l.settled, 0);
    // on hand + out = owned less lost, and on hand is the sum of its movements
    expect(onHand(sku) + outNow, sku).toBe(m.owned[sku]! - m.lost[sku]!);
    expect(db.prepare('SELECT COALESCE(sum(qty_milli), 0) FROM stock_movements m JOIN products p ON p.id = m.product_id WHERE p.sku = ?').pluck().get(sku)).toBe(onHand(sku) * 1000);
    if (m.terms[sku]!.mode !== 'counted') continue;
    for (let d = today; d <= addDays(today, 20); d = addDays(d, 1)) {
      const promised = windows.filter((w) => w.l.sku === sku && w.start <= d && d <= w.end).reduce((a, w) => a + w.units, 0);
      expect(promised, `${sku} on ${d}`).toBeLessThanOrEqual(onHand(sku) + outNow + m.lost[sku]!);
    }
  }
  const balances = db.prepare(
    `SELECT r.id, r.status, (SELECT COALESCE(sum(amount_paise), 0) FROM rental_charges c WHERE c.rental_id = r.id)
       - (SELECT COALESCE(sum(amount_paise), 0) FROM rental_payments p WHERE p.rental_id = r.id) AS balance FROM rentals r`,
  ).all() as { id: number; status: string; balance: number }[];
  for (const b of balances) {
    if (b.status === 'booked') expect(b.balance).toBeLessThanOrEqual(0); // the advance held
    else expect(b.balance, `rental ${b.id} (${b.status})`).toBe(b.status === 'out' ? (m.owed.get(b.id) ?? 0) : 0);
  }
  const held = db.prepare("SELECT COALESCE(sum(amount_paise), 0) FROM rental_charges WHERE kind IN ('deposit', 'deposit_release')").pluck().get() as number;
  expect(held).toBe(lines.filter((l) => l.status === 'out').reduce((a, l) => a + l.deposit_paise * (l.qty - l.settled), 0));
  expect(db.prepare("SELECT COALESCE(sum(amount_paise), 0) FROM cash_movements WHERE ref_type = 'rental'").pluck().get()).toBe(
    db.prepare("SELECT COALESCE(sum(amount_paise), 0) FROM rental_payments WHERE method = 'cash'").pluck().get(),
  );
}

/**
 * Counterexamples found so far, replayed on every run before the random ones.
 * 2026-12-06 (issue #13): two booked pieces both still in cleaning at pick-up, one other piece ready:
 * the generator offered that one piece for both lines (swaps naming it twice), which the API rightly
 * refuses (INVALID_INPUT, swaps[1].pieceId 'duplicate'). The generator now never names a piece twice.
 * 2026-12-07 (seed -1570625936, path 11): a walk-in's two pieces came back a day late, and then the
 * rental was extended for the counted item still out. The check measured the returned pieces' promise
 * to the new due date, which no longer bound them, and so saw one of them promised to the next
 * booking too. A returned unit's promise ends at the due date in force when it came back.
 */
const KNOWN: Op[][] = [
  [
    { k: 'book', lines: [{ sku: 'RENT-001', qty: 2 }], start: 4, len: 0, advance: 0 },
    { k: 'walkIn', lines: [{ sku: 'RENT-001', qty: 2 }], len: 1 },
    { k: 'checkIn', pick: 0, part: 0, lose: false, damage: 0, repair: false },
    { k: 'tick', hours: 48 },
    { k: 'tick', hours: 48 },
    { k: 'pickUp', pick: 0 },
  ],
  [
    { k: 'clean', pick: 49 },
    { k: 'pickUp', pick: 50 },
    { k: 'clean', pick: 23 },
    { k: 'pickUp', pick: 2 },
    { k: 'checkIn', pick: 3, part: 1, lose: false, damage: 404, repair: false },
    { k: 'checkIn', pick: 38, part: 0, lose: true, damage: 7533, repair: false },
    { k: 'checkIn', pick: 11, part: 0, lose: false, damage: 10883, repair: true },
    { k: 'clean', pick: 10 },
    { k: 'pickUp', pick: 15 },
    { k: 'book', lines: [{ sku: 'RENT-006', qty: 4 }, { sku: 'RENT-003', qty: 1 }], start: 3, len: 4, advance: 0 },
    { k: 'walkIn', lines: [{ sku: 'RENT-003', qty: 4 }, { sku: 'RENT-003', qty: 4 }], len: 1 },
    { k: 'pickUp', pick: 15 },
    { k: 'walkIn', lines: [{ sku: 'RENT-006', qty: 4 }, { sku: 'RENT-003', qty: 2 }], len: 1 },
    { k: 'tick', hours: 41 },
    { k: 'tick', hours: 5 },
    { k: 'checkIn', pick: 50, part: 2, lose: false, damage: 22826, repair: false },
    { k: 'extend', pick: 43, days: 2, pay: true },
    { k: 'book', lines: [{ sku: 'RENT-006', qty: 4 }], start: 4, len: 0, advance: 4 },
    { k: 'clean', pick: 21 },
    { k: 'tick', hours: 26 },
    { k: 'walkIn', lines: [{ sku: 'RENT-006', qty: 1 }, { sku: 'RENT-006', qty: 4 }], len: 0 },
    { k: 'book', lines: [{ sku: 'RENT-004', qty: 3 }, { sku: 'RENT-003', qty: 1 }], start: 4, len: 1, advance: 4 },
  ],
];

/** HH_SEED (and HH_PATH) replay a failed run's seed, as fast-check printed it. */
const seedFromEnv = () => (process.env.HH_SEED ? { seed: Number(process.env.HH_SEED), ...(process.env.HH_PATH ? { path: process.env.HH_PATH } : {}) } : {});

describe('rentals under random sequences', () => {
  it('never double-books, and every ledger adds up after every step', () => {
    fc.assert(
      fc.property(fc.array(opArb, { minLength: 10, maxLength: 40 }), (ops) => {
        const start = ist('2026-11-23', '10:00');
        const s = rentalShop(start);
        const items = s.ok('rentals.listItems', {});
        const m: Model = {
          now: start, owed: new Map(), dueAtReturn: new Map(),
          terms: Object.fromEntries(items.map((i) => [i.sku, i.terms!])),
          owned: Object.fromEntries(items.map((i) => [i.sku, i.ownedQty])),
          lost: Object.fromEntries(items.map((i) => [i.sku, 0])),
        };
        try {
          for (const op of ops) {
            step(s, m, op);
            checkInvariants(s, m);
          }
        } finally {
          s.app.close();
        }
      }),
      // No shrinking: a failure reports its seed and whole sequence at once instead of minutes of replays on a busy machine.
      { numRuns: 30, endOnFailure: true, ...seedFromEnv(), examples: KNOWN.map((ops) => [ops] as [Op[]]) },
    );
  }, 180_000);
});
