/**
 * Run in a fresh Node process (bundled by coldstart.ts the way the main process is bundled):
 *   app  FILE           open the shop with createApp and answer the renderer's first call (setup.status)
 *   work FILE JSON      app, then a counter's workload (checkouts, scans, searches, pages), then RSS
 * Prints one JSON line when the first call is answered, and (work) one more at the end.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import { createApp } from '../src/core/app';

const [mode, file, extra] = process.argv.slice(2);
const say = (o: object) => process.stdout.write(`${JSON.stringify(o)}\n`);

{
  // ms since the process started: the bundle loaded, the database opened, the first call answered
  const loaded = performance.now();
  const app = createApp(file!);
  const opened = performance.now();
  const status = app.call('setup.status', {});
  say({ first: performance.now(), loaded, opened, ok: status.result.ok });
  if (mode === 'work') {
    const { pool, barcodes, cashierId, n } = JSON.parse(fs.readFileSync(extra!, 'utf8')) as { pool: { id: number; price: number }[]; barcodes: string[]; cashierId: number; n: number };
    const token = app.sessions.create({ id: cashierId, name: 'bench', role: 'cashier' }, Date.now());
    const t = performance.now();
    const page = app.call('catalog.page', { offset: 0, limit: 100 }, token);
    const firstPageMs = performance.now() - t;
    let failures = page.result.ok ? 0 : 1;
    const terms = ['ढोकरा', 'dhokra', 'elephant', 'साड़ी', 'tokri', 'nagada'];
    for (let i = 0; i < n; i++) {
      const ps = [pool[i % pool.length]!, pool[(i * 7 + 1) % pool.length]!, pool[(i * 13 + 2) % pool.length]!];
      const total = ps.reduce((s, p) => s + p.price, 0);
      const o = app.call('sales.checkout', { requestId: randomUUID(), lines: ps.map((p) => ({ productId: p.id, qtyMilli: 1000, expectedPricePaise: p.price })), payments: [{ method: 'upi', amountPaise: total }] }, token);
      if (!o.result.ok) failures++;
      for (let j = 0; j < 3; j++) app.call('catalog.lookup', { code: barcodes[(i * 3 + j) % barcodes.length]! }, token);
      app.call('catalog.search', { q: terms[i % terms.length]!, limit: 50 }, token);
      if (i % 5 === 0) app.call('catalog.page', { offset: (i * 100) % 10_000, limit: 100 }, token);
    }
    say({ done: performance.now(), firstPageMs, failures, rss: process.memoryUsage().rss, heapUsed: process.memoryUsage().heapUsed });
  }
  app.close();
}
