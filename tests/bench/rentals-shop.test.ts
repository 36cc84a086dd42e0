import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateShop, SHOP_SIZES, type GeneratedShop } from '../../bench/generate';
import { createApp, type App } from '../../src/core/app';
import { artisanPart } from '../../src/core/rentals/money';
import type { Input, MethodName, Output } from '../../src/shared/api';
import { addDays, businessDate } from '../../src/shared/dates';

/**
 * The generated small shop's rentals (bench/generate-rentals.ts) hold together as the app's own
 * calls would leave them: no piece promised twice, every closed rental settled, stock and drawer
 * equal to their ledgers, artisans' shares where they belong; and the app reads and works on them.
 */
const OWNER_PIN = '1234';
const CASHIER_PIN = '1111';

let dir: string;
let shop: GeneratedShop;
let app: App;
let manager: string;
let cashier: string;
const q = <T = number>(sql: string, ...a: unknown[]) => app.db.prepare(sql).pluck().get(...a) as T;
const all = <T>(sql: string, ...a: unknown[]) => app.db.prepare(sql).all(...a) as T[];

function ok<N extends MethodName>(name: N, input: Input<N>, token: string): Output<N> {
  const out = app.call(name, input, token) as { result: { ok: true; value: Output<N> } | { ok: false; error: unknown } };
  if (!out.result.ok) throw new Error(`${name}: ${JSON.stringify(out.result.error)}`);
  return out.result.value;
}

function login(userId: number, pin: string): string {
  const o = app.call('session.login', { userId, pin });
  if (!o.session || !('set' in o.session)) throw new Error(`login ${userId}: ${JSON.stringify(o.result)}`);
  return o.session.set;
}

// One moment for the shop's making and the checks, so a run that crosses midnight in Durg reads the same day.
const NOW = new Date();

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hh-bench-rentals-'));
  shop = generateShop(path.join(dir, 'shop.db'), SHOP_SIZES.small!, () => {}, NOW);
  app = createApp(path.join(dir, 'shop.db'), { clock: () => NOW });
  manager = login(shop.ownerId, OWNER_PIN);
  cashier = login(shop.cashierId, CASHIER_PIN);
}, 120_000);

