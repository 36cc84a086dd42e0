import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/core/app';
import { migrate } from '../../src/core/db/migrate';
import { migrations } from '../../src/core/db/migrations';
import type { SessionUser } from '../../src/shared/api';
import type { Sale } from '../../src/shared/api/sales';
import { ok } from './stock-support';
import { fileApp } from '../support/db';

/**
 * sales_daily (migration 15) is a cache of the sales ledger kept by triggers: after any mix of
 * sales (with discounts, GST) and partial returns over several shop days it must equal a
 * GROUP BY over sale_lines and sale_return_lines, and the migration's backfill must build the same.
 * cash_daily likewise against cash_movements.
 */
const LEDGER = `
  SELECT business_date, craft_id, sum(lines) AS lines, sum(qty_milli) AS qty_milli, sum(gross_paise) AS gross_paise, sum(net_paise) AS net_paise,
         sum(taxable_paise) AS taxable_paise, sum(tax_paise) AS tax_paise, sum(artisan_share_paise) AS artisan_share_paise,
         sum(return_lines) AS return_lines, sum(returned_milli) AS returned_milli, sum(returned_paise) AS returned_paise,
         sum(returned_taxable_paise) AS returned_taxable_paise, sum(returned_tax_paise) AS returned_tax_paise, sum(returned_share_paise) AS returned_share_paise
    FROM (SELECT s.business_date, p.craft_id, 1 AS lines, l.qty_milli, l.gross_paise, l.net_paise, l.taxable_paise, l.cgst_paise + l.sgst_paise AS tax_paise,
                 l.artisan_share_paise, 0 AS return_lines, 0 AS returned_milli, 0 AS returned_paise, 0 AS returned_taxable_paise, 0 AS returned_tax_paise, 0 AS returned_share_paise
            FROM sale_lines l JOIN sales s ON s.id = l.sale_id JOIN products p ON p.id = l.product_id
          UNION ALL
          SELECT r.business_date, p.craft_id, 0, 0, 0, 0, 0, 0, 0, 1, rl.qty_milli, rl.refund_paise, rl.taxable_paise, rl.cgst_paise + rl.sgst_paise, rl.artisan_share_paise
            FROM sale_return_lines rl JOIN sale_returns r ON r.id = rl.return_id JOIN sale_lines l ON l.id = rl.sale_line_id JOIN products p ON p.id = l.product_id)
   GROUP BY business_date, craft_id ORDER BY business_date, craft_id`;
const SUMMARY = 'SELECT * FROM sales_daily ORDER BY business_date, craft_id';
const CASH_LEDGER = `SELECT business_date, kind, count(*) AS movements, sum(max(amount_paise, 0)) AS in_paise, sum(min(amount_paise, 0)) AS out_paise
  FROM cash_movements GROUP BY business_date, kind ORDER BY business_date, kind`;
const CASH = 'SELECT * FROM cash_daily ORDER BY business_date, kind';
const ARTISAN_LEDGER = `SELECT l.artisan_id, s.business_date, count(*) AS lines, sum(l.qty_milli) AS qty_milli, sum(l.net_paise) AS net_paise, sum(l.artisan_share_paise) AS artisan_share_paise
  FROM sale_lines l JOIN sales s ON s.id = l.sale_id WHERE l.artisan_id IS NOT NULL GROUP BY l.artisan_id, s.business_date ORDER BY 1, 2`;
const ARTISAN = 'SELECT * FROM artisan_daily ORDER BY artisan_id, business_date';
/** What migrations 0025 (range reports) and 0029 (report speed) made under the same '_daily' names: not migration 15's. */
const RANGE_REPORT_OBJECTS = ['product_daily', 'payments_daily', 'cashier_daily', 'sale_lines_product_daily', 'sale_return_lines_product_daily', 'sale_payments_daily', 'sales_cashier_daily',
  // and migration 0029's (report speed)
  'discounts_daily', 'gst_daily', 'bill_series_daily', 'rental_charges_daily', 'rental_shares_daily', 'sale_lines_discounts_daily', 'sale_lines_gst_daily', 'sales_bill_series_daily',
].map((n) => `'${n}'`).join(', ');

