import { spawn } from 'node:child_process';
import { build } from 'esbuild';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { zodEnglishOnly } from '../scripts/zod-english-only.mjs';
import { summarize, type Figure } from './stats';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Bundle child.ts like the main process (esbuild, ESM, native modules external). */
export async function buildChild(): Promise<{ file: string; dispose(): void }> {
  // Inside the repo so the bundle resolves better-sqlite3 from node_modules; removed afterwards.
  const dir = fs.mkdtempSync(path.join(root, 'bench', '.tmp-child-'));
  const file = path.join(dir, 'child.mjs');
  try {
    // As scripts/build-main.mjs does: split, so what is imported on first use (printing's
    // picture renderer, the PDF writer and the native modules they load) stays off the start.
    await build({
      entryPoints: { child: path.join(root, 'bench', 'child.ts') }, outdir: dir, splitting: true, chunkNames: 'chunks/[name]-[hash]', outExtension: { '.js': '.mjs' },
      bundle: true, platform: 'node', target: 'node20', format: 'esm', logLevel: 'warning', plugins: [zodEnglishOnly],
      external: ['better-sqlite3', '@napi-rs/canvas', 'node-thermal-printer', 'pdfkit'],
      banner: { js: "import { createRequire as __hhCreateRequire } from 'node:module'; const require = __hhCreateRequire(import.meta.url);" },
    });
  } catch (e) {
    fs.rmSync(dir, { recursive: true, force: true });
    throw e;
  }
  return { file, dispose: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

interface ChildOut { wallMs: number; lines: Record<string, unknown>[] }

/** Spawn node on the child, time from spawn to its first line (the first answered call). */
export function runChild(child: string, args: string[], nodeArgs?: string[]): Promise<ChildOut> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    let wallMs = NaN;
    let out = '';
    // nodeArgs replaces the child script (e.g. -e CODE ROOT): then args follow it
    const p = spawn(process.execPath, nodeArgs ? [...nodeArgs, ...args.slice(1)] : [child, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    p.stdout.on('data', (d: Buffer) => {
      if (Number.isNaN(wallMs)) wallMs = performance.now() - t0;
      out += d.toString('utf8');
    });
    p.stderr.on('data', (d: Buffer) => (err += d.toString('utf8')));
    p.on('error', reject);
    p.on('close', (code) => {
      if (code !== 0) return reject(new Error(`child ${args[0]} exited ${code}: ${err.slice(0, 2000)}`));
      resolve({ wallMs, lines: out.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>) });
    });
  });
}

/** The floor: node, better-sqlite3 and one SELECT, nothing of the app loaded. */
const BARE = `
import { createRequire } from 'node:module';
const Database = createRequire(process.argv[1] + '/')('better-sqlite3');
const db = new Database(process.argv[2]);
db.pragma('journal_mode = WAL');
db.pragma('synchronous = FULL');
const row = db.prepare('SELECT shop_name FROM shop_settings WHERE id = 1').get();
process.stdout.write(JSON.stringify({ first: performance.now(), ok: row !== undefined }) + '\\n');
db.close();
`;

export async function measureColdStart(child: string, dbFile: string, runs: number): Promise<{ app: Figure; bare: Figure; split: Record<string, number> }> {
  const app: number[] = [];
  const bare: number[] = [];
  const split = { loaded_ms: 0, opened_ms: 0, first_ms: 0 };
  for (let i = 0; i < runs; i++) {
    bare.push((await runChild(child, ['bare', dbFile], ['--input-type=module', '-e', BARE, root])).wallMs);
    const out = await runChild(child, ['app', dbFile]);
    app.push(out.wallMs);
    const l = out.lines[0] as { loaded: number; opened: number; first: number };
    split.loaded_ms += l.loaded / runs;
    split.opened_ms += l.opened / runs;
    split.first_ms += l.first / runs;
  }
  return {
    app: summarize(app, { note: 'spawn node -> load the bundle -> createApp -> setup.status answered (OS file cache warm)' }),
    bare: summarize(bare, { note: 'spawn node -> better-sqlite3 open -> one SELECT' }),
    split: Object.fromEntries(Object.entries(split).map(([k, v]) => [k, Math.round(v * 10) / 10])),
  };
}

/** A fresh process: open, first call, then a counter's workload; its RSS at the end. */
export async function measureWorkingSet(child: string, dbFile: string, work: { pool: unknown[]; barcodes: string[]; cashierId: number; n: number }) {
  const spec = path.join(os.tmpdir(), `hh-bench-work-${process.pid}.json`);
  fs.writeFileSync(spec, JSON.stringify(work));
  try {
    const out = await runChild(child, ['work', dbFile, spec]);
    const end = out.lines[1] as { rss: number; heapUsed: number; firstPageMs: number; failures: number };
    if (end.failures > 0) throw new Error(`${end.failures} calls failed in the workload child`);
    return { rssMb: Math.round((end.rss / 1_048_576) * 10) / 10, heapMb: Math.round((end.heapUsed / 1_048_576) * 10) / 10, firstPageMs: Math.round(end.firstPageMs * 1000) / 1000 };
  } finally {
    fs.rmSync(spec, { force: true });
  }
}
