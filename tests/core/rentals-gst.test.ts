/**
 * GST on rentals: a shop with a GSTIN charges GST inside rent, late fees and damage at the item's
 * rate (prices GST-inclusive, split as checkout splits a bill); deposits carry none; her share is
 * worked out on the taxable value; reports, the day close and the slips say how much GST there was.
 * Without a GSTIN nothing changes.
 */
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../src/core/db/migrate';
import { migrations } from '../../src/core/db/migrations';
import { blocksOf } from '../../src/core/print/documents';
import { rentalReturnDoc, rentalSlipDoc } from '../../src/core/print/rental-docs';
import { gstSplit } from '../../src/core/sales/pricing';
import type { RentalReturnSlip, RentalSlip } from '../../src/printing/types';
import { ist, rentalShop, rid, type RentalShop } from './rentals-support';

const GSTIN = '22AAAAA0000A1Z5';

/** The costume (the group's) at 5 %, the maur (Sunita's, shop keeps 20 %) at 12 %; the GSTIN set or not. */
function shop(withGstin: boolean) {
  const s = rentalShop(ist('2026-11-23'));
  if (withGstin) s.ok('settings.update', { shopName: 'हमर हटरी', language: 'hi', gstin: GSTIN }, s.owner);
  s.app.db.prepare("UPDATE products SET gst_rate_bps = 500, hsn = '6211' WHERE sku = 'RENT-001'").run();
  s.app.db.prepare("UPDATE products SET gst_rate_bps = 1200, hsn = '7117' WHERE sku = 'RENT-003'").run();
  return s;
}

type ChargeRow = { kind: string; sku: string; amount_paise: number; tax_paise: number; cgst_paise: number; sgst_paise: number };
const charges = (s: RentalShop, rentalId: number, extra = '') =>
  s.app.db.prepare(`SELECT c.kind, l.sku, c.amount_paise, c.tax_paise, c.cgst_paise, c.sgst_paise FROM rental_charges c JOIN rental_lines l ON l.id = c.line_id
    WHERE c.rental_id = ? ${extra} ORDER BY c.id`).all(rentalId) as ChargeRow[];
const accruals = (s: RentalShop, sunita: number) =>
  s.app.db.prepare("SELECT amount_paise FROM artisan_ledger WHERE artisan_id = ? AND ref_type = 'rental' ORDER BY id").pluck().all(sunita) as number[];
const words = (docType: 'rental_slip' | 'rental_return_slip', payload: unknown) => JSON.stringify(blocksOf(docType, payload, '80mm'));

