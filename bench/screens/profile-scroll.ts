/**
 * Why a catalogue scroll frame misses its vsync (#17, scrolling p95 <= 20 ms): the screen bench's
 * scroll, run `--runs` times on a shop, each frame over 20 ms told apart by what happened in it:
 * a page of rows arrived (its response ended in the frame), rows still waiting ("…") were painted,
 * a long task ran. With --trace, the main thread's trace events inside the slow frames, by kind.
 *
 * With --cold, each run in a new browser context (a new renderer: no text shaped, no code compiled
 * yet for the table), as the screen bench's one scroll is.
 *
 * With --warm-at ROW, each run first scrolls --warm-rows (1,000) other rows from ROW, unmeasured.
 * With --cpu and HH_PROFILE_DUMP=/tmp/prof, each run's CPU profile is also written as JSON.
 *
 *   npx tsx bench/screens/profile-scroll.ts [--reuse /tmp/hh-large] [--runs 5] [--rows 5000] [--sales N] [--between N] [--cold] [--warm-at ROW [--warm-rows N]] [--trace] [--cpu]
 */
import { arg } from '../cli';
import { SHOP_SIZES } from '../generate';
import { startScreens } from './harness';
import { percentile } from '../stats';
import { CATALOG_CELL, measureSales, newPage, perFrameWork, sellReady, spread, VIEWPORT } from './measures';
import type { ApiEntry } from './figures';
import { addSelfTimes, enableProfiler, mainThread, topLines, type TraceEvent } from './page-profile';

type Frame = { ts: number; blank: boolean; work: number | null; layout: number };
type Run = { frames: number[]; at: Frame[]; longTasks: { start: number; ms: number }[]; t0: number; t1: number };

