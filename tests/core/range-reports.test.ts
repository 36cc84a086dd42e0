/**
 * Reports for a date range over a generated month (tests/core/range-reports-support.ts): every
 * report's totals recomputed from the ledgers themselves (sales, lines, payments, returns,
 * exchanges, the artisans' ledger, payouts, stock movements, rental charges and payments), to the
 * paisa; the daily summaries of migration 0025 against the ledgers; the CSV and A4 made from the
 * same model; and the range checks in both languages' codes.
 */
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Cell, RangeReport, RangeReportKind, ReportSection } from '../../src/shared/api/range-reports';
import { addDays, dayStartUtc, daysBetween, nextDate } from '../../src/shared/dates';
import { shopDay, TEST_NOW } from '../support/clock';
import { mulDivRound } from '../../src/shared/money';
import { presetRange, rangeProblem } from '../../src/shared/report-range';
import { en } from '../../renderer/src/i18n/en';
import { hi } from '../../renderer/src/i18n/hi';
import rangeMigration from '../../src/core/db/migrations/0025-range-reports';
import { rerunReportSpeed, reportSpeedSummaries } from './report-speed-support';
import { generatedMonth } from './range-reports-support';
import type { RentalShop } from './rentals-support';

const FROM = '2026-11-01';
const TO = '2026-11-30';
let s: RentalShop;
const num = (sql: string, ...a: unknown[]) => (s.app.db.prepare(sql).pluck().get(...a) as number | null) ?? 0;
const report = (kind: RangeReportKind, from = FROM, to = TO): RangeReport => s.ok('reports.getRange', { kind, from, to }, s.owner);
const section = (r: RangeReport, id: string): ReportSection => r.sections.find((x) => x.id === id)!;
const colOf = (sec: ReportSection, key: string) => sec.columns.findIndex((c) => c.key === key);
/** A column's total row cell, and the same column summed over the rows. */
const total = (sec: ReportSection, key: string, row = 0) => sec.totals[row]![colOf(sec, key)] as number;
const sumRows = (sec: ReportSection, key: string) => sec.rows.reduce((a, r) => a + ((r[colOf(sec, key)] as number | null) ?? 0), 0);
const name = (c: Cell) => (typeof c === 'object' && c ? c.en : String(c));
const TODAY = shopDay(new Date(TEST_NOW));
const START = dayStartUtc(FROM, 'Asia/Kolkata');
const END = dayStartUtc(nextDate(TO), 'Asia/Kolkata');

beforeAll(() => {
  s = generatedMonth();
}, 60_000);

describe('the generated month', () => {
  it('has sales, returns, an exchange, discounts, price overrides, rentals (one late, one still out), payouts and an adjustment', () => {
    expect(num('SELECT count(*) FROM sales WHERE business_date BETWEEN ? AND ?', FROM, TO)).toBeGreaterThan(80);
    expect(num('SELECT count(*) FROM sale_returns')).toBeGreaterThan(5);
    expect(num('SELECT count(*) FROM sale_exchanges')).toBe(1);
    expect(num('SELECT count(*) FROM sale_lines WHERE unit_price_paise <> list_price_paise')).toBeGreaterThan(0);
    expect(num('SELECT count(*) FROM sale_lines WHERE line_discount_paise > 0')).toBeGreaterThan(0);
    expect(num("SELECT count(*) FROM rental_charges WHERE kind = 'late_fee'")).toBeGreaterThan(0);
    expect(num("SELECT count(*) FROM rentals WHERE status = 'out'")).toBe(1);
    expect(num('SELECT count(*) FROM payouts')).toBeGreaterThan(1);
    expect(num("SELECT count(*) FROM artisan_ledger WHERE kind = 'adjustment'")).toBe(1);
  });
});

