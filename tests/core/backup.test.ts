import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/core/app';
import { dbFingerprint, demoShop, tempDir } from '../support/db';
import { shopWithBackup } from './backup-support';

const rid = () => crypto.randomUUID();

function sell(app: App, token: string) {
  const p = app.db.prepare("SELECT id, price_paise FROM products WHERE sku = 'JUTE-001'").get() as { id: number; price_paise: number };
  const r = app.call('sales.checkout', { requestId: rid(), lines: [{ productId: p.id, qtyMilli: 1000, expectedPricePaise: p.price_paise }], payments: [{ method: 'cash', amountPaise: p.price_paise }] }, token).result;
  if (!r.ok) throw new Error(JSON.stringify(r.error));
}

describe('backups', () => {
  it('backs up (verified, SHA-256), keeps the last N, and restores at the next start equal table by table', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'shop.db');
    const usb = path.join(dir, 'usb');
    const app = createApp(file);
    const { owner, cashier } = demoShop(app);
    expect(app.call('backup.updateSettings', { dir: usb, keep: 2 }, owner).result).toMatchObject({ ok: true, value: { dir: usb, keep: 2 } });
    sell(app, cashier);
    const first = (await app.call('backup.now', {}, owner)).result;
    if (!first.ok) throw new Error(JSON.stringify(first.error));
    const atBackup = dbFingerprint(app.db);
    expect(fs.readFileSync(`${first.value.file}.sha256`, 'utf8')).toContain(first.value.sha256);
    for (let i = 0; i < 2; i++) {
      sell(app, cashier);
      await new Promise((r) => setTimeout(r, 5)); // distinct file names
      await app.call('backup.now', {}, owner);
    }
    const list = app.call('backup.list', {}, owner).result;
    expect(list.ok && list.value.length).toBe(2); // the oldest was pruned
    // the first backup is gone from the folder; restore from the oldest kept one instead
    const kept = list.ok ? list.value[1]!.file : '';
    const keptCopy = createApp(kept, { migrate: false });
    const expected = dbFingerprint(keptCopy.db);
    keptCopy.close();
    expect(expected).not.toBe(atBackup); // it has one more sale than the first backup
    expect(app.call('backup.restore', { file: kept }, owner).result).toEqual({ ok: true, value: { restartRequired: true } });
    sell(app, cashier); // work after the request is what a restore throws away (it is kept aside)
    app.close();

    const reopened = createApp(file);
    expect(dbFingerprint(reopened.db)).toBe(expected);
    expect(reopened.db.pragma('integrity_check', { simple: true })).toBe('ok');
    const aside = fs.readdirSync(dir).filter((f) => f.startsWith('shop.db.before-restore-') && !f.endsWith('-wal') && !f.endsWith('-shm'));
    expect(aside).toHaveLength(1);
    reopened.close();
  });

  it('shows a restore waiting for the next start, and the owner can call it off so the next start keeps today\'s data', async () => {
    const { dir, file, app, owner, cashier, backup } = await shopWithBackup();
    expect(app.call('backup.getPendingRestore', {}, owner).result).toEqual({ ok: true, value: null });
    app.call('backup.restore', { file: backup }, owner);
    expect(app.call('backup.getPendingRestore', {}, owner).result).toMatchObject({ ok: true, value: { file: backup, requestedAt: expect.any(String) } });
    expect(app.call('backup.cancelRestore', {}, cashier).result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(app.call('backup.cancelRestore', {}, owner).result).toEqual({ ok: true, value: { cancelled: true } });
    expect(app.call('backup.getPendingRestore', {}, owner).result).toEqual({ ok: true, value: null });
    expect(app.call('backup.cancelRestore', {}, owner).result).toEqual({ ok: true, value: { cancelled: false } });
    sell(app, cashier);
    const before = dbFingerprint(app.db);
    app.close();
    const reopened = createApp(file);
    expect(dbFingerprint(reopened.db)).toBe(before); // nothing was swapped at the start
    expect(fs.readdirSync(dir).some((f) => f.startsWith('shop.db.before-restore-'))).toBe(false);
    reopened.close();
  });

  it('refuses a corrupted or foreign backup with the reason, and a cashier', async () => {
    const dir = tempDir();
    const app = createApp(path.join(dir, 'shop.db'));
    const { owner, cashier } = demoShop(app);
    app.call('backup.updateSettings', { dir: path.join(dir, 'b'), keep: 5 }, owner);
    const b = (await app.call('backup.now', {}, owner)).result;
    if (!b.ok) throw new Error('backup');
    // flip bytes in the middle of the file: the checksum no longer matches
    const bytes = fs.readFileSync(b.value.file);
    const mid = Math.floor(bytes.length / 2);
    bytes[mid] = bytes[mid]! ^ 0xff;
    fs.writeFileSync(b.value.file, bytes);
    expect(app.call('backup.verify', { file: b.value.file }, owner).result).toEqual({ ok: true, value: { ok: false, reason: 'checksum' } });
    expect(app.call('backup.restore', { file: b.value.file }, owner).result).toMatchObject({ ok: false, error: { code: 'BACKUP_INVALID', details: { reason: 'checksum' } } });
    fs.writeFileSync(path.join(dir, 'notes.db'), 'not a database at all');
    expect(app.call('backup.restore', { file: path.join(dir, 'notes.db') }, owner).result).toMatchObject({ ok: false, error: { code: 'BACKUP_INVALID', details: { reason: 'not_sqlite' } } });
    expect(app.call('backup.restore', { file: path.join(dir, 'missing.db') }, owner).result).toMatchObject({ ok: false, error: { code: 'BACKUP_INVALID', details: { reason: 'missing' } } });
    expect((await app.call('backup.now', {}, cashier)).result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(app.call('backup.updateSettings', { dir: 'relative/dir', keep: 5 }, owner).result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(fs.existsSync(path.join(dir, 'shop.db.restore.json'))).toBe(false);
    app.close();
  });
});

describe('scheduled backups', () => {
  it('makes one daily backup per shop day and one on close', async () => {
    const { scheduleBackups, dailyBackupDue } = await import('../../src/core/backup/schedule');
    const dir = tempDir();
    let now = new Date('2026-11-23T04:00:00Z');
    const app = createApp(path.join(dir, 'shop.db'), { clock: () => now });
    demoShop(app);
    expect(dailyBackupDue(app, now)).toBe(true);
    const logs: unknown[] = [];
    const s = scheduleBackups(app, (m, e) => logs.push([m, e]), () => now);
    await new Promise((r) => setTimeout(r, 300));
    expect(dailyBackupDue(app, now)).toBe(false);
    now = new Date('2026-11-23T18:31:00Z'); // past midnight in Kolkata: a new shop day
    expect(dailyBackupDue(app, now)).toBe(true);
    await s.onClose();
    const reasons = app.db.prepare('SELECT reason FROM backups ORDER BY id').pluck().all();
    expect(reasons).toEqual(['daily', 'close']);
    expect(logs).toEqual([]);
    app.close();
  });
});

describe('export everything', () => {
  it('writes every table as CSV and JSON into one zip with a manifest', async () => {
    const { unzipSync, strFromU8 } = await import('fflate');
    const dir = tempDir();
    const app = createApp(path.join(dir, 'shop.db'));
    const { owner, cashier } = demoShop(app);
    sell(app, cashier);
    const r = app.call('backup.exportAll', {}, owner).result;
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    const files = unzipSync(fs.readFileSync(r.value.file));
    const manifest = JSON.parse(strFromU8(files['manifest.json']!)) as { tables: { table: string; rows: number }[] };
    const sales = manifest.tables.find((t) => t.table === 'sales');
    expect(sales?.rows).toBe(1);
    expect(manifest.tables.some((t) => t.table.startsWith('products_fts'))).toBe(false);
    expect(strFromU8(files['csv/products.csv']!)).toContain('ढोकरा हाथी');
    const lines = JSON.parse(strFromU8(files['json/sale_lines.json']!)) as { net_paise: number }[];
    expect(lines[0]!.net_paise).toBe(25_000);
    expect(app.call('backup.exportAll', {}, cashier).result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    app.close();
  });
});

describe('housekeeping', () => {
  it('drops repeat-safety records older than two days, keeping recent ones', async () => {
    const { pruneIdempotency } = await import('../../src/core/backup/schedule');
    let now = new Date('2026-11-20T10:00:00Z');
    const app = createApp(':memory:', { clock: () => now, sessionIdleMs: 7 * 86_400_000 });
    const { cashier } = demoShop(app);
    sell(app, cashier);
    now = new Date('2026-11-23T10:00:00Z');
    sell(app, cashier);
    expect(app.db.prepare('SELECT count(*) FROM idempotency').pluck().get()).toBe(2);
    expect(pruneIdempotency(app, now)).toBe(1);
    expect(app.db.prepare('SELECT count(*) FROM idempotency').pluck().get()).toBe(1);
    expect(app.db.prepare('SELECT count(*) FROM sales').pluck().get()).toBe(2); // the sales themselves stay
  });
});