describe('rentals on a GST-registered shop', () => {
  it('a walk-in: rent carries GST at each line\'s rate (CGST + SGST = tax, paise exact), the deposit none; her share is of the taxable value', () => {
    const s = shop(true);
    const sunita = s.q("SELECT artisan_id FROM products WHERE sku = 'RENT-003'") as number;
    const r = s.walkIn([{ sku: 'RENT-001' }, { sku: 'RENT-003' }], '2026-11-25'); // costume ₹800 (event price, 3 days), maur ₹500 (2 days)
    expect(s.app.db.prepare('SELECT sku, gst_rate_bps, hsn FROM rental_lines WHERE rental_id = ? ORDER BY line_no').all(r.id)).toEqual([
      { sku: 'RENT-001', gst_rate_bps: 500, hsn: '6211' },
      { sku: 'RENT-003', gst_rate_bps: 1200, hsn: '7117' },
    ]);
    // ₹800 at 5 %: taxable 80_000 x 10000 / 10500 = 76_190.48 -> 76_190, GST 3_810 = 1_905 + 1_905.
    // ₹500 at 12 %: taxable 50_000 x 10000 / 11200 = 44_642.86 -> 44_643, GST 5_357 = 2_679 + 2_678 (the odd paisa to CGST, as on bills).
    expect(charges(s, r.id)).toEqual([
      { kind: 'rent', sku: 'RENT-001', amount_paise: 80_000, tax_paise: 3_810, cgst_paise: 1_905, sgst_paise: 1_905 },
      { kind: 'deposit', sku: 'RENT-001', amount_paise: 200_000, tax_paise: 0, cgst_paise: 0, sgst_paise: 0 },
      { kind: 'rent', sku: 'RENT-003', amount_paise: 50_000, tax_paise: 5_357, cgst_paise: 2_679, sgst_paise: 2_678 },
      { kind: 'deposit', sku: 'RENT-003', amount_paise: 100_000, tax_paise: 0, cgst_paise: 0, sgst_paise: 0 },
    ]);
    // The same helper as checkout's bill arithmetic.
    expect(gstSplit(50_000, 1200)).toEqual({ taxablePaise: 44_643, cgstPaise: 2_679, sgstPaise: 2_678 });
    // Prices include GST: the customer pays what the quote said, nothing more.
    expect(r.rentPaise).toBe(130_000);
    expect(r.balancePaise).toBe(0);
    expect(r.taxPaise).toBe(3_810 + 5_357);
    expect(r.lines.map((l) => l.gstRateBps)).toEqual([500, 1200]);
    // Her 80 % is of the taxable ₹446.43, not of ₹500: 44_643 - round(44_643 x 20 %) = 44_643 - 8_929.
    expect(accruals(s, sunita)).toEqual([35_714]);

    // The rental slip: the shop's GSTIN in the header, the GST inside the rent by rate.
    const slip = rentalSlipDoc(s.app.db, r.id, ist('2026-11-23')).payload as RentalSlip;
    expect(slip.shop.gstin).toBe(GSTIN);
    expect(slip.taxes).toEqual([
      { rateBps: 500, taxablePaise: 76_190, cgstPaise: 1_905, sgstPaise: 1_905 },
      { rateBps: 1200, taxablePaise: 44_643, cgstPaise: 2_679, sgstPaise: 2_678 },
    ]);
    const printed = words('rental_slip', slip);
    expect(printed).toContain(`GSTIN: ${GSTIN}`);
    expect(printed).toContain('इसमें जीएसटी / incl. GST @5%');
    expect(printed).toContain('इसमें जीएसटी / incl. GST @12%');
    expect(printed).toContain('CGST 2.5%');
    expect(printed).toContain('SGST 6%');
  });

  it('a late check-in: the late fee and damage carry GST, the deposit released none; report and day close agree', () => {
    const s = shop(true);
    const sunita = s.q("SELECT artisan_id FROM products WHERE sku = 'RENT-003'") as number;
    const r = s.walkIn([{ sku: 'RENT-001' }, { sku: 'RENT-003' }], '2026-11-25');
    s.at('2026-11-27'); // 2 days late: costume ₹400, maur ₹200; ₹250 damage to the maur
    const returnId = s.ok('rentals.checkIn', {
      requestId: rid(), rentalId: r.id, refundMethod: 'cash',
      lines: [{ lineId: r.lines[0]!.lineId, qty: 1 }, { lineId: r.lines[1]!.lineId, qty: 1, damagePaise: 25_000, damageNote: 'एक मोती गिरा / a bead lost' }],
    }).returnId;
    // ₹400 at 5 %: taxable 38_095, GST 1_905 = 953 + 952; ₹200 at 12 %: 17_857, GST 2_143 = 1_072 + 1_071; ₹250 at 12 %: 22_321, GST 2_679 = 1_340 + 1_339.
    expect(charges(s, r.id, 'AND c.return_id IS NOT NULL')).toEqual([
      { kind: 'deposit_release', sku: 'RENT-001', amount_paise: -200_000, tax_paise: 0, cgst_paise: 0, sgst_paise: 0 },
      { kind: 'late_fee', sku: 'RENT-001', amount_paise: 40_000, tax_paise: 1_905, cgst_paise: 953, sgst_paise: 952 },
      { kind: 'deposit_release', sku: 'RENT-003', amount_paise: -100_000, tax_paise: 0, cgst_paise: 0, sgst_paise: 0 },
      { kind: 'late_fee', sku: 'RENT-003', amount_paise: 20_000, tax_paise: 2_143, cgst_paise: 1_072, sgst_paise: 1_071 },
      { kind: 'damage', sku: 'RENT-003', amount_paise: 25_000, tax_paise: 2_679, cgst_paise: 1_340, sgst_paise: 1_339 },
    ]);
    // GST is inside the fees: the refund is deposits less fees as before.
    const got = s.ok('rentals.get', { id: r.id });
    expect(got.returns[0]!.refundPaise).toBe(300_000 - 85_000);
    expect(got.balancePaise).toBe(0);
    expect(got.taxPaise).toBe(9_167 + 1_905 + 2_143 + 2_679);
    // Her shares: rent 35_714; late fee 17_857 - 3_571 = 14_286; damage all of the taxable 22_321.
    expect(accruals(s, sunita)).toEqual([35_714, 14_286, 22_321]);

    const rep = s.ok('rentals.report', { from: '2026-11-23', to: '2026-11-27' }, s.owner);
    expect(rep).toMatchObject({ rentPaise: 130_000, lateFeePaise: 60_000, damagePaise: 25_000, artisanSharePaise: 72_321, gstPaise: 15_894 });
    expect(rep.groupPaise).toBe(130_000 + 60_000 + 25_000 - 72_321 - 15_894);

    // The day close's rentals section and its GST table say the same, day by day.
    for (const [date, tax] of [['2026-11-23', 9_167], ['2026-11-27', 6_727]] as const) {
      const day = s.ok('reports.getDayClose', { date }, s.owner);
      expect(day.rentals.taxPaise).toBe(tax);
      expect(s.ok('rentals.report', { from: date, to: date }, s.owner).gstPaise).toBe(tax);
      expect(day.tax.reduce((a, t) => a + t.cgstPaise + t.sgstPaise, 0)).toBe(tax); // no sales that day: all of it is rentals'
    }
    expect(s.ok('reports.getDayClose', { date: '2026-11-27' }, s.owner).tax).toEqual([
      { rateBps: 500, taxablePaise: 38_095, cgstPaise: 953, sgstPaise: 952 },
      { rateBps: 1200, taxablePaise: 17_857 + 22_321, cgstPaise: 1_072 + 1_340, sgstPaise: 1_071 + 1_339 },
    ]);

    // The return slip: the GST inside this check-in's late fee and damage.
    const slip = rentalReturnDoc(s.app.db, returnId, ist('2026-11-27')).payload as RentalReturnSlip;
    expect(slip.taxes).toEqual([
      { rateBps: 500, taxablePaise: 38_095, cgstPaise: 953, sgstPaise: 952 },
      { rateBps: 1200, taxablePaise: 40_178, cgstPaise: 2_412, sgstPaise: 2_410 },
    ]);
    const printed = words('rental_return_slip', slip);
    expect(printed).toContain(`GSTIN: ${GSTIN}`);
    expect(printed).toContain('इसमें जीएसटी / incl. GST @12%');
  });

  it('a booking slip shows the GST pick-up will charge; the line keeps the rate it was booked at', () => {
    const s = shop(true);
    const id = s.book([{ sku: 'RENT-003' }], '2026-11-28', '2026-11-29').id;
    const before = (rentalSlipDoc(s.app.db, id, ist('2026-11-23')).payload as RentalSlip).taxes;
    expect(before).toEqual([{ rateBps: 1200, taxablePaise: 44_643, cgstPaise: 2_679, sgstPaise: 2_678 }]);
    // The rate changes after booking: the booking keeps the rate it was made at.
    s.app.db.prepare("UPDATE products SET gst_rate_bps = 500 WHERE sku = 'RENT-003'").run();
    s.at('2026-11-28');
    s.pickUp(id);
    expect((rentalSlipDoc(s.app.db, id, ist('2026-11-28')).payload as RentalSlip).taxes).toEqual(before);
    expect(() => s.app.db.prepare('UPDATE rental_lines SET gst_rate_bps = 0 WHERE rental_id = ?').run(id)).toThrow(/history/);
  });
});