describe('every report equals the ledgers to the paisa (November 2026, read on 7 December)', () => {
  it('sales by day and by craft: bills, net sales, GST, shares; the rows add up to the totals', () => {
    const days = section(report('salesByDay'), 'days');
    const crafts = section(report('salesByCraft'), 'crafts');
    const sales = num('SELECT sum(total_paise) FROM sales WHERE business_date BETWEEN ? AND ?', FROM, TO);
    const returned = num('SELECT sum(refund_paise) FROM sale_returns WHERE business_date BETWEEN ? AND ?', FROM, TO);
    const tax = num('SELECT sum(l.cgst_paise + l.sgst_paise) FROM sale_lines l JOIN sales x ON x.id = l.sale_id WHERE x.business_date BETWEEN ? AND ?', FROM, TO)
      - num('SELECT sum(rl.cgst_paise + rl.sgst_paise) FROM sale_return_lines rl JOIN sale_returns r ON r.id = rl.return_id WHERE r.business_date BETWEEN ? AND ?', FROM, TO);
    const shares = num("SELECT sum(amount_paise) FROM artisan_ledger WHERE sale_line_id IS NOT NULL AND kind IN ('accrual', 'reversal') AND at >= ? AND at < ?", START, END);
    for (const sec of [days, crafts]) {
      expect(total(sec, 'net_sales')).toBe(sales - returned);
      expect(sumRows(sec, 'net_sales')).toBe(sales - returned);
      expect(total(sec, 'returned')).toBe(returned);
      expect(total(sec, 'gst')).toBe(tax);
      expect(total(sec, 'artisans_share')).toBe(shares);
      expect(total(sec, 'group_share')).toBe(sales - returned - tax - shares);
    }
    expect(total(days, 'bills')).toBe(num('SELECT count(*) FROM sales WHERE business_date BETWEEN ? AND ?', FROM, TO));
    expect(days.rows.length).toBe(30);
    expect(days.chart).toEqual({ type: 'bar', labelKey: 'date', valueKeys: ['net_sales'] });
    expect(crafts.chart?.type).toBe('doughnut');
    expect(Math.abs(sumRows(crafts, 'share_of_sales') - 10_000)).toBeLessThanOrEqual(crafts.rows.length);
  });

  it('by artisan: her share, adjustments and payouts from her ledger; owed = her ledger up to the end of the range', () => {
    const sec = section(report('byArtisan'), 'artisans');
    const ids = s.app.db.prepare('SELECT id, name_en FROM artisans').all() as { id: number; name_en: string }[];
    for (const row of sec.rows) {
      const a = ids.find((x) => x.name_en === name(row[0]!))!;
      const led = (kinds: string) => num(`SELECT sum(amount_paise) FROM artisan_ledger WHERE artisan_id = ? AND kind IN (${kinds}) AND at >= ? AND at < ?`, a.id, START, END);
      expect(row[colOf(sec, 'share')]).toBe(led("'accrual', 'reversal'"));
      expect(row[colOf(sec, 'adjustments')]).toBe(led("'adjustment'"));
      expect(row[colOf(sec, 'paid')]).toBe(-led("'payout', 'payout_reversal'"));
      expect(row[colOf(sec, 'owed')]).toBe(num('SELECT sum(amount_paise) FROM artisan_ledger WHERE artisan_id = ? AND at < ?', a.id, END));
      const sold = num('SELECT sum(l.net_paise) FROM sale_lines l JOIN sales x ON x.id = l.sale_id WHERE l.artisan_id = ? AND x.business_date BETWEEN ? AND ?', a.id, FROM, TO)
        - num('SELECT sum(rl.refund_paise) FROM sale_return_lines rl JOIN sale_returns r ON r.id = rl.return_id JOIN sale_lines l ON l.id = rl.sale_line_id WHERE l.artisan_id = ? AND r.business_date BETWEEN ? AND ?', a.id, FROM, TO);
      expect(row[colOf(sec, 'sold')]).toBe(sold);
    }
    expect(total(sec, 'paid')).toBe(num('SELECT sum(amount_paise) FROM payouts WHERE business_date BETWEEN ? AND ?', FROM, TO));
    expect(total(sec, 'share')).toBe(num("SELECT sum(amount_paise) FROM artisan_ledger WHERE kind IN ('accrual', 'reversal') AND at >= ? AND at < ?", START, END));
    expect(total(sec, 'paid')).toBeGreaterThan(0);
  });

  it('by payment method: bills paid, refunds and rental money by method; the net is every rupee in less every rupee back', () => {
    const sec = section(report('byPayment'), 'methods');
    expect(total(sec, 'sales')).toBe(num('SELECT sum(p.amount_paise) FROM sale_payments p JOIN sales x ON x.id = p.sale_id WHERE x.business_date BETWEEN ? AND ?', FROM, TO));
    for (const row of sec.rows) {
      const m = name(row[0]!).toLowerCase();
      expect(row[colOf(sec, 'sales')]).toBe(num('SELECT sum(p.amount_paise) FROM sale_payments p JOIN sales x ON x.id = p.sale_id WHERE p.method = ? AND x.business_date BETWEEN ? AND ?', m, FROM, TO));
      expect(row[colOf(sec, 'bills')]).toBe(num('SELECT count(DISTINCT p.sale_id) FROM sale_payments p JOIN sales x ON x.id = p.sale_id WHERE p.method = ? AND x.business_date BETWEEN ? AND ?', m, FROM, TO));
    }
    const rentalNet = num('SELECT sum(amount_paise) FROM rental_payments WHERE business_date BETWEEN ? AND ?', FROM, TO);
    const refunds = num("SELECT -sum(amount_paise) FROM cash_movements WHERE kind = 'refund' AND business_date BETWEEN ? AND ?", FROM, TO); // every refund here is cash
    expect(total(sec, 'refunded')).toBe(refunds);
    expect(total(sec, 'net')).toBe(total(sec, 'sales') - refunds + rentalNet);
  });

  it('by cashier: bills and sales per person, returns by who took them back', () => {
    const sec = section(report('byCashier'), 'cashiers');
    const users = s.app.db.prepare('SELECT id, name FROM users').all() as { id: number; name: string }[];
    for (const row of sec.rows) {
      const u = users.find((x) => x.name === row[0])!;
      expect(row[colOf(sec, 'sales')]).toBe(num('SELECT sum(total_paise) FROM sales WHERE user_id = ? AND business_date BETWEEN ? AND ?', u.id, FROM, TO));
      expect(row[colOf(sec, 'discounts')]).toBe(num('SELECT sum(discount_paise) FROM sales WHERE user_id = ? AND business_date BETWEEN ? AND ?', u.id, FROM, TO));
    }
    expect(sec.rows.length).toBe(2);
    expect(total(sec, 'net_sales')).toBe(num('SELECT sum(total_paise) FROM sales WHERE business_date BETWEEN ? AND ?', FROM, TO) - num('SELECT sum(refund_paise) FROM sale_returns WHERE business_date BETWEEN ? AND ?', FROM, TO));
  });

  it('discounts and price changes: every discounted or re-priced line, with who approved', () => {
    const r = report('discounts');
    const sec = section(r, 'discounts');
    expect(total(sec, 'line_discount')).toBe(num('SELECT sum(l.line_discount_paise) FROM sale_lines l JOIN sales x ON x.id = l.sale_id WHERE x.business_date BETWEEN ? AND ?', FROM, TO));
    expect(total(sec, 'bill_discount')).toBe(num('SELECT sum(l.bill_discount_paise) FROM sale_lines l JOIN sales x ON x.id = l.sale_id WHERE x.business_date BETWEEN ? AND ?', FROM, TO));
    const changed = section(r, 'price_changes');
    expect(changed.rows.length).toBe(num('SELECT count(*) FROM sale_lines l JOIN sales x ON x.id = l.sale_id WHERE l.unit_price_paise <> l.list_price_paise AND x.business_date BETWEEN ? AND ?', FROM, TO));
    // The owner rang them up herself: her own authority (no separate approver) shows as the cashier.
    expect(changed.rows.every((row) => typeof row[colOf(changed, 'cashier')] === 'string' && row[colOf(changed, 'cashier')] !== '')).toBe(true);
  });

  it('returns and refunds: value back, what paid for the exchange, money refunded', () => {
    const sec = section(report('returns'), 'returns');
    expect(sec.rows.length).toBe(num('SELECT count(*) FROM sale_returns WHERE business_date BETWEEN ? AND ?', FROM, TO));
    expect(total(sec, 'value')).toBe(num('SELECT sum(refund_paise) FROM sale_returns WHERE business_date BETWEEN ? AND ?', FROM, TO));
    expect(total(sec, 'exchange_credit')).toBe(num('SELECT sum(credit_paise) FROM sale_exchanges'));
    expect(total(sec, 'refunded')).toBe(num("SELECT -sum(amount_paise) FROM cash_movements WHERE kind = 'refund' AND business_date BETWEEN ? AND ?", FROM, TO));
  });

  it('stock: on hand is the sum of movements; value at price and at cost per product, by craft and by artisan', () => {
    const r = report('stock');
    const per = s.app.db.prepare('SELECT p.id, p.craft_id, p.price_paise AS price, p.cost_paise AS cost, sum(m.qty_milli) AS qty FROM stock_movements m JOIN products p ON p.id = m.product_id GROUP BY p.id HAVING qty <> 0').all() as { qty: number; price: number; cost: number | null }[];
    const qty = per.reduce((a, p) => a + p.qty, 0);
    const atPrice = per.reduce((a, p) => a + mulDivRound(p.qty, p.price, 1000), 0);
    const atCost = per.reduce((a, p) => a + (p.cost === null ? 0 : mulDivRound(p.qty, p.cost, 1000)), 0);
    for (const id of ['stock_crafts', 'stock_artisans']) {
      const sec = section(r, id);
      expect(total(sec, 'on_hand')).toBe(qty);
      expect(total(sec, 'value_at_price')).toBe(atPrice);
      expect(total(sec, 'value_at_cost')).toBe(atCost);
      expect(total(sec, 'items')).toBe(per.length);
    }
  });

  it('rentals: income from the charges of the range, deposits held, the overdue rental', () => {
    const r = report('rentals');
    const income = section(r, 'income');
    expect(total(income, 'amount')).toBe(num("SELECT sum(amount_paise) FROM rental_charges WHERE kind IN ('rent', 'late_fee', 'damage', 'cancel_keep') AND business_date BETWEEN ? AND ?", FROM, TO));
    expect(sumRows(income, 'amount')).toBe(total(income, 'amount'));
    expect(total(section(r, 'held'), 'amount')).toBe(num("SELECT sum(amount_paise) FROM rental_charges WHERE kind IN ('deposit', 'deposit_release')"));
    const overdue = section(r, 'overdue');
    expect(overdue.rows.length).toBe(1);
    expect(overdue.rows[0]![colOf(overdue, 'due')]).toBe('2026-12-01');
    expect(overdue.rows[0]![colOf(overdue, 'late_days')]).toBe(daysBetween('2026-12-01', TODAY)); // 6 on TEST_NOW
  });

  it('payouts: paid in the range (the payouts rows), owed now (the ledger)', () => {
    const r = report('payouts');
    expect(total(section(r, 'paid'), 'amount')).toBe(num('SELECT sum(amount_paise) FROM payouts WHERE business_date BETWEEN ? AND ?', FROM, TO));
    expect(total(section(r, 'owed'), 'owed')).toBe(num('SELECT sum(amount_paise) FROM artisan_ledger'));
  });

  it('by product: top sellers from the lines; slow movers are in stock with no sale in N days', () => {
    const r = s.ok('reports.getRange', { kind: 'byProduct', from: FROM, to: TO, slowDays: daysBetween('2026-11-28', TODAY) + 1 }, s.owner); // nothing sold since 28 November
    const top = section(r, 'top');
    const best = s.app.db.prepare(`SELECT p.sku, sum(l.net_paise) AS net FROM sale_lines l JOIN sales x ON x.id = l.sale_id JOIN products p ON p.id = l.product_id
      WHERE x.business_date BETWEEN ? AND ? GROUP BY p.id ORDER BY net DESC LIMIT 1`).get(FROM, TO) as { sku: string; net: number };
    const returnedOfBest = num('SELECT sum(rl.refund_paise) FROM sale_return_lines rl JOIN sale_returns r ON r.id = rl.return_id JOIN sale_lines l ON l.id = rl.sale_line_id JOIN products p ON p.id = l.product_id WHERE p.sku = ? AND r.business_date BETWEEN ? AND ?', best.sku, FROM, TO);
    const row = top.rows.find((x) => x[0] === best.sku)!;
    expect(row[colOf(top, 'net')]).toBe(best.net);
    expect(row[colOf(top, 'net_sales')]).toBe(best.net - returnedOfBest);
    const slow = section(r, 'slow');
    for (const x of slow.rows) {
      const sold = num("SELECT count(*) FROM sale_lines l JOIN sales y ON y.id = l.sale_id JOIN products p ON p.id = l.product_id WHERE p.sku = ? AND y.business_date >= '2026-11-28'", x[0]);
      expect(sold).toBe(0);
      expect(x[colOf(slow, 'on_hand')]).toBeGreaterThan(0);
    }
    expect(slow.rows.length).toBeGreaterThan(0);
    const recent = s.app.db.prepare(`SELECT DISTINCT p.sku FROM sale_lines l JOIN sales y ON y.id = l.sale_id JOIN products p ON p.id = l.product_id
      WHERE y.business_date >= '2026-11-28'`).pluck().all() as string[];
    expect(recent.length).toBeGreaterThan(0);
    expect(slow.rows.some((x) => recent.includes(x[0] as string))).toBe(false);
  });
});

