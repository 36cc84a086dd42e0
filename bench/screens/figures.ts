/** The screen benchmark's figures: percentiles of what the page saw, beside the server's own time for the same calls. */
import { percentile } from '../stats';

export interface ServerTwin {
  /** The API method(s) the screen waited on. */
  method: string;
  n: number;
  p50_ms: number;
  p99_ms: number;
}

export interface ScreenFigure {
  n: number;
  p50_ms: number;
  p95_ms: number;
  p99_ms: number;
  max_ms: number;
  /** The issue's goal for it at the large size, e.g. 'p99 <= 50 ms'. */
  goal?: string;
  met?: boolean;
  /** The server's dispatch time (its Server-Timing header) for the calls made meanwhile. */
  server?: ServerTwin;
  /** page p50 / server p50: how many times the server's time the cashier waits. */
  ratio_p50?: number;
  note?: string;
}

const r2 = (x: number) => Math.round(x * 100) / 100;
const r3 = (x: number) => Math.round(x * 1000) / 1000;

export function screenFigure(samples: number[], opts: { goal?: { p: 50 | 95 | 99 | 'max'; ms: number }; server?: ServerTwin; note?: string } = {}): ScreenFigure {
  const s = [...samples].sort((a, b) => a - b);
  const f: ScreenFigure = { n: s.length, p50_ms: r2(percentile(s, 50)), p95_ms: r2(percentile(s, 95)), p99_ms: r2(percentile(s, 99)), max_ms: r2(s[s.length - 1] ?? NaN) };
  if (opts.goal) {
    const { p, ms } = opts.goal;
    f.goal = `${p === 'max' ? 'max' : `p${p}`} <= ${ms} ms`;
    const got = p === 'max' ? f.max_ms : p === 50 ? f.p50_ms : p === 95 ? f.p95_ms : f.p99_ms;
    f.met = got <= ms;
  }
  if (opts.server && opts.server.n > 0) {
    f.server = opts.server;
    f.ratio_p50 = r2(f.p50_ms / Math.max(opts.server.p50_ms, 0.001));
  }
  if (opts.note) f.note = opts.note;
  return f;
}

/** One API call as the page's resource timing saw it (see in-page.js, B.api). */
export interface ApiEntry {
  method: string;
  start: number;
  ms: number;
  server: number | null;
}

/** The server's time for the calls of `method` (a prefix match: 'catalog.' takes every catalogue call). */
export function serverTwin(entries: ApiEntry[], method: string): ServerTwin {
  const ms = entries.filter((e) => e.method.startsWith(method) && e.server !== null).map((e) => e.server!).sort((a, b) => a - b);
  return { method, n: ms.length, p50_ms: r3(percentile(ms, 50)), p99_ms: r3(percentile(ms, 99)) };
}

/** The heap's warm-up: compiled code and caches fill over the first ~300 sales, then it levels off (1,000 sales, 2026-12-07). */
export const HEAP_WARM_SALES = 300;
/** Flat: under this many MB per 100 sales (a steady 0.1 is a leak, however small). */
export const HEAP_FLAT_MB_PER_100 = 0.02;

/** Least-squares slope of MB over sales, per 100 sales. */
function slopePer100(pts: { sales: number; mb: number }[]): number {
  const n = pts.length;
  const mx = pts.reduce((a, p) => a + p.sales, 0) / n;
  const my = pts.reduce((a, p) => a + p.mb, 0) / n;
  const sxx = pts.reduce((a, p) => a + (p.sales - mx) ** 2, 0);
  return sxx === 0 ? 0 : (pts.reduce((a, p) => a + (p.sales - mx) * (p.mb - my), 0) / sxx) * 100;
}

/**
 * Does the page's heap grow with sales? A leak keeps growing; warming up levels off. So with
 * samples past the warm-up (at least four, from HEAP_WARM_SALES on) flatness is judged on their
 * fitted slope; a shorter run can only give the end-to-end slope from sale 100, which counts the
 * warm-up as growth.
 */
export function heapGrowth(mb: { sales: number; mb: number }[]) {
  const first = mb.find((h) => h.sales > 0) ?? mb[0]!;
  const last = mb.at(-1)!;
  const fromFirst = last.sales > first.sales ? ((last.mb - first.mb) / (last.sales - first.sales)) * 100 : 0;
  const warm = mb.filter((h) => h.sales >= HEAP_WARM_SALES);
  const fromWarm = warm.length >= 4 ? slopePer100(warm) : undefined;
  const judged = fromWarm ?? fromFirst;
  return {
    growth_mb_per_100_sales: r3(fromFirst),
    ...(fromWarm !== undefined ? { growth_mb_per_100_sales_from_300: r3(fromWarm) } : {}),
    flat: judged < HEAP_FLAT_MB_PER_100,
    flat_judged_on: fromWarm !== undefined ? `the fitted slope from sale ${HEAP_WARM_SALES} on (${warm.length} samples)` : `sale ${first.sales} to ${last.sales} (too short a run to leave out the warm-up)`,
  };
}
