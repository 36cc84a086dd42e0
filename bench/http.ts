import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { App } from '../src/core/app';
import { startServer } from '../src/server/http';
import { checkoutInput, type Pool } from './measure';
import type { Rng } from './rng';
import { summarize, type Figure } from './stats';

/**
 * Checkout over the loopback HTTP server (browser mode): the server runs on this thread, the
 * client in a worker thread (its own event loop, so it can use the second core), one keep-alive
 * connection, one request at a time as a counter sends them. The session cookie comes from a
 * real session.login response.
 */
const CLIENT = `
const { parentPort, workerData } = require('node:worker_threads');
const http = require('node:http');
const { port, token, cookie, bodies, warmup } = workerData;
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
const post = (body) => new Promise((resolve, reject) => {
  const req = http.request({ host: '127.0.0.1', port, path: '/api/sales.checkout', method: 'POST', agent,
    headers: { 'content-type': 'application/json', 'x-hh-token': token, cookie, 'content-length': Buffer.byteLength(body) } }, (res) => {
    const chunks = [];
    res.on('data', (c) => chunks.push(c));
    res.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
  });
  req.on('error', reject);
  req.end(body);
});
(async () => {
  let failed = 0;
  let firstError = null;
  const samples = [];
  for (let i = 0; i < warmup; i++) await post(bodies[i]);
  const t0 = performance.now();
  for (let i = warmup; i < bodies.length; i++) {
    const a = performance.now();
    const text = await post(bodies[i]);
    samples.push(performance.now() - a);
    if (!text.startsWith('{"ok":true')) { failed++; firstError = firstError || text.slice(0, 300); }
  }
  parentPort.postMessage({ samples, totalMs: performance.now() - t0, failed, firstError });
  agent.destroy();
})().catch((e) => parentPort.postMessage({ error: String(e) }));
`;

export async function measureCheckoutHttp(app: App, cashierId: number, pin: string, pool: Pool[], r: Rng, n: number): Promise<Figure> {
  const staticDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hh-bench-static-'));
  const server = await startServer({ app, staticDir, port: 0 });
  try {
    const login = await fetch(new URL('/api/session.login', server.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-hh-token': server.token },
      body: JSON.stringify({ userId: cashierId, pin }),
    });
    const setCookie = login.headers.get('set-cookie') ?? '';
    const cookie = setCookie.split(';')[0]!;
    if (!cookie.startsWith('hh_session=')) throw new Error(`login over HTTP failed: ${login.status} ${await login.text()}`);
    const warmup = Math.min(200, Math.ceil(n / 10));
    const bodies = Array.from({ length: n + warmup }, () => JSON.stringify(checkoutInput(pool, r)));
    const out = await new Promise<{ samples: number[]; totalMs: number; failed: number; firstError: string | null; error?: string }>((resolve, reject) => {
      const w = new Worker(CLIENT, { eval: true, workerData: { port: server.port, token: server.token, cookie, bodies, warmup } });
      w.once('message', resolve);
      w.once('error', reject);
    });
    if (out.error) throw new Error(out.error);
    if (out.failed > 0) throw new Error(`${out.failed} HTTP checkouts failed, first: ${out.firstError}`);
    return summarize(out.samples, { totalMs: out.totalMs, note: 'loopback HTTP, keep-alive, one request at a time' });
  } finally {
    await server.close();
    fs.rmSync(staticDir, { recursive: true, force: true });
  }
}
