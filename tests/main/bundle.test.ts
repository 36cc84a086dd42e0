import { builtinModules } from 'node:module';
/**
 * The built main process, not just its sources: bundle with scripts/build-main.mjs, then run the
 * real out/ files under plain Node with a stand-in 'electron' (the binary cannot run here).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSP } from '../../src/main/csp';

const root = path.resolve(import.meta.dirname, '..', '..');
// Inside node_modules so the bundle resolves better-sqlite3 the way out/main does.
fs.mkdirSync(path.join(root, 'node_modules', '.cache'), { recursive: true });
const work = fs.mkdtempSync(path.join(root, 'node_modules', '.cache', 'hh-main-bundle-'));
const outDir = path.join(work, 'out');

beforeAll(() => {
  execFileSync(process.execPath, ['scripts/build-main.mjs', `--outdir=${outDir}`], { cwd: root, stdio: 'pipe' });
  fs.writeFileSync(path.join(outDir, 'package.json'), '{ "type": "module" }\n');
});
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

function runMain(): Record<string, any> {
  const resources = path.join(work, 'resources');
  fs.mkdirSync(path.join(resources, 'native'), { recursive: true });
  fs.copyFileSync(path.join(root, 'node_modules/better-sqlite3/build/Release/better_sqlite3.node'), path.join(resources, 'native', 'better_sqlite3.node'));
  const hooks = pathToFileURL(path.join(import.meta.dirname, 'fixtures', 'electron-hooks.mjs')).href;
  const register = `data:text/javascript,import{register}from'node:module';register(${JSON.stringify(hooks)});`;
  const r = spawnSync(process.execPath, ['--import', register, path.join(outDir, 'index.js')], {
    cwd: work,
    encoding: 'utf8',
    timeout: 20_000,
    env: { ...process.env, HH_RESOURCES: resources, HH_USERDATA: path.join(work, 'userData'), HH_APPPATH: path.join(work, 'app.asar') },
  });
  const line = r.stdout.split('\n').find((l) => l.startsWith('HH-REPORT '));
  if (!line) throw new Error(`no report (status ${r.status}):\n${r.stdout}\n${r.stderr}`);
  return JSON.parse(line.slice('HH-REPORT '.length));
}

describe('built main process', () => {
  it('preload.cjs is CommonJS and needs nothing but electron', () => {
    const code = fs.readFileSync(path.join(outDir, 'preload.cjs'), 'utf8');
    expect(code).not.toMatch(/^\s*import\s/m);
    expect([...code.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1])).toEqual(['electron']);
    expect(code).toContain('"hh:call"');
    expect(code.length).toBeLessThan(2000); // no zod or core dragged in
  });

  it('index.js keeps native and Electron modules external', () => {
    const builtin = new Set(builtinModules);
    const externals = (file: string) =>
      new Set([...fs.readFileSync(file, 'utf8').matchAll(/^import .* from "([^"]+)";$/gm)].map((m) => m[1] as string).filter((s) => !s.startsWith('node:') && !s.startsWith('.') && !builtin.has(s)));
    // What starts with the app: the database and Electron only.
    expect([...externals(path.join(outDir, 'index.js'))].sort()).toEqual(['better-sqlite3', 'electron']);
    // Printing's native canvas and pdfkit (it reads its font metrics from its own folder) load on first use, from chunks.
    const chunks = fs.readdirSync(path.join(outDir, 'chunks')).filter((f) => f.endsWith('.js'));
    const lazy = new Set(chunks.flatMap((f) => [...externals(path.join(outDir, 'chunks', f))]));
    expect([...lazy].sort()).toEqual(expect.arrayContaining(['@napi-rs/canvas', 'pdfkit']));
  });

  it('carries no barcode engine: bwip-js (1.6 MB) is required from node_modules when the first barcode is drawn', () => {
    const files = ['index.js', ...fs.readdirSync(path.join(outDir, 'chunks')).filter((f) => f.endsWith('.js')).map((f) => path.join('chunks', f))];
    const withBwipp = files.filter((f) => fs.readFileSync(path.join(outDir, f), 'utf8').includes('bwipp_'));
    expect(withBwipp).toEqual([]);
    expect(fs.statSync(path.join(outDir, 'index.js')).size).toBeLessThan(1_400_000);
  });

  it('runs: privileged scheme, one IPC channel, packaged native addon, a working call and the CSP', () => {
    const report = runMain();
    expect(report.errorBox).toBeNull();
    expect(report.switches).toEqual({ lang: 'en-IN' }); // date boxes read day/month/year
    expect(report.schemes).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
    expect(report.channels).toEqual(['hh:call', 'hh:a4pdf']); // the A4 PDF channel (#20 item 10)
    expect(report.url).toBe('app://pos/index.html');
    expect(report.preload).toBe(path.join(work, 'app.asar', 'out', 'main', 'preload.cjs'));
    expect(report.status).toMatchObject({ ok: true, value: { setUp: false } });
    expect(report.csp).toBe(CSP);
    expect(report.menu).toEqual(['दुकान', 'देखें', 'मदद']); // the application menu, Hindi until the page says otherwise
    expect(fs.existsSync(path.join(work, 'userData', 'hamar-hatri.db'))).toBe(true);
  });
});
