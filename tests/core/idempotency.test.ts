import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/core/app';
import { migrate } from '../../src/core/db/migrate';
import { migrations } from '../../src/core/db/migrations';
import { requestHash } from '../../src/core/idempotency';
import { dbFingerprint, demoShop } from '../support/db';

function shop() {
  const app = createApp(':memory:', { clock: () => new Date('2026-11-23T06:30:00Z') });
  const tokens = demoShop(app);
  const product = (sku: string) => app.db.prepare('SELECT id, price_paise FROM products WHERE sku = ?').get(sku) as { id: number; price_paise: number };
  return { app, ...tokens, product };
}

const line = (p: { id: number; price_paise: number }, qty: number) => ({ productId: p.id, qtyMilli: qty * 1000, expectedPricePaise: p.price_paise });

describe('a reused request id', () => {
  it('with the same request from the same person returns the first sale and writes nothing', () => {
    const { app, cashier, product } = shop();
    const jute = product('JUTE-001');
    const input = { requestId: crypto.randomUUID(), lines: [line(jute, 1)], payments: [{ method: 'cash' as const, amountPaise: jute.price_paise }] };
    const first = app.call('sales.checkout', input, cashier).result;
    expect(first.ok).toBe(true);
    const before = dbFingerprint(app.db);
    // The same body with its keys in another order is the same request.
    expect(app.call('sales.checkout', { payments: input.payments, lines: input.lines, requestId: input.requestId }, cashier).result).toEqual(first);
    expect(dbFingerprint(app.db)).toBe(before);
  });

  it('with another body is refused (IDEMPOTENCY_MISMATCH) and the first sale stays as it was', () => {
    const { app, cashier, product } = shop();
    const [dhok, jute, kosa] = ['DHOK-001', 'JUTE-001', 'KOSA-002'].map(product) as [ReturnType<typeof product>, ReturnType<typeof product>, ReturnType<typeof product>];
    const requestId = crypto.randomUUID();
    const lines = [line(dhok, 1), line(jute, 1), line(kosa, 1)];
    const total = dhok.price_paise + jute.price_paise + kosa.price_paise;
    const first = app.call('sales.checkout', { requestId, lines, payments: [{ method: 'cash', amountPaise: total }] }, cashier).result;
    if (!first.ok) throw new Error(JSON.stringify(first.error));
    const before = dbFingerprint(app.db);
    const other = app.call('sales.checkout', { requestId, lines: [line(jute, 5)], payments: [{ method: 'upi', amountPaise: 5 * jute.price_paise, ref: '433912345678' }] }, cashier).result;
    expect(other).toEqual({ ok: false, error: { code: 'IDEMPOTENCY_MISMATCH', details: { requestId } } });
    expect(dbFingerprint(app.db)).toBe(before);
    expect(app.call('sales.get', { id: first.value.id }, cashier).result).toEqual({ ok: true, value: first.value });
  });

  it('by another person is refused, even with the same body', () => {
    const { app, cashier, owner, product } = shop();
    const jute = product('JUTE-001');
    const input = { requestId: crypto.randomUUID(), lines: [line(jute, 1)], payments: [{ method: 'cash' as const, amountPaise: jute.price_paise }] };
    expect(app.call('sales.checkout', input, cashier).result.ok).toBe(true);
    const before = dbFingerprint(app.db);
    expect(app.call('sales.checkout', input, owner).result).toMatchObject({ ok: false, error: { code: 'IDEMPOTENCY_MISMATCH' } });
    expect(dbFingerprint(app.db)).toBe(before);
  });

  it('for another method is refused', () => {
    const { app, owner, product } = shop();
    const jute = product('JUTE-001');
    const requestId = crypto.randomUUID();
    expect(app.call('stock.writeOff', { requestId, productId: jute.id, qtyMilli: 1000, reason: 'broken' }, owner).result.ok).toBe(true);
    const before = dbFingerprint(app.db);
    const r = app.call('sales.checkout', { requestId, lines: [line(jute, 1)], payments: [{ method: 'cash', amountPaise: jute.price_paise }] }, owner).result;
    expect(r).toMatchObject({ ok: false, error: { code: 'IDEMPOTENCY_MISMATCH' } });
    expect(dbFingerprint(app.db)).toBe(before);
  });

  it('stores a sha256 of method, caller and input; an approval PIN is left out of it', () => {
    const { app, cashier, product } = shop();
    const jute = product('JUTE-001');
    app.call('sales.checkout', { requestId: crypto.randomUUID(), lines: [line(jute, 1)], payments: [{ method: 'cash', amountPaise: jute.price_paise }] }, cashier);
    expect(app.db.prepare('SELECT request_hash FROM idempotency').pluck().get()).toMatch(/^[0-9a-f]{64}$/);
    // A hash over a 4-6 digit PIN could be reversed by trying all million: the PIN is masked first.
    const input = (pin: string, userId = 2) => ({ requestId: 'r', approval: { userId, pin }, lines: [] });
    expect(requestHash('sales.checkout', 1, input('1234'))).toBe(requestHash('sales.checkout', 1, input('987654')));
    expect(requestHash('sales.checkout', 1, input('1234'))).not.toBe(requestHash('sales.checkout', 1, input('1234', 3)));
    expect(requestHash('sales.checkout', 1, input('1234'))).not.toBe(requestHash('sales.checkout', 2, input('1234')));
    expect(requestHash('sales.checkout', 1, { a: 1, b: [1, { c: 2, d: 3 }] })).toBe(requestHash('sales.checkout', 1, { b: [1, { d: 3, c: 2 }], a: 1 }));
  });
});

describe('migration 0020 (idempotency request hash)', () => {
  it('adds the column; a row recorded before it matches any repeat of the same method', () => {
    const db = new Database(':memory:');
    migrate(db, migrations.slice(0, 19));
    db.prepare("INSERT INTO idempotency (request_id, method, result, at) VALUES ('r-1', 'stock.writeOff', '{\"old\":true}', '2026-01-01T00:00:00.000Z')").run();
    migrate(db, migrations.slice(0, 20));
    expect(db.pragma('user_version', { simple: true })).toBe(20);
    expect(db.prepare('SELECT request_id, method, request_hash FROM idempotency').all()).toEqual([{ request_id: 'r-1', method: 'stock.writeOff', request_hash: null }]);
    expect(() => db.prepare("INSERT INTO idempotency (request_id, method, result, at, request_hash) VALUES ('r-2', 'm', 'null', 'x', 'short')").run()).toThrow(/CHECK/);
    db.close();
  });

  it('an old row is answered with its first result, for its own method only', () => {
    const { app, owner, product } = shop();
    const jute = product('JUTE-001');
    const requestId = crypto.randomUUID();
    app.db.prepare("INSERT INTO idempotency (request_id, method, result, at) VALUES (?, 'stock.writeOff', '{\"old\":true}', '2026-01-01T00:00:00.000Z')").run(requestId);
    const before = dbFingerprint(app.db);
    expect(app.call('stock.writeOff', { requestId, productId: jute.id, qtyMilli: 1000, reason: 'broken' }, owner).result).toEqual({ ok: true, value: { old: true } });
    expect(app.call('sales.checkout', { requestId, lines: [line(jute, 1)], payments: [{ method: 'cash', amountPaise: jute.price_paise }] }, owner).result).toMatchObject({ ok: false, error: { code: 'IDEMPOTENCY_MISMATCH' } });
    expect(dbFingerprint(app.db)).toBe(before);
  });
});