describe('rentals on a shop without a GSTIN', () => {
  it('carry no GST, whatever the item\'s rate: shares on the full amount, no GST on reports or slips', () => {
    const s = shop(false);
    const sunita = s.q("SELECT artisan_id FROM products WHERE sku = 'RENT-003'") as number;
    const r = s.walkIn([{ sku: 'RENT-001' }, { sku: 'RENT-003' }], '2026-11-25');
    expect(s.app.db.prepare('SELECT gst_rate_bps FROM rental_lines WHERE rental_id = ?').pluck().all(r.id)).toEqual([0, 0]);
    expect(s.q('SELECT sum(tax_paise) + sum(cgst_paise) + sum(sgst_paise) FROM rental_charges')).toBe(0);
    expect(r.taxPaise).toBe(0);
    expect(accruals(s, sunita)).toEqual([40_000]);
    expect(s.ok('rentals.report', { from: '2026-11-23', to: '2026-11-23' }, s.owner).gstPaise).toBe(0);
    const day = s.ok('reports.getDayClose', { date: '2026-11-23' }, s.owner);
    expect(day.rentals.taxPaise).toBe(0);
    expect(day.tax).toEqual([]);
    const slip = rentalSlipDoc(s.app.db, r.id, ist('2026-11-23')).payload as RentalSlip;
    expect(slip.taxes).toBeUndefined();
    expect(words('rental_slip', slip)).not.toContain('GST');
  });
});