describe('the daily summaries of migration 0025 equal their ledgers', () => {
  it('product_daily, product_last_sold, payments_daily, cashier_daily', () => {
    const all = (sql: string) => s.app.db.prepare(sql).all();
    expect(all('SELECT product_id, business_date, lines, qty_milli, net_paise FROM product_daily WHERE lines > 0 ORDER BY 1, 2')).toEqual(
      all('SELECT l.product_id, x.business_date, count(*) AS lines, sum(l.qty_milli) AS qty_milli, sum(l.net_paise) AS net_paise FROM sale_lines l JOIN sales x ON x.id = l.sale_id GROUP BY 1, 2 ORDER BY 1, 2'));
    expect(all('SELECT product_id, business_date, return_lines, returned_milli, returned_paise FROM product_daily WHERE return_lines > 0 ORDER BY 1, 2')).toEqual(
      all(`SELECT l.product_id, r.business_date, count(*) AS return_lines, sum(rl.qty_milli) AS returned_milli, sum(rl.refund_paise) AS returned_paise
             FROM sale_return_lines rl JOIN sale_returns r ON r.id = rl.return_id JOIN sale_lines l ON l.id = rl.sale_line_id GROUP BY 1, 2 ORDER BY 1, 2`));
    expect(all('SELECT * FROM product_last_sold ORDER BY 1')).toEqual(all('SELECT l.product_id, max(x.business_date) AS business_date FROM sale_lines l JOIN sales x ON x.id = l.sale_id GROUP BY 1 ORDER BY 1'));
    expect(all('SELECT * FROM payments_daily ORDER BY 1, 2')).toEqual(
      all('SELECT x.business_date, p.method, count(DISTINCT p.sale_id) AS bills, sum(p.amount_paise) AS amount_paise FROM sale_payments p JOIN sales x ON x.id = p.sale_id GROUP BY 1, 2 ORDER BY 1, 2'));
    expect(all('SELECT * FROM cashier_daily ORDER BY 1, 2')).toEqual(
      all('SELECT business_date, user_id, count(*) AS bills, sum(gross_paise) AS gross_paise, sum(discount_paise) AS discount_paise, sum(total_paise) AS total_paise FROM sales GROUP BY 1, 2 ORDER BY 1, 2'));
  });
});

