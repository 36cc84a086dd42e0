/**
 * What the Sell page keeps per sale (bench/README.md, "The heap after 500 sales"): the screen
 * bench's sales on a shop, a heap snapshot (CDP HeapProfiler) after `--warm` sales and another after
 * `--sales` more, then the objects of the second that the first did not have, grouped by what they
 * are and by the oldest object holding them (the retainer the leak hangs on). By hand:
 *
 *   npx vite build --minify false   # readable names in the snapshot (then build normally again)
 *   npx tsx bench/screens/heap-retainers.ts [--size tiny] [--warm 50] [--sales 100] [--top 25] [--all] [--only MediaQuery]
 *
 * DevTools' own network log (NetworkResourcesData, kept while Playwright listens) is left out, and
 * without --all so is compiled code (the JIT warming up and replacing itself, not growth).
 */
import type { CDPSession } from 'playwright-core';
import { arg } from '../cli';
import { SHOP_SIZES } from '../generate';
import { startScreens } from './harness';
import { measureSales } from './measures';

interface Snapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[]]; edge_fields: string[]; edge_types: [string[]] } };
  nodes: number[];
  edges: number[];
  strings: string[];
}

async function takeSnapshot(cdp: CDPSession): Promise<Snapshot> {
  const chunks: string[] = [];
  const onChunk = (e: { chunk: string }) => chunks.push(e.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  return JSON.parse(chunks.join('')) as Snapshot;
}

/** The snapshot as arrays: each node's kind, name, id, size and its retainers (node, edge name). */
function index(s: Snapshot) {
  const nf = s.snapshot.meta.node_fields;
  const ef = s.snapshot.meta.edge_fields;
  const nodeTypes = s.snapshot.meta.node_types[0];
  const edgeTypes = s.snapshot.meta.edge_types[0];
  const N = nf.length;
  const E = ef.length;
  const count = s.nodes.length / N;
  const [iType, iName, iId, iSize, iEdges] = ['type', 'name', 'id', 'self_size', 'edge_count'].map((f) => nf.indexOf(f)) as [number, number, number, number, number];
  const [eType, eName, eTo] = ['type', 'name_or_index', 'to_node'].map((f) => ef.indexOf(f)) as [number, number, number];
  const retainers: [number, string][][] = Array.from({ length: count }, () => []);
  let e = 0;
  for (let n = 0; n < count; n++) {
    const edges = s.nodes[n * N + iEdges]!;
    for (let k = 0; k < edges; k++, e += E) {
      const type = edgeTypes[s.edges[e + eType]!]!;
      if (type === 'weak' || type === 'shortcut') continue;
      const raw = s.edges[e + eName]!;
      const name = type === 'element' || type === 'hidden' ? `[${raw}]` : s.strings[raw]!;
      retainers[s.edges[e + eTo]! / N]!.push([n, `${type}:${name}`]);
    }
  }
  const kind = (n: number) => nodeTypes[s.nodes[n * N + iType]!]!;
  const name = (n: number) => s.strings[s.nodes[n * N + iName]!]!;
  const label = (n: number) => `${kind(n)} ${name(n).slice(0, 80)}`;
  return { count, id: (n: number) => s.nodes[n * N + iId]!, size: (n: number) => s.nodes[n * N + iSize]!, kind, name, label, retainers };
}

const size = SHOP_SIZES[arg('size') ?? 'tiny']!;
const warm = Number(arg('warm') ?? 50);
const all = process.argv.includes('--all');
const only = arg('only'); // e.g. --only MediaQuery: the holders of those objects alone
const sales = Number(arg('sales') ?? 100);
const top = Number(arg('top') ?? 25);
const run = await startScreens({ size, log: (m) => console.error(m) });
try {
  const { page, codes, printer } = run;
  // One session throughout: object ids stay the same from one snapshot to the next only while its HeapProfiler is on.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  await measureSales(page, codes, warm, printer, () => {}, 1_000_000, cdp);
  const before = index(await takeSnapshot(cdp));
  await measureSales(page, codes, sales, printer, () => {}, 1_000_000, cdp);
  const after = index(await takeSnapshot(cdp));
  await cdp.detach();

  if (process.env.HH_HEAP_DEBUG) {
    const ids = (x: typeof before) => { const m: number[] = []; for (let n = 0; n < x.count; n++) if (x.kind(n) === 'object' && x.name(n) === 'Object') m.push(x.id(n)); return m; };
    const a = ids(before); const b = ids(after); const sa = new Set(a);
    console.error('Objects before', a.length, 'after', b.length, 'after∩before', b.filter((i) => sa.has(i)).length, 'max id before', Math.max(...a), 'after ids > max', b.filter((i) => i > Math.max(...a)).length);
  }
  const old = new Set<number>();
  for (let n = 0; n < before.count; n++) old.add(before.id(n));
  const isNew = (n: number) => !old.has(after.id(n));
  const devtools = (n: number) => /NetworkResourcesData|InspectorNetworkAgent/.test(after.name(n));
  const counted = (n: number) => all || (after.kind(n) !== 'code' && !/^system \/ (?!Context)/.test(after.name(n)));
  const byWhat = new Map<string, { n: number; bytes: number }>();
  const byHolder = new Map<string, { n: number; bytes: number; sample: string }>();
  let total = 0;
  for (let n = 0; n < after.count; n++) {
    if (!isNew(n) || devtools(n) || !counted(n) || (only && !after.name(n).includes(only))) continue;
    total += after.size(n);
    const what = after.label(n);
    const w = byWhat.get(what) ?? { n: 0, bytes: 0 };
    w.n++;
    w.bytes += after.size(n);
    byWhat.set(what, w);
    // Up the retainers through new objects to the first old one: the holder of this growth.
    const path: string[] = [];
    let at = n;
    const seen = new Set<number>();
    for (let depth = 0; depth < 12 && isNew(at) && !seen.has(at); depth++) {
      seen.add(at);
      const r = after.retainers[at]!.find(([from]) => !devtools(from));
      if (!r) break;
      path.push(r[1]);
      at = r[0];
    }
    const holder = isNew(at) ? '(only new objects)' : `${after.label(at)} .${path.at(-1) ?? ''}`;
    const h = byHolder.get(holder) ?? { n: 0, bytes: 0, sample: '' };
    h.n++;
    h.bytes += after.size(n);
    h.sample ||= `${what} <- ${path.join(' <- ')}`;
    byHolder.set(holder, h);
  }
  // Net growth by what: new objects alone overstate it (the JIT replaces code, and Blink's objects get new ids in each snapshot).
  const net = new Map<string, { n: number; bytes: number }>();
  for (const [snap, sign] of [[before, -1], [after, 1]] as const) {
    for (let n = 0; n < snap.count; n++) {
      const what = `${snap.kind(n)} ${snap.name(n).slice(0, 60)}`;
      const w = net.get(what) ?? { n: 0, bytes: 0 };
      w.n += sign;
      w.bytes += sign * snap.size(n);
      net.set(what, w);
    }
  }
  const list = (m: Map<string, { n: number; bytes: number; sample?: string }>) =>
    [...m].sort((a, b) => b[1].bytes - a[1].bytes).slice(0, top).map(([k, v]) => `${String(v.n).padStart(6)} ${String(v.bytes).padStart(8)} B  ${k}${v.sample ? `\n${' '.repeat(18)}e.g. ${v.sample}` : ''}`);
  let netBytes = 0;
  for (const v of net.values()) netBytes += v.bytes;
  console.log(`${sales} sales after ${warm}: the snapshot grew by ${Math.round(netBytes / 1024)} kB; net growth by what:`);
  console.log([...net].filter(([, v]) => v.bytes !== 0).sort((a, b) => b[1].bytes - a[1].bytes).slice(0, top).map(([k, v]) => `${String(v.n).padStart(6)} ${String(v.bytes).padStart(8)} B  ${k}`).join('\n'));
  console.log(`\n${Math.round(total / 1024)} kB in objects the first snapshot did not have (DevTools' network log left out${all ? '' : ', and code'})`);
  console.log('\nby what they are:');
  console.log(list(byWhat).join('\n'));
  console.log('\nby the oldest object holding them:');
  console.log(list(byHolder).join('\n'));
} finally {
  await run.close();
}
