/**
 * One thing only: checkouts through dispatch against the bare writes, on a shop from generate.ts,
 * for profiling and for counting what each commit writes (WAL frames: pages of 4 kB). Not part of
 * `npm run bench`; run it by hand:
 *
 *   npx tsx bench/profile-checkout.ts [--size tiny|small] [--n 2000] [--sync off]   # interleaved figures + WAL pages a sale
 *   node --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx bench/profile-checkout.ts --only app --sync off
 *
 * `--sync off` takes the fsync out (CPU only, so a profile shows our code, not the disk);
 * `--only app|bare` runs one side (a cleaner profile); `--against DIR` adds a third contender, the
 * app of another checkout of this repository (`git archive main src | tar -x -C DIR`, node_modules
 * linked), on the same file and interleaved: a before/after on the same machine state.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createApp } from '../src/core/app';
import { bareSeller, openBare } from './baseline';
import { arg } from './cli';
import { generateShop, SHOP_SIZES } from './generate';
import { appSeller } from './measure';
import { rng } from './rng';
import { interleave, percentile, summarize } from './stats';

const size = SHOP_SIZES[arg('size') ?? 'small']!;
const n = Number(arg('n') ?? 2000);
const only = arg('only');
const sync = arg('sync') === 'off' ? 'OFF' : 'FULL';
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hh-prof-'));
const file = path.join(dir, 'shop.db');
try {
  const shop = generateShop(file, size);
  const app = createApp(file);
  app.db.pragma(`synchronous = ${sync}`);
  const login = app.call('session.login', { userId: shop.cashierId, pin: '1111' });
  if (!login.session || !('set' in login.session)) throw new Error('cashier login failed');
  const bare = openBare(file);
  bare.pragma(`synchronous = ${sync}`);
  const against = arg('against');
  const other = against ? ((await import(path.resolve(against, 'src/core/app.ts'))) as { createApp: typeof createApp }).createApp(file) : null;
  other?.db.pragma(`synchronous = ${sync}`);
  const otherLogin = other?.call('session.login', { userId: shop.cashierId, pin: '1111' });
  const r = rng(7);
  const WARM = 200;
  const sellers = {
    ...(only !== 'app' ? { bare: bareSeller(bare, shop.pool.map((p) => p.id), shop.cashierId, r, n + 2 * WARM) } : {}),
    ...(only !== 'bare' ? { app: appSeller(app, login.session.set, shop.pool, r, n + 2 * WARM) } : {}),
    ...(other && otherLogin?.session && 'set' in otherLogin.session ? { against: appSeller(other, otherLogin.session.set, shop.pool, r, n + 2 * WARM) } : {}),
  };
  const walFile = `${file}-wal`;
  // Pages each side's commit writes: the WAL's growth over WARM sales (autocheckpoint off meanwhile).
  const pages: Record<string, number> = {};
  for (const [name, sell] of Object.entries(sellers)) {
    for (const db of [app.db, bare, ...(other ? [other.db] : [])]) db.pragma('wal_autocheckpoint = 0');
    app.db.pragma('wal_checkpoint(TRUNCATE)');
    const before = fs.existsSync(walFile) ? fs.statSync(walFile).size : 0;
    for (let i = 0; i < WARM; i++) sell();
    pages[name] = Math.round(((fs.statSync(walFile).size - before) / (4096 + 24) / WARM) * 10) / 10;
    for (const db of [app.db, bare, ...(other ? [other.db] : [])]) db.pragma('wal_autocheckpoint = 1000');
  }
  const runs = interleave(sellers, n);
  // the tail apart: with one fsync a sale the medians tie, and the mean is made by the slow commits (checkpoints)
  const tail = (xs: number[]) => {
    const s = [...xs].sort((a, b) => a - b);
    const sum = (from: number) => s.slice(from).reduce((a, b) => a + b, 0);
    return { p90_ms: Math.round(percentile(s, 90) * 1000) / 1000, p95_ms: Math.round(percentile(s, 95) * 1000) / 1000, mean_ms: Math.round((sum(0) / s.length) * 1000) / 1000, slowest_5pc_share: Math.round((sum(Math.floor(s.length * 0.95)) / sum(0)) * 100) / 100 };
  };
  const figs = Object.fromEntries(Object.entries(runs).map(([k, v]) => [k, { ...summarize(v.samples, { totalMs: v.totalMs }), ...tail(v.samples) }]));
  const over = (k: string) => (figs.bare && figs[k] ? Math.round((figs[k].per_s! / figs.bare.per_s!) * 100) / 100 : null);
  console.log(JSON.stringify({ size: size.name, n, synchronous: sync, wal_pages_a_sale: pages, figures: figs, app_per_s_over_bare: over('app'), against_per_s_over_bare: over('against'), load: os.loadavg() }, null, 1));
  other?.close();
  bare.close();
  app.close();
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