describe("migration 0029's summaries (report speed) equal their ledgers over the generated month, rentals and payouts included", () => {
  it('product totals, stock values and groups, discounts, GST, bill series, rental charges (her shares: tests/core/rentals-artisan.test.ts); and the backfill builds the same', () => {
    const db = s.app.db;
    for (const [name, [summary, ledger]] of Object.entries(reportSpeedSummaries(db))) expect(summary, name).toEqual(ledger);
    expect(db.prepare("SELECT count(*) FROM rental_charges_daily WHERE kind = 'late_fee'").pluck().get()).toBeGreaterThan(0);
    const kept = reportSpeedSummaries(db);
    rerunReportSpeed(db);
    expect(reportSpeedSummaries(db)).toEqual(kept);
  });
});

describe('migration 0025 rebuilds its summaries from the sales already on file', () => {
  it('drop them, run it again: the same rows', () => {
    const db = s.app.db;
    const tables = ['product_daily', 'product_last_sold', 'payments_daily', 'cashier_daily'];
    const kept = tables.map((t) => db.prepare(`SELECT * FROM ${t} ORDER BY 1, 2`).all());
    const triggers = ['sale_lines_product_daily', 'sale_return_lines_product_daily', 'sale_payments_daily', 'sales_cashier_daily'];
    db.transaction(() => {
      db.exec(`DROP INDEX artisan_ledger_adjustments; DROP INDEX sale_lines_discounted; ${[...triggers.map((t) => `DROP TRIGGER ${t};`), ...tables.map((t) => `DROP TABLE ${t};`)].join(' ')}`);
      rangeMigration.up(db);
    })();
    expect(tables.map((t) => db.prepare(`SELECT * FROM ${t} ORDER BY 1, 2`).all())).toEqual(kept);
    expect(kept[0]!.length).toBeGreaterThan(50);
  });
});

