import { describe, expect, it } from 'vitest';
import { heapGrowth } from '../../bench/screens/figures';

const run = (mbs: number[]) => mbs.map((mb, i) => ({ sales: i * 100, mb }));

describe('the screen bench\'s heap rule (#17: the page\'s heap flat over sales)', () => {
  it('calls the 1,000-sale run of 2026-12-07 flat: it warms up to sale 300, then levels off', () => {
    // bench/results/screens-small-2026-12-07-heap-1000.json
    const g = heapGrowth(run([2.53, 5.72, 5.86, 6.01, 6.03, 6.07, 6.08, 6.11, 6.02, 6.03, 6.03]));
    expect(g.flat).toBe(true);
    expect(g.growth_mb_per_100_sales_from_300).toBeLessThan(0.02);
    expect(g.growth_mb_per_100_sales).toBeGreaterThan(0.02); // end to end from sale 100 the warm-up counts as growth
  });

  it('calls a steady 0.1 MB per 100 sales a leak, however small, warm-up or not', () => {
    const leak = run([2.5, 5.7, 5.8, 5.9, 6.0, 6.1, 6.2, 6.3, 6.4, 6.5, 6.6]);
    expect(heapGrowth(leak).flat).toBe(false);
    expect(heapGrowth(leak).growth_mb_per_100_sales_from_300).toBeCloseTo(0.1, 3);
  });

  it('judges a run too short to leave out the warm-up from sale 100, and says so', () => {
    const g = heapGrowth(run([2.53, 5.72, 5.86, 6.01, 6.03, 6.07]));
    expect(g.growth_mb_per_100_sales_from_300).toBeUndefined();
    expect(g.flat).toBe(false);
    expect(g.flat_judged_on).toContain('too short');
  });
});
