/**
 * Real counters as processes for the LAN tests: the main counter and a joined counter each run as
 * their own server process (the composition `serve` uses, tests/server/lan-counter.ts); a test
 * drives them over HTTP as their screens would.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, expect } from 'vitest';
import { TEST_NOW } from '../support/clock';

export interface Counter { child: ChildProcess; base: string; token: string; out: string[]; dbFile: string; staticDir: string }
const running: Counter[] = [];

export async function startCounter(dbFile: string): Promise<Counter> {
  const staticDir = path.join(path.dirname(dbFile), `static-${path.basename(dbFile)}`);
  fs.mkdirSync(staticDir, { recursive: true });
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<meta name="hh-token" content="" />');
  // Both counters run on the suite's clock (TEST_NOW on), never the machine's.
  const clockFile = path.join(path.dirname(dbFile), 'clock.txt');
  if (!fs.existsSync(clockFile)) fs.writeFileSync(clockFile, `${TEST_NOW.toISOString()} running`);
  const child = spawn(process.execPath, ['--import', 'tsx', 'tests/server/lan-counter.ts', dbFile, staticDir], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, HH_TEST_CLOCK_FILE: clockFile },
  });
  const out: string[] = [];
  const first = await new Promise<string>((resolve, reject) => {
    let buf = '';
    child.stdout!.on('data', (c: Buffer) => {
      buf += c.toString();
      let nl: number;
      while ((nl = buf.indexOf('\n')) >= 0) {
        out.push(buf.slice(0, nl));
        buf = buf.slice(nl + 1);
        const json = out.find((l) => l.startsWith('{'));
        if (json) resolve(json);
      }
    });
    child.on('exit', (code) => reject(new Error(`counter exited ${code}`)));
  });
  const { url, token } = JSON.parse(first) as { url: string; token: string };
  const c = { child, base: url, token, out, dbFile, staticDir };
  running.push(c);
  return c;
}

export function stopCounter(c: Counter): Promise<void> {
  return new Promise((resolve) => {
    if (c.child.exitCode !== null || c.child.signalCode !== null) return resolve();
    c.child.once('exit', () => resolve());
    c.child.kill('SIGKILL'); // the main counter switched off at the wall
  });
}

afterAll(async () => {
  await Promise.all(running.map(stopCounter));
});

export type Body = { ok: boolean; value?: any; error?: { code: string; details?: any } };
export async function api(c: Counter, method: string, input: unknown, cookie = ''): Promise<{ body: Body; cookie: string }> {
  const res = await fetch(`${c.base}api/${method}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-hh-token': c.token, cookie }, body: JSON.stringify(input) });
  const set = res.headers.get('set-cookie');
  return { body: (await res.json()) as Body, cookie: set ? set.split(';')[0]! : cookie };
}

export async function lanPort(c: Counter): Promise<number> {
  for (let i = 0; i < 200; i++) {
    const l = c.out.filter((x) => x.startsWith('lan ')).at(-1);
    if (l && l !== 'lan off') return Number(l.slice(4));
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`no lan port: ${c.out.join('\n')}`);
}

/** A demo shop in main-counter mode; the owner's cookie, the LAN port and the pairing code. */
export async function mainCounter(dir: string, port: number) {
  const main = await startCounter(path.join(dir, 'main.db'));
  const { cookie: owner } = await api(main, 'setup.loadDemo', { language: 'hi' });
  const host = await api(main, 'lan.setHost', { enabled: true, port }, owner);
  expect(host.body).toMatchObject({ ok: true, value: { enabled: true, port, devices: [] } });
  expect(host.body.value.pairingCode).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  expect(await lanPort(main)).toBe(port);
  return { main, owner, code: host.body.value.pairingCode as string };
}

export async function freePort(): Promise<number> {
  const net = await import('node:net');
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const p = (s.address() as { port: number }).port;
      s.close(() => resolve(p));
    });
  });
}

export const productsOf = async (c: Counter, cookie: string) =>
  ((await api(c, 'catalog.page', { limit: 200 }, cookie)).body.value.rows as { id: number; pricePaise: number; forSale: boolean; onHand: number }[]).filter((p) => p.forSale && p.onHand >= 5);

