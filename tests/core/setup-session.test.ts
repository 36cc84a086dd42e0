import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/core/app';
import { hashPin, lockoutMs, verifyPin } from '../../src/core/session/pin';
import { METHOD_NAMES, contract } from '../../src/shared/api';
import { demoShop, fileApp, tableCounts } from '../support/db';

const setupInput = { shopName: 'हमर हटरी', address: 'बोरसी, दुर्ग', phone: '9876543210', language: 'hi' as const, managerName: 'ललेश्वरी साहू', pin: '2580' };

describe('first-run setup', () => {
  it('creates the shop and its first manager, logs her in, and refuses a second setup', () => {
    const { app } = fileApp();
    expect(app.call('setup.status', {}).result).toEqual({ ok: true, value: { setUp: false, language: 'hi', shopName: null, timeZone: 'Asia/Kolkata' } });
    const o = app.call('setup.complete', setupInput);
    expect(o.result).toMatchObject({ ok: true, value: { name: 'ललेश्वरी साहू', role: 'owner' } });
    expect(o.session).toMatchObject({ set: expect.any(String) });
    const token = (o.session as { set: string }).set;
    expect(app.call('session.current', {}, token).result).toMatchObject({ ok: true, value: { role: 'owner' } });
    expect(app.call('settings.get', {}).result).toMatchObject({ ok: true, value: { shopName: 'हमर हटरी', timeZone: 'Asia/Kolkata', gstin: '' } });
    const counts = tableCounts(app.db);
    expect(app.call('setup.complete', setupInput).result).toMatchObject({ ok: false, error: { code: 'ALREADY_SET_UP' } });
    expect(app.call('setup.loadDemo', { language: 'en' }).result).toMatchObject({ ok: false, error: { code: 'ALREADY_SET_UP' } });
    expect(tableCounts(app.db)).toEqual(counts);
  });

  it('names the bad fields and writes nothing', () => {
    const app = createApp(':memory:');
    const r = app.call('setup.complete', { ...setupInput, shopName: '  ', pin: '12', phone: 'call me' }).result;
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('INVALID_INPUT');
    expect(r.error.details?.issues?.map((i) => i.path[0]).sort()).toEqual(['phone', 'pin', 'shopName']);
    expect(app.call('setup.status', {}).result).toMatchObject({ ok: true, value: { setUp: false } });
    expect(tableCounts(app.db).users).toBe(0);
  });

  it('never stores or audits a PIN in clear', () => {
    const app = createApp(':memory:');
    app.call('setup.complete', setupInput);
    const hash = app.db.prepare('SELECT pin_hash FROM users').pluck().get() as string;
    expect(hash).toMatch(/^scrypt\$/);
    expect(hash).not.toContain('2580');
    const audit = app.db.prepare('SELECT details FROM audit_log').pluck().all().join('\n');
    expect(audit).not.toContain('2580');
    expect(audit).toContain('"pin":"***"');
  });
});

describe('the demo shop', () => {
  it('loads artisans, crafts with Hindi names, products and rentables with stock from the ledger', () => {
    const app = createApp(':memory:');
    const { owner } = demoShop(app);
    const page = app.call('catalog.page', { limit: 200 }, owner).result;
    expect(page.ok).toBe(true);
    if (!page.ok) return;
    expect(page.value.total).toBeGreaterThan(15);
    expect(page.value.rows.some((r) => r.forRent && r.nameHi === 'कलशा')).toBe(true);
    expect(page.value.rows.some((r) => r.craftHi === 'ढोकरा आर्ट')).toBe(true);
    // the cached on-hand equals the sum of the ledger for every product
    const mismatches = app.db
      .prepare(`SELECT p.id FROM products p LEFT JOIN stock_on_hand s ON s.product_id = p.id
                 WHERE COALESCE(s.qty_milli, 0) <> (SELECT COALESCE(sum(qty_milli), 0) FROM stock_movements m WHERE m.product_id = p.id)`)
      .all();
    expect(mismatches).toEqual([]);
    expect(app.db.prepare('SELECT count(*) FROM barcodes').pluck().get()).toBe(page.value.total);
  });
});

