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
