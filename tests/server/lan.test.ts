/**
 * A second counter on the shop's LAN, with real processes and real TLS: the main counter and a
 * joined counter each run as their own server process (the composition `serve` uses); the test
 * drives both over HTTP as their screens would.
 */
import Database from 'better-sqlite3';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from '../support/db';

interface Counter { child: ChildProcess; base: string; token: string; out: string[]; dbFile: string; staticDir: string }
const running: Counter[] = [];

async function startCounter(dbFile: string): Promise<Counter> {
  const staticDir = path.join(path.dirname(dbFile), `static-${path.basename(dbFile)}`);
  fs.mkdirSync(staticDir, { recursive: true });
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<meta name="hh-token" content="" />');
  const child = spawn(process.execPath, ['--import', 'tsx', 'tests/server/lan-counter.ts', dbFile, staticDir], { stdio: ['ignore', 'pipe', 'inherit'] });
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

function stopCounter(c: Counter): Promise<void> {
  return new Promise((resolve) => {
    if (c.child.exitCode !== null || c.child.signalCode !== null) return resolve();
    c.child.once('exit', () => resolve());
    c.child.kill('SIGKILL'); // the main counter switched off at the wall
  });
}

afterAll(async () => {
  await Promise.all(running.map(stopCounter));
});

type Body = { ok: boolean; value?: any; error?: { code: string; details?: any } };
async function api(c: Counter, method: string, input: unknown, cookie = ''): Promise<{ body: Body; cookie: string }> {
  const res = await fetch(`${c.base}api/${method}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-hh-token': c.token, cookie }, body: JSON.stringify(input) });
  const set = res.headers.get('set-cookie');
  return { body: (await res.json()) as Body, cookie: set ? set.split(';')[0]! : cookie };
}

async function lanPort(c: Counter): Promise<number> {
  for (let i = 0; i < 200; i++) {
    const l = c.out.filter((x) => x.startsWith('lan ')).at(-1);
    if (l && l !== 'lan off') return Number(l.slice(4));
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`no lan port: ${c.out.join('\n')}`);
}

/** A demo shop in main-counter mode; the owner's cookie, the LAN port and the pairing code. */
async function mainCounter(dir: string, port: number) {
  const main = await startCounter(path.join(dir, 'main.db'));
  const { cookie: owner } = await api(main, 'setup.loadDemo', { language: 'hi' });
  const host = await api(main, 'lan.setHost', { enabled: true, port }, owner);
  expect(host.body).toMatchObject({ ok: true, value: { enabled: true, port, devices: [] } });
  expect(host.body.value.pairingCode).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  expect(await lanPort(main)).toBe(port);
  return { main, owner, code: host.body.value.pairingCode as string };
}

async function freePort(): Promise<number> {
  const net = await import('node:net');
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const p = (s.address() as { port: number }).port;
      s.close(() => resolve(p));
    });
  });
}

const productsOf = async (c: Counter, cookie: string) =>
  ((await api(c, 'catalog.page', { limit: 200 }, cookie)).body.value.rows as { id: number; pricePaise: number; forSale: boolean; onHand: number }[]).filter((p) => p.forSale && p.onHand >= 5);

describe('a second counter on the LAN', () => {
  it('pairs with the code, sells in its own bill series through the main counter, and is refused once revoked', async () => {
    const dir = tempDir();
    const port = await freePort();
    const { main, owner, code } = await mainCounter(dir, port);

    const second = await startCounter(path.join(dir, 'second.db'));
    expect((await api(second, 'lan.getLink', {})).body).toEqual({ ok: true, value: { joined: false } });

    // a wrong code: refused, nothing kept on either side
    const wrong = await api(second, 'lan.join', { address: `127.0.0.1:${port}`, code: 'AAAA-BBBB-CCCC', deviceName: 'काउंटर 2' });
    expect(wrong.body).toMatchObject({ ok: false, error: { code: 'PAIRING_CODE_WRONG' } });
    expect((await api(second, 'lan.getLink', {})).body.value).toEqual({ joined: false });
    expect((await api(main, 'lan.getHost', {}, owner)).body.value.devices).toEqual([]);

    // the right code (typed in lower case with spaces) pairs it as C2
    const joined = await api(second, 'lan.join', { address: `127.0.0.1:${port}`, code: code.toLowerCase().replace(/-/g, ' '), deviceName: 'काउंटर 2' });
    expect(joined.body).toMatchObject({ ok: true, value: { joined: true, counterCode: 'C2', shopName: expect.any(String), online: true } });

    // its screens now see the main counter's shop: people, login, catalogue
    const people = (await api(second, 'session.people', {})).body.value as { id: number; role: string }[];
    const cashier = people.find((p) => p.role === 'cashier')!;
    const { body: login, cookie } = await api(second, 'session.login', { userId: cashier.id, pin: '1111' });
    expect(login).toMatchObject({ ok: true, value: { id: cashier.id } });
    const [p] = await productsOf(second, cookie);
    const sale = await api(second, 'sales.checkout', { requestId: randomUUID(), lines: [{ productId: p!.id, qtyMilli: 1000, expectedPricePaise: p!.pricePaise }], payments: [{ method: 'cash', amountPaise: p!.pricePaise }] }, cookie);
    expect(sale.body).toMatchObject({ ok: true });
    expect(sale.body.value.billNo).toMatch(/\/C2-000001$/);

    // the main counter's own bills keep C1; the sale is in the main counter's database
    const own = await api(main, 'sales.checkout', { requestId: randomUUID(), lines: [{ productId: p!.id, qtyMilli: 1000, expectedPricePaise: p!.pricePaise }], payments: [{ method: 'cash', amountPaise: p!.pricePaise }] }, owner);
    expect(own.body.value.billNo).toMatch(/\/C1-000001$/);
    const db = new Database(main.dbFile, { readonly: true });
    expect(db.prepare('SELECT bill_no, counter_code FROM sales ORDER BY id').all()).toEqual([
      { bill_no: sale.body.value.billNo, counter_code: 'C2' },
      { bill_no: own.body.value.billNo, counter_code: 'C1' },
    ]);
    db.close();
    // nothing of the shop is written on the joined counter itself
    const local = new Database(second.dbFile, { readonly: true });
    expect(local.prepare('SELECT count(*) AS n FROM sales').get()).toEqual({ n: 0 });
    expect(local.prepare('SELECT count(*) AS n FROM shop_settings').get()).toEqual({ n: 0 });
    local.close();

    // the main counter lists the device with its last contact
    const devices = (await api(main, 'lan.getHost', {}, owner)).body.value.devices;
    expect(devices).toMatchObject([{ name: 'काउंटर 2', counterCode: 'C2', revoked: false, pendingBills: 0, lastSeenAt: expect.any(String) }]);

    // a login made on the joined counter is no login on the main counter's own page
    const stolen = cookie.replace('hh_session=', '');
    expect((await api(main, 'sales.list', {}, `hh_session=${stolen}`)).body).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });

    // revoked: every call from it is refused
    expect((await api(main, 'lan.revokeDevice', { deviceId: devices[0].id }, owner)).body.value.devices[0].revoked).toBe(true);
    expect((await api(second, 'session.people', {})).body).toMatchObject({ ok: false, error: { code: 'DEVICE_REVOKED' } });
    const after = new Database(main.dbFile, { readonly: true });
    expect(after.prepare('SELECT count(*) AS n FROM sales').get()).toEqual({ n: 2 });
    after.close();
  });

  it('refuses a different machine answering at the main counter\'s address, and says when the link is down', async () => {
    const dir = tempDir();
    const port = await freePort();
    const { main, code } = await mainCounter(dir, port);
    const second = await startCounter(path.join(dir, 'second.db'));
    expect((await api(second, 'lan.join', { address: `127.0.0.1:${port}`, code, deviceName: 'C2 PC' })).body.ok).toBe(true);

    await stopCounter(main);
    const down = await api(second, 'session.people', {});
    expect(down.body).toMatchObject({ ok: false, error: { code: 'LINK_DOWN' } });
    expect((await api(second, 'lan.getLink', {})).body.value).toMatchObject({ joined: true, online: false });

    // another shop's main counter (its own certificate) now answers on the same port
    fs.mkdirSync(path.join(dir, 'other'));
    const impostor = await mainCounter(path.join(dir, 'other'), port);
    expect(impostor.code).not.toBe(code);
    const foreign = await api(second, 'session.people', {});
    expect(foreign.body).toMatchObject({ ok: false, error: { code: 'FOREIGN_CERTIFICATE' } });
  });
});
