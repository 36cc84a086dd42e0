/** The screen benchmark's table: each figure beside its goal and the server's own time for the same calls. */
import type { ScreenResult } from './harness';

export function screenTable(r: ScreenResult): string {
  const rows = [['measure', 'n', 'p50 ms', 'p95 ms', 'p99 ms', 'max ms', 'goal', 'met', 'server (method: p50 / p99 ms)', 'x server p50']];
  for (const [name, f] of Object.entries(r.results)) {
    rows.push([
      name, String(f.n), String(f.p50_ms), String(f.p95_ms), String(f.p99_ms), String(f.max_ms), f.goal ?? '', f.met === undefined ? '' : f.met ? 'yes' : 'NO',
      f.server ? `${f.server.method || 'all'}: ${f.server.p50_ms} / ${f.server.p99_ms} (n ${f.server.n})` : '', f.ratio_p50 === undefined ? '' : String(f.ratio_p50),
    ]);
  }
  const w = rows[0]!.map((_, i) => Math.max(...rows.map((x) => x[i]!.length)));
  const lines = rows.map((x) => x.map((c, i) => c.padEnd(w[i]!)).join('  '));
  lines.splice(1, 0, w.map((n) => '-'.repeat(n)).join('  '));
  const h = r.heap;
  lines.push('', `JS heap after GC (MB) by sales: ${h.mb.map((x) => `${x.sales}: ${x.mb}`).join(', ')}; growth ${h.growth_mb_per_100_sales} MB per 100 sales (${h.flat ? 'flat' : 'GROWS'})${h.growth_mb_per_100_sales_from_300 !== undefined ? `; from sale 300 on ${h.growth_mb_per_100_sales_from_300} MB per 100` : ''}`);
  const parts = r.results.keystroke_to_list?.parts;
  if (parts) {
    lines.push(`keystroke -> list, split (p50 / p99 / mean of the slowest 5 %): ${Object.entries(parts.by).map(([k, v]) => `${k} ${v.p50_ms} / ${v.p99_ms} / ${v.slowest_5pct_mean_ms}`).join('; ')}`);
  }
  lines.push(`scrolling: ${r.scroll.long_tasks.n} long tasks (> 50 ms), ${r.scroll.long_tasks.total_ms} ms in all, longest ${r.scroll.long_tasks.max_ms} ms; ${r.scroll.pages_fetched} pages fetched; a frame's scroll event -> rows laid out p50 ${r.scroll.per_frame.render_and_layout.p50_ms} / p95 ${r.scroll.per_frame.render_and_layout.p95_ms} ms, of which style and layout ${r.scroll.per_frame.layout.p50_ms} / ${r.scroll.per_frame.layout.p95_ms} ms`);
  lines.push(`load average at start ${r.loadavg_start.join(' ')}, at the end ${r.loadavg_end.join(' ')} (${r.machine.cpus} x ${r.machine.cpu}); Chromium ${r.chromium}`);
  return lines.join('\n');
}
