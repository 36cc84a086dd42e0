/**
 * dashboard.summary: every figure recomputed from the ledgers themselves (shop days worked out
 * here from each row's UTC instant, not from its business_date), over generated weeks of sales,
 * returns, payouts, adjustments and rentals, with the boundaries pinned: a sale at 23:59 IST
 * yesterday is not today's, and last week's same weekday is compared up to the same time of day.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DashboardSummary } from '../../src/shared/api';
import { addDays } from '../../src/shared/dates';
import { dayClose } from '../../src/core/reports/day-close';
import { ist, shopDay } from '../support/clock';
import { tableCounts } from '../support/db';
import { rentalShop, returnAll, rid, type RentalShop } from './rentals-support';

const TODAY = '2026-12-07'; // a Monday
const LAST_WEEK = '2026-11-30'; // the Monday before
const NOW = ist(TODAY, '11:00');
const FIRST = '2026-11-28';
const SKUS = ['DHAN-001', 'DHAN-002', 'JUTE-001', 'MATP-001', 'BAAN-001'];

type Op =
  | { kind: 'sale'; day: number; minute: number; sku: number; qty: number; cash: boolean }
  | { kind: 'return'; day: number; minute: number; pick: number; cash: boolean }
  | { kind: 'payout'; day: number; minute: number; artisan: number; cash: boolean }
  | { kind: 'adjust'; day: number; minute: number; artisan: number; amount: number };

const when = { day: fc.integer({ min: 0, max: 9 }), minute: fc.integer({ min: 0, max: 1439 }) };
const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('sale' as const), ...when, sku: fc.nat(SKUS.length - 1), qty: fc.integer({ min: 1, max: 2 }), cash: fc.boolean() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('return' as const), ...when, pick: fc.nat(), cash: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('payout' as const), ...when, artisan: fc.nat(), cash: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('adjust' as const), ...when, artisan: fc.nat(), amount: fc.integer({ min: -50_000, max: 900_000 }).filter((n) => n !== 0) }) },
);

const at = (day: number, minute: number) => new Date(Date.parse(`${FIRST}T00:00:00+05:30`) + day * 86_400_000 + minute * 60_000);

/** A shop with two more members (six: the top five must cut one), and the sales that pin the day boundaries. */
function shop() {
  const s = rentalShop(ist(FIRST, '09:00'));
  for (const nameHi of ['मीना यादव', 'पुष्पा ध्रुव']) s.ok('artisans.create', { nameHi, commissionBps: 2000 }, s.owner);
  // Opening balances for all six, two of them equal (the tie goes to the older member).
  const ids = s.app.db.prepare('SELECT id FROM artisans ORDER BY id').pluck().all() as number[];
  ids.forEach((artisanId, i) => s.ok('payouts.adjust', { requestId: rid(), artisanId, amountPaise: [30_000, 70_000, 50_000, 70_000, 20_000, 90_000][i]!, reason: 'पिछला बकाया' }, s.owner));
  const bills: string[] = [];
  const sell = (sku: string, qty = 1, cash = true) => {
    const p = s.app.db.prepare('SELECT id, price_paise FROM products WHERE sku = ?').get(sku) as { id: number; price_paise: number };
    const amountPaise = p.price_paise * qty;
    const r = s.call('sales.checkout', { requestId: rid(), lines: [{ productId: p.id, qtyMilli: qty * 1000, expectedPricePaise: p.price_paise }], payments: [{ method: cash ? 'cash' : 'upi', amountPaise, ...(cash ? {} : { ref: 'UPI' }) }] });
    if (r.ok) bills.push(r.value.billNo);
    return r;
  };
  return { s, bills, sell };
}

