/** Exchanges: a return and a new sale in one step, the difference paid or refunded. */
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/core/app';
import type { Input } from '../../src/shared/api';
import { dbFingerprint, demoShop } from '../support/db';

type App = ReturnType<typeof createApp>;
type P = { id: number; price_paise: number; artisan_id: number | null };
const rid = () => crypto.randomUUID();

function shop() {
  const app = createApp(':memory:', { clock: () => new Date('2026-11-23T06:30:00Z') });
  const tokens = demoShop(app);
  const product = (sku: string) => app.db.prepare('SELECT id, price_paise, artisan_id FROM products WHERE sku = ?').get(sku) as P;
  const ownerId = app.db.prepare("SELECT id FROM users WHERE role = 'owner'").pluck().get() as number;
  return { app, ...tokens, product, ownerId };
}
const line = (p: P, qty = 1) => ({ productId: p.id, qtyMilli: qty * 1000, expectedPricePaise: p.price_paise });
const q = (app: App, sql: string, ...a: unknown[]) => app.db.prepare(sql).pluck().get(...a) as number;
const onHand = (app: App, p: P) => q(app, 'SELECT qty_milli FROM stock_on_hand WHERE product_id = ?', p.id);
const ledger = (app: App, p: P) => q(app, 'SELECT COALESCE(sum(amount_paise), 0) FROM artisan_ledger WHERE artisan_id = ?', p.artisan_id);
const drawer = (app: App) => q(app, 'SELECT COALESCE(sum(amount_paise), 0) FROM cash_movements');

/** Ledgers and their caches agree (rule 4). */
function consistent(app: App) {
  expect(app.db.prepare('SELECT count(*) FROM stock_on_hand s WHERE qty_milli != (SELECT COALESCE(sum(qty_milli), 0) FROM stock_movements m WHERE m.product_id = s.product_id)').pluck().get()).toBe(0);
  expect(app.db.prepare('SELECT count(*) FROM artisan_balances b WHERE balance_paise != (SELECT COALESCE(sum(amount_paise), 0) FROM artisan_ledger l WHERE l.artisan_id = b.artisan_id)').pluck().get()).toBe(0);
  // Every bill is paid in full: its payments plus any exchange credit.
  expect(app.db.prepare(`SELECT count(*) FROM sales s WHERE total_paise != (SELECT COALESCE(sum(amount_paise), 0) FROM sale_payments p WHERE p.sale_id = s.id)
      + COALESCE((SELECT credit_paise FROM sale_exchanges x WHERE x.sale_id = s.id), 0)`).pluck().get()).toBe(0);
}

function sold(t: ReturnType<typeof shop>, lines: ReturnType<typeof line>[], method: 'cash' | 'upi' = 'cash') {
  const total = lines.reduce((s, l) => s + (l.qtyMilli / 1000) * l.expectedPricePaise, 0);
  const r = t.app.call('sales.checkout', { requestId: rid(), lines, payments: [{ method, amountPaise: total }] }, t.cashier).result;
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
}

type X = Input<'sales.exchange'>;
function exchange(t: ReturnType<typeof shop>, input: Partial<X> & Pick<X, 'billNo' | 'returnLines' | 'newLines'>) {
  return t.app.call('sales.exchange', { requestId: rid(), reason: 'साइज़ बदलना है', payments: [], ...input } as X, t.cashier).result;
}

