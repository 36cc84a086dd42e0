/**
 * A second counter on the shop's LAN, with real processes and real TLS: the main counter and a
 * joined counter each run as their own server process (the composition `serve` uses); the test
 * drives both over HTTP as their screens would.
 */
import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import https from 'node:https';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../support/db';
import { api, freePort, mainCounter, productsOf, startCounter, stopCounter, type Body } from './lan-support';

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

  it('locks pairing after five wrong codes, and its port refuses a browser (Origin) and a caller with no device token', async () => {
    const dir = tempDir();
    const port = await freePort();
    const { main, owner, code } = await mainCounter(dir, port);
    const second = await startCounter(path.join(dir, 'second.db'));
    const raw = (pathname: string, headers: Record<string, string>, body: unknown = {}) =>
      new Promise<{ status: number; body: { result: Body } }>((resolve, reject) => {
        const req = https.request({ host: '127.0.0.1', port, path: pathname, method: 'POST', rejectUnauthorized: false, headers: { 'content-type': 'application/json', ...headers } }, (res) => {
          let text = '';
          res.on('data', (c: Buffer) => (text += c.toString()));
          res.on('end', () => resolve({ status: res.statusCode!, body: JSON.parse(text) as { result: Body } }));
        });
        req.on('error', reject);
        req.end(JSON.stringify(body));
      });
    // someone on the network guessing the code at the pairing door (a counter checks a typed code against the certificate first)
    for (let i = 0; i < 5; i++) expect((await raw('/lan/pair', {}, { code: `AAAA-BBBB-CCC${i}`, name: 'guess' })).body.result).toMatchObject({ ok: false, error: { code: 'PAIRING_CODE_WRONG' } });
    // the sixth try within ten minutes is refused even with the right code, and so is a real counter's join
    expect(await raw('/lan/pair', {}, { code, name: 'guess' })).toMatchObject({ status: 429, body: { result: { ok: false, error: { code: 'PAIRING_LOCKED' } } } });
    expect((await api(second, 'lan.join', { address: `127.0.0.1:${port}`, code, deviceName: 'PC' })).body).toMatchObject({ ok: false, error: { code: 'PAIRING_LOCKED' } });
    expect((await api(main, 'lan.getHost', {}, owner)).body.value.devices).toEqual([]);

    // a web page on the shop's network calling the main counter: refused before anything is read
    expect(await raw('/lan/api/session.people', { origin: 'http://192.168.1.50' })).toEqual({ status: 403, body: { result: { ok: false, error: { code: 'FORBIDDEN', details: { reason: 'origin' } } } } });
    // a program without a paired device's token: refused
    expect(await raw('/lan/api/session.people', {})).toMatchObject({ status: 401, body: { result: { ok: false, error: { code: 'DEVICE_REVOKED' } } } });
    expect(await raw('/lan/api/session.people', { authorization: `Bearer ${'x'.repeat(43)}` })).toMatchObject({ status: 401, body: { result: { ok: false, error: { code: 'DEVICE_REVOKED' } } } });
  });

  it('refuses a request replayed from another paired counter, and answers its own repeat with the same bill', async () => {
    const dir = tempDir();
    const port = await freePort();
    const { main, code } = await mainCounter(dir, port);
    const counters = [await startCounter(path.join(dir, 'c2.db')), await startCounter(path.join(dir, 'c3.db'))];
    const logins: string[] = [];
    for (const [i, c] of counters.entries()) {
      expect((await api(c, 'lan.join', { address: `127.0.0.1:${port}`, code, deviceName: `PC ${i + 2}` })).body).toMatchObject({ ok: true, value: { counterCode: `C${i + 2}` } });
      const cashier = ((await api(c, 'session.people', {})).body.value as { id: number; role: string }[]).find((p) => p.role === 'cashier')!;
      logins.push((await api(c, 'session.login', { userId: cashier.id, pin: '1111' })).cookie); // the same cashier on both
    }
    const [p] = await productsOf(counters[0]!, logins[0]!);
    const sale = { requestId: randomUUID(), lines: [{ productId: p!.id, qtyMilli: 1000, expectedPricePaise: p!.pricePaise }], payments: [{ method: 'cash', amountPaise: p!.pricePaise }] };
    const first = await api(counters[0]!, 'sales.checkout', sale, logins[0]);
    expect(first.body).toMatchObject({ ok: true, value: { billNo: expect.stringMatching(/\/C2-000001$/) } });
    // the same request, byte for byte, from the other counter: refused, and it learns nothing of the bill
    const replay = await api(counters[1]!, 'sales.checkout', sale, logins[1]);
    expect(replay.body).toEqual({ ok: false, error: { code: 'IDEMPOTENCY_MISMATCH', details: { requestId: sale.requestId } } });
    // its own repeat (a retry after a dropped answer) gets the first answer, nothing written again
    expect((await api(counters[0]!, 'sales.checkout', sale, logins[0])).body).toEqual(first.body);
    const db = new Database(main.dbFile, { readonly: true });
    expect(db.prepare('SELECT count(*) AS n FROM sales').get()).toEqual({ n: 1 });
    expect(db.prepare("SELECT count(*) AS n FROM cash_movements WHERE kind = 'sale'").get()).toEqual({ n: 1 });
    db.close();
  });

  it('refuses a different machine answering at the main counter\'s address, and says when the link is down', async () => {
    const dir = tempDir();
    const port = await freePort();
    const { main, code } = await mainCounter(dir, port);
    const second = await startCounter(path.join(dir, 'second.db'));
    expect((await api(second, 'lan.join', { address: `127.0.0.1:${port}`, code, deviceName: 'C2 PC' })).body.ok).toBe(true);

    await stopCounter(main);
    // #18 changed this: reads (the login screen's people) are answered from the offline copy now,
    // and what needs the main counter says the link is down
    const down = await api(second, 'sales.hold', { label: 'x', totalPaise: 0, cart: [] });
    expect(down.body).toMatchObject({ ok: false, error: { code: 'LINK_DOWN' } });
    expect((await api(second, 'session.people', {})).body).toMatchObject({ ok: true, value: expect.arrayContaining([expect.objectContaining({ role: 'cashier' })]) });
    expect((await api(second, 'lan.getLink', {})).body.value).toMatchObject({ joined: true, online: false });

    // another shop's main counter (its own certificate) now answers on the same port
    fs.mkdirSync(path.join(dir, 'other'));
    const impostor = await mainCounter(path.join(dir, 'other'), port);
    expect(impostor.code).not.toBe(code);
    const foreign = await api(second, 'sales.hold', { label: 'x', totalPaise: 0, cart: [] });
    expect(foreign.body).toMatchObject({ ok: false, error: { code: 'FOREIGN_CERTIFICATE' } });
    expect((await api(second, 'lan.getLink', {})).body.value).toMatchObject({ online: false, refused: 'FOREIGN_CERTIFICATE' });
  });
});