function apply(t: ReturnType<typeof shop>, op: Op) {
  const { s } = t;
  s.setClock(at(op.day, op.minute));
  const artisans = s.app.db.prepare('SELECT id FROM artisans ORDER BY id').pluck().all() as number[];
  if (op.kind === 'sale') t.sell(SKUS[op.sku]!, op.qty, op.cash);
  else if (op.kind === 'return' && t.bills.length) {
    // A line may already be back: then the refusal writes nothing, which the recount checks too.
    s.call('sales.return', { requestId: rid(), billNo: t.bills[op.pick % t.bills.length]!, lines: [{ lineNo: 1, qtyMilli: 1000, restock: true }], refundMethod: op.cash ? 'cash' : 'upi', reason: 'ग्राहक ने लौटाया' });
  } else if (op.kind === 'payout') {
    const artisanId = artisans[op.artisan % artisans.length]!;
    const u = s.ok('payouts.listUnpaid', { artisanId, periodEnd: shopDay(at(op.day, op.minute)) }, s.owner);
    const ids = u.entries.map((e) => e.ledgerId);
    if (ids.length && u.totalPaise > 0) s.call('payouts.pay', { requestId: rid(), artisanId, periodEnd: shopDay(at(op.day, op.minute)), ledgerIds: ids, method: op.cash ? 'cash' : 'upi', ref: op.cash ? '' : 'UPI' }, s.owner);
  } else if (op.kind === 'adjust') {
    s.call('payouts.adjust', { requestId: rid(), artisanId: artisans[op.artisan % artisans.length]!, amountPaise: op.amount, reason: 'सुधार' }, s.owner);
  }
}

/** Fixed events at the edges of the shop days the dashboard compares. */
function boundaries(t: ReturnType<typeof shop>) {
  const sellAt = (d: Date, sku = 'DHAN-001') => {
    t.s.setClock(d);
    const r = t.sell(sku);
    if (!r.ok) throw new Error(JSON.stringify(r.error));
  };
  sellAt(ist('2026-11-29', '23:59')); // Sunday before last week's Monday
  sellAt(ist(LAST_WEEK, '00:00'));
  sellAt(ist(LAST_WEEK, '10:59')); // before this time of day last week: "so far"
  sellAt(new Date(ist(LAST_WEEK, '11:00').getTime() - 1)); // the last millisecond before it
  sellAt(ist(LAST_WEEK, '11:00')); // not "so far" any more
  sellAt(ist(LAST_WEEK, '23:59'));
  sellAt(ist('2026-12-06', '23:59'), 'DHAN-002'); // yesterday's, not today's
  sellAt(ist(TODAY, '00:00'), 'DHAN-002'); // today's first minute
}

/** Rentals: one back on time, one overdue, one due back today, one booked ahead. */
function rentals(s: RentalShop) {
  s.at('2026-12-01', '10:00');
  s.walkIn([{ sku: 'RENT-003' }], '2026-12-03'); // overdue by now
  const back = s.walkIn([{ sku: 'RENT-004' }], '2026-12-03');
  s.at('2026-12-03', '12:00');
  returnAll(s, back.id);
  s.at('2026-12-05', '10:00');
  s.walkIn([{ sku: 'RENT-005' }], TODAY); // due back today
  s.book([{ sku: 'RENT-006' }], '2026-12-10', '2026-12-12');
}

