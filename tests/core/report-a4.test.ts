/**
 * #15 "every report prints as an A4 PDF": the monthly report, the rentals report and the GST return
 * as A4 pages, over the generated month (sales, returns, an exchange, rentals, a shared order), with
 * the figures their own reports give; and the rentals report as a spreadsheet.
 */
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/core/app';
import { formatINR } from '../../src/shared/money';
import { demoShop } from '../support/db';
import { generatedMonth } from './range-reports-support';

const s = generatedMonth();
const value = <T>(r: { ok: true; value: T } | { ok: false; error: unknown }): T => {
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
};
const text = (html: string) => html.replace(/<style[\s\S]*?<\/style>/g, '').replace(/<[^>]+>/g, ' ').replace(/&amp;/g, '&').replace(/\s+/g, ' ');

describe('the older report tabs on A4', () => {
  it('the monthly report: by craft and by day, the month under each, in Hindi and English', () => {
    const m = s.ok('reports.getMonthly', { month: '2026-11' }, s.owner);
    const hi = s.ok('pages.monthly', { month: '2026-11', lang: 'hi' }, s.owner);
    expect(hi.fileName).toBe('monthly-2026-11.pdf');
    const t = text(hi.html);
    expect(t).toContain('मासिक रिपोर्ट');
    expect(t).toContain('11/2026');
    for (const k of m.byCraft) expect(t).toContain(k.nameHi);
    expect(t).toContain(formatINR(m.totals.netSalesPaise, 'hi'));
    expect(t.split(formatINR(m.totals.netSalesPaise, 'hi')).length - 1).toBe(2); // the month's net under both tables
    for (const d of m.byDay) expect(t).toContain(`${d.date.slice(8, 10)}-${d.date.slice(5, 7)}-2026`);
    const en = text(s.ok('pages.monthly', { month: '2026-11', lang: 'en' }, s.owner).html);
    expect(en).toContain('Monthly report');
    for (const k of m.byCraft) expect(en).toContain(k.nameEn);
  });

  it('the rentals report: what was earned and what is held, as on its tab, and as a spreadsheet', () => {
    const r = s.ok('rentals.report', { from: '2026-11-01', to: '2026-11-30' }, s.owner);
    expect(r.rentPaise).toBeGreaterThan(0);
    const t = text(s.ok('pages.rentalsReport', { from: '2026-11-01', to: '2026-11-30', lang: 'hi' }, s.owner).html);
    expect(t).toContain('किराये की रिपोर्ट');
    expect(t).toContain('01/11/2026 – 30/11/2026');
    for (const p of [r.rentPaise, r.lateFeePaise, r.artisanSharePaise, r.groupPaise, r.depositsHeldPaise]) expect(t).toContain(formatINR(p, 'hi'));
    const csv = s.ok('rentals.exportReport', { from: '2026-11-01', to: '2026-11-30' }, s.owner);
    expect(csv.fileName).toBe('rentals-2026-11-01_2026-11-30.csv');
    expect(csv.csv.startsWith('\uFEFFitem,item_hi,amount,count')).toBe(true);
    const rows = Object.fromEntries(csv.csv.slice(1).trim().split(/\r?\n/).slice(1).map((l) => l.split(',')).map((c) => [c[0], c.slice(2)]));
    const rupees = (k: string) => Math.round(Number(rows[k]![0]) * 100);
    expect(rupees('income')).toBe(rupees('rent') + rupees('late_fees') + rupees('damage') + rupees('cancel_kept'));
    expect(rupees('income')).toBe(rupees('artisans_share') + rupees('group_share') + rupees('gst')); // as the report's own rule says
    expect(Number(rows['rentals']![1])).toBe(r.rentals);
  });

  it('the GST return of a bill-of-supply shop: its turnover statement', () => {
    const turnover = s.ok('gst.getReturn', { period: '2026-11' }, s.owner);
    expect(turnover.kind).toBe('turnover');
    const t0 = text(s.ok('pages.gstReturn', { period: '2026-11', lang: 'hi' }, s.owner).html);
    expect(t0).toContain('कारोबार का विवरण');
    if (turnover.kind === 'turnover') expect(t0).toContain(formatINR(turnover.turnoverPaise, 'hi'));
  });

  it('the GST return of a registered shop: its GSTR-1 sections (B2C, HSN, credit notes, documents issued)', () => {
    const app = createApp(':memory:', { clock: () => new Date('2026-11-23T08:00:00Z') });
    const { owner, cashier } = demoShop(app);
    const settings = value(app.call('settings.get', {}, owner).result)!;
    value(app.call('settings.update', { shopName: settings.shopName, language: settings.language, gstin: '22AAAAA0000A1Z5' }, owner).result);
    const p = app.db.prepare("SELECT id, price_paise FROM products WHERE sku = 'DHOK-001'").get() as { id: number; price_paise: number };
    const sale = value(app.call('sales.checkout', { requestId: crypto.randomUUID(), lines: [{ productId: p.id, qtyMilli: 2000, expectedPricePaise: p.price_paise }], payments: [{ method: 'cash', amountPaise: 2 * p.price_paise }] }, cashier).result);
    value(app.call('sales.return', { requestId: crypto.randomUUID(), billNo: sale.billNo, lines: [{ lineNo: 1, qtyMilli: 1000 }], refundMethod: 'cash', reason: 'टूटा' }, owner).result);
    const g = value(app.call('gst.getReturn', { period: '2026-11' }, owner).result);
    if (g.kind !== 'gstr1') throw new Error('expected GSTR-1 for a shop with a GSTIN');
    expect(g.hsn.length).toBeGreaterThan(0);
    expect(g.creditNotes.length).toBe(1);
    const t = text(value(app.call('pages.gstReturn', { period: '2026-11', lang: 'hi' }, owner).result).html);
    expect(t).toContain(`GSTR-1 · ${g.gstin}`);
    for (const h of g.hsn) expect(t).toContain(h.hsn);
    for (const n of g.creditNotes) expect(t).toContain(n.noteNo);
    for (const d of g.docs) expect(t).toContain(d.from);
    expect(t).toContain(formatINR(g.totals.taxablePaise, 'hi'));
    expect(t).toContain(formatINR(g.totals.cgstPaise, 'hi'));
    expect(t).toContain('जारी दस्तावेज़');
    app.close();
  });

  it('refuses a bad month, a future period and a cashier, in words, writing nothing', () => {
    const audit = () => s.app.db.prepare('SELECT count(*) FROM audit_log').pluck().get();
    const before = audit();
    expect(s.call('pages.monthly', { month: '2026-13' }, s.owner)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(s.call('pages.rentalsReport', { from: '2026-11-30', to: '2026-11-01' }, s.owner)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(s.call('pages.gstReturn', { period: '2027-05' }, s.owner)).toMatchObject({ ok: false });
    expect(s.call('pages.monthly', { month: '2026-11' }, s.cashier)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(s.call('rentals.exportReport', { from: '2026-11-01', to: '2026-11-30' }, s.cashier)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(audit()).toBe(before);
  });
});
