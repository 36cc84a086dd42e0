/**
 * Where the page's time goes while a person types into the counter's search (#17, keystroke -> list):
 * the screen bench's typing rounds on a shop with the page's CPU profile running (CDP Profiler,
 * 200 us samples); prints the figure, then the functions with the most self time. By hand:
 *
 *   npx tsx bench/screens/profile-typing.ts [--reuse /tmp/hh-large] [--rounds 10] [--top 25] [--trace FILE.json]
 */
import { arg } from '../cli';
import { SHOP_SIZES } from '../generate';
import { SEARCH_TERMS, startScreens } from './harness';
import { measureSearch } from './measures';
import { addSelfTimes, enableProfiler, mainThread, topLines, type TraceEvent } from './page-profile';

const reuse = arg('reuse');
const rounds = Number(arg('rounds') ?? 10);
const top = Number(arg('top') ?? 25);
const s = await startScreens({ size: SHOP_SIZES[arg('size') ?? (reuse ? 'large' : 'tiny')]!, ...(reuse ? { dir: reuse, reuse: true } : {}), log: console.log });
try {
  const cdp = await s.page.context().newCDPSession(s.page);
  await enableProfiler(cdp);
  await s.browser.startTracing(s.page, { categories: ['devtools.timeline', 'blink', 'v8'] });
  await cdp.send('Profiler.start');
  const fig = await measureSearch(s.page, SEARCH_TERMS, rounds);
  const raw = (await s.browser.stopTracing()).toString('utf8');
  const out = arg('trace');
  if (out) (await import('node:fs')).writeFileSync(out, raw); // for chrome://tracing or Perfetto
  const trace = JSON.parse(raw) as { traceEvents: TraceEvent[] };
  // Blink's own work on the page's main thread, by kind (what "(program)" is in the CPU profile)
  const main = mainThread(trace.traceEvents);
  const kinds = new Map<string, number>();
  for (const e of trace.traceEvents) if (e.ph === 'X' && e.tid === main && e.dur) kinds.set(e.name, (kinds.get(e.name) ?? 0) + e.dur / 1000);
  console.log('main-thread trace events by total time (nested events counted in each):');
  for (const line of topLines(kinds, top)) console.log(line);
  const self = new Map<string, number>();
  await addSelfTimes(cdp, self);
  console.log(JSON.stringify(fig));
  console.log(`page CPU over the typing: ${[...self.values()].reduce((a, b) => a + b, 0).toFixed(0)} ms sampled`);
  for (const line of topLines(self, top)) console.log(line);
} finally {
  await s.close();
}
