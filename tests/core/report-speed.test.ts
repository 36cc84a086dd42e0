/**
 * Migration 0029's summaries (the reports at 100,000 products: bench/README.md) are caches of the
 * ledgers kept by triggers: after any mix of sales (discounts, re-priced lines, tax invoices and bills
 * of supply), partial returns, stock taken in and written off, and products re-priced, re-costed or
 * moved to another craft or owner, over several shop days, each must equal its ledger recomputed
 * (tests/core/report-speed-support.ts), and the top sellers read in product_totals' order must be the
 * list one pass over the days gives. The migration's backfill builds the same rows from the file.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/core/app';
import type { SessionUser } from '../../src/shared/api';
import type { Sale } from '../../src/shared/api/sales';
import { addDays } from '../../src/shared/dates';
import { PRODUCT_RANGE_SQL, topSellers } from '../../src/core/reports/range/products';
import { ok } from './stock-support';
import { rerunReportSpeed, reportSpeedSummaries } from './report-speed-support';

type Op =
  | { op: 'sell'; picks: number[]; qty: number[]; discountBps: number; lineDiscount: boolean; override: boolean }
  | { op: 'return'; sale: number; line: number; part: number }
  | { op: 'hours'; h: number }
  | { op: 'intake' | 'writeOff'; product: number; q: number }
  | { op: 'reprice'; product: number; price: number; cost: number | null; craft: number; artisan: number | null }
  | { op: 'register'; on: boolean };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ op: fc.constant('sell' as const), picks: fc.uniqueArray(fc.nat(), { minLength: 1, maxLength: 4 }), qty: fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 4, maxLength: 4 }),
    discountBps: fc.constantFrom(0, 0, 500, 1000), lineDiscount: fc.boolean(), override: fc.boolean() }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('return' as const), sale: fc.nat(), line: fc.nat(), part: fc.integer({ min: 1, max: 3 }) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('hours' as const), h: fc.integer({ min: 1, max: 40 }) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constantFrom('intake' as const, 'writeOff' as const), product: fc.nat(), q: fc.integer({ min: 1, max: 4 }).map((n) => n * 1000) }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('reprice' as const), product: fc.nat(), price: fc.integer({ min: 0, max: 500_000 }), cost: fc.option(fc.integer({ min: 0, max: 300_000 })),
    craft: fc.nat(), artisan: fc.option(fc.nat()) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('register' as const), on: fc.boolean() }) },
);

const GSTIN = '22AABTH1234K1Z5';

/** A demo shop that may sell below zero stock, with GST rates, on a clock the test moves. */
function shop() {
  const clock = { now: new Date('2026-11-20T04:00:00Z') };
  const app = createApp(':memory:', { clock: () => clock.now });
  const owner = ok(app.call('setup.loadDemo', { language: 'hi' }).result).user as SessionUser;
  app.db.prepare('UPDATE shop_settings SET gstin = ?, allow_negative_stock = 1').run(GSTIN);
  app.db.exec('UPDATE products SET gst_rate_bps = CASE id % 3 WHEN 0 THEN 0 WHEN 1 THEN 500 ELSE 1200 END');
  const products = () => app.db.prepare(`SELECT id, price_paise FROM products WHERE for_sale = 1 AND status = 'active' AND unit <> 'metre' ORDER BY id`).all() as { id: number; price_paise: number }[];
  const crafts = app.db.prepare('SELECT id FROM crafts ORDER BY id').pluck().all() as number[];
  const artisans = app.db.prepare('SELECT id FROM artisans ORDER BY id').pluck().all() as number[];
  // a fresh login at each call: the clock jumps by hours and idle logins expire
  const token = () => app.sessions.create(owner, clock.now.getTime());
  return { app, clock, products, crafts, artisans, token };
}