describe('CSV and A4 come from the same model', () => {
  it('CSV: BOM, a row column marking totals, plain rupees that sum to the total row, names in both languages', () => {
    const r = report('byArtisan');
    const csv = s.ok('reports.exportRange', { kind: 'byArtisan', from: FROM, to: TO, section: 'artisans' }, s.owner);
    expect(csv.csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.csv).not.toContain('₹');
    const rows = Papa.parse<Record<string, string>>(csv.csv.slice(1), { header: true, skipEmptyLines: true }).data;
    expect(Object.keys(rows[0]!)).toEqual(['row', 'artisan_hi', 'artisan_en', 'sold', 'share', 'adjustments', 'paid', 'owed']);
    const body = rows.filter((x) => x.row === '');
    const totals = rows.filter((x) => x.row === 'total');
    expect(totals).toHaveLength(1);
    expect(body).toHaveLength(section(r, 'artisans').rows.length);
    for (const key of ['sold', 'share', 'paid', 'owed']) {
      for (const x of rows) expect(x[key]).toMatch(/^-?\d+\.\d\d$/);
      const cents = body.reduce((a, x) => a + Math.round(Number(x[key]) * 100), 0);
      expect(cents).toBe(Math.round(Number(totals[0]![key]) * 100));
      expect(cents).toBe(total(section(r, 'artisans'), key));
    }
    expect(body.some((x) => /[\u0900-\u097F]/.test(x.artisan_hi!))).toBe(true);
    expect(csv.fileName).toBe('byArtisan-artisans-2026-11-01_2026-11-30.csv');
  });

  it('a cell a spreadsheet would run as a formula is made inert', () => {
    s.app.db.exec("UPDATE users SET name = '=HYPERLINK(1)' WHERE role = 'cashier'");
    const csv = s.ok('reports.exportRange', { kind: 'byCashier', from: FROM, to: TO, section: 'cashiers' }, s.owner).csv;
    s.app.db.exec("UPDATE users SET name = 'पूजा यादव' WHERE role = 'cashier'");
    expect(csv).toContain("'=HYPERLINK(1)");
  });

  it('A4: one page of HTML in the chosen language, every section a table with its totals', () => {
    const hiDoc = s.ok('reports.printRange', { kind: 'salesByCraft', from: FROM, to: TO, lang: 'hi' }, s.owner);
    expect(hiDoc.html).toContain('शिल्प के हिसाब से बिक्री');
    expect(hiDoc.html).toContain('<tfoot>');
    expect(hiDoc.html).toContain('01-11-2026 – 30-11-2026');
    const enDoc = s.ok('reports.printRange', { kind: 'salesByCraft', from: FROM, to: TO, lang: 'en' }, s.owner);
    expect(enDoc.html).toContain('Sales by craft');
    expect(enDoc.fileName).toBe('salesByCraft-2026-11-01_2026-11-30.pdf');
  });
});