type Op = { op: 'sell'; picks: number[]; qty: number[]; discountBps: number } | { op: 'return'; sale: number; line: number; part: number } | { op: 'hours'; h: number };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ op: fc.constant('sell' as const), picks: fc.uniqueArray(fc.nat(), { minLength: 1, maxLength: 4 }), qty: fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 4, maxLength: 4 }), discountBps: fc.constantFrom(0, 0, 500, 1000) }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('return' as const), sale: fc.nat(), line: fc.nat(), part: fc.integer({ min: 1, max: 3 }) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('hours' as const), h: fc.integer({ min: 1, max: 40 }) }) },
);

/** A registered (GST) demo shop that may sell below zero stock, on a clock the test moves. */
function gstShop(app: App, clock: { now: Date }) {
  const demo = app.call('setup.loadDemo', { language: 'hi' }).result;
  const owner = ok(demo).user as SessionUser;
  app.db.prepare(`UPDATE shop_settings SET gstin = '22AABTH1234K1Z5', allow_negative_stock = 1`).run();
  app.db.exec('UPDATE products SET gst_rate_bps = CASE id % 3 WHEN 0 THEN 0 WHEN 1 THEN 500 ELSE 1200 END'); // the demo's are all 0 %
  const products = app.db.prepare(`SELECT id, price_paise FROM products WHERE for_sale = 1 AND status = 'active' AND unit <> 'metre' ORDER BY id`).all() as { id: number; price_paise: number }[];
  // a fresh login at each call: the clock jumps by hours and idle logins expire
  const token = () => app.sessions.create(owner, clock.now.getTime());
  return { products, token };
}

