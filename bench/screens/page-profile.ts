/** The page's CPU profile and trace, read the same way by the screen bench's profilers (profile-typing, profile-scroll). */
import type { CDPSession } from 'playwright-core';

type Profile = { nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[]; samples: number[]; timeDeltas: number[] };
export type TraceEvent = { name: string; ph: string; ts: number; dur?: number; tid: number; args?: { name?: string } };

/** CDP's sampling profiler on, at 200 us a sample. */
export async function enableProfiler(cdp: CDPSession): Promise<void> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
}

/** Stop the profiler and add each function's self time (ms) into `into`, keyed "name file:line". */
export async function addSelfTimes(cdp: CDPSession, into: Map<string, number>): Promise<void> {
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
  // HH_PROFILE_DUMP=/tmp/prof: the whole profile too, to read callers (who calls appendChild?)
  if (process.env.HH_PROFILE_DUMP) (await import('node:fs')).writeFileSync(`${process.env.HH_PROFILE_DUMP}-${Date.now()}.json`, JSON.stringify(profile));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  profile.samples.forEach((id, i) => {
    const n = byId.get(id)!;
    const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
    into.set(k, (into.get(k) ?? 0) + profile.timeDeltas[i]! / 1000);
  });
}

/** The page's main thread in a trace (Blink's own work runs there). */
export const mainThread = (events: TraceEvent[]) => events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')?.tid;

/** The `top` biggest of a name -> ms map, one line each. */
export const topLines = (m: Map<string, number>, top: number) =>
  [...m].sort((a, b) => b[1] - a[1]).slice(0, top).map(([k, v]) => `${v.toFixed(1).padStart(8)} ms  ${k}`);
