/** One measured figure: throughput (for writes), median and 99th percentile latency. */
export interface Figure {
  per_s?: number;
  p50_ms: number;
  p99_ms: number;
  baseline_ratio?: number;
  n: number;
  /** What was measured when it is not plainly the API call (e.g. a baseline's query). */
  note?: string;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

const r3 = (x: number) => Math.round(x * 1000) / 1000;

export function summarize(samplesMs: number[], opts: { totalMs?: number; note?: string } = {}): Figure {
  const s = [...samplesMs].sort((a, b) => a - b);
  const f: Figure = { p50_ms: r3(percentile(s, 50)), p99_ms: r3(percentile(s, 99)), n: s.length };
  if (opts.totalMs !== undefined) f.per_s = Math.round((s.length / opts.totalMs) * 1000);
  if (opts.note) f.note = opts.note;
  return f;
}

/** Run fn n times after `warmup` untimed runs; each call timed, and the whole loop. */
export function timeLoop(n: number, fn: (i: number) => void, warmup = Math.min(200, Math.ceil(n / 10))): { samples: number[]; totalMs: number } {
  for (let i = 0; i < warmup; i++) fn(-1 - i);
  const samples = new Array<number>(n);
  const t0 = performance.now();
  for (let i = 0; i < n; i++) {
    const a = performance.now();
    fn(i);
    samples[i] = performance.now() - a;
  }
  return { samples, totalMs: performance.now() - t0 };
}

/** ours / baseline, by median (and by throughput where both have one): how many times the bare figure. */
export function withRatio(ours: Figure, base: Figure | undefined): Figure {
  if (!base) return ours;
  const ratio = ours.per_s && base.per_s ? base.per_s / ours.per_s : ours.p50_ms / base.p50_ms;
  return { ...ours, baseline_ratio: Math.round(ratio * 100) / 100 };
}

/**
 * Time several contenders in alternating blocks, so a load that comes and goes on a shared
 * machine falls on all of them alike (the ratios stay fair even when the absolutes are noisy).
 */
export function interleave(fns: Record<string, () => void>, n: number, block = 250): Record<string, { samples: number[]; totalMs: number }> {
  const out = Object.fromEntries(Object.keys(fns).map((k) => [k, { samples: [] as number[], totalMs: 0 }]));
  for (let done = 0; done < n; done += block) {
    const m = Math.min(block, n - done);
    for (const [name, fn] of Object.entries(fns)) {
      const o = out[name]!;
      const t0 = performance.now();
      for (let i = 0; i < m; i++) {
        const a = performance.now();
        fn();
        o.samples.push(performance.now() - a);
      }
      o.totalMs += performance.now() - t0;
    }
  }
  return out;
}