/** Every dashboard figure from the ledger rows, with shop days computed here from the instants. */
function recount(s: RentalShop, now: Date): Omit<DashboardSummary, 'drawer' | 'customDue' | 'board'> & { drawer: { openingPaise: number; inPaise: number; outPaise: number; expectedPaise: number } } {
  const db = s.app.db;
  const today = shopDay(now);
  const lastWeekDate = addDays(today, -7);
  const sales = db.prepare('SELECT at, total_paise AS total FROM sales').all() as { at: string; total: number }[];
  const returns = db.prepare('SELECT at, refund_paise AS value FROM sale_returns').all() as { at: string; value: number }[];
  const day = (date: string, before = Infinity) => {
    const s1 = sales.filter((x) => shopDay(new Date(x.at)) === date && Date.parse(x.at) < before);
    const r1 = returns.filter((x) => shopDay(new Date(x.at)) === date && Date.parse(x.at) < before);
    const salesPaise = s1.reduce((a, x) => a + x.total, 0);
    const returnsPaise = r1.reduce((a, x) => a + x.value, 0);
    return { date, bills: s1.length, salesPaise, returnsPaise, netPaise: salesPaise - returnsPaise };
  };
  const cash = db.prepare('SELECT at, amount_paise AS a FROM cash_movements').all() as { at: string; a: number }[];
  const cashToday = cash.filter((c) => shopDay(new Date(c.at)) === today);
  const openingPaise = cash.filter((c) => shopDay(new Date(c.at)) < today).reduce((a, c) => a + c.a, 0);
  const inPaise = cashToday.filter((c) => c.a > 0).reduce((a, c) => a + c.a, 0);
  const outPaise = -cashToday.filter((c) => c.a < 0).reduce((a, c) => a + c.a, 0);
  const out = db.prepare("SELECT due_date FROM rentals WHERE status = 'out'").pluck().all() as string[];
  const lowStock = db.prepare(`SELECT count(*) FROM products p WHERE p.status = 'active' AND p.low_stock_milli > 0
      AND COALESCE((SELECT sum(m.qty_milli) FROM stock_movements m WHERE m.product_id = p.id), 0) <= p.low_stock_milli`).pluck().get() as number;
  const owed = db.prepare(`SELECT a.id AS artisanId, a.name_hi AS nameHi, a.name_en AS nameEn, sum(g.amount_paise) AS balancePaise
      FROM artisan_ledger g JOIN artisans a ON a.id = g.artisan_id GROUP BY a.id HAVING sum(g.amount_paise) > 0 ORDER BY 4 DESC, 1 LIMIT 5`).all() as DashboardSummary['artisansOwed'];
  const b = db.prepare('SELECT at, reason FROM backups ORDER BY at DESC LIMIT 1').get() as { at: string; reason: string } | undefined;
  return {
    today, lastWeekDate,
    // No clock change in India: a week ago to the millisecond is the same time of that day.
    sales: { today: day(today), lastWeekSoFar: day(lastWeekDate, now.getTime() - 7 * 86_400_000), lastWeek: day(lastWeekDate) },
    drawer: { openingPaise, inPaise, outPaise, expectedPaise: openingPaise + inPaise - outPaise },
    rentals: { dueToday: out.filter((d) => d === today).length, overdue: out.filter((d) => d < today).length },
    lowStock: { count: lowStock },
    artisansOwed: owed,
    backup: b ? { ...b, ageMinutes: Math.floor((now.getTime() - Date.parse(b.at)) / 60_000) } : null,
  };
}

function check(s: RentalShop, now: Date) {
  s.setClock(now);
  const d = s.ok('dashboard.summary', {}, s.owner);
  const want = recount(s, now);
  expect(d).toMatchObject(want);
  // ... and equal to the screens behind the tiles.
  const close = s.ok('reports.getDayClose', { date: d.today }, s.owner);
  expect(d.drawer).toEqual(close.cash);
  expect([d.sales.today.bills, d.sales.today.salesPaise, d.sales.today.returnsPaise, d.sales.today.netPaise]).toEqual([close.bills.count, close.salesPaise, close.returns.valuePaise, close.netSalesPaise]);
  const week = s.ok('reports.getDayClose', { date: d.lastWeekDate }, s.owner);
  expect([d.sales.lastWeek.bills, d.sales.lastWeek.netPaise]).toEqual([week.bills.count, week.netSalesPaise]);
  expect(d.rentals.dueToday).toBe(s.ok('rentals.list', { view: 'due_today', limit: 1 }).total);
  expect(d.rentals.overdue).toBe(s.ok('rentals.list', { view: 'overdue', limit: 1 }).total);
  expect(d.lowStock.count).toBe(s.ok('catalog.page', { lowStockOnly: true, limit: 1, offset: 0 }).total);
  const balances = new Map(s.ok('payouts.listBalances', {}, s.owner).map((b) => [b.artisanId, b.balancePaise]));
  for (const a of d.artisansOwed) expect(a.balancePaise).toBe(balances.get(a.artisanId));
  expect(d.customDue).toEqual(s.ok('orders.getDueSummary', {}));
  expect(d.board).toEqual(s.ok('board.getMonthlyCounts', { from: d.board.from }));
  return d;
}

