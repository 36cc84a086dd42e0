/** The day close and the monthly report, on a real SQLite file, cross-checked against the ledgers. */
import { describe, expect, it } from 'vitest';
import type { App } from '../../src/core/app';
import type { SessionUser } from '../../src/shared/api';
import type { Sale } from '../../src/shared/api/sales';
import { dbFingerprint, fileApp } from '../support/db';
import { ok } from './stock-support';

const rid = () => crypto.randomUUID();
type P = { id: number; price_paise: number; artisan_id: number | null };

/** A registered (GST) demo shop on a clock the test moves; a fresh login per call (days pass). */
function shop() {
  const clock = { now: new Date('2026-11-20T05:00:00Z') }; // 10:30 in Durg
  const { app } = fileApp({ clock: () => clock.now });
  const owner = ok(app.call('setup.loadDemo', { language: 'hi' }).result).user as SessionUser;
  const cashier = app.db.prepare("SELECT id, name, role FROM users WHERE role = 'cashier'").get() as SessionUser;
  app.db.exec(`UPDATE shop_settings SET gstin = '22AABTH1234K1Z5', allow_negative_stock = 1`);
  app.db.exec('UPDATE products SET gst_rate_bps = CASE id % 3 WHEN 0 THEN 0 WHEN 1 THEN 500 ELSE 1200 END'); // the demo's are all 0 %
  const as = (u: SessionUser) => app.sessions.create(u, clock.now.getTime());
  const product = (sku: string) => app.db.prepare('SELECT id, price_paise, artisan_id FROM products WHERE sku = ?').get(sku) as P;
  const sell = (lines: [P, number][], pay: (total: number) => { method: 'cash' | 'upi' | 'card'; amountPaise: number; tenderedPaise?: number }[], billDiscount?: { kind: 'percent'; bps: number }): Sale => {
    const input = { lines: lines.map(([p, n]) => ({ productId: p.id, qtyMilli: n * 1000, expectedPricePaise: p.price_paise })), ...(billDiscount ? { billDiscount, discountReason: 'member' } : {}) };
    // the server prices the bill (discounts round per line): ask, then pay what it says
    const probe = app.call('sales.checkout', { requestId: rid(), ...input, payments: [{ method: 'upi', amountPaise: 1 }] }, as(owner)).result;
    const total = !probe.ok && probe.error.code === 'PAYMENT_MISMATCH' ? (probe.error.details as { totalPaise: number }).totalPaise : NaN;
    return ok(app.call('sales.checkout', { requestId: rid(), ...input, payments: pay(total) }, as(cashier)).result);
  };
  const q = (sql: string, ...a: unknown[]) => app.db.prepare(sql).pluck().get(...a) as number;
  return { app, clock, owner, cashier, as, product, sell, q };
}

function dayClose(app: App, token: string, date?: string) {
  return ok(app.call('reports.getDayClose', date ? { date } : {}, token).result);
}

