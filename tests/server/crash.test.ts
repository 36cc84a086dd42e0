/**
 * Power loss in the middle of checkout: a real server process is killed with SIGKILL while sales
 * stream in, many times. After each restart nothing acknowledged is missing, nothing is half
 * written, every cache equals its ledger, and integrity_check is ok.
 */
import Database from 'better-sqlite3';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../support/db';

interface Running { child: ChildProcess; base: string; token: string }

async function start(dbFile: string, staticDir: string): Promise<Running> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'tests/server/crash-server.ts', dbFile, staticDir], { stdio: ['ignore', 'pipe', 'inherit'] });
  const line = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      const nl = out.indexOf('\n');
      if (nl >= 0) resolve(out.slice(0, nl));
    });
    child.on('exit', (code) => reject(new Error(`server exited ${code}`)));
  });
  const { url, token } = JSON.parse(line) as { url: string; token: string };
  return { child, base: url, token };
}

async function api(r: Running, method: string, input: unknown, cookie = ''): Promise<{ body: { ok: boolean; value?: any; error?: any }; cookie: string }> {
  const res = await fetch(`${r.base}api/${method}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-hh-token': r.token, cookie }, body: JSON.stringify(input) });
  const set = res.headers.get('set-cookie');
  return { body: (await res.json()) as { ok: boolean; value?: any; error?: any }, cookie: set ? set.split(';')[0]! : cookie };
}

function checkInvariants(dbFile: string, acknowledged: string[]) {
  const db = new Database(dbFile);
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    const q = (sql: string) => db.prepare(sql).pluck().get();
    // nothing acknowledged is missing
    const missing = acknowledged.filter((bill) => !db.prepare('SELECT 1 FROM sales WHERE bill_no = ?').get(bill));
    expect(missing).toEqual([]);
    // nothing half-written: every sale has its lines, payments and stock movements
    expect(q('SELECT count(*) FROM sales s WHERE NOT EXISTS (SELECT 1 FROM sale_lines l WHERE l.sale_id = s.id)')).toBe(0);
    expect(q('SELECT count(*) FROM sales s WHERE (SELECT sum(amount_paise) FROM sale_payments p WHERE p.sale_id = s.id) IS NOT s.total_paise')).toBe(0);
    expect(q("SELECT count(*) FROM sale_lines l JOIN sales s ON s.id = l.sale_id WHERE NOT EXISTS (SELECT 1 FROM stock_movements m WHERE m.ref_type = 'sale' AND m.ref_id = s.uid AND m.product_id = l.product_id)")).toBe(0);
    // caches equal their ledgers
    expect(q(`SELECT count(*) FROM products p LEFT JOIN stock_on_hand s ON s.product_id = p.id
               WHERE COALESCE(s.qty_milli, 0) <> (SELECT COALESCE(sum(qty_milli), 0) FROM stock_movements m WHERE m.product_id = p.id)`)).toBe(0);
    expect(q(`SELECT count(*) FROM artisans a LEFT JOIN artisan_balances b ON b.artisan_id = a.id
               WHERE COALESCE(b.balance_paise, 0) <> (SELECT COALESCE(sum(amount_paise), 0) FROM artisan_ledger e WHERE e.artisan_id = a.id)`)).toBe(0);
    // bill numbers have no gaps
    expect(q('SELECT count(*) FROM sales')).toBe(q('SELECT COALESCE(max(seq), 0) FROM sales'));
    return q('SELECT count(*) FROM sales') as number;
  } finally {
    db.close();
  }
}

describe('power loss during checkout (kill -9)', () => {
  it('after each of several crashes nothing acknowledged is lost and nothing partial exists', async () => {
    const dir = tempDir();
    const dbFile = path.join(dir, 'shop.db');
    const staticDir = path.join(dir, 'static');
    fs.mkdirSync(staticDir);
    fs.writeFileSync(path.join(staticDir, 'index.html'), '<meta name="hh-token" content="" />');
    const acknowledged: string[] = [];
    let products: { id: number; price: number }[] = [];
    for (let round = 0; round < 5; round++) {
      const r = await start(dbFile, staticDir);
      let cookie = '';
      if (round === 0) {
        ({ cookie } = await api(r, 'setup.loadDemo', { language: 'hi' }));
        // the demo items with plenty of stock (badges, rakhis, bags), so sales are not refused for stock
        const page = await api(r, 'catalog.page', { limit: 200 }, cookie);
        products = (page.body.value.rows as { id: number; pricePaise: number; forSale: boolean; onHand: number }[])
          .filter((p) => p.forSale && p.onHand >= 20)
          .map((p) => ({ id: p.id, price: p.pricePaise }));
        // and let stock go below zero, so every round keeps selling
        const s = await api(r, 'settings.get', {}, cookie);
        expect((await api(r, 'settings.update', { ...s.body.value, updatedAt: undefined, allowNegativeStock: true }, cookie)).body.ok).toBe(true);
      } else {
        ({ cookie } = await api(r, 'session.login', { userId: 1, pin: '1234' }));
      }
      // stream sales, then pull the plug at a random moment
      const killAt = Date.now() + 150 + Math.floor(Math.random() * 250);
      let n = 0;
      while (Date.now() < killAt) {
        const p = products[n++ % products.length]!;
        const sale = api(r, 'sales.checkout', { requestId: randomUUID(), lines: [{ productId: p.id, qtyMilli: 1000, expectedPricePaise: p.price }], payments: [{ method: 'cash', amountPaise: p.price }] }, cookie);
        const res = await sale.catch(() => null);
        if (res?.body.ok) acknowledged.push(res.body.value.billNo as string);
      }
      r.child.kill('SIGKILL');
      await new Promise((res) => r.child.once('exit', res));
      checkInvariants(dbFile, acknowledged);
    }
    expect(acknowledged.length).toBeGreaterThan(5);
  }, 60_000);
});
