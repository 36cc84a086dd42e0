import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { priceBill, type PricedLineInput } from '../../src/core/sales/pricing';

const line = fc.record({
  qtyMilli: fc.integer({ min: 1, max: 50 }).map((q) => q * 1000),
  unitPricePaise: fc.integer({ min: 0, max: 20_000_000 }),
  gstRateBps: fc.constantFrom(0, 300, 500, 1200, 1800),
  commissionBps: fc.option(fc.integer({ min: 0, max: 10_000 }), { nil: null }),
  artisanFixedPaise: fc.option(fc.integer({ min: 0, max: 30_000_000 }), { nil: null }),
  discountRule: fc.constantFrom('split' as const, 'shop' as const),
  discount: fc.option(fc.oneof(fc.record({ kind: fc.constant('percent' as const), bps: fc.integer({ min: 0, max: 10_000 }) })), { nil: undefined }),
}) as fc.Arbitrary<PricedLineInput>;

describe('bill arithmetic (property)', () => {
  it('lines add up to the total to the paisa, taxes split exactly, shares never exceed the taxable value', () => {
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 12 }), fc.integer({ min: 0, max: 10_000 }), fc.boolean(), (lines, billBps, gstOn) => {
        const bill = priceBill(lines, { kind: 'percent', bps: billBps }, gstOn);
        expect(bill.totalPaise).toBe(bill.lines.reduce((s, l) => s + l.netPaise, 0));
        expect(bill.grossPaise - bill.discountPaise).toBe(bill.totalPaise);
        for (const [i, l] of bill.lines.entries()) {
          expect(l.netPaise).toBeGreaterThanOrEqual(0);
          expect(l.taxablePaise + l.cgstPaise + l.sgstPaise).toBe(l.netPaise);
          expect(Math.abs(l.cgstPaise - l.sgstPaise)).toBeLessThanOrEqual(1);
          if (!gstOn || lines[i]!.gstRateBps === 0) expect(l.cgstPaise + l.sgstPaise).toBe(0);
          expect(l.artisanSharePaise).toBeGreaterThanOrEqual(0);
          expect(l.artisanSharePaise).toBeLessThanOrEqual(l.taxablePaise);
          if (lines[i]!.commissionBps === null) expect(l.artisanSharePaise).toBe(0);
        }
      }),
    );
  });

  it('matches a hand-worked GST bill', () => {
    // ₹1,25,000 saree less ₹5,000, 5 % GST; ₹1,850 x 2 Dhokra at 12 %; bill discount ₹150
    const bill = priceBill(
      [
        { qtyMilli: 1000, unitPricePaise: 12_500_000, discount: { kind: 'amount', paise: 500_000 }, gstRateBps: 500, commissionBps: 2000 },
        { qtyMilli: 2000, unitPricePaise: 185_000, gstRateBps: 1200, commissionBps: null },
      ],
      { kind: 'amount', paise: 15_000 },
      true,
    );
    expect(bill.grossPaise).toBe(12_870_000);
    expect(bill.lines.map((l) => l.billDiscountPaise)).toEqual([14_551, 449]); // ₹150 spread 12,000 : 370 (14,551.33 / 448.67)
    expect(bill.lines[0]).toMatchObject({ netPaise: 11_985_449, taxablePaise: 11_414_713, cgstPaise: 285_368, sgstPaise: 285_368 }); // 11,985,449 / 1.05
    expect(bill.lines[0]!.artisanSharePaise).toBe(11_414_713 - 2_282_943); // she gets 80 % of the taxable value
    expect(bill.totalPaise).toBe(12_355_000);
    expect(bill.discountPaise).toBe(515_000);
  });

  it('her part: a fixed amount a piece, or the percentage before a discount the shop alone gives', () => {
    const base = { qtyMilli: 2000, unitPricePaise: 100_000, gstRateBps: 0, commissionBps: 2000 };
    const half = { kind: 'percent' as const, bps: 5000 };
    // ₹1,000 x 2, 50 % off: split -> she gets 80 % of ₹1,000; shop's discount -> 80 % of ₹2,000, capped at what was paid
    expect(priceBill([{ ...base, discount: half }], undefined, false).lines[0]!.artisanSharePaise).toBe(80_000);
    expect(priceBill([{ ...base, discount: { kind: 'percent', bps: 1000 }, discountRule: 'shop' }], undefined, false).lines[0]!.artisanSharePaise).toBe(160_000);
    expect(priceBill([{ ...base, discount: half, discountRule: 'shop' }], undefined, false).lines[0]!.artisanSharePaise).toBe(100_000); // capped at the ₹1,000 paid
    // fixed: ₹650 a piece whatever the price or discount (never more than was paid)
    expect(priceBill([{ ...base, artisanFixedPaise: 65_000 }], undefined, false).lines[0]!.artisanSharePaise).toBe(130_000);
    expect(priceBill([{ ...base, artisanFixedPaise: 65_000, discount: { kind: 'percent', bps: 9000 } }], undefined, false).lines[0]!.artisanSharePaise).toBe(20_000);
  });

  it('refuses a discount above the line or the bill, naming it', () => {
    expect(() => priceBill([{ qtyMilli: 1000, unitPricePaise: 100, discount: { kind: 'amount', paise: 101 }, gstRateBps: 0, commissionBps: null }], undefined, false)).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', details: { issues: [expect.objectContaining({ path: ['lines', 0, 'discount'], message: 'discount_too_big' })] } }),
    );
    expect(() => priceBill([{ qtyMilli: 1000, unitPricePaise: 100, gstRateBps: 0, commissionBps: null }], { kind: 'amount', paise: 101 }, false)).toThrow(/INVALID_INPUT/);
  });
});