describe('reports.getDayClose', () => {
  it('sums a day: bills, payments by method, returns and refunds (an exchange too), payouts, tax by rate, the drawer, crafts', () => {
    const t = shop();
    const [jute, dhan, dhokra, kosa] = ['JUTE-001', 'DHAN-001', 'DHOK-001', 'KOSA-001'].map(t.product) as [P, P, P, P];
    // day 1
    const a = t.sell([[jute, 2], [dhokra, 1]], (total) => [{ method: 'cash', amountPaise: total, tenderedPaise: Math.ceil(total / 50_000) * 50_000 + 50_000 }]);
    const b = t.sell([[kosa, 1]], (total) => [{ method: 'upi', amountPaise: total }], { kind: 'percent', bps: 1000 });
    const c = t.sell([[dhan, 4], [jute, 1]], (total) => [{ method: 'cash', amountPaise: 10_000 }, { method: 'card', amountPaise: total - 10_000 }]);
    t.clock.now = new Date('2026-11-20T09:00:00Z');
    const ret = ok(t.app.call('sales.return', { requestId: rid(), billNo: a.billNo, lines: [{ lineNo: 1, qtyMilli: 1000 }], refundMethod: 'cash', reason: 'टूटा' }, t.as(t.owner)).result);
    const unpaid = ok(t.app.call('payouts.listUnpaid', { artisanId: dhokra.artisan_id!, periodEnd: '2026-11-20' }, t.as(t.owner)).result);
    const payout = ok(t.app.call('payouts.pay', { requestId: rid(), artisanId: dhokra.artisan_id!, periodEnd: '2026-11-20', ledgerIds: unpaid.entries.map((e) => e.ledgerId), method: 'cash' }, t.as(t.owner)).result);

    const d1 = dayClose(t.app, t.as(t.owner), '2026-11-20');
    const sales = [a, b, c];
    const sum = (f: (s: Sale) => number) => sales.reduce((x, s) => x + f(s), 0);
    expect(d1).toMatchObject({
      date: '2026-11-20',
      bills: { count: 3, firstNo: a.billNo, lastNo: c.billNo },
      lines: 5,
      grossSalesPaise: sum((s) => s.grossPaise), discountsPaise: sum((s) => s.discountPaise), salesPaise: sum((s) => s.totalPaise), taxPaise: sum((s) => s.taxPaise),
      returns: { count: 1, valuePaise: ret.refundPaise, refunds: [{ method: 'cash', count: 1, amountPaise: ret.refundPaise }], exchangeCreditPaise: 0 },
      netSalesPaise: sum((s) => s.totalPaise) - ret.refundPaise,
      payouts: { count: 1, amountPaise: payout.paidPaise, byMethod: [{ method: 'cash', count: 1, amountPaise: payout.paidPaise }] },
    });
    expect(b.discountPaise).toBeGreaterThan(0);
    expect(d1.payments).toEqual([
      { method: 'card', count: 1, amountPaise: c.totalPaise - 10_000 },
      { method: 'cash', count: 2, amountPaise: a.totalPaise + 10_000 }, // amounts, not what was tendered
      { method: 'upi', count: 1, amountPaise: b.totalPaise },
    ]);
    // the drawer: nothing before, cash sales in, the refund and the cash payout out
    expect(d1.cash).toMatchObject({ openingPaise: 0, inPaise: a.totalPaise + 10_000, outPaise: ret.refundPaise + payout.paidPaise });
    expect(d1.cash.expectedPaise).toBe(t.q('SELECT sum(amount_paise) FROM cash_movements'));
    expect(d1.cash.byKind).toEqual([
      { kind: 'payout', amountPaise: -payout.paidPaise }, { kind: 'refund', amountPaise: -ret.refundPaise }, { kind: 'sale', amountPaise: a.totalPaise + 10_000 },
    ]);
    // GST: the bills' tax less the returned line's, by rate
    const taxed = d1.tax.reduce((x, r) => x + r.cgstPaise + r.sgstPaise, 0);
    expect(taxed).toBe(sum((s) => s.taxPaise) - t.q('SELECT sum(cgst_paise + sgst_paise) FROM sale_return_lines'));
    expect(d1.returns.taxPaise).toBe(t.q('SELECT sum(cgst_paise + sgst_paise) FROM sale_return_lines'));
    expect(d1.tax.map((r) => r.rateBps)).toEqual([...new Set(sales.flatMap((s) => s.lines.map((l) => l.gstRateBps)))].sort((x, y) => x - y));
    expect(d1.tax.reduce((x, r) => x + r.taxablePaise + r.cgstPaise + r.sgstPaise, 0)).toBe(d1.netSalesPaise);
    // crafts add up to the day
    expect(d1.byCraft.reduce((x, k) => x + k.netPaise, 0)).toBe(d1.salesPaise);
    expect(d1.byCraft.reduce((x, k) => x + k.returnedPaise, 0)).toBe(d1.returns.valuePaise);
    expect(d1.byCraft.find((k) => k.nameEn === 'Jute art')).toMatchObject({ lines: 2, qtyMilli: 3000, returnLines: 1, returnedMilli: 1000 });

    // day 2: an exchange of bill b with money back, in cash
    t.clock.now = new Date('2026-11-21T05:00:00Z');
    const x = ok(t.app.call('sales.exchange', {
      requestId: rid(), billNo: b.billNo, returnLines: [{ lineNo: 1, qtyMilli: 1000, restock: true }], reason: 'रंग',
      newLines: [{ productId: dhan.id, qtyMilli: 1000, expectedPricePaise: dhan.price_paise }], payments: [], refundMethod: 'cash',
    }, t.as(t.owner)).result);
    expect(x.refundPaise).toBeGreaterThan(0);
    const d2 = dayClose(t.app, t.as(t.owner)); // today by default
    expect(d2).toMatchObject({
      date: '2026-11-21',
      bills: { count: 1, firstNo: x.sale.billNo },
      returns: { count: 1, valuePaise: x.creditPaise + x.refundPaise, refunds: [{ method: 'cash', count: 1, amountPaise: x.refundPaise }], exchangeCreditPaise: x.creditPaise },
      payments: [],
      cash: { openingPaise: d1.cash.expectedPaise, inPaise: 0, outPaise: x.refundPaise, expectedPaise: d1.cash.expectedPaise - x.refundPaise },
    });
    expect(d2.cash.expectedPaise).toBe(t.q('SELECT sum(amount_paise) FROM cash_movements'));
    // an empty day
    expect(dayClose(t.app, t.as(t.owner), '2026-11-19')).toMatchObject({ bills: { count: 0, firstNo: null }, salesPaise: 0, payments: [], tax: [], byCraft: [], cash: { openingPaise: 0, expectedPaise: 0 } });
    t.app.close();
  });

  it('is for managers, refuses a date that does not exist, and writes nothing', () => {
    const t = shop();
    const before = dbFingerprint(t.app.db);
    expect(t.app.call('reports.getDayClose', {}, t.as(t.cashier)).result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(t.app.call('reports.getMonthly', { month: '2026-11' }, t.as(t.cashier)).result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(t.app.call('reports.getDayClose', { date: '2026-02-30' }, t.as(t.owner)).result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', details: { issues: [{ path: ['date'] }] } } });
    expect(t.app.call('reports.getMonthly', { month: '2026-13' }, t.as(t.owner)).result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', details: { issues: [{ path: ['month'] }] } } });
    dayClose(t.app, t.as(t.owner));
    ok(t.app.call('reports.getMonthly', { month: '2026-11' }, t.as(t.owner)).result);
    expect(dbFingerprint(t.app.db)).toBe(before); // reads: no audit row either
    t.app.close();
  });
});

describe('reports.getMonthly', () => {
  it('a month by craft and by day from the daily summary, equal to the ledger, returns netted on their own day', () => {
    const t = shop();
    const ps = ['JUTE-001', 'DHAN-001', 'DHOK-001', 'KOSA-001', 'PARA-001', 'BELL-001'].map(t.product);
    const sales: Sale[] = [];
    // Oct 31 to Dec 1 in Durg: the month's edges are shop days, not UTC days
    t.clock.now = new Date('2026-10-31T18:00:00Z'); // Oct 31, 23:30 in Durg
    for (let i = 0; i < 40; i++) {
      const p = ps[i % ps.length]!;
      sales.push(t.sell([[p, 1 + (i % 3)]], (total) => [{ method: i % 2 ? 'cash' : 'upi', amountPaise: total }], i % 5 === 0 ? { kind: 'percent', bps: 500 } : undefined));
      if (i % 7 === 3) ok(t.app.call('sales.return', { requestId: rid(), billNo: sales[i - 1]!.billNo, lines: [{ lineNo: 1, qtyMilli: 1000 }], refundMethod: 'cash', reason: 'x' }, t.as(t.owner)).result);
      t.clock.now = new Date(t.clock.now.getTime() + 19 * 3_600_000); // about 30 days over 40 sales
    }
    const m = ok(t.app.call('reports.getMonthly', { month: '2026-11' }, t.as(t.owner)).result);
    expect(m).toMatchObject({ month: '2026-11', from: '2026-11-01', to: '2026-11-30' });
    const inMonth = sales.filter((s) => s.businessDate.startsWith('2026-11'));
    expect(inMonth.length).toBeGreaterThan(20);
    expect(inMonth.length).toBeLessThan(sales.length); // some fell in October and December
    expect(m.totals.netPaise).toBe(inMonth.reduce((x, s) => x + s.totalPaise, 0));
    expect(m.totals.taxPaise).toBe(inMonth.reduce((x, s) => x + s.taxPaise, 0));
    expect(m.totals.grossPaise - m.totals.netPaise).toBe(inMonth.reduce((x, s) => x + s.discountPaise, 0));
    expect(m.totals.returnedPaise).toBe(t.q("SELECT sum(refund_paise) FROM sale_returns WHERE business_date BETWEEN '2026-11-01' AND '2026-11-30'"));
    expect(m.totals.returnedPaise).toBeGreaterThan(0);
    expect(m.totals.netSalesPaise).toBe(m.totals.netPaise - m.totals.returnedPaise);
    expect(m.totals.shopSharePaise).toBe(m.totals.netSalesPaise - (m.totals.taxPaise - m.totals.returnedTaxPaise) - (m.totals.artisanSharePaise - m.totals.returnedSharePaise));
    // by day: each day's bills and takings, from the bills themselves
    expect(m.byDay.map((d) => d.date)).toEqual([...new Set([...inMonth.map((s) => s.businessDate), ...(t.app.db.prepare("SELECT business_date FROM sale_returns WHERE business_date LIKE '2026-11-%'").pluck().all() as string[])])].sort());
    for (const d of m.byDay) {
      const day = inMonth.filter((s) => s.businessDate === d.date);
      expect(d.bills, d.date).toBe(day.length);
      expect(d.netPaise, d.date).toBe(day.reduce((x, s) => x + s.totalPaise, 0));
    }
    // by craft: the same as grouping the month's lines by their product's craft
    const ledger = t.app.db.prepare(`SELECT p.craft_id AS craftId, count(*) AS lines, sum(l.qty_milli) AS qtyMilli, sum(l.net_paise) AS netPaise, sum(l.artisan_share_paise) AS artisanSharePaise
        FROM sale_lines l JOIN sales s ON s.id = l.sale_id JOIN products p ON p.id = l.product_id WHERE s.business_date LIKE '2026-11-%' GROUP BY p.craft_id ORDER BY p.craft_id`).all();
    expect(m.byCraft.filter((k) => k.lines > 0).map(({ craftId, lines, qtyMilli, netPaise, artisanSharePaise }) => ({ craftId, lines, qtyMilli, netPaise, artisanSharePaise })).sort((x, y) => x.craftId - y.craftId)).toEqual(ledger);
    expect(m.byCraft.every((k) => k.nameHi !== '' || k.nameEn !== '')).toBe(true);
    // an empty month
    expect(ok(t.app.call('reports.getMonthly', { month: '2025-02' }, t.as(t.owner)).result)).toMatchObject({ from: '2025-02-01', to: '2025-02-28', byCraft: [], byDay: [], totals: { lines: 0, netSalesPaise: 0 } });
    t.app.close();
  });
});