describe('the range: presets on the shop calendar, and bad ranges refused in words', () => {
  it('presets on Monday 7 December 2026', () => {
    const today = '2026-12-07';
    expect(presetRange('today', today)).toEqual({ from: today, to: today });
    expect(presetRange('week', today)).toEqual({ from: '2026-12-07', to: today });
    expect(presetRange('week', '2026-12-13')).toEqual({ from: '2026-12-07', to: '2026-12-13' }); // a Sunday
    expect(presetRange('month', today)).toEqual({ from: '2026-12-01', to: today });
    expect(presetRange('lastMonth', today)).toEqual({ from: '2026-11-01', to: '2026-11-30' });
    expect(presetRange('lastMonth', '2027-01-15')).toEqual({ from: '2026-12-01', to: '2026-12-31' });
    expect(presetRange('lastMonth', '2028-03-02')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(presetRange('fy', today)).toEqual({ from: '2026-04-01', to: today });
    expect(presetRange('fy', '2027-03-31')).toEqual({ from: '2026-04-01', to: '2027-03-31' });
    expect(presetRange('fy', '2027-04-01')).toEqual({ from: '2027-04-01', to: '2027-04-01' });
  });

  it('refuses an end before the start, over 5 years, a range into the future; each code worded in Hindi and English', () => {
    expect(rangeProblem('2026-11-02', '2026-11-01', '2026-12-07')).toBe('REPORT_RANGE_ORDER');
    expect(rangeProblem('2021-12-07', '2026-12-07', '2026-12-07')).toBeNull(); // 5 years and a day: 1,827 days
    expect(rangeProblem('2021-01-01', '2026-12-07', '2026-12-07')).toBe('REPORT_RANGE_TOO_LONG');
    expect(rangeProblem('2026-12-01', '2026-12-08', '2026-12-07')).toBe('REPORT_RANGE_FUTURE');
    const cases: [string, string, string][] = [['2026-11-30', '2026-11-01', 'REPORT_RANGE_ORDER'], ['2020-01-01', '2026-11-30', 'REPORT_RANGE_TOO_LONG'], [TODAY, addDays(TODAY, 30), 'REPORT_RANGE_FUTURE']];
    for (const [from, to, code] of cases) {
      for (const kind of ['salesByDay', 'byArtisan'] as const) expect(s.err('reports.getRange', { kind, from, to }, s.owner)[0]).toBe(code);
      expect(s.err('reports.exportRange', { kind: 'salesByDay', from, to, section: 'days' }, s.owner)[0]).toBe(code);
      expect(en.errors[code as keyof typeof en.errors]).toBeTruthy();
      expect(hi.errors[code as keyof typeof hi.errors]).toMatch(/[\u0900-\u097F]/);
    }
    expect(s.err('reports.getRange', { kind: 'salesByDay', from: '2026-02-30', to: '2026-03-01' }, s.owner)[0]).toBe('INVALID_INPUT');
    expect(s.err('reports.getRange', { kind: 'salesByDay', from: FROM, to: TO })[0]).toBe('FORBIDDEN'); // a cashier
  });
});