describe('sales_daily, the per-craft day summary', () => {
  it('equals a GROUP BY over the sales and return lines after any sales and returns over several days (property)', () => {
    const clock = { now: new Date('2026-11-20T04:00:00Z') };
    const app = createApp(':memory:', { clock: () => clock.now });
    const { products, token } = gstShop(app, clock);
    const sales: Sale[] = [];
    fc.assert(
      fc.property(fc.array(opArb, { minLength: 1, maxLength: 25 }), (ops) => {
        for (const o of ops) {
          if (o.op === 'hours') {
            clock.now = new Date(clock.now.getTime() + o.h * 3_600_000);
          } else if (o.op === 'sell') {
            const ids = [...new Set(o.picks.map((k) => k % products.length))];
            const lines = ids.map((k, i) => ({ productId: products[k]!.id, qtyMilli: o.qty[i]! * 1000, expectedPricePaise: products[k]!.price_paise }));
            const gross = lines.reduce((s, l) => s + (l.qtyMilli / 1000) * l.expectedPricePaise, 0);
            // price it first (the bill discount rounds per line), then pay exactly that
            const input = { lines, ...(o.discountBps ? { billDiscount: { kind: 'percent' as const, bps: o.discountBps }, discountReason: 'test' } : {}) };
            const priced = app.call('sales.checkout', { requestId: crypto.randomUUID(), ...input, payments: [{ method: 'cash', amountPaise: gross }] }, token()).result;
            const total = priced.ok ? priced.value.totalPaise : (priced.error.details as { totalPaise: number }).totalPaise;
            const sale = priced.ok ? priced.value : ok(app.call('sales.checkout', { requestId: crypto.randomUUID(), ...input, payments: [{ method: 'upi', amountPaise: total }] }, token()).result);
            sales.push(sale);
          } else if (sales.length > 0) {
            const sale = sales[o.sale % sales.length]!;
            const line = sale.lines[o.line % sale.lines.length]!;
            const r = app.call('sales.return', { requestId: crypto.randomUUID(), billNo: sale.billNo, lines: [{ lineNo: line.lineNo, qtyMilli: o.part * 1000, restock: o.part !== 2 }], refundMethod: 'cash', reason: 'test' }, token()).result;
            // more than is left on the line is refused and writes nothing; the summary must not move either
            if (!r.ok) expect(r.error.code).toBe('RETURN_TOO_MANY');
          }
        }
        expect(app.db.prepare(SUMMARY).all()).toEqual(app.db.prepare(LEDGER).all());
        expect(app.db.prepare(CASH).all()).toEqual(app.db.prepare(CASH_LEDGER).all());
        expect(app.db.prepare(ARTISAN).all()).toEqual(app.db.prepare(ARTISAN_LEDGER).all());
        // a return line's GST split adds up to its refund, as a sale line's does to its net
        expect(app.db.prepare('SELECT count(*) FROM sale_return_lines WHERE taxable_paise + cgst_paise + sgst_paise <> refund_paise').pluck().get()).toBe(0);
      }),
      { numRuns: 40 },
    );
    // the runs did cover several days, returns and discounts
    const totals = app.db.prepare('SELECT count(DISTINCT business_date) AS days, sum(return_lines) AS returns, sum(gross_paise - net_paise) AS discount, sum(tax_paise) AS tax FROM sales_daily').get() as Record<string, number>;
    expect(totals.days).toBeGreaterThan(3);
    expect(totals.returns).toBeGreaterThan(5);
    expect(totals.discount).toBeGreaterThan(0);
    expect(totals.tax).toBeGreaterThan(0);
  });

  it('is rebuilt by the migration from the sales already on file (backfill)', () => {
    const clock = { now: new Date('2026-11-20T04:00:00Z') };
    const { app } = fileApp({ clock: () => clock.now });
    const { products, token } = gstShop(app, clock);
    for (let i = 0; i < 30; i++) {
      const p = products[(i * 7) % products.length]!;
      const sale = ok(app.call('sales.checkout', { requestId: crypto.randomUUID(), lines: [{ productId: p.id, qtyMilli: 2000, expectedPricePaise: p.price_paise }], payments: [{ method: 'cash', amountPaise: 2 * p.price_paise }] }, token()).result);
      if (i % 4 === 0) ok(app.call('sales.return', { requestId: crypto.randomUUID(), billNo: sale.billNo, lines: [{ lineNo: 1, qtyMilli: 1000 }], refundMethod: 'cash', reason: 'x' }, token()).result);
      clock.now = new Date(clock.now.getTime() + 9 * 3_600_000);
    }
    const kept = [app.db.prepare(SUMMARY).all(), app.db.prepare(CASH).all(), app.db.prepare(ARTISAN).all()];
    for (const k of kept) expect(k.length).toBeGreaterThan(5);
    // back to version 14: drop what migration 15 made, then migrate again
    const made = app.db.prepare(`SELECT type, name FROM sqlite_schema
        WHERE (name LIKE 'products_status%' OR name IN ('payouts_date', 'sale_return_lines_return', 'artisan_ledger_artisan_at', 'artisan_ledger_payout') OR name LIKE '%_daily') AND name NOT IN (${RANGE_REPORT_OBJECTS})`).all() as { type: string; name: string }[];
    expect(made.filter((o) => o.type === 'table').map((o) => o.name).sort()).toEqual(['artisan_daily', 'cash_daily', 'sales_daily']);
    for (const o of made.filter((x) => x.type !== 'table')) app.db.exec(`DROP ${o.type.toUpperCase()} ${o.name}`);
    for (const o of made.filter((x) => x.type === 'table')) app.db.exec(`DROP TABLE ${o.name}`);
    app.db.exec('CREATE INDEX artisan_ledger_artisan ON artisan_ledger(artisan_id, at)'); // as migration 7 left it
    app.db.pragma('user_version = 14');
    expect(migrate(app.db, migrations.slice(0, 15))).toBe(15);
    expect([app.db.prepare(SUMMARY).all(), app.db.prepare(CASH).all(), app.db.prepare(ARTISAN).all()]).toEqual(kept);
    expect(app.db.prepare(ARTISAN).all()).toEqual(app.db.prepare(ARTISAN_LEDGER).all());
    expect(app.db.prepare(SUMMARY).all()).toEqual(app.db.prepare(LEDGER).all());
    expect(app.db.prepare(CASH).all()).toEqual(app.db.prepare(CASH_LEDGER).all());
    app.close();
  });
});
