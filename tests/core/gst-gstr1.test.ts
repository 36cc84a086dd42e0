/**
 * GSTR-1 for the accountant, worked by hand. The shop (GSTIN 22…, Chhattisgarh) sells in November 2026:
 *   bill 1 (23 Nov): 3 × jute bag, HSN 4202, ₹210 each incl. 5 % GST = ₹630.00
 *        each ₹210 = taxable 200.00 + GST 10.00; 3 of them: taxable 600.00, CGST 15.00, SGST 15.00
 *   bill 2 (23 Nov): 1 × Dhokra elephant, HSN 83062990, ₹2,240 incl. 12 % = taxable 2,000.00 + CGST 120.00 + SGST 120.00
 *   return (25 Nov) of 1 jute bag from bill 1: credit note ₹210.00 = taxable 200.00 + CGST 5.00 + SGST 5.00
 * So for November:
 *   b2cs  5 %: taxable 600 - 200 = 400.00, CGST 10.00, SGST 10.00;  12 %: 2,000.00, CGST 120.00, SGST 120.00 (place of supply 22-Chhattisgarh)
 *   hsn   4202 PCS qty 3 - 1 = 2, value 420.00, taxable 400.00, 5 %;  8306 (4 digits: turnover up to ₹5 crore) PCS qty 1, value 2,240.00, taxable 2,000.00, 12 %
 *   docs  invoices HH/2026-27/C1-000001 … 000002: 2, cancelled 0;  credit notes HH/2026-27/C1-R-000001: 1, cancelled 0
 * A December bill is outside November, inside the quarter 2026-Q3 (October–December).
 */
import { describe, expect, it } from 'vitest';
import { hsnCut } from '../../src/core/gst/gstr1';
import type { Gstr1Report, TurnoverStatement } from '../../src/shared/api/gst';
import { ist, rentalShop, rid, type RentalShop } from './rentals-support';

const GSTIN = '22AAAAA0000A1Z5';

function sell(s: RentalShop, items: [string, number][]) {
  const lines = items.map(([sku, qty]) => {
    const p = s.app.db.prepare('SELECT id, price_paise FROM products WHERE sku = ?').get(sku) as { id: number; price_paise: number };
    return { productId: p.id, qtyMilli: qty * 1000, expectedPricePaise: p.price_paise, price: p.price_paise * qty };
  });
  const total = lines.reduce((a, l) => a + l.price, 0);
  return s.ok('sales.checkout', { requestId: rid(), lines: lines.map(({ price: _p, ...l }) => l), payments: [{ method: 'cash', amountPaise: total }] });
}

function november(withGstin = true) {
  const s = rentalShop(ist('2026-11-23', '10:00'));
  if (withGstin) s.ok('settings.update', { shopName: 'हमर हटरी', language: 'hi', gstin: GSTIN }, s.owner);
  s.app.db.prepare("UPDATE products SET price_paise = 21000, gst_rate_bps = 500, hsn = '4202' WHERE sku = 'JUTE-001'").run();
  s.app.db.prepare("UPDATE products SET price_paise = 224000, gst_rate_bps = 1200, hsn = '83062990' WHERE sku = 'DHOK-001'").run();
  const b1 = sell(s, [['JUTE-001', 3]]);
  const b2 = sell(s, [['DHOK-001', 1]]);
  s.at('2026-11-25', '12:00');
  const ret = s.ok('sales.return', { requestId: rid(), billNo: b1.billNo, lines: [{ lineNo: 1, qtyMilli: 1000 }], refundMethod: 'cash', reason: 'रंग पसंद नहीं' }, s.owner);
  s.at('2026-12-02', '11:00');
  const dec = sell(s, [['JUTE-001', 1]]);
  s.at('2026-12-07', '11:00');
  return { s, b1, b2, ret, dec };
}