describe('PINs and sessions', () => {
  it('hashes slowly with a salt and verifies', () => {
    const a = hashPin('1234');
    expect(a).not.toBe(hashPin('1234'));
    expect(verifyPin('1234', a)).toBe(true);
    expect(verifyPin('1235', a)).toBe(false);
    expect(verifyPin('1234', 'garbage')).toBe(false);
  });

  it('counts wrong PINs, locks with growing delays, and keeps the count though the call failed', () => {
    let now = new Date('2026-11-23T10:00:00Z');
    const app = createApp(':memory:', { clock: () => now });
    demoShop(app);
    const cashierId = app.db.prepare("SELECT id FROM users WHERE role = 'cashier'").pluck().get() as number;
    for (let i = 1; i <= 4; i++) {
      expect(app.call('session.login', { userId: cashierId, pin: '9999' }).result).toMatchObject({ ok: false, error: { code: 'WRONG_PIN', details: { triesLeft: 5 - i } } });
    }
    const fifth = app.call('session.login', { userId: cashierId, pin: '9999' }).result;
    expect(fifth).toMatchObject({ ok: false, error: { code: 'LOCKED_OUT' } });
    // even the right PIN is refused while locked
    expect(app.call('session.login', { userId: cashierId, pin: '1111' }).result).toMatchObject({ ok: false, error: { code: 'LOCKED_OUT' } });
    expect(app.db.prepare("SELECT count(*) FROM audit_log WHERE action = 'session.login_failed'").pluck().get()).toBe(5);
    now = new Date(now.getTime() + lockoutMs(5) + 1);
    const ok = app.call('session.login', { userId: cashierId, pin: '1111' });
    expect(ok.result).toMatchObject({ ok: true, value: { role: 'cashier' } });
    expect(app.db.prepare('SELECT failed_pins FROM users WHERE id = ?').pluck().get(cashierId)).toBe(0);
    expect(lockoutMs(6)).toBe(2 * lockoutMs(5));
    expect(lockoutMs(100)).toBe(15 * 60_000);
  });

  it('logout ends the session', () => {
    const app = createApp(':memory:');
    const { cashier } = demoShop(app);
    const o = app.call('session.logout', {}, cashier);
    expect(o.session).toEqual({ clear: true });
    expect(app.call('catalog.page', {}, cashier).result).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  });
});

describe('settings', () => {
  it('a manager updates them with before/after in the audit trail; bad values are named and change nothing', () => {
    const app = createApp(':memory:');
    const { owner } = demoShop(app);
    const before = app.call('settings.get', {}).result;
    const bad = app.call('settings.update', { shopName: 'X', language: 'hi', gstin: 'NOT-A-GSTIN', timeZone: 'Mars/Base' }, owner).result;
    expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    if (!bad.ok) expect(bad.error.details?.issues?.map((i) => i.message).sort()).toEqual(['gstin', 'timezone']);
    expect(app.call('settings.get', {}).result).toEqual(before);
    const good = app.call('settings.update', { shopName: 'हमर हटरी एंपोरियम', language: 'en', gstin: '22aaaaa0000a1z5', address: '', phone: '' }, owner).result;
    expect(good).toMatchObject({ ok: true, value: { shopName: 'हमर हटरी एंपोरियम', language: 'en', gstin: '22AAAAA0000A1Z5' } });
    const row = JSON.parse(app.db.prepare("SELECT details FROM audit_log WHERE action = 'settings.update'").pluck().get() as string);
    expect(row.before.shopName).toBe('हमर हटरी (डेमो)');
    expect(row.after.shopName).toBe('हमर हटरी एंपोरियम');
  });

  it('a cashier is refused every manager method in the core', async () => {
    const app = createApp(':memory:');
    const { cashier } = demoShop(app);
    const protectedMethods = METHOD_NAMES.filter((n) => ['manager', 'owner'].includes(contract[n].access));
    expect(protectedMethods.length).toBeGreaterThan(0);
    // Valid input where given: the refusal is about the role, whatever the input (role is checked first).
    const valid: Record<string, unknown> = {
      'settings.update': { shopName: 'Hacked', language: 'en' },
      'products.create': { nameEn: 'X', craftId: 1, pricePaise: 100 },
      'products.update': { id: 1, nameEn: 'X', craftId: 1, pricePaise: 100 },
      'products.archive': { id: 1 },
      'products.restore': { id: 1 },
      'crafts.create': { nameEn: 'X' },
      'crafts.update': { id: 1, nameEn: 'X' },
      'artisans.create': { nameEn: 'X', commissionBps: 0 },
      'artisans.update': { id: 1, nameEn: 'X', commissionBps: 0 },
      'stock.intake': { requestId: crypto.randomUUID(), artisanId: 1, lines: [{ productId: 1, qtyMilli: 1000 }] },
      'stock.returnToArtisan': { requestId: crypto.randomUUID(), artisanId: 1, reason: 'x', lines: [{ productId: 1, qtyMilli: 1000 }] },
      'stock.writeOff': { requestId: crypto.randomUUID(), productId: 1, qtyMilli: 1000, reason: 'x' },
      'counts.start': { scope: 'all' },
      'counts.scan': { id: 1, code: 'X' },
      'counts.set': { id: 1, productId: 1, countedMilli: 0 },
      'counts.post': { id: 1, reason: 'x' },
      'counts.cancel': { id: 1 },
    };
    for (const name of protectedMethods) {
      expect((await app.callAny(name, valid[name] ?? {}, cashier)).result, name).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      expect((await app.callAny(name, 'junk', cashier)).result, name).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    for (const name of METHOD_NAMES.filter((n) => contract[n].access !== 'public')) {
      expect((await app.callAny(name, valid[name] ?? {})).result, name).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    }
  });
});