describe('exchange', () => {
  it('an even exchange: goods back, new goods out, nothing paid, nothing refunded', () => {
    const t = shop();
    const jute = t.product('JUTE-001'); // ₹250, Geeta 20 %
    const dhan = t.product('DHAN-001'); // ₹50, Sunita 20 %
    const first = sold(t, [line(jute, 2)]);
    const [juteBefore, dhanBefore, geeta, sunita, cash] = [onHand(t.app, jute), onHand(t.app, dhan), ledger(t.app, jute), ledger(t.app, dhan), drawer(t.app)];
    const r = exchange(t, { billNo: first.billNo, returnLines: [{ lineNo: 1, qtyMilli: 2000, restock: true }], newLines: [line(dhan, 10)] });
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    const x = r.value;
    expect(x).toMatchObject({ creditPaise: 50_000, paidPaise: 0, refundPaise: 0 });
    expect(x.sale).toMatchObject({ totalPaise: 50_000, payments: [], exchangeCredit: { billNo: first.billNo, returnNo: x.return.returnNo, creditPaise: 50_000 } });
    expect(x.return).toMatchObject({ billNo: first.billNo, refundPaise: 50_000, exchange: { billNo: x.sale.billNo, creditPaise: 50_000, refundPaise: 0, refundMethod: null } });
    expect(onHand(t.app, jute)).toBe(juteBefore + 2000);
    expect(onHand(t.app, dhan)).toBe(dhanBefore - 10_000);
    expect(ledger(t.app, jute)).toBe(geeta - 40_000); // her 80 % of ₹500 reversed
    expect(ledger(t.app, dhan)).toBe(sunita + 40_000); // her 80 % of ₹500 accrued
    expect(drawer(t.app)).toBe(cash); // no cash moved
    expect(t.app.call('sales.get', { billNo: x.sale.billNo }, t.cashier).result).toEqual({ ok: true, value: x.sale });
    expect(t.app.call('sales.getReturn', { returnNo: x.return.returnNo }, t.cashier).result).toEqual({ ok: true, value: x.return });
    consistent(t.app);
  });

  it('the customer pays the difference; the same item may go out again once it is back', () => {
    const t = shop();
    const jute = t.product('JUTE-001');
    const dhok = t.product('DHOK-001'); // ₹2,450, 4 on hand
    const first = sold(t, [line(jute, 1)]);
    const cash = drawer(t.app);
    const r = exchange(t, {
      billNo: first.billNo, returnLines: [{ lineNo: 1, qtyMilli: 1000, restock: true }], newLines: [line(dhok, 1)],
      payments: [{ method: 'cash', amountPaise: 220_000, tenderedPaise: 250_000 }],
    });
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    expect(r.value).toMatchObject({ creditPaise: 25_000, paidPaise: 220_000, refundPaise: 0, sale: { totalPaise: 245_000, changePaise: 30_000 } });
    expect(drawer(t.app)).toBe(cash + 220_000);
    // All four Dhokra pieces sold, then one swapped for the same piece: it came back first, so there is stock.
    const all = sold(t, [line(dhok, 3)]);
    expect(onHand(t.app, dhok)).toBe(0);
    const same = exchange(t, { billNo: all.billNo, returnLines: [{ lineNo: 1, qtyMilli: 1000 }], newLines: [line(dhok, 1)] });
    expect(same).toMatchObject({ ok: true, value: { creditPaise: 245_000, paidPaise: 0, refundPaise: 0 } });
    expect(onHand(t.app, dhok)).toBe(0);
    consistent(t.app);
  });

  it('the shop refunds the difference: cash from the drawer, a manager above the limit, only by cash or the way it was paid', () => {
    const t = shop();
    const jute = t.product('JUTE-001');
    const dhok = t.product('DHOK-001');
    const first = sold(t, [line(dhok, 1)], 'upi');
    const base = { billNo: first.billNo, returnLines: [{ lineNo: 1, qtyMilli: 1000, restock: true }], newLines: [line(jute, 1)] };
    const before = dbFingerprint(t.app.db);
    expect(exchange(t, base)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', details: { issues: [{ path: ['refundMethod'] }] } } });
    expect(exchange(t, { ...base, refundMethod: 'card' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', details: { issues: [{ path: ['refundMethod'] }] } } });
    // ₹2,200 back is over the cashier's ₹2,000 limit (the ₹250 kept as credit is not a refund).
    expect(exchange(t, { ...base, refundMethod: 'cash' })).toMatchObject({ ok: false, error: { code: 'APPROVAL_REQUIRED', details: { reason: 'refund' } } });
    expect(exchange(t, { ...base, refundMethod: 'cash', payments: [{ method: 'cash', amountPaise: 100 }] })).toMatchObject({ ok: false, error: { code: 'PAYMENT_MISMATCH' } });
    expect(dbFingerprint(t.app.db)).toBe(before);
    const cash = drawer(t.app);
    const r = exchange(t, { ...base, refundMethod: 'cash', approval: { userId: t.ownerId, pin: '1234' } });
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    expect(r.value).toMatchObject({ creditPaise: 25_000, paidPaise: 0, refundPaise: 220_000, return: { approvedBy: 'ललिता साहू', exchange: { refundPaise: 220_000, refundMethod: 'cash' } } });
    expect(drawer(t.app)).toBe(cash - 220_000);
    expect(q(t.app, "SELECT sum(amount_paise) FROM cash_movements WHERE kind = 'refund'")).toBe(-220_000);
    // A small difference by UPI (the way the bill was paid) needs no manager.
    const again = sold(t, [line(jute, 2)], 'upi');
    const dhan = t.product('DHAN-001');
    expect(exchange(t, { billNo: again.billNo, returnLines: [{ lineNo: 1, qtyMilli: 2000 }], newLines: [line(dhan, 3)], refundMethod: 'upi' }))
      .toMatchObject({ ok: true, value: { creditPaise: 15_000, refundPaise: 35_000 } });
    consistent(t.app);
  });

  it('refuses what cannot be done and writes nothing: too many back, too few in stock, a discount over the limit, errors named by list', () => {
    const t = shop();
    const jute = t.product('JUTE-001');
    const dhok = t.product('DHOK-001');
    const first = sold(t, [line(jute, 2)]);
    const before = dbFingerprint(t.app.db);
    const code = (input: Partial<X>) => {
      const r = exchange(t, { billNo: first.billNo, returnLines: [{ lineNo: 1, qtyMilli: 2000, restock: true }], newLines: [line(jute, 2)], ...input });
      return r.ok ? 'ok' : [r.error.code, (r.error.details as { field?: unknown; issues?: { path: unknown }[] }).field ?? r.error.details?.issues?.[0]?.path];
    };
    expect(code({ returnLines: [{ lineNo: 1, qtyMilli: 3000, restock: true }] })).toEqual(['RETURN_TOO_MANY', ['returnLines', 0, 'qtyMilli']]);
    expect(code({ returnLines: [{ lineNo: 7, qtyMilli: 1000, restock: true }] })).toEqual(['NOT_FOUND', ['returnLines', 0, 'lineNo']]);
    expect(code({ newLines: [line(dhok, 9)], payments: [{ method: 'cash', amountPaise: 9 * 245_000 - 50_000 }] })).toEqual(['INSUFFICIENT_STOCK', ['newLines', 0, 'qtyMilli']]);
    expect(code({ newLines: [{ ...line(jute, 2), expectedPricePaise: 1 }] })).toEqual(['PRICE_CHANGED', ['newLines', 0, 'expectedPricePaise']]);
    expect(code({ newLines: [{ ...line(jute, 2), priceOverridePaise: 20_000 }], refundMethod: 'cash' })).toEqual(['APPROVAL_REQUIRED', ['newLines', 0, 'priceOverridePaise']]);
    expect(code({ billDiscount: { kind: 'percent', bps: 5000 }, refundMethod: 'cash' })).toEqual(['APPROVAL_REQUIRED', 'billDiscount']);
    expect(code({ payments: [{ method: 'cash', amountPaise: 100 }] })).toEqual(['PAYMENT_MISMATCH', 'payments']);
    expect(code({ billNo: 'HH/2026-27/C1-000999' })).toEqual(['NOT_FOUND', 'billNo']);
    expect(dbFingerprint(t.app.db).replace(/"updated_at[^]*?,/g, '')).toBe(before.replace(/"updated_at[^]*?,/g, ''));
    // A wrong PIN is counted (its own commit) and nothing of the exchange is written.
    expect(code({ approval: { userId: t.ownerId, pin: '0000' } })[0]).toBe('WRONG_PIN');
    expect(q(t.app, 'SELECT count(*) FROM sales')).toBe(1);
    expect(q(t.app, 'SELECT count(*) FROM sale_returns')).toBe(0);
    expect(q(t.app, 'SELECT failed_pins FROM users WHERE id = ?', t.ownerId)).toBe(1);
  });

  it('records a repeated exchange (double click, retry) once; a cashier may, no one logged out may', () => {
    const t = shop();
    const jute = t.product('JUTE-001');
    const dhan = t.product('DHAN-001');
    const first = sold(t, [line(jute, 1)]);
    const input = { requestId: rid(), billNo: first.billNo, returnLines: [{ lineNo: 1, qtyMilli: 1000, restock: true }], newLines: [line(dhan, 5)], payments: [], reason: 'x' };
    const a = t.app.call('sales.exchange', input, t.cashier).result;
    expect(a.ok).toBe(true);
    const fp = dbFingerprint(t.app.db);
    expect(t.app.call('sales.exchange', input, t.cashier).result).toEqual(a);
    expect(dbFingerprint(t.app.db)).toBe(fp);
    expect(t.app.call('sales.exchange', { ...input, requestId: rid() }).result).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  });
});