describe('migration 19 (rental GST)', () => {
  it('adds the GST columns on top of existing charges (which carried none), and keeps GST to taxed kinds, split exactly', () => {
    const db = new Database(':memory:');
    migrate(db, migrations.slice(0, 18));
    db.pragma('foreign_keys = OFF'); // no rental or user rows here: only the tables' own checks
    const ins = db.prepare("INSERT INTO rental_charges (uid, rental_id, kind, amount_paise, at, business_date, user_id) VALUES (?, 1, ?, ?, 'now', '2026-11-23', 1)");
    ins.run('a', 'rent', 50_000);
    ins.run('b', 'deposit_release', -100_000);
    // Its up() on its own: migrate() would (rightly) refuse these orphan rows at its foreign key check.
    expect(migrations[18]!.version).toBe(19);
    migrations[18]!.up(db);
    expect(db.prepare('SELECT tax_paise, cgst_paise, sgst_paise FROM rental_charges ORDER BY id').raw().all()).toEqual([[0, 0, 0], [0, 0, 0]]);
    const taxed = db.prepare("INSERT INTO rental_charges (uid, rental_id, kind, amount_paise, at, business_date, user_id, tax_paise, cgst_paise, sgst_paise) VALUES (?, 1, ?, ?, 'now', '2026-11-23', 1, ?, ?, ?)");
    taxed.run('c', 'late_fee', 20_000, 2_143, 1_072, 1_071);
    expect(() => taxed.run('d', 'deposit', 20_000, 2_143, 1_072, 1_071)).toThrow(/CHECK/);
    expect(() => taxed.run('e', 'rent', 20_000, 2_143, 1_072, 1_000)).toThrow(/CHECK/);
    expect(() => taxed.run('f', 'rent', 2_000, 2_143, 1_072, 1_071)).toThrow(/CHECK/);
    const cols = (db.prepare('PRAGMA table_info(rental_lines)').all() as { name: string }[]).map((c) => c.name);
    expect(cols.slice(-2)).toEqual(['gst_rate_bps', 'hsn']);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  });
});
