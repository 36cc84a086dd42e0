import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocate, applyBps, formatINR, MAX_PAISE, mulDivRound, parseRupees } from '../../src/shared/money';

describe('money in integer paise', () => {
  it('rounds half away from zero, once', () => {
    expect(mulDivRound(5, 1, 2)).toBe(3); // 2.5 -> 3
    expect(mulDivRound(-5, 1, 2)).toBe(-3); // -2.5 -> -3
    expect(mulDivRound(7, 1, 3)).toBe(2); // 2.33 -> 2
    expect(mulDivRound(1, 5, -2)).toBe(-3);
    expect(applyBps(12345, 2000)).toBe(2469); // 20 % of ₹123.45 = 24.69
    expect(applyBps(250, 1800)).toBe(45);
    expect(applyBps(1, 5000)).toBe(1); // half a paisa rounds up
  });

  it('is exact beyond float precision', () => {
    expect(mulDivRound(MAX_PAISE, 9999, 10000)).toBe(9_999_000_000);
    expect(mulDivRound(Number.MAX_SAFE_INTEGER, 3, 3)).toBe(Number.MAX_SAFE_INTEGER);
  });

  it('matches exact rational rounding for any amounts (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -MAX_PAISE, max: MAX_PAISE }), fc.integer({ min: 0, max: 10000 }), (a, bps) => {
        const r = applyBps(a, bps);
        const exact2 = BigInt(a) * BigInt(bps) * 2n; // twice the exact value, in units of 1/10000
        const diff = BigInt(r) * 20000n - exact2; // 2 * 10000 * (r - exact)
        // |r - exact| <= 1/2, and at exactly 1/2 the result is the one farther from zero
        expect(diff <= 10000n && diff >= -10000n).toBe(true);
        if (diff === 10000n) expect(a).toBeGreaterThan(0);
        if (diff === -10000n) expect(a).toBeLessThan(0);
      }),
    );
  });

  it('allocate: parts always sum to the whole and stay within a paisa of fair (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -MAX_PAISE, max: MAX_PAISE }), fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 1, maxLength: 30 }), (total, weights) => {
        const parts = allocate(total, weights);
        expect(parts.reduce((s, p) => s + p, 0)).toBe(total);
        const sumW = weights.reduce((s, w) => s + w, 0);
        if (sumW > 0) parts.forEach((p, i) => expect(Math.abs(p - (total * weights[i]!) / sumW)).toBeLessThan(1 + 1e-6 * Math.abs(total)));
      }),
    );
  });

  it('parses what people type, including Devanagari digits, and refuses the rest', () => {
    expect(parseRupees('1,25,000.50')).toBe(12_500_050);
    expect(parseRupees('₹ 99')).toBe(9900);
    expect(parseRupees('१२०')).toBe(12000);
    expect(parseRupees('12.5')).toBe(1250);
    expect(parseRupees('12.345')).toBeNull();
    expect(parseRupees('abc')).toBeNull();
    expect(parseRupees('1e5')).toBeNull();
    expect(parseRupees('')).toBeNull();
    expect(parseRupees('99999999999')).toBeNull(); // above the sane bound
  });

  it('formats with Indian grouping in both languages', () => {
    expect(formatINR(12_500_000, 'en')).toBe('₹1,25,000.00');
    expect(formatINR(12_500_000, 'hi')).toBe('₹1,25,000.00');
    expect(formatINR(5, 'en')).toBe('₹0.05');
    expect(formatINR(-150, 'en')).toBe('-₹1.50');
  });
});