const reuse = arg('reuse');
const runs = Number(arg('runs') ?? 5);
const rows = Number(arg('rows') ?? 5_000);
const perFrame = Number(arg('per-frame') ?? 20);
const tracing = process.argv.includes('--trace');
const s = await startScreens({ size: SHOP_SIZES[arg('size') ?? (reuse ? 'large' : 'tiny')]!, ...(reuse ? { dir: reuse, reuse: true } : {}), log: console.log });
const slowKinds = new Map<string, number>();
const cpu = process.argv.includes('--cpu');
const cold = process.argv.includes('--cold');
const self = new Map<string, number>();
try {
  const state = await s.ctx.storageState();
  // --sales N: ring up N sales first, as the screen bench does before its one scroll
  if (arg('sales')) await measureSales(s.page, s.codes, Number(arg('sales')), s.printer, console.log);
  let cdp = await s.page.context().newCDPSession(s.page);
  if (cpu) await enableProfiler(cdp);
  const metrics = async () => {
    const m = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
    const keep = ['Nodes', 'JSEventListeners', 'LayoutObjects', 'Documents', 'JSHeapUsedSize'];
    return m.metrics.filter((x) => keep.includes(x.name)).map((x) => `${x.name} ${Math.round(x.value)}`).join(', ');
  };
  await cdp.send('Performance.enable');
  for (let i = 0; i < runs; i++) {
    // --between N: ring up N sales before each run after the first (does the page slow down as it sells?)
    if (i > 0 && arg('between')) await measureSales(s.page, s.codes, Number(arg('between')), s.printer, () => {});
    if (cold && i > 0) {
      await s.page.context().close();
      const ctx = await s.browser.newContext({ viewport: VIEWPORT, storageState: state });
      s.page = await newPage(ctx);
      await s.page.goto(s.server.url);
      await sellReady(s.page);
      cdp = await ctx.newCDPSession(s.page);
      if (cpu) await enableProfiler(cdp);
    }
    await s.page.keyboard.press('F3');
    await s.page.locator(CATALOG_CELL).first().waitFor();
    // to try a style change without a build (a constructed sheet: the app's CSP refuses a <style>)
    if (arg('css')) await s.page.evaluate((css) => {
      const g = globalThis as any; // page code: node's types have no DOM
      const sheet = new g.CSSStyleSheet();
      sheet.replaceSync(css);
      g.document.adoptedStyleSheets = [...g.document.adoptedStyleSheets, sheet];
    }, arg('css')!);
    // --warm-at ROW: first scroll 1,000 other rows from ROW (unmeasured), then back to the top:
    // is a slow first scroll the page's code and text shaping being cold, or these rows' text?
    if (arg('warm-at')) {
      // scroll to that row (the rows' own height) and wait for its page
      const showRow = async (row: number) => {
        await s.page.evaluate((n) => {
          const b = (globalThis as any).document.querySelector('[data-testid="stock-table"] .vtable-body');
          b.scrollTop = n * b.querySelector('[aria-rowindex]').getBoundingClientRect().height;
        }, row);
        await s.page.waitForTimeout(300);
        await s.page.locator(CATALOG_CELL).first().waitFor();
      };
      await showRow(Number(arg('warm-at')));
      await s.page.evaluate(([n, p]) => (globalThis as any).__hhb.scroll(n, p), [Number(arg('warm-rows') ?? 1_000), perFrame] as const);
      await showRow(0);
    }
    console.log(`  page before the scroll: ${await metrics()}`);
    if (tracing) await s.browser.startTracing(s.page, { categories: ['devtools.timeline', 'blink', 'blink.user_timing', 'v8'] });
    // the page's clock and the trace's differ by an offset: the trace marks one instant to find it
    if (cpu) await cdp.send('Profiler.start');
    const mark = await s.page.evaluate(() => { performance.mark('hh-scroll-start'); return performance.now(); });
    const r = await s.page.evaluate(([n, p]) => (globalThis as any).__hhb.scroll(n, p) as Promise<Run>, [rows, perFrame] as const);
    if (cpu) await addSelfTimes(cdp, self);
    const api = await s.page.evaluate(([a, b]) => (globalThis as any).__hhb.api(a, b) as (ApiEntry & { start: number; ms: number })[], [r.t0, r.t1] as const);
    const pages = api.filter((e) => e.method === 'catalog.page');
    const slowIdx: number[] = [];
    let slow = 0, withPage = 0, withBlank = 0, withLong = 0;
    const slowAt: [number, number][] = [];
    for (let k = 1; k < r.at.length; k++) {
      const a = r.at[k - 1]!.ts, b = r.at[k]!.ts;
      if (b - a <= 20) continue;
      slow++;
      slowAt.push([a, b]);
      slowIdx.push(k);
      if (pages.some((e) => e.start + e.ms > a && e.start + e.ms <= b)) withPage++;
      if (r.at[k]!.blank || r.at[k - 1]!.blank) withBlank++;
      if (r.longTasks.some((l) => l.start < b && l.start + l.ms > a)) withLong++;
    }
    const { render_and_layout: work, layout } = perFrameWork(r.at);
    console.log(`  scroll event -> rows laid out: p50 ${work.p50_ms} ms, p95 ${work.p95_ms} ms; of which style and layout: p50 ${layout.p50_ms} ms, p95 ${layout.p95_ms} ms`);
    const p95 = percentile([...r.frames].sort((x, y) => x - y), 95);
    console.log(`run ${i + 1}: ${r.frames.length} frames, p95 ${p95.toFixed(1)} ms, ${slow} over 20 ms (${withPage} a page arrived in, ${withBlank} beside "…" rows, ${withLong} with a long task); ${pages.length} pages, fetch p50 ${spread(pages.map((e) => e.ms)).p50_ms} ms; ${r.at.filter((f) => f.blank).length} frames with "…"; slow frames at ${slowIdx.join(' ')}`);
    if (tracing) {
      const raw = (await s.browser.stopTracing()).toString('utf8');
      if (arg('trace-dir')) (await import('node:fs')).writeFileSync(`${arg('trace-dir')}/scroll-${i + 1}.json`, JSON.stringify({ raw: JSON.parse(raw), mark, at: r.at, pages }));
      const events = (JSON.parse(raw) as { traceEvents: TraceEvent[] }).traceEvents;
      const main = mainThread(events);
      const m = events.find((e) => e.name === 'hh-scroll-start');
      if (!m) continue;
      const offset = m.ts / 1000 - mark; // trace ms minus page ms
      for (const e of events) {
        if (e.ph !== 'X' || e.tid !== main || !e.dur) continue;
        const start = e.ts / 1000 - offset;
        if (slowAt.some(([a, b]) => start >= a && start < b)) slowKinds.set(e.name, (slowKinds.get(e.name) ?? 0) + e.dur / 1000);
      }
    }
    await s.page.keyboard.press('F1');
    await s.page.getByTestId('sell-search').waitFor();
  }
  if (cpu) {
    console.log(`page CPU over the scrolls, by self time (${[...self.values()].reduce((a, b) => a + b, 0).toFixed(0)} ms sampled):`);
    for (const line of topLines(self, 30)) console.log(line);
  }
  if (tracing) {
    console.log('main-thread trace events inside the slow frames, by total time (nested events counted in each):');
    for (const line of topLines(slowKinds, 25)) console.log(line);
  }
} finally {
  await s.close();
}

