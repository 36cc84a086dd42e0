/**
 * A repeated checkout answers its first result rebuilt from what it wrote: the record keeps the
 * sale's id and the few fields that could later read differently, not the whole Sale (#17).
 */
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/core/app';
import { dbFingerprint, demoShop } from '../support/db';

function shop() {
  const app = createApp(':memory:', { clock: () => new Date('2026-11-23T06:30:00Z') });
  const tokens = demoShop(app);
  const product = (sku: string) => app.db.prepare('SELECT id, price_paise FROM products WHERE sku = ?').get(sku) as { id: number; price_paise: number };
  return { app, ...tokens, product };
}
const line = (p: { id: number; price_paise: number }, qty: number) => ({ productId: p.id, qtyMilli: qty * 1000, expectedPricePaise: p.price_paise });

describe('a repeated checkout', () => {
  it('answers exactly the first sale from a record of about a hundred bytes, and writes nothing', () => {
    const { app, cashier, product } = shop();
    const [dhok, jute] = [product('DHOK-001'), product('JUTE-001')];
    const total = dhok.price_paise + 2 * jute.price_paise;
    const input = { requestId: crypto.randomUUID(), lines: [line(dhok, 1), line(jute, 2)], customerName: 'सीमा', payments: [{ method: 'cash' as const, amountPaise: total, tenderedPaise: total + 5000 }] };
    const first = app.call('sales.checkout', input, cashier).result;
    if (!first.ok) throw new Error(JSON.stringify(first.error));
    const kept = app.db.prepare('SELECT result FROM idempotency WHERE request_id = ?').pluck().get(input.requestId) as string;
    expect(JSON.parse(kept)).toEqual({ $replay: { sale: first.value.id, cashier: first.value.cashier, approvedBy: null, skus: ['DHOK-001', 'JUTE-001'] } });
    expect(kept.length).toBeLessThan(150);
    expect(JSON.stringify(first.value).length).toBeGreaterThan(1000);
    const before = dbFingerprint(app.db);
    expect(app.call('sales.checkout', input, cashier).result).toStrictEqual(first);
    expect(dbFingerprint(app.db)).toBe(before);
  });

  it('still answers the first sale after a return on the bill, a renamed cashier and a changed SKU', () => {
    const { app, cashier, owner, product } = shop();
    const jute = product('JUTE-001');
    const input = { requestId: crypto.randomUUID(), lines: [line(jute, 2)], payments: [{ method: 'upi' as const, amountPaise: 2 * jute.price_paise, ref: '433912345678' }] };
    const first = app.call('sales.checkout', input, cashier).result;
    if (!first.ok) throw new Error(JSON.stringify(first.error));
    const back = app.call('sales.return', { requestId: crypto.randomUUID(), billNo: first.value.billNo, lines: [{ lineNo: 1, qtyMilli: 1000 }], reason: 'ग्राहक को पसंद नहीं', refundMethod: 'upi' } as never, cashier).result;
    expect(back.ok, JSON.stringify(back)).toBe(true);
    app.db.prepare("UPDATE users SET name = 'पूजा वर्मा' WHERE name = ?").run(first.value.cashier);
    app.db.prepare("UPDATE products SET sku = 'JUTE-XYZ' WHERE id = ?").run(jute.id);
    // what the bill reads now has moved on ...
    const now = app.call('sales.get', { id: first.value.id }, owner).result;
    expect(now.ok && [now.value.cashier, now.value.lines[0]!.sku, now.value.lines[0]!.returnedMilli, now.value.returns?.length]).toEqual(['पूजा वर्मा', 'JUTE-XYZ', 1000, 1]);
    // ... the repeat answers what the first call did
    expect(app.call('sales.checkout', input, cashier).result).toStrictEqual(first);
  });

  it('a record kept whole (before #17) is answered as it was kept', () => {
    const { app, cashier, product } = shop();
    const jute = product('JUTE-001');
    const input = { requestId: crypto.randomUUID(), lines: [line(jute, 1)], payments: [{ method: 'cash' as const, amountPaise: jute.price_paise }] };
    const first = app.call('sales.checkout', input, cashier).result;
    if (!first.ok) throw new Error(JSON.stringify(first.error));
    app.db.prepare('UPDATE idempotency SET result = ? WHERE request_id = ?').run(JSON.stringify(first.value), input.requestId);
    expect(app.call('sales.checkout', input, cashier).result).toStrictEqual(first);
  });
});