afterAll(() => {
  app?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('the bench shop: a year of rentals', () => {
  it('has rentals of every kind: returned (some late, some damaged), out (some overdue), booked ahead, cancelled', () => {
    const g = shop.rentals!;
    expect(g.rentals).toBeGreaterThanOrEqual(250);
    expect(shop.counts.rentals).toBe(g.rentals); // the demo shop has none
    expect(g.returned).toBeGreaterThan(g.rentals / 2);
    for (const k of ['out', 'overdue', 'booked', 'cancelled', 'late', 'damaged'] as const) expect(g[k], k).toBeGreaterThan(0);
    const byStatus = Object.fromEntries(all<{ status: string; n: number }>('SELECT status, count(*) AS n FROM rentals GROUP BY status').map((x) => [x.status, x.n]));
    expect(byStatus).toEqual({ returned: g.returned, out: g.out, booked: g.booked, cancelled: g.cancelled });
    expect(q(`SELECT count(*) FROM rental_terms WHERE mode = 'pieces'`)).toBeGreaterThan(0);
    expect(q(`SELECT count(*) FROM rental_terms WHERE mode = 'counted'`)).toBeGreaterThan(0);
    expect(q(`SELECT count(*) FROM rental_lines WHERE artisan_id IS NOT NULL`)).toBeGreaterThan(0);
  });

  it('never holds a piece for two rentals at once, nor more units of a counted item than the shop owns', () => {
    const today = businessDate(NOW);
    // A line holds from its from date through the day it came back (still out: today at least; booked: its due date), plus cleaning.
    const lines = all<{ line_id: number; product_id: number; piece_id: number | null; qty: number; mode: string; buffer_days: number; status: string; from_date: string; due_date: string; back: string | null }>(
      `SELECT l.id AS line_id, l.product_id, l.piece_id, l.qty, l.mode, l.buffer_days, r.status, r.from_date, r.due_date,
              (SELECT max(rr.business_date) FROM rental_return_lines x JOIN rental_returns rr ON rr.id = x.return_id WHERE x.line_id = l.id) AS back
         FROM rental_lines l JOIN rentals r ON r.id = l.rental_id WHERE r.status <> 'cancelled'`,
    );
    const windows = lines.map((l) => {
      const held = l.status === 'returned' ? l.back! : l.status === 'out' ? (l.due_date > today ? l.due_date : today) : l.due_date;
      return { ...l, start: l.from_date, end: addDays(held, l.buffer_days) };
    });
    const byPiece = new Map<number, typeof windows>();
    for (const w of windows) if (w.piece_id !== null) byPiece.set(w.piece_id, [...(byPiece.get(w.piece_id) ?? []), w]);
    expect(byPiece.size).toBeGreaterThan(20);
    for (const [piece, ws] of byPiece) {
      ws.sort((a, b) => (a.start < b.start ? -1 : 1));
      for (let i = 1; i < ws.length; i++) expect(ws[i]!.start > ws[i - 1]!.end, `piece ${piece}: line ${ws[i - 1]!.line_id} to ${ws[i - 1]!.end}, line ${ws[i]!.line_id} from ${ws[i]!.start}`).toBe(true);
    }
    // Counted: per day, the units held never exceed what the shop owns (on the shelf + out).
    const owned = new Map(all<{ id: number; owned: number }>(
      `SELECT t.product_id AS id, s.qty_milli / 1000 + COALESCE((SELECT sum(l.qty) FROM rental_lines l JOIN rentals r ON r.id = l.rental_id WHERE l.product_id = t.product_id AND r.status = 'out'), 0) AS owned
         FROM rental_terms t JOIN stock_on_hand s ON s.product_id = t.product_id WHERE t.mode = 'counted'`,
    ).map((x) => [x.id, x.owned]));
    const held = new Map<string, number>();
    for (const w of windows) {
      if (w.mode !== 'counted') continue;
      for (let d = w.start; d <= w.end; d = addDays(d, 1)) held.set(`${w.product_id} ${d}`, (held.get(`${w.product_id} ${d}`) ?? 0) + w.qty);
    }
    for (const [key, n] of held) expect(n, key).toBeLessThanOrEqual(owned.get(Number(key.split(' ')[0]))!);
    // A piece is out exactly when a rental out holds it, and its status is its latest event's.
    expect(all(`SELECT c.id FROM rental_pieces c WHERE c.status <> (SELECT e.status FROM rental_piece_events e WHERE e.piece_id = c.id ORDER BY e.id DESC LIMIT 1)`)).toEqual([]);
    expect(q(`SELECT count(*) FROM rental_pieces WHERE status = 'out'`)).toBe(q(`SELECT count(*) FROM rental_lines l JOIN rentals r ON r.id = l.rental_id WHERE r.status = 'out' AND l.piece_id IS NOT NULL`));
  });

  it('settles every closed rental to zero, holds the deposits of what is out, and keeps the drawer, stock and artisans in step with their ledgers', () => {
    const balances = all<{ id: number; status: string; balance: number }>(
      `SELECT r.id, r.status, (SELECT COALESCE(sum(amount_paise), 0) FROM rental_charges c WHERE c.rental_id = r.id)
         - (SELECT COALESCE(sum(amount_paise), 0) FROM rental_payments p WHERE p.rental_id = r.id) AS balance FROM rentals r`,
    );
    for (const b of balances) {
      if (b.status === 'booked') expect(b.balance, `rental ${b.id}`).toBeLessThanOrEqual(0); // the advance held
      else expect(b.balance, `rental ${b.id} (${b.status})`).toBe(0); // returned, cancelled; out: paid in full at pick-up
    }
    expect(q(`SELECT COALESCE(sum(amount_paise), 0) FROM rental_charges WHERE kind IN ('deposit', 'deposit_release')`)).toBe(
      q(`SELECT COALESCE(sum(l.deposit_paise * l.qty), 0) FROM rental_lines l JOIN rentals r ON r.id = l.rental_id WHERE r.status = 'out'`),
    );
    expect(q(`SELECT count(*) FROM rental_charges WHERE kind = 'late_fee'`)).toBeGreaterThan(0);
    expect(q(`SELECT count(*) FROM rental_charges WHERE kind = 'damage'`)).toBeGreaterThan(0);
    // The drawer: every cash payment of a rental is a cash movement of it, and the daily summary is the ledger's sum.
    expect(q(`SELECT COALESCE(sum(amount_paise), 0) FROM cash_movements WHERE ref_type = 'rental'`)).toBe(q(`SELECT COALESCE(sum(amount_paise), 0) FROM rental_payments WHERE method = 'cash'`));
    expect(q(`SELECT count(*) FROM cash_movements WHERE kind = 'rental_refund'`)).toBeGreaterThan(0);
    expect(all(`SELECT business_date, kind, sum(amount_paise) AS s FROM cash_movements GROUP BY 1, 2 ORDER BY 1, 2`)).toEqual(
      all(`SELECT business_date, kind, in_paise + out_paise AS s FROM cash_daily ORDER BY 1, 2`),
    );
    // Stock: on hand is the sum of the movements, for every product; a rentable's stock is what it owned, less what is out.
    expect(all(`SELECT product_id, qty_milli FROM stock_on_hand EXCEPT SELECT product_id, sum(qty_milli) FROM stock_movements GROUP BY product_id`)).toEqual([]);
    expect(all(`SELECT product_id, sum(qty_milli) FROM stock_movements GROUP BY product_id EXCEPT SELECT product_id, qty_milli FROM stock_on_hand`)).toEqual([]);
    expect(all(
      `SELECT r.id FROM rentals r WHERE (SELECT COALESCE(sum(qty_milli), 0) FROM stock_movements m WHERE m.ref_type = 'rental' AND m.ref_id = r.uid)
         <> CASE r.status WHEN 'out' THEN -1000 * (SELECT sum(qty) FROM rental_lines l WHERE l.rental_id = r.id) ELSE 0 END`,
    )).toEqual([]);
    // Her share of each charge on her piece, against the charge (and paid out by the monthly payouts like her sales).
    const accruals = all<{ kind: string; amount: number; commission: number; hers: number }>(
      `SELECT c.kind, c.amount_paise AS amount, l.commission_bps AS commission, e.amount_paise AS hers
         FROM artisan_ledger e JOIN rental_charges c ON c.uid = e.ref_id JOIN rental_lines l ON l.id = e.rental_line_id WHERE e.ref_type = 'rental'`,
    );
    expect(accruals.length).toBeGreaterThan(0);
    for (const a of accruals) expect(a.hers).toBe(artisanPart(a.kind as 'rent', a.amount, a.commission));
    expect(q(`SELECT count(*) FROM rental_charges c JOIN rental_lines l ON l.id = c.line_id WHERE l.artisan_id IS NOT NULL AND c.kind IN ('rent', 'late_fee', 'damage')
               AND NOT EXISTS (SELECT 1 FROM artisan_ledger e WHERE e.ref_id = c.uid)`)).toBe(0);
    expect(q(`SELECT count(*) FROM payout_items i JOIN artisan_ledger e ON e.id = i.ledger_id WHERE e.ref_type = 'rental'`)).toBeGreaterThan(0);
    expect(all(`SELECT artisan_id, balance_paise FROM artisan_balances EXCEPT SELECT artisan_id, sum(amount_paise) FROM artisan_ledger GROUP BY artisan_id`)).toEqual([]);
    // Rental numbers: gapless per financial year, the counter at the last one.
    for (const c of all<{ fy: string; n: number; top: number; last: number }>(
      `SELECT r.fy, count(*) AS n, max(r.seq) AS top, b.last_seq AS last FROM rentals r JOIN bill_counters b ON b.fy = r.fy AND b.counter_code = r.counter_code GROUP BY r.fy`,
    )) expect([c.n, c.top]).toEqual([c.last, c.last]);
  });

  it('is read through the API: the counter lists, a rental, the rentals report, the day close', () => {
    const today = businessDate(NOW);
    const g = shop.rentals!;
    const overdue = ok('rentals.list', { view: 'overdue', limit: 200 }, manager);
    expect(overdue.total).toBe(g.overdue);
    expect(overdue.total).toBeGreaterThan(0);
    for (const row of overdue.rows) expect(row.lateDays, row.rentalNo).toBeGreaterThan(0);
    const out = ok('rentals.list', { view: 'out', limit: 200 }, manager);
    expect(out.total).toBe(g.out);
    expect(out.rows.every((x) => x.outstandingUnits > 0 && x.depositHeldPaise > 0 && x.balancePaise === 0)).toBe(true);
    expect(ok('rentals.list', { view: 'booked', limit: 200 }, cashier).total).toBe(g.booked);
    expect(ok('rentals.list', { view: 'returned', limit: 1 }, cashier).total).toBe(g.returned);

    const late = q(`SELECT rental_id FROM rental_returns WHERE late_days > 0 ORDER BY id LIMIT 1`);
    const rental = ok('rentals.get', { id: late }, cashier);
    expect(rental.status).toBe('returned');
    expect(rental.balancePaise).toBe(0);
    expect(rental.returns[0]!.lateFeePaise).toBeGreaterThan(0);

    const report = ok('rentals.report', { from: shop.firstDay, to: today }, manager);
    expect(report.rentPaise).toBe(q(`SELECT sum(amount_paise) FROM rental_charges WHERE kind = 'rent'`));
    expect(report.lateFeePaise).toBeGreaterThan(0);
    expect(report.damagePaise).toBeGreaterThan(0);
    expect(report.artisanSharePaise).toBeGreaterThan(0);
    expect(report.rentals).toBe(g.returned + g.out);
    expect(report.depositsHeldPaise).toBe(out.rows.reduce((a, x) => a + x.depositHeldPaise, 0));

    const day = g.busyDay!;
    const close = ok('reports.getDayClose', { date: day }, manager);
    const rentalCash = q(`SELECT sum(amount_paise) FROM cash_movements WHERE business_date = ? AND kind IN ('rental', 'rental_refund')`, day);
    expect(close.cash.byKind.filter((k) => k.kind.startsWith('rental')).reduce((a, k) => a + k.amountPaise, 0)).toBe(rentalCash);
    expect(close.cash.expectedPaise).toBe(q(`SELECT sum(amount_paise) FROM cash_movements WHERE business_date <= ?`, day));
  });

  it('works on them through the API: an overdue rental checked in with its late fee, a new booking on a free piece', () => {
    const id = ok('rentals.list', { view: 'overdue', limit: 1 }, cashier).rows[0]!.id;
    const r = ok('rentals.get', { id }, cashier);
    const settle = r.depositHeldPaise - r.lateFeeNowPaise;
    const back = ok(
      'rentals.checkIn',
      {
        requestId: crypto.randomUUID(), rentalId: id, waiveLateFee: false,
        lines: r.lines.map((l) => ({ lineId: l.lineId, qty: l.qty, missingQty: 0, damagePaise: 0, damageNote: '', condition: 'ok' as const })),
        payments: settle < 0 ? [{ method: 'cash' as const, amountPaise: -settle }] : [], ...(settle > 0 ? { refundMethod: 'cash' as const } : {}),
      },
      cashier,
    );
    expect(back.status).toBe('returned');
    expect(back.balancePaise).toBe(0);
    expect(back.returns.at(-1)!.lateFeePaise).toBe(r.lateFeeNowPaise);

    // A costume piece free all next month (the app's own availability says so) can be booked.
    const today = businessDate(NOW);
    const item = q(`SELECT product_id FROM rental_terms WHERE mode = 'pieces' AND updated_by IS NOT NULL ORDER BY product_id DESC LIMIT 1`);
    const from = addDays(today, 70); // past every generated booking (up to 45 days ahead, a week long)
    const cal = ok('rentals.getAvailability', { productId: item, from, to: addDays(from, 2) }, cashier);
    const free = cal.pieces.find((p) => p.days.every((d) => d.state === 'free'));
    expect(free).toBeDefined();
    const booked = ok('rentals.book', {
      requestId: crypto.randomUUID(), customer: { name: 'प्रिया शर्मा', phone: '9826011223', idNote: '', address: '' }, fromDate: from, dueDate: addDays(from, 2), eventDate: null,
      lines: [{ productId: item, qty: 1, pieceIds: [free!.pieceId] }], advance: [], note: '',
    }, cashier);
    expect(booked.status).toBe('booked');
    expect(booked.rentalNo).toMatch(/\/R\//);
  });
});