function setLowStock(s: RentalShop) {
  const set = (sku: string, milli: number) => s.app.db.prepare('UPDATE products SET low_stock_milli = ? WHERE sku = ?').run(milli, sku);
  set('DHAN-001', 116_000); // 120 on hand: low after a few sales
  set('JUTE-001', 20_000); // exactly its stock: low at once (on hand <= level)
  set('GODN-001', 1_000); // 7 on hand, never sold here: not low
  set('BAST-001', 10_000); // low, but archived below: not counted
  s.ok('products.archive', { id: s.product('BAST-001') }, s.owner);
}

describe('dashboard.summary', () => {
  it('the boundaries: 23:59 yesterday is not today, last week so far stops at this time of day; the drawer, rentals, stock, members, backup', async () => {
    const t = shop();
    const { s } = t;
    setLowStock(s);
    s.setClock(ist(FIRST, '09:30'));
    expect(s.ok('dashboard.summary', {}, s.owner).backup).toBeNull();
    boundaries(t);
    rentals(s);
    // A cash payout this morning: money out of today's drawer.
    s.setClock(ist(TODAY, '10:00'));
    const sunita = s.app.db.prepare("SELECT id FROM artisans WHERE name_en = 'Sunita Sahu'").pluck().get() as number;
    const unpaid = s.ok('payouts.listUnpaid', { artisanId: sunita, periodEnd: TODAY }, s.owner);
    s.ok('payouts.pay', { requestId: rid(), artisanId: sunita, periodEnd: TODAY, ledgerIds: unpaid.entries.map((e) => e.ledgerId), method: 'cash' }, s.owner);
    s.setClock(ist('2026-12-06', '20:00'));
    const b = await s.app.call('backup.now', {}, s.owner);
    expect(b.result.ok).toBe(true);

    const d = check(s, NOW);
    expect(d.today).toBe(TODAY);
    expect(d.lastWeekDate).toBe(LAST_WEEK);
    const price = (sku: string) => s.app.db.prepare('SELECT price_paise FROM products WHERE sku = ?').pluck().get(sku) as number;
    expect(d.sales.today).toEqual({ date: TODAY, bills: 1, salesPaise: price('DHAN-002'), returnsPaise: 0, netPaise: price('DHAN-002') });
    expect(d.sales.lastWeekSoFar.bills).toBe(3); // 00:00, 10:59 and 10:59:59.999, not 11:00
    expect(d.sales.lastWeek.bills).toBe(5);
    expect(d.rentals).toEqual({ dueToday: 1, overdue: 1 });
    expect(d.lowStock.count).toBe(2); // JUTE-001 at its level, DHAN-001 at 114 after six sales
    expect(d.backup).toMatchObject({ reason: 'manual', ageMinutes: 15 * 60 });
    expect(d.drawer.outPaise).toBe(unpaid.totalPaise);
    expect(d.artisansOwed).toHaveLength(5);
    expect(d.artisansOwed.map((a) => a.artisanId)).not.toContain(sunita); // paid off this morning

    // Yesterday's 23:59 sale counted as yesterday; a minute past midnight the day turns over.
    const y = check(s, ist('2026-12-06', '23:59'));
    expect(y.today).toBe('2026-12-06');
    expect(y.sales.today.bills).toBe(1);
    const next = check(s, ist('2026-12-08', '00:01'));
    expect(next.sales.today.bills).toBe(0);
    expect(next.lastWeekDate).toBe('2026-12-01');
    expect(next.rentals).toEqual({ dueToday: 0, overdue: 2 });
    s.app.close();
  });

  it('every figure equals the ledgers over generated weeks', () => {
    fc.assert(
      fc.property(fc.array(opArb, { minLength: 5, maxLength: 30 }), (ops) => {
        const t = shop();
        try {
          setLowStock(t.s);
          boundaries(t);
          const sorted = [...ops].sort((a, b) => at(a.day, a.minute).getTime() - at(b.day, b.minute).getTime()).filter((o) => at(o.day, o.minute) <= NOW);
          for (const op of sorted) apply(t, op);
          check(t.s, NOW);
          // the same call at the shop's close and in the next morning
          check(t.s, ist(TODAY, '23:59'));
          check(t.s, ist(addDays(TODAY, 1), '09:00'));
        } finally {
          t.s.app.close();
        }
      }),
      { numRuns: 5 },
    );
  });

  it('is for managers: a cashier is refused; a read leaves no audit row and nothing else written', () => {
    const { s } = shop();
    const before = tableCounts(s.app.db);
    expect(s.call('dashboard.summary', {}, s.owner).ok).toBe(true);
    expect(s.call('dashboard.summary', {}, s.cashier)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(s.call('dashboard.summary', {}, 'no-such-session')).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect(tableCounts(s.app.db)).toEqual(before);
    s.app.close();
  });

  it('the core reads the drawer through the day close: one piece serves both', () => {
    const { s } = shop();
    s.setClock(NOW);
    const d = s.ok('dashboard.summary', {}, s.owner);
    expect(d.drawer).toEqual(s.app.db.transaction(() => dayClose(s.app.db, TODAY).cash).deferred());
    s.app.close();
  });
});

describe('dashboard.summary: custom work and the members\' board', () => {
  it('counts orders due this week, overdue and ready, and the board by month over four months', async () => {
    const { orderShop } = await import('./orders-support');
    const s = orderShop(ist('2026-12-01', '10:00'));
    const due = (dueDate: string) => s.ok('orders.create', s.badges({ dueDate, advance: [{ method: 'cash', amountPaise: 50_000 }] }));
    due('2026-12-05'); // overdue by the 7th
    const ready = due('2026-12-20');
    due('2026-12-10'); // due this week of the 7th
    s.ok('orders.setStatus', { requestId: crypto.randomUUID(), orderId: ready.id, status: 'in_making' });
    s.ok('orders.setStatus', { requestId: crypto.randomUUID(), orderId: ready.id, status: 'ready' });
    const member = s.q('SELECT id FROM artisans WHERE active = 1 ORDER BY id') as number;
    s.at('2026-10-15', '12:00');
    const item = s.ok('board.raise', { requestId: crypto.randomUUID(), memberId: member, kind: 'training', text: 'सिलाई की ट्रेनिंग', raisedOn: '2026-10-15' });
    s.at('2026-12-07', '11:00');
    s.ok('board.move', { requestId: crypto.randomUUID(), itemId: item.id, to: 'resolved', note: 'ट्रेनिंग 3 दिसंबर को हुई' });
    s.ok('board.raise', { requestId: crypto.randomUUID(), memberId: member, kind: 'shop', text: 'दुकान में पंखा चाहिए' });

    const d = s.ok('dashboard.summary', {}, s.owner);
    expect(d.customDue).toMatchObject({ dueThisWeek: { count: 1 }, overdue: { count: 1 }, readyNotCollected: { count: 1 }, heldPaise: 150_000 });
    expect(d.customDue).toEqual(s.ok('orders.getDueSummary', {}));
    expect(d.board.months.map((m) => m.month)).toEqual(['2026-09', '2026-10', '2026-11', '2026-12']);
    expect(d.board.months.find((m) => m.month === '2026-10')).toMatchObject({ raised: 1, resolved: 0 });
    expect(d.board.months.find((m) => m.month === '2026-12')).toMatchObject({ raised: 1, resolved: 1 });
    expect(d.board.stillOpen).toBe(1);
    expect(d.board).toEqual(s.ok('board.getMonthlyCounts', { from: '2026-09' }));
  });
});
