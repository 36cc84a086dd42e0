import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/core/app';
import { createLogger } from '../../src/core/log';
import { dbFingerprint, demoShop, tempDir } from '../support/db';

const rid = () => crypto.randomUUID();
function sale(app: App, token: string) {
  const p = app.db.prepare("SELECT id, price_paise FROM products WHERE sku = 'DHAN-001'").get() as { id: number; price_paise: number };
  return app.call('sales.checkout', { requestId: rid(), lines: [{ productId: p.id, qtyMilli: 1000, expectedPricePaise: p.price_paise }], payments: [{ method: 'cash', amountPaise: p.price_paise }] }, token).result;
}

describe('faults', () => {
  it('disk full during a sale: a clear error, nothing half-written, and selling resumes when there is room', () => {
    const app = createApp(path.join(tempDir(), 'shop.db'));
    const { cashier } = demoShop(app);
    expect(sale(app, cashier).ok).toBe(true);
    app.db.pragma('wal_checkpoint(TRUNCATE)');
    const before = dbFingerprint(app.db);
    // No room to grow: SQLite reports SQLITE_FULL exactly as on a full disk.
    const pages = app.db.pragma('page_count', { simple: true }) as number;
    app.db.pragma(`max_page_count = ${pages}`);
    let full: ReturnType<typeof sale> | undefined;
    for (let i = 0; i < 200 && (!full || full.ok); i++) full = sale(app, cashier);
    expect(full).toMatchObject({ ok: false, error: { code: 'DISK_FULL' } });
    const afterFull = dbFingerprint(app.db);
    expect(app.db.pragma('integrity_check', { simple: true })).toBe('ok');
    app.db.pragma('max_page_count = 1073741823');
    expect(sale(app, cashier).ok).toBe(true);
    // the refused sale left nothing: every sale that exists is whole
    const partial = app.db.prepare('SELECT count(*) FROM sales s WHERE NOT EXISTS (SELECT 1 FROM sale_payments p WHERE p.sale_id = s.id)').pluck().get();
    expect(partial).toBe(0);
    expect(afterFull).not.toBe(before); // the sales that fitted were kept
    app.close();
  });

  it('the database locked by another process: DB_BUSY after the wait, nothing written, then works', () => {
    const file = path.join(tempDir(), 'shop.db');
    const app = createApp(file, { busyTimeoutMs: 100 });
    const { cashier } = demoShop(app);
    const other = new Database(file);
    other.exec('BEGIN EXCLUSIVE');
    const r = sale(app, cashier);
    expect(r).toMatchObject({ ok: false, error: { code: 'DB_BUSY' } });
    other.exec('ROLLBACK');
    other.close();
    expect(sale(app, cashier).ok).toBe(true);
    expect(app.db.prepare('SELECT count(*) FROM sales').pluck().get()).toBe(1);
    app.close();
  });
});

describe('logs', () => {
  it('rotate by size, keep the last few, and never write a PIN', () => {
    const dir = tempDir();
    const log = createLogger(dir, { maxBytes: 300, keep: 3, echo: false });
    for (let i = 0; i < 40; i++) log(`event ${i}`, { pin: '2468', userId: 7, sessionToken: 'abc' });
    const files = fs.readdirSync(dir).sort();
    expect(files).toEqual(['hamar-hatri.log', 'hamar-hatri.log.1', 'hamar-hatri.log.2', 'hamar-hatri.log.3']);
    const all = files.map((f) => fs.readFileSync(path.join(dir, f), 'utf8')).join('');
    expect(all).not.toContain('2468');
    expect(all).not.toContain('abc');
    expect(all).toContain('"userId":7');
    expect(fs.statSync(path.join(dir, 'hamar-hatri.log')).size).toBeLessThanOrEqual(300);
    expect(fs.readFileSync(path.join(dir, 'hamar-hatri.log'), 'utf8')).toContain('event 39');
  });
});
