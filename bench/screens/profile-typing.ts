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

const reuse = arg('reuse');
const rounds = Number(arg('rounds') ?? 10);
const top = Number(arg('top') ?? 25);
const s = await startScreens({ size: SHOP_SIZES[arg('size') ?? (reuse ? 'large' : 'tiny')]!, ...(reuse ? { dir: reuse, reuse: true } : {}), log: console.log });
try {
  const cdp = await s.page.context().newCDPSession(s.page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await s.browser.startTracing(s.page, { categories: ['devtools.timeline', 'blink', 'v8'] });
  await cdp.send('Profiler.start');
  const fig = await measureSearch(s.page, SEARCH_TERMS, rounds);
  const raw = (await s.browser.stopTracing()).toString('utf8');
  const out = arg('trace');
  if (out) (await import('node:fs')).writeFileSync(out, raw); // for chrome://tracing or Perfetto
  const trace = JSON.parse(raw) as { traceEvents: { name: string; ph: string; dur?: number; tid: number }[] };
  // Blink's own work on the page's main thread, by kind (what "(program)" is in the CPU profile)
  const main = trace.traceEvents.find((e) => e.name === 'thread_name' && (e as unknown as { args: { name: string } }).args.name === 'CrRendererMain')?.tid;
  const kinds = new Map<string, number>();
  for (const e of trace.traceEvents) if (e.ph === 'X' && e.tid === main && e.dur) kinds.set(e.name, (kinds.get(e.name) ?? 0) + e.dur);
  console.log('main-thread trace events by total time (nested events counted in each):');
  for (const [k, v] of [...kinds].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${(v / 1000).toFixed(1).padStart(8)} ms  ${k}`);
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: { nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[]; samples: number[]; timeDeltas: number[] } };
  console.log(JSON.stringify(fig));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const n = byId.get(id)!;
    const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
    self.set(k, (self.get(k) ?? 0) + profile.timeDeltas[i]!);
    total += profile.timeDeltas[i]!;
  });
  console.log(`page CPU over the typing: ${(total / 1000).toFixed(0)} ms sampled`);
  for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${(v / 1000).toFixed(1).padStart(8)} ms  ${k}`);
} finally {
  await s.close();
}
