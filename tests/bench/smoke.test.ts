import { describe, expect, it } from 'vitest';
import { SHOP_SIZES } from '../../bench/generate';
import { MEASURES, runBench } from '../../bench/harness';
import { table } from '../../bench/report';

/** The bench harness end to end on a tiny shop, few iterations: the JSON's shape, every measure present. */
describe('bench smoke', () => {
  it('builds a tiny shop, measures everything and reports it', async () => {
    const res = await runBench({
      size: SHOP_SIZES.tiny!,
      iterations: { checkout: 40, http: 40, lookup: 200, search: 35, page: 20, reports: 5, coldStarts: 1, workload: 10 },
    });
    expect(Object.keys(res)).toEqual(expect.arrayContaining(['machine', 'node', 'sqlite', 'size', 'results', 'rss_mb', 'db_bytes_per_sale_line']));
    expect(res.size).toBe('tiny');
    expect(Object.keys(res.results).sort()).toEqual([...MEASURES].sort());
    for (const m of MEASURES) {
      const f = res.results[m];
      expect(f.p50_ms, m).toBeGreaterThan(0);
      expect(f.p99_ms, m).toBeGreaterThanOrEqual(f.p50_ms);
    }
    expect(res.results.checkout_inprocess.per_s).toBeGreaterThan(0);
    expect(res.results.checkout_http.per_s).toBeGreaterThan(0);
    expect(res.results.checkout_inprocess.baseline_ratio).toBeGreaterThan(0);
    // the reports go through the API now, against the bare SQL over the ledgers
    for (const m of ['day_close', 'monthly_report', 'artisan_statement', 'dashboard'] as const) expect(res.results[m].baseline_ratio, m).toBeGreaterThan(0);
    expect(res.rss_mb).toBeGreaterThan(10);
    expect(res.db_bytes_per_sale_line).toBeGreaterThan(0);
    expect(res.shop.counts.sales).toBe(300);
    expect(res.shop.counts.sale_returns).toBeGreaterThan(0);
    expect(res.shop.counts.payouts).toBeGreaterThan(0); // monthly, settling what each artisan was owed
    expect(res.shop.counts.payout_items).toBeGreaterThan(res.shop.counts.payouts!);
    expect(res.shop.counts.rentals).toBeGreaterThan(20); // a year of rentals (checked in detail on the small shop: rentals-shop.test.ts)
    expect(res.shop.counts.rental_returns).toBeGreaterThan(0);
    // every search term finds something, the rare ones included
    for (const [term, f] of Object.entries(res.details.search_terms as Record<string, { rows: number }>)) expect(f.rows, term).toBeGreaterThan(0);
    expect(table(res)).toContain('checkout_inprocess');
  }, 60_000);
});
