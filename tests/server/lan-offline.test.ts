/**
 * The joined counter through a link cut (#18), with real processes, real TLS and a relay between
 * them standing for the shop's network: the main counter is switched off while the joined counter
 * sells 20 bills from its offline copy (printed on its own printer); the main counter comes back,
 * the cable is pulled again in the middle of the queue, then plugged in: every bill arrives once,
 * in order, with the number on its receipt, and the stock and the drawer add up.
 */
import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startPrinter } from '../printing/loopback';
import { tempDir } from '../support/db';
import { startLinkProxy } from './link-proxy';
import { api, freePort, lanPort, mainCounter, startCounter, stopCounter, type Counter } from './lan-support';

const closers: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const c of closers) await c();
});

async function until<T>(what: string, get: () => Promise<T> | T, ok: (v: T) => boolean, ms = 60_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await get();
    if (ok(v)) return v;
    if (Date.now() > end) throw new Error(`${what}: still ${JSON.stringify(v)}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

/** The joined counter's own receipt printer, set in its own database (the copy's printer is the main counter's). */
function setOwnPrinter(dbFile: string, url: string): void {
  const db = new Database(dbFile);
  db.prepare("UPDATE printer_settings SET enabled = 1, type = 'EPSON', interface = ?, paper = '80mm', connect_timeout_ms = 1000, idle_timeout_ms = 2000, total_timeout_ms = 10000 WHERE id = 1").run(url);
  db.close();
}

const read = <T>(file: string, sql: string, ...args: unknown[]): T => {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare(sql).all(...args) as T;
  } finally {
    db.close();
  }
};

type Product = { id: number; pricePaise: number; onHand: number; forSale: boolean };
const checkout = (c: Counter, cookie: string, p: Product, qtyMilli: number, requestId: string = randomUUID()) =>
  api(c, 'sales.checkout', { requestId, lines: [{ productId: p.id, qtyMilli, expectedPricePaise: p.pricePaise }], payments: [{ method: 'cash', amountPaise: (p.pricePaise * qtyMilli) / 1000 }] }, cookie);

describe('a joined counter while the link is down', () => {
  it('sells 20 bills offline, and every one arrives once when the link is back, through a cut mid-queue', async () => {
    const dir = tempDir();
    const port = await freePort();
    const { main, owner, code } = await mainCounter(dir, port);
    const proxy = await startLinkProxy(port, 40); // a slow network: each answer held back 40 ms
    closers.push(() => proxy.close());
    const printer = await startPrinter();
    closers.push(() => printer.close());

    const second = await startCounter(path.join(dir, 'second.db'));
    setOwnPrinter(second.dbFile, printer.url);
    const joined = await api(second, 'lan.join', { address: `127.0.0.1:${proxy.port}`, code, deviceName: 'काउंटर 2' });
    expect(joined.body).toMatchObject({ ok: true, value: { counterCode: 'C2' } });
    const link0 = (await api(second, 'lan.getLink', {})).body.value;
    expect(link0).toMatchObject({ online: true, pendingBills: 0, snapshotAt: expect.any(String) });

    const people = (await api(second, 'session.people', {})).body.value as { id: number; role: string }[];
    const cashierId = people.find((p) => p.role === 'cashier')!.id;
    const { cookie: online } = await api(second, 'session.login', { userId: cashierId, pin: '1111' });
    const rows = (await api(second, 'catalog.page', { limit: 200 }, online)).body.value.rows as Product[];
    const goods = rows.filter((p) => p.forSale && p.onHand >= 5 && p.pricePaise > 0).slice(0, 3);
    const scarce = rows.find((p) => p.forSale && p.onHand >= 1 && p.onHand <= 4 && !goods.includes(p))!;
    expect(goods).toHaveLength(3);
    expect(scarce).toBeDefined();
    const first = await checkout(second, online, goods[0]!, 1000);
    expect(first.body.value.billNo).toBe('HH/2026-27/C2-000001');
    // online, its receipt is laid out at the main counter for this counter's printer, printed here, the job kept there
    const onlineJob = printer.nextJob();
    expect((await api(second, 'print.receipt', { saleId: first.body.value.id }, online)).body).toMatchObject({ ok: true, value: { status: 'printed' } });
    expect((await onlineJob).length).toBeGreaterThan(1000);
    expect(read<{ printer: string; status: string }[]>(main.dbFile, "SELECT printer, status FROM print_jobs WHERE doc_type = 'receipt'")).toEqual([{ printer: `C2: ${printer.url}`, status: 'printed' }]);
    // Settings → Printer here is this counter's own: the cashier may not change it
    const mine = (await api(second, 'print.getSettings', {}, online)).body.value;
    expect(mine).toMatchObject({ enabled: true, interface: printer.url });
    const { updatedAt: _u, ...asSet } = mine;
    expect((await api(second, 'print.updateSettings', { ...asSet, copies: 2 }, online)).body).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const drawer0 = read<{ s: number }[]>(main.dbFile, 'SELECT sum(amount_paise) AS s FROM cash_movements')[0]!.s;

    // the main counter switched off at the wall
    await stopCounter(main);
    // a sale with the online login is refused, not redone offline (it might have reached the main counter)
    const lostId: string = randomUUID();
    const lost = await checkout(second, online, goods[1]!, 1000, lostId);
    expect(lost.body).toMatchObject({ ok: false, error: { code: 'LINK_DOWN' } });
    expect((await api(second, 'lan.getLink', {})).body.value).toMatchObject({ online: false, pendingBills: 0 });
    // the screen asks again with the same request id: her login carries on from the copy, and it is the first offline bill
    expect((await api(second, 'session.current', {}, online)).body.value).toMatchObject({ id: cashierId });
    const sold: { billNo: string; productId: number; qtyMilli: number; cash: number; requestId: string }[] = [];
    const retried = await checkout(second, online, goods[1]!, 1000, lostId);
    expect(retried.body).toMatchObject({ ok: true, value: { billNo: 'HH/2026-27/C2-OFF-000001' } });
    sold.push({ billNo: retried.body.value.billNo, productId: goods[1]!.id, qtyMilli: 1000, cash: retried.body.value.totalPaise, requestId: lostId });
    // a cashier who logs in now does it with her PIN, against the copy
    const { body: who, cookie: off } = await api(second, 'session.login', { userId: cashierId, pin: '1111' });
    expect(who.value).toMatchObject({ id: cashierId });
    // a bill made online is not in the copy under its id (that id is another record there): refused, not misprinted
    expect((await api(second, 'print.receipt', { saleId: first.body.value.id }, off)).body).toMatchObject({ ok: false, error: { code: 'LINK_DOWN', details: { reason: 'madeOnline' } } });

    // 19 more bills offline; the fifth takes the scarce product's whole stock and one more
    for (let i = 1; i < 20; i++) {
      const p = i === 4 ? scarce : goods[i % 3]!;
      const qty = i === 4 ? p.onHand * 1000 + 1000 : 1000;
      const requestId: string = randomUUID();
      const r = await checkout(second, off, p, qty, requestId);
      expect(r.body, `bill ${i + 1}`).toMatchObject({ ok: true, value: { billNo: `HH/2026-27/C2-OFF-${String(i + 1).padStart(6, '0')}` } });
      sold.push({ billNo: r.body.value.billNo, productId: p.id, qtyMilli: qty, cash: r.body.value.totalPaise, requestId });
    }
    // the screen asks again for a bill whose answer it lost: the same bill, nothing new queued
    const again = await checkout(second, off, goods[2 % 3]!, 1000, sold[2]!.requestId);
    expect(again.body.value.billNo).toBe(sold[2]!.billNo);
    // printed on this counter's own printer
    const job = printer.nextJob();
    const saleId = (await api(second, 'sales.get', { billNo: sold[0]!.billNo }, off)).body.value?.id;
    const printed = await api(second, 'print.receipt', { saleId }, off);
    expect(printed.body).toMatchObject({ ok: true, value: { status: 'printed' } });
    expect((await job).length).toBeGreaterThan(1000);
    // what needs the main counter says so
    expect((await api(second, 'sales.hold', { requestId: randomUUID(), label: 'x', totalPaise: 0, cart: {} }, off)).body).toMatchObject({ ok: false, error: { code: 'LINK_DOWN' } });
    expect((await api(second, 'lan.getLink', {})).body.value).toMatchObject({ online: false, pendingBills: 20 });

    // the main counter is back, but the cable is pulled again once a few bills are in
    const back = await startCounter(main.dbFile);
    expect(await lanPort(back)).toBe(port);
    const offlineIn = () => read<{ n: number }[]>(main.dbFile, "SELECT count(*) AS n FROM sales WHERE counter_code = 'C2-OFF'")[0]!.n;
    void api(second, 'lan.getLink', {}); // the banner's next look finds it back and sends the queue
    await until('first bills in', offlineIn, (n) => n >= 4);
    await proxy.cut();
    const mid = offlineIn();
    expect(mid).toBeGreaterThanOrEqual(4);
    expect(mid).toBeLessThan(20);
    await until('link seen down', async () => (await api(second, 'lan.getLink', {})).body.value.online, (o) => o === false);

    // plugged back in: the rest go, and the ones that went before the cut are not sent twice
    await proxy.restore();
    const link = await until('queue sent', async () => (await api(second, 'lan.getLink', {})).body.value, (l) => l.online === true && l.pendingBills === 0, 90_000);
    expect(link.stuck).toBeNull();
    const arrived = read<{ bill_no: string; at: string }[]>(main.dbFile, "SELECT bill_no, at FROM sales WHERE counter_code = 'C2-OFF' ORDER BY id");
    expect(arrived.map((r) => r.bill_no)).toEqual(sold.map((s) => s.billNo)); // all 20, once each, in order

    // stock and drawer add up at the main counter
    for (const p of [...goods, scarce]) {
      const q = read<{ q: number }[]>(main.dbFile, 'SELECT qty_milli AS q FROM stock_on_hand WHERE product_id = ?', p.id)[0]!.q;
      const out = sold.filter((s) => s.productId === p.id).reduce((a, s) => a + s.qtyMilli, 0) + (p === goods[0] ? 1000 : 0);
      expect(q, `product ${p.id}`).toBe(p.onHand * 1000 - out);
    }
    const drawer = read<{ s: number }[]>(main.dbFile, 'SELECT sum(amount_paise) AS s FROM cash_movements')[0]!.s;
    expect(drawer - drawer0).toBe(sold.reduce((a, s) => a + s.cash, 0));
    // the scarce product went below zero: a stock warning for the manager, and the device's queue is empty
    const { cookie: owner2 } = await api(back, 'session.login', { userId: people.find((p) => p.role === 'owner')!.id, pin: '1234' });
    const host = await until('device seen with nothing waiting', async () => (await api(back, 'lan.getHost', {}, owner2)).body.value, (h) => h.devices[0].pendingBills === 0);
    // every bill that took a product below zero, and only those (the scarce one's fifth bill among them)
    const left = new Map([...goods, scarce].map((p) => [p.id, p.onHand * 1000 - (p === goods[0] ? 1000 : 0)]));
    const expected = sold.flatMap((s) => {
      left.set(s.productId, left.get(s.productId)! - s.qtyMilli);
      return left.get(s.productId)! < 0 ? [{ billNo: s.billNo, onHandAfterMilli: left.get(s.productId)! }] : [];
    });
    expect(expected).toContainEqual({ billNo: sold[4]!.billNo, onHandAfterMilli: -1000 });
    expect(host.stockWarnings.map((w: { billNo: string; onHandAfterMilli: number }) => ({ billNo: w.billNo, onHandAfterMilli: w.onHandAfterMilli }))).toEqual(expected.reverse());
    expect(owner).not.toBe(owner2);

    // the offline bill's receipt once more, with the link back (she logs in again: her offline login was the copy's):
    // the main counter finds it by its number and lays it out for this counter's printer
    const { cookie: back2 } = await api(second, 'session.login', { userId: cashierId, pin: '1111' });
    const again2 = printer.nextJob();
    const reprinted = (await api(second, 'print.receipt', { saleId: retried.body.value.id }, back2)).body;
    expect(reprinted, JSON.stringify(reprinted)).toMatchObject({ ok: true, value: { status: 'printed' } });
    expect((await again2).length).toBeGreaterThan(1000);

    // a new copy of the shop once the queue was empty; its offline series goes on from 21
    await until('new copy', async () => (await api(second, 'lan.getLink', {})).body.value.snapshotAt, (at) => at !== link0.snapshotAt);
    const copy = read<{ last_seq: number }[]>(`${second.dbFile}.offline-copy.db`, "SELECT last_seq FROM bill_counters WHERE counter_code = 'C2-OFF'");
    expect(copy).toEqual([{ last_seq: 20 }]);
  }, 180_000);
});