describe('gst.getReturn', () => {
  it('November: b2cs by rate, HSN at 4 digits, the credit note, documents issued — as worked by hand', () => {
    const { s, b1, b2, ret } = november();
    expect(b1.taxes).toEqual([expect.objectContaining({ rateBps: 500, taxablePaise: 60_000, cgstPaise: 1_500, sgstPaise: 1_500 })]);
    const r = s.ok('gst.getReturn', { period: '2026-11' }, s.owner) as Gstr1Report;
    expect(r).toMatchObject({ kind: 'gstr1', from: '2026-11-01', to: '2026-11-30', gstin: GSTIN, fp: '112026', hsnDigits: 4, nilRatedPaise: 0, warnings: [] });
    expect(r.b2cs).toEqual([
      { type: 'OE', placeOfSupply: '22-Chhattisgarh', rateBps: 500, taxablePaise: 40_000, igstPaise: 0, cgstPaise: 1_000, sgstPaise: 1_000 },
      { type: 'OE', placeOfSupply: '22-Chhattisgarh', rateBps: 1200, taxablePaise: 200_000, igstPaise: 0, cgstPaise: 12_000, sgstPaise: 12_000 },
    ]);
    expect(r.hsn).toEqual([
      { hsn: '4202', description: '', uqc: 'PCS', qtyMilli: 2_000, rateBps: 500, valuePaise: 42_000, taxablePaise: 40_000, igstPaise: 0, cgstPaise: 1_000, sgstPaise: 1_000 },
      { hsn: '8306', description: '', uqc: 'PCS', qtyMilli: 1_000, rateBps: 1200, valuePaise: 224_000, taxablePaise: 200_000, igstPaise: 0, cgstPaise: 12_000, sgstPaise: 12_000 },
    ]);
    expect(r.creditNotes).toEqual([{ noteNo: ret.returnNo, date: '2026-11-25', billNo: b1.billNo, rateBps: 500, taxablePaise: 20_000, cgstPaise: 500, sgstPaise: 500, valuePaise: 21_000 }]);
    // The shop cannot cancel a bill (a return undoes it), and numbers are gapless: 0 cancelled.
    expect(r.docs).toEqual([
      { docNum: 1, from: b1.billNo, to: b2.billNo, total: 2, cancelled: 0 },
      { docNum: 5, from: ret.returnNo, to: ret.returnNo, total: 1, cancelled: 0 },
    ]);
    expect(r.totals).toEqual({ taxablePaise: 240_000, cgstPaise: 13_000, sgstPaise: 13_000, igstPaise: 0 });
    // The b2cs and HSN tables agree with each other, and with the day closes' GST by rate.
    const days = ['2026-11-23', '2026-11-25'].flatMap((date) => s.ok('reports.getDayClose', { date }, s.owner).tax);
    expect(days.reduce((a, t) => a + t.taxablePaise, 0)).toBe(r.totals.taxablePaise);
    expect(r.b2cs.reduce((a, b) => a + b.cgstPaise, 0)).toBe(r.totals.cgstPaise);
    s.app.close();
  });

  it('the quarter Oct–Dec takes December too; 6-digit HSN above ₹5 crore, and a 4-digit HSN is then flagged', () => {
    const { s, b1, dec } = november();
    const q = s.ok('gst.getReturn', { period: '2026-Q3' }, s.owner) as Gstr1Report;
    expect(q).toMatchObject({ from: '2026-10-01', to: '2026-12-31', fp: '122026' });
    expect(q.hsn.find((h) => h.hsn === '4202')).toMatchObject({ qtyMilli: 3_000, taxablePaise: 60_000 });
    expect(q.docs[0]).toMatchObject({ from: b1.billNo, to: dec.billNo, total: 3, cancelled: 0 });
    s.ok('gst.updateSettings', { aatoOver5Crore: true }, s.owner);
    const six = s.ok('gst.getReturn', { period: '2026-11' }, s.owner) as Gstr1Report;
    expect(six.hsnDigits).toBe(6);
    expect(six.hsn.map((h) => h.hsn)).toEqual(['4202', '830629']);
    expect(six.warnings).toEqual([{ code: 'hsn_short', hsn: '4202' }]);
    expect(hsnCut('8306.29.90', 4)).toBe('8306');
    // Only the owner sets the band.
    expect(s.call('gst.updateSettings', { aatoOver5Crore: false }).ok).toBe(false);
    s.app.close();
  });

  it('exports b2cs, hsn and docs in the offline tool\'s columns (UTF-8 with BOM), and the JSON sections', () => {
    const { s, b1, b2, ret } = november();
    const hsn = s.ok('gst.exportReturn', { period: '2026-11', section: 'hsn' }, s.owner);
    expect(hsn.fileName).toBe('gstr1-hsn-2026-11.csv');
    expect(hsn.csv.split('\r\n')).toEqual([
      '\uFEFFHSN,Description,UQC,Total Quantity,Total Value,Rate,Taxable Value,Integrated Tax Amount,Central Tax Amount,State/UT Tax Amount,Cess Amount',
      '4202,,PCS-PIECES,2,420.00,5,400.00,0.00,10.00,10.00,0.00',
      '8306,,PCS-PIECES,1,2240.00,12,2000.00,0.00,120.00,120.00,0.00',
    ]);
    expect(s.ok('gst.exportReturn', { period: '2026-11', section: 'b2cs' }, s.owner).csv.split('\r\n')).toEqual([
      '\uFEFFType,Place Of Supply,Rate,Applicable % of Tax Rate,Taxable Value,Cess Amount,E-Commerce GSTIN',
      'OE,22-Chhattisgarh,5,,400.00,0.00,',
      'OE,22-Chhattisgarh,12,,2000.00,0.00,',
    ]);
    expect(s.ok('gst.exportReturn', { period: '2026-11', section: 'docs' }, s.owner).csv.split('\r\n')).toEqual([
      '\uFEFFNature of Document,Sr. No. From,Sr. No. To,Total Number,Cancelled',
      `Invoices for outward supply,${b1.billNo},${b2.billNo},2,0`,
      `Credit Note,${ret.returnNo},${ret.returnNo},1,0`,
    ]);
    const json = s.ok('gst.exportReturn', { period: '2026-11', section: 'json' }, s.owner);
    expect(json.fileName).toBe(`GSTR1-${GSTIN}-112026.json`);
    const j = JSON.parse(json.csv);
    expect(j).toMatchObject({
      gstin: GSTIN, fp: '112026',
      b2cs: [{ sply_ty: 'INTRA', rt: 5, typ: 'OE', pos: '22', txval: 400, iamt: 0, camt: 10, samt: 10, csamt: 0 }, { rt: 12, txval: 2000, camt: 120, samt: 120 }],
      hsn: { hsn_b2c: [{ num: 1, hsn_sc: '4202', uqc: 'PCS', qty: 2, rt: 5, txval: 400, camt: 10, samt: 10 }, { num: 2, hsn_sc: '8306', qty: 1, rt: 12, txval: 2000 }] },
      doc_issue: { doc_det: [
        { doc_num: 1, doc_typ: 'Invoices for outward supply', docs: [{ num: 1, from: b1.billNo, to: b2.billNo, totnum: 2, cancel: 0, net_issue: 2 }] },
        { doc_num: 5, doc_typ: 'Credit Note', docs: [{ num: 1, from: ret.returnNo, to: ret.returnNo, totnum: 1, cancel: 0, net_issue: 1 }] },
      ] },
    });
    expect(s.err('gst.exportReturn', { period: '2026-11', section: 'turnover' }, s.owner)).toEqual(['INVALID_INPUT', ['section']]);
    s.app.close();
  });

  it('a bill-of-supply shop (no GSTIN) gets a plain turnover statement instead', () => {
    const { s } = november(false);
    const t = s.ok('gst.getReturn', { period: '2026-Q3' }, s.owner) as TurnoverStatement;
    // no GST: bills are the price; sales 630 + 2,240 in November and 210 in December, the return 210 back
    expect(t).toMatchObject({ kind: 'turnover', bills: 3, salesPaise: 63_000 + 224_000 + 21_000, returnsPaise: 21_000, rentalsPaise: 0, turnoverPaise: 287_000 });
    expect(t.byMonth.map((m) => [m.month, m.turnoverPaise])).toEqual([['2026-10', 0], ['2026-11', 266_000], ['2026-12', 21_000]]);
    expect(s.ok('gst.exportReturn', { period: '2026-Q3', section: 'turnover' }, s.owner).csv).toContain('2026-Q3,3,3080.00,210.00,0.00,2870.00');
    expect(s.err('gst.exportReturn', { period: '2026-11', section: 'hsn' }, s.owner)).toEqual(['INVALID_INPUT', ['section']]);
    s.app.close();
  });

  it('refuses a month still to come, a quarter that does not exist, a malformed period, and a cashier', () => {
    const { s } = november();
    const msg = (period: string) => {
      const r = s.call('gst.getReturn', { period }, s.owner);
      return r.ok ? 'ok' : (r.error.details as { issues: { message: string }[] }).issues[0]!.message;
    };
    expect(msg('2027-01')).toBe('future_period');
    expect(msg('2026-Q4')).toBe('future_period'); // January–March 2027
    expect(msg('2026-Q5')).toBe('quarter');
    expect(msg('2026-Q0')).toBe('quarter');
    expect(msg('2026-13')).toBe('period');
    expect(msg('Nov 2026')).toBe('period');
    expect(msg('2026-12')).toBe('ok'); // the running month may be looked at
    expect(s.call('gst.getReturn', { period: '2026-11' }).ok).toBe(false);
    s.app.close();
  });
});
