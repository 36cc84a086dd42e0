/** Her piece rented out: her share of rent and late fees accrues like a sale's, damage to it is all hers, and her payout slip names it. */
import { describe, expect, it } from 'vitest';
import { payoutDoc } from '../../src/core/print/sale-docs';
import type { PayoutSlip } from '../../src/printing/types';
import { ist, rentalShop, rid } from './rentals-support';
import { reportSpeedSummaries } from './report-speed-support';

describe("an artisan's rentable piece (the maur is Sunita's, shop keeps 20 %)", () => {
  it('accrues 80 % of rent and late fee and all of the damage; the group keeps the rest', () => {
    const s = rentalShop(ist('2026-11-23'));
    const sunita = s.q('SELECT artisan_id FROM products WHERE sku = ?', 'RENT-003') as number;
    const r = s.walkIn([{ sku: 'RENT-003' }, { sku: 'RENT-001' }], '2026-11-25'); // maur ₹500 for 2 days; costume the group's
    expect(s.q("SELECT sum(amount_paise) FROM artisan_ledger WHERE artisan_id = ? AND ref_type = 'rental'", sunita)).toBe(40_000);
    s.ok('rentals.extend', { requestId: rid(), rentalId: r.id, newDueDate: '2026-11-26', payments: [{ method: 'cash', amountPaise: 50_000 }] }); // 3 days: the maur's second block; the costume's event price covers 3 days
    s.at('2026-11-28'); // 2 days late: maur ₹200, costume ₹400
    const maur = r.lines[0]!.lineId;
    s.ok('rentals.checkIn', {
      requestId: rid(), rentalId: r.id, refundMethod: 'cash',
      lines: [{ lineId: maur, qty: 1, damagePaise: 25_000, damageNote: 'एक मोती गिरा / a bead lost' }, { lineId: r.lines[1]!.lineId, qty: 1 }],
    });
    // rent ₹500 + extension ₹500 -> 80 %; late ₹200 -> 80 %; damage ₹250 -> all
    expect(s.q("SELECT sum(amount_paise) FROM artisan_ledger WHERE artisan_id = ? AND ref_type = 'rental'", sunita)).toBe(40_000 + 40_000 + 16_000 + 25_000);
    expect(s.q('SELECT balance_paise FROM artisan_balances WHERE artisan_id = ?', sunita)).toBe(121_000);
    const rep = s.ok('rentals.report', { from: '2026-11-23', to: '2026-11-28' }, s.owner);
    expect(rep).toMatchObject({ rentPaise: 50_000 + 80_000 + 50_000, lateFeePaise: 20_000 + 40_000, damagePaise: 25_000, artisanSharePaise: 121_000 });
    expect(rep.groupPaise).toBe(rep.rentPaise + rep.lateFeePaise + rep.damagePaise - 121_000);
    // the report reads her shares from rental_shares_daily (migration 0029): it equals her ledger by the charges' days
    const [summary, ledger] = reportSpeedSummaries(s.app.db).rental_shares_daily!;
    expect(summary).toEqual(ledger);
    expect(summary.length).toBeGreaterThan(1);
  });

  it('her unpaid list and payout slip name the item and the rental number, on the day it was charged', () => {
    const s = rentalShop(ist('2026-11-23', '23:30'));
    const sunita = s.q('SELECT artisan_id FROM products WHERE sku = ?', 'RENT-003') as number;
    const r = s.walkIn([{ sku: 'RENT-003' }], '2026-11-24');
    const unpaid = s.ok('payouts.listUnpaid', { artisanId: sunita, periodEnd: '2026-11-23' }, s.owner);
    expect(unpaid.entries.map((e) => [e.nameHi, e.billNo, e.businessDate, e.qtyMilli, e.salePaise, e.shopSharePaise, e.amountPaise, e.shareRule])).toEqual([
      ['मौर', r.rentalNo, '2026-11-23', 1000, 50_000, 10_000, 40_000, 'percent:2000:rent'],
    ]);
    // 23:30 IST is 18:00 UTC: the shop day, not the UTC day, decides the period
    expect(s.ok('payouts.listUnpaid', { artisanId: sunita, periodEnd: '2026-11-22' }, s.owner).entries).toEqual([]);
    const paid = s.ok('payouts.pay', { requestId: rid(), artisanId: sunita, periodEnd: '2026-11-23', ledgerIds: unpaid.entries.map((e) => e.ledgerId), method: 'upi' }, s.owner);
    expect(paid.paidPaise).toBe(40_000);
    const slip = payoutDoc(s.app.db, paid.id).payload as PayoutSlip;
    expect(slip.items).toEqual([expect.objectContaining({ nameHi: 'मौर', billNo: r.rentalNo, soldOn: '2026-11-23', pricePaise: 50_000, shopSharePaise: 10_000, artisanSharePaise: 40_000, rule: 'दुकान 20% / shop 20% · किराया / rent' })]);
  });
});
