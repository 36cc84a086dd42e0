import type { BenchResult, Measure } from './harness';

/** The targets (2-core machine, medians; the large size). */
export const TARGETS: Partial<Record<Measure, { text: string; ok(f: { per_s?: number; p50_ms: number; p99_ms: number }): boolean }>> = {
  checkout_inprocess: { text: '>= 3500/s, p99 <= 2 ms', ok: (f) => (f.per_s ?? 0) >= 3500 && f.p99_ms <= 2 },
  checkout_http: { text: '>= 2000/s', ok: (f) => (f.per_s ?? 0) >= 2000 },
  barcode_lookup: { text: 'p99 <= 0.1 ms', ok: (f) => f.p99_ms <= 0.1 },
  search_hindi: { text: 'p99 <= 2 ms', ok: (f) => f.p99_ms <= 2 },
  search_english: { text: 'p99 <= 2 ms', ok: (f) => f.p99_ms <= 2 },
  search_latin_hindi: { text: 'p99 <= 2 ms', ok: (f) => f.p99_ms <= 2 },
  day_close: { text: 'p50 <= 100 ms', ok: (f) => f.p50_ms <= 100 },
  monthly_report: { text: 'p50 <= 100 ms', ok: (f) => f.p50_ms <= 100 },
  dashboard: { text: 'p50 <= 100 ms', ok: (f) => f.p50_ms <= 100 },
  gstr1: { text: 'p50 <= 100 ms', ok: (f) => f.p50_ms <= 100 },
  day_close_count: { text: 'p50 <= 100 ms', ok: (f) => f.p50_ms <= 100 },
  cold_start: { text: 'p50 <= 300 ms', ok: (f) => f.p50_ms <= 300 },
};

const pad = (s: string, n: number) => (s.length >= n ? s : s + ' '.repeat(n - s.length));
const lpad = (s: string, n: number) => (s.length >= n ? s : ' '.repeat(n - s.length) + s);
const num = (x: number | undefined, d = 3) => (x === undefined ? '' : x >= 100 ? String(Math.round(x)) : x.toFixed(d));

export function table(res: BenchResult): string {
  const out: string[] = [];
  out.push(`Hamar Hatri POS bench, size ${res.size}: ${res.shop.products} products, ${res.shop.sales} sales, ${res.shop.sale_lines} sale lines, db ${res.shop.db_mb} MB (generated in ${res.shop.generate_seconds} s)`);
  out.push(`${res.machine.cpus} x ${res.machine.cpu}, node ${res.node}, SQLite ${res.sqlite}`);
  out.push('');
  out.push([pad('measure', 20), lpad('per_s', 7), lpad('p50 ms', 9), lpad('p99 ms', 9), lpad('x bare', 7), '  ', pad('target', 24), 'verdict / note'].join(' '));
  for (const [name, f] of Object.entries(res.results) as [Measure, BenchResult['results'][Measure]][]) {
    const t = TARGETS[name];
    const verdict = t ? (res.size === 'large' || res.size === 'xlarge' ? (t.ok(f) ? 'met' : 'MISSED') : t.ok(f) ? '(met at this size)' : '(missed at this size)') : '';
    out.push([pad(name, 20), lpad(f.per_s === undefined ? '' : String(f.per_s), 7), lpad(num(f.p50_ms), 9), lpad(num(f.p99_ms), 9), lpad(f.baseline_ratio === undefined ? '' : f.baseline_ratio.toFixed(2), 7), '  ', pad(t?.text ?? '', 24), [verdict, f.note && !f.note.startsWith('loopback') ? f.note : ''].filter(Boolean).join('; ')].join(' '));
  }
  const range = (res.details as { range_reports?: Record<string, { p50_ms: number; p99_ms: number; baseline_ratio?: number; note?: string }> }).range_reports;
  if (range) {
    out.push('');
    out.push('range reports (reports.getRange through dispatch; target p50 <= 100 ms; x bare = over the bare SQL on the ledgers):');
    for (const [name, f] of Object.entries(range)) {
      out.push([pad(name, 34), lpad(num(f.p50_ms), 9), lpad(num(f.p99_ms), 9), lpad(f.baseline_ratio === undefined ? '' : f.baseline_ratio.toFixed(2), 7), '  ', f.p50_ms <= 100 ? 'p50 <= 100 ms' : 'p50 OVER 100 ms', f.note ?? ''].join(' '));
    }
  }
  out.push('');
  out.push(`RSS ${res.rss_mb} MB (fresh app process after a counter workload; target <= 150 MB)   db bytes per sale line ${res.db_bytes_per_sale_line} (bare writes: ${res.baseline.db_bytes_per_sale_line})`);
  const b = res.baseline as Record<string, { per_s?: number; p50_ms: number; p99_ms: number }>;
  out.push(`bare better-sqlite3: checkout ${b.checkout!.per_s}/s p50 ${num(b.checkout!.p50_ms)} p99 ${num(b.checkout!.p99_ms)} ms; lookup p50 ${num(b.lookup!.p50_ms)} ms; search p50 ${num(b.search!.p50_ms)} ms; page p50 ${num(b.page!.p50_ms)} ms; cold start p50 ${num(b.cold_start!.p50_ms, 1)} ms`);
  out.push(`bare SQL reports (over the ledgers, no summaries): day close p50 ${num(b.day_close!.p50_ms)} ms; monthly p50 ${num(b.monthly_report!.p50_ms)} ms; artisan statement p50 ${num(b.artisan_statement!.p50_ms)} ms; dashboard p50 ${num(b.dashboard!.p50_ms)} ms`);
  out.push('x bare = our median / the bare median (for checkouts: bare sales/s / ours). Reports are API calls through dispatch, as a manager.');
  out.push(`not generated: ${res.shop.missing.join('; ')}`);
  return out.join('\n');
}