function run(s: ReturnType<typeof shop>, ops: Op[], sales: Sale[]) {
  const { app, clock, token } = s;
  const call = (name: string, input: object) => app.call(name as 'sales.checkout', input as never, token()).result;
  for (const o of ops) {
    const products = s.products();
    if (o.op === 'hours') clock.now = new Date(clock.now.getTime() + o.h * 3_600_000);
    else if (o.op === 'register') app.db.prepare('UPDATE shop_settings SET gstin = ?').run(o.on ? GSTIN : '');
    else if (o.op === 'intake' || o.op === 'writeOff') {
      const p = products[o.product % products.length]!;
      const artisanId = app.db.prepare('SELECT artisan_id FROM products WHERE id = ?').pluck().get(p.id) as number | null;
      const r = o.op === 'intake' ? call('stock.intake', { requestId: crypto.randomUUID(), artisanId, lines: [{ productId: p.id, qtyMilli: o.q }] })
        : call('stock.writeOff', { requestId: crypto.randomUUID(), productId: p.id, qtyMilli: o.q, reason: 'x' });
      if (!r.ok) expect(r.error.code).toMatch(/./); // refused: nothing written, the summaries must not move either
    } else if (o.op === 'reprice') {
      const p = products[o.product % products.length]!;
      app.db.prepare('UPDATE products SET price_paise = ?, cost_paise = ?, craft_id = ?, artisan_id = ? WHERE id = ?')
        .run(o.price, o.cost, s.crafts[o.craft % s.crafts.length]!, o.artisan === null ? null : s.artisans[o.artisan % s.artisans.length]!, p.id);
    } else if (o.op === 'sell') {
      const ids = [...new Set(o.picks.map((k) => k % products.length))];
      const lines = ids.map((k, i) => ({
        productId: products[k]!.id, qtyMilli: o.qty[i]! * 1000, expectedPricePaise: products[k]!.price_paise,
        ...(i === 0 && o.override ? { priceOverridePaise: Math.max(0, products[k]!.price_paise - 1_000) } : {}),
        ...(i === 1 && o.lineDiscount ? { discount: { kind: 'percent' as const, bps: 500 } } : {}),
      }));
      const input = { lines, ...(o.discountBps ? { billDiscount: { kind: 'percent' as const, bps: o.discountBps } } : {}), ...(o.discountBps || o.override || o.lineDiscount ? { discountReason: 'test' } : {}) };
      const priced = call('sales.checkout', { requestId: crypto.randomUUID(), ...input, payments: [{ method: 'upi', amountPaise: 1 }] });
      if (priced.ok) { sales.push(priced.value as Sale); continue; }
      if (priced.error.code !== 'PAYMENT_MISMATCH') continue; // e.g. a price of 0 on a line: refused, nothing written
      const total = (priced.error.details as { totalPaise: number }).totalPaise;
      const r = call('sales.checkout', { requestId: crypto.randomUUID(), ...input, payments: [{ method: 'upi', amountPaise: total }] });
      if (r.ok) sales.push(r.value as Sale);
    } else if (o.op === 'return' && sales.length > 0) {
      const sale = sales[o.sale % sales.length]!;
      const line = sale.lines[o.line % sale.lines.length]!;
      call('sales.return', { requestId: crypto.randomUUID(), billNo: sale.billNo, lines: [{ lineNo: line.lineNo, qtyMilli: o.part * 1000, restock: o.part !== 2 }], refundMethod: 'cash', reason: 'test' });
    }
  }
}

function expectSummariesEqualLedgers(app: App) {
  for (const [name, [summary, ledger]] of Object.entries(reportSpeedSummaries(app.db))) expect(summary, name).toEqual(ledger);
}

describe("migration 0029's summaries equal their ledgers", () => {
  it('after any sales, returns, stock moves and product changes over several days (property); top sellers in product order = one pass over the days', () => {
    const s = shop();
    const sales: Sale[] = [];
    fc.assert(
      fc.property(fc.array(opArb, { minLength: 1, maxLength: 25 }), fc.nat(), fc.nat(), fc.integer({ min: 1, max: 8 }), (ops, a, b, n) => {
        run(s, ops, sales);
        expectSummariesEqualLedgers(s.app);
        // any range, any list length: the pruned walk gives the pass's list (ties by product id)
        const days = s.app.db.prepare('SELECT DISTINCT business_date FROM sales ORDER BY 1').pluck().all() as string[];
        if (!days.length) return;
        const [from, to] = [days[a % days.length]!, days[b % days.length]!].sort() as [string, string];
        const pass = (s.app.db.prepare(PRODUCT_RANGE_SQL.top).all(from, to) as unknown[]).slice(0, n);
        expect(topSellers(s.app.db, from, to, { n, byOrderAbove: -1, firstBatch: 1 })).toEqual(pass);
        // and the whole history so far, where a range's sales are as close to the bound as they get (its returns apart)
        for (const [f, t] of [[from, addDays(to, 3)], [days[0]!, days.at(-1)!]]) {
          expect(topSellers(s.app.db, f!, t!, { n, byOrderAbove: -1, firstBatch: 1 }), `${f}..${t}`).toEqual((s.app.db.prepare(PRODUCT_RANGE_SQL.top).all(f, t) as unknown[]).slice(0, n));
        }
      }),
      { numRuns: 40 },
    );
    // the runs did cover several days, both kinds of invoice, returns, discounts, re-priced lines and stock valued at cost
    const db = s.app.db;
    expect(db.prepare('SELECT count(DISTINCT business_date) FROM sales').pluck().get()).toBeGreaterThan(3);
    expect(db.prepare('SELECT count(DISTINCT invoice_kind) FROM sales').pluck().get()).toBe(2);
    expect(db.prepare('SELECT count(*) FROM sale_returns').pluck().get()).toBeGreaterThan(3);
    expect(db.prepare('SELECT sum(lines) FROM discounts_daily').pluck().get()).toBeGreaterThan(5);
    expect(db.prepare('SELECT count(*) FROM sale_lines WHERE unit_price_paise <> list_price_paise').pluck().get()).toBeGreaterThan(0);
    expect(db.prepare('SELECT count(*) FROM stock_groups WHERE at_cost_paise <> 0').pluck().get()).toBeGreaterThan(0);
    expect(db.prepare('SELECT count(*) FROM stock_on_hand WHERE qty_milli < 0').pluck().get()).toBeGreaterThan(0);

    // the backfill: drop what the migration made, run it again over the rows on file
    const kept = reportSpeedSummaries(db);
    rerunReportSpeed(db);
    expect(reportSpeedSummaries(db)).toEqual(kept);
    expectSummariesEqualLedgers(s.app);
    s.app.close();
  });
});
