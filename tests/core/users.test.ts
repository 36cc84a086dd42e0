import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/core/app';
import { dbFingerprint, demoShop } from '../support/db';

function shop() {
  const app = createApp(':memory:');
  return { app, ...demoShop(app) };
}
const tokenOf = (o: { session?: { set: string } | { clear: true } }) => (o.session as { set: string }).set;

describe('staff and PINs', () => {
  it('a manager adds a cashier who can then unlock; a PIN reset ends her sessions', () => {
    const { app, owner } = shop();
    const r = app.call('users.create', { name: 'रीना ठाकुर', role: 'cashier', pin: '4455' }, owner).result;
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    expect(r.value).toMatchObject({ name: 'रीना ठाकुर', role: 'cashier', active: true });
    expect(app.call('users.create', { name: 'रीना ठाकुर', role: 'cashier', pin: '1212' }, owner).result).toMatchObject({ ok: false, error: { code: 'CONFLICT', details: { field: 'name' } } });
    const login = app.call('session.login', { userId: r.value.id, pin: '4455' });
    const token = tokenOf(login);
    expect(app.call('session.current', {}, token).result).toMatchObject({ ok: true, value: { name: 'रीना ठाकुर' } });
    app.call('users.resetPin', { id: r.value.id, pin: '9988' }, owner);
    expect(app.call('session.current', {}, token).result).toEqual({ ok: true, value: null });
    expect(app.call('session.login', { userId: r.value.id, pin: '4455' }).result).toMatchObject({ ok: false, error: { code: 'WRONG_PIN' } });
    expect(app.call('session.login', { userId: r.value.id, pin: '9988' }).result).toMatchObject({ ok: true });
    const audit = app.db.prepare("SELECT details FROM audit_log WHERE action IN ('users.create', 'users.resetPin')").pluck().all().join();
    expect(audit).not.toMatch(/4455|9988/);
  });

  it('a cashier manages no one; a manager cannot make managers; the last owner stays', () => {
    const { app, owner, cashier, cashierId } = shop();
    const before = dbFingerprint(app.db);
    expect(app.call('users.create', { name: 'X', role: 'cashier', pin: '1234' }, cashier).result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const mgr = app.call('users.create', { name: 'मंजू', role: 'manager', pin: '5555' }, owner).result;
    if (!mgr.ok) throw new Error('manager');
    const mtoken = tokenOf(app.call('session.login', { userId: mgr.value.id, pin: '5555' }));
    const afterMgr = dbFingerprint(app.db);
    expect(app.call('users.create', { name: 'Y', role: 'manager', pin: '1234' }, mtoken).result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(app.call('users.resetPin', { id: 1, pin: '0000' }, mtoken).result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(app.call('users.setActive', { id: 1, active: false }, owner).result).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(dbFingerprint(app.db)).toBe(afterMgr);
    expect(before).not.toBe(afterMgr);
    // a manager may retire a cashier, whose session ends at once
    expect(app.call('users.setActive', { id: cashierId, active: false }, mtoken).result).toMatchObject({ ok: true, value: { active: false } });
    expect(app.call('catalog.page', {}, cashier).result).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect(app.call('session.people', {}).result).toMatchObject({ ok: true, value: expect.not.arrayContaining([expect.objectContaining({ id: cashierId })]) });
  });

  it('reads the audit trail filtered, newest first, including failed PINs', () => {
    const { app, owner, cashierId } = shop();
    app.call('session.login', { userId: cashierId, pin: '0000' });
    const r = app.call('audit.list', { action: 'session.login_failed' }, owner).result;
    expect(r).toMatchObject({ ok: true, value: { total: 1, rows: [{ action: 'session.login_failed', userName: 'पूजा यादव', details: { failedPins: 1 } }] } });
    // shop days, not UTC dates; and '_' in a filter is a plain character
    expect(app.call('audit.list', { action: 'session.login_failed', from: '2099-01-01' }, owner).result).toMatchObject({ ok: true, value: { total: 0 } });
    expect(app.call('audit.list', { action: 'session_login' }, owner).result).toMatchObject({ ok: true, value: { total: 0 } });
    const all = app.call('audit.list', { limit: 2 }, owner).result;
    expect(all.ok && all.value.rows.length).toBe(2);
    expect(all.ok && all.value.rows[0]!.id > all.value.rows[1]!.id).toBe(true);
  });
});

describe('idle sessions', () => {
  it('a session unused for longer than the idle time is over', () => {
    let now = new Date('2026-11-23T10:00:00Z');
    const app = createApp(':memory:', { clock: () => now, sessionIdleMs: 10 * 60_000 });
    const { cashier } = demoShop(app);
    now = new Date(now.getTime() + 9 * 60_000);
    expect(app.call('catalog.page', {}, cashier).result.ok).toBe(true); // used: the clock restarts
    now = new Date(now.getTime() + 9 * 60_000);
    expect(app.call('catalog.page', {}, cashier).result.ok).toBe(true);
    now = new Date(now.getTime() + 11 * 60_000);
    expect(app.call('catalog.page', {}, cashier).result).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  });
});

describe("a manager's PIN in the same call", () => {
  it('lets a cashier do one manager task (a write-off), recorded with both people; a wrong PIN is counted and does nothing', () => {
    const { app, cashier, cashierId } = shop();
    const ownerId = app.db.prepare("SELECT id FROM users WHERE role = 'owner'").pluck().get() as number;
    const jute = app.db.prepare("SELECT id FROM products WHERE sku = 'JUTE-001'").pluck().get() as number;
    const input = (pin: string) => ({ requestId: crypto.randomUUID(), productId: jute, qtyMilli: 1000, reason: 'फटा हुआ', approval: { userId: ownerId, pin } });
    expect(app.call('stock.writeOff', { requestId: crypto.randomUUID(), productId: jute, qtyMilli: 1000, reason: 'x' }, cashier).result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const before = app.db.prepare("SELECT count(*) FROM stock_movements WHERE kind = 'write_off'").pluck().get();
    expect(app.call('stock.writeOff', input('0000'), cashier).result).toMatchObject({ ok: false, error: { code: 'WRONG_PIN' } });
    expect(app.db.prepare("SELECT count(*) FROM stock_movements WHERE kind = 'write_off'").pluck().get()).toBe(before);
    expect(app.db.prepare('SELECT failed_pins FROM users WHERE id = ?').pluck().get(ownerId)).toBe(1);
    expect(app.call('stock.writeOff', input('1234'), cashier).result).toMatchObject({ ok: true });
    const audit = JSON.parse(app.db.prepare("SELECT details FROM audit_log WHERE action = 'stock.writeOff'").pluck().get() as string);
    expect(audit.approvedBy).toBe(ownerId);
    expect(app.db.prepare("SELECT user_id FROM audit_log WHERE action = 'stock.writeOff'").pluck().get()).toBe(cashierId);
    expect(JSON.stringify(audit)).not.toContain('1234');
    // a cashier's PIN approves nothing
    expect(app.call('stock.writeOff', { ...input('1111'), approval: { userId: cashierId, pin: '1111' } }, cashier).result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});

describe('settings are the owner’s', () => {
  it('a manager may not change the shop settings alone; with the owner’s PIN she may', () => {
    const { app, owner } = shop();
    const mgr = app.call('users.create', { name: 'मंजू', role: 'manager', pin: '5555' }, owner).result;
    if (!mgr.ok) throw new Error('manager');
    const token = tokenOf(app.call('session.login', { userId: mgr.value.id, pin: '5555' }));
    const s = app.call('settings.get', {}).result;
    if (!s.ok) throw new Error('settings');
    const { updatedAt: _u, ...input } = s.value;
    expect(app.call('settings.update', { ...input, shopName: 'नया नाम' }, token).result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const ownerId = app.db.prepare("SELECT id FROM users WHERE role = 'owner'").pluck().get() as number;
    expect(app.call('settings.update', { ...input, shopName: 'नया नाम', approval: { userId: ownerId, pin: '1234' } }, token).result).toMatchObject({ ok: true, value: { shopName: 'नया नाम' } });
  });
});
