import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/core/app';
import type { Input } from '../../src/shared/api';

type CheckoutInput = Input<'sales.checkout'>;
import { dbFingerprint, demoShop } from '../support/db';

function shop(now = new Date('2026-11-23T06:30:00Z')) {
  let clock = now;
  const app = createApp(':memory:', { clock: () => clock });
  const tokens = demoShop(app);
  const product = (sku: string) => app.db.prepare('SELECT id, price_paise FROM products WHERE sku = ?').get(sku) as { id: number; price_paise: number };
  const ownerId = app.db.prepare("SELECT id FROM users WHERE role = 'owner'").pluck().get() as number;
  return { app, ...tokens, product, ownerId, setClock: (d: Date) => (clock = d) };
}

type Line = CheckoutInput['lines'][number];
const line = (p: { id: number; price_paise: number }, qty = 1, extra: Partial<Line> = {}) => ({ productId: p.id, qtyMilli: qty * 1000, expectedPricePaise: p.price_paise, ...extra });
const rid = () => crypto.randomUUID();

describe('checkout', () => {
  it('writes the sale, lines, payments, stock, her share and the drawer in one go', () => {
    const { app, cashier, product } = shop();
    const dhok = product('DHOK-001'); // ₹2,450, Kamla (25 % commission)
    const jute = product('JUTE-001'); // ₹250, Geeta (20 %)
    const r = app.call('sales.checkout', {
      requestId: rid(), lines: [line(dhok, 2), line(jute, 1)],
      payments: [{ method: 'cash', amountPaise: 100_000, tenderedPaise: 100_000 }, { method: 'upi', amountPaise: 415_000, ref: '433912345678' }],
      customerName: 'सीमा', customerPhone: '9876500000',
    }, cashier).result;
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const s = r.value;
    expect(s.billNo).toBe('HH/2026-27/C1-000001');
    expect(s).toMatchObject({ invoiceKind: 'bill_of_supply', totalPaise: 515_000, discountPaise: 0, taxPaise: 0, cashier: 'पूजा यादव', customerName: 'सीमा' });
    expect(s.lines.map((l) => [l.sku, l.netPaise, l.artisanSharePaise])).toEqual([['DHOK-001', 490_000, 367_500], ['JUTE-001', 25_000, 20_000]]);
    const q = (sql: string, ...a: unknown[]) => app.db.prepare(sql).pluck().get(...a);
    expect(q('SELECT qty_milli FROM stock_on_hand WHERE product_id = ?', dhok.id)).toBe(2000); // 4 - 2
    expect(q("SELECT sum(amount_paise) FROM artisan_ledger WHERE kind = 'accrual'")).toBe(387_500);
    expect(q('SELECT balance_paise FROM artisan_balances WHERE artisan_id = (SELECT artisan_id FROM products WHERE id = ?)', dhok.id)).toBe(367_500);
    expect(q("SELECT sum(amount_paise) FROM cash_movements WHERE kind = 'sale'")).toBe(100_000);
    expect(q("SELECT count(*) FROM audit_log WHERE action = 'sales.checkout'")).toBe(1);
  });

  it('splits GST per rate on a Tax Invoice when the shop has a GSTIN', () => {
    const { app, owner, cashier, product } = shop();
    app.call('settings.update', { shopName: 'हमर हटरी', language: 'hi', gstin: '22AAAAA0000A1Z5' }, owner);
    app.db.prepare("UPDATE products SET gst_rate_bps = 500 WHERE sku = 'KOSA-002'").run();
    const stole = product('KOSA-002'); // ₹3,200 incl. 5 %
    const r = app.call('sales.checkout', { requestId: rid(), lines: [line(stole, 1)], payments: [{ method: 'card', amountPaise: 320_000, ref: 'XX1234' }] }, cashier).result;
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    expect(r.value.invoiceKind).toBe('tax_invoice');
    expect(r.value.taxes).toEqual([{ rateBps: 500, taxablePaise: 304_762, cgstPaise: 7_619, sgstPaise: 7_619 }]);
  });

  it('numbers bills without gaps per financial year, restarting in April; a refused sale uses no number', () => {
    const { app, cashier, product, setClock } = shop(new Date('2027-03-31T18:00:00Z')); // 31 March, 23:30 IST
    const jute = product('JUTE-001');
    const sell = () => app.call('sales.checkout', { requestId: rid(), lines: [line(jute)], payments: [{ method: 'cash', amountPaise: 25_000 }] }, cashier).result;
    const bill = (r: ReturnType<typeof sell>) => (r.ok ? r.value.billNo : r.error.code);
    expect(bill(sell())).toBe('HH/2026-27/C1-000001');
    expect(app.call('sales.checkout', { requestId: rid(), lines: [line(jute)], payments: [{ method: 'cash', amountPaise: 1 }] }, cashier).result).toMatchObject({ ok: false });
    expect(bill(sell())).toBe('HH/2026-27/C1-000002');
    setClock(new Date('2027-03-31T18:30:00Z')); // midnight IST: 1 April
    expect(bill(sell())).toBe('HH/2027-28/C1-000001');
  });

  it('records a repeated checkout (double click, retry) once', () => {
    const { app, cashier, product } = shop();
    const input = { requestId: rid(), lines: [line(product('JUTE-001'))], payments: [{ method: 'cash' as const, amountPaise: 25_000 }] };
    const a = app.call('sales.checkout', input, cashier).result;
    const before = dbFingerprint(app.db);
    const b = app.call('sales.checkout', input, cashier).result;
    expect(b).toEqual(a);
    expect(dbFingerprint(app.db)).toBe(before);
  });

  it('refuses bad sales clearly and writes nothing', () => {
    const { app, cashier, product } = shop();
    const jute = product('JUTE-001');
    const kalsha = product('RENT-006');
    const before = dbFingerprint(app.db);
    const code = (input: Partial<CheckoutInput>) => {
      const r = app.call('sales.checkout', { requestId: rid(), lines: [line(jute)], payments: [{ method: 'cash', amountPaise: 25_000 }], ...input } as CheckoutInput, cashier).result;
      return r.ok ? 'ok' : [r.error.code, (r.error.details as { field?: unknown; issues?: { path: unknown }[] }).field ?? r.error.details?.issues?.[0]?.path];
    };
    expect(code({ lines: [line(jute, 21)] , payments: [{ method: 'cash', amountPaise: 525_000 }] })).toEqual(['INSUFFICIENT_STOCK', ['lines', 0, 'qtyMilli']]);
    expect(code({ lines: [{ ...line(jute), expectedPricePaise: 20_000 }] })).toEqual(['PRICE_CHANGED', ['lines', 0, 'expectedPricePaise']]);
    expect(code({ lines: [line(kalsha)] })).toEqual(['NOT_FOR_SALE', ['lines', 0, 'productId']]);
    expect(code({ lines: [{ ...line(jute), qtyMilli: 0 }] })).toEqual(['INVALID_INPUT', ['lines', 0, 'qtyMilli']]);
    expect(code({ lines: [{ ...line(jute), qtyMilli: 1500 }], payments: [{ method: 'cash', amountPaise: 37_500 }] })).toEqual(['INVALID_INPUT', ['lines', 0, 'qtyMilli']]);
    expect(code({ lines: [line(jute, 1, { discount: { kind: 'amount', paise: 30_000 } })] })).toEqual(['INVALID_INPUT', ['lines', 0, 'discount']]);
    expect(code({ payments: [{ method: 'cash', amountPaise: 20_000 }] })).toEqual(['PAYMENT_MISMATCH', 'payments']);
    expect(code({ payments: [{ method: 'cash', amountPaise: 25_000, tenderedPaise: 20_000 }] })).toEqual(['INVALID_INPUT', ['payments', 0, 'tenderedPaise']]);
    expect(code({ lines: [line(jute, 1, { discount: { kind: 'percent', bps: 5000 } })], payments: [{ method: 'cash', amountPaise: 12_500 }] })).toEqual(['APPROVAL_REQUIRED', 'billDiscount']);
    expect(code({ lines: [line(jute, 1, { priceOverridePaise: 10_000 })], payments: [{ method: 'cash', amountPaise: 10_000 }] })).toEqual(['APPROVAL_REQUIRED', ['lines', 0, 'priceOverridePaise']]);
    app.db.prepare("UPDATE products SET status = 'archived' WHERE id = ?").run(jute.id);
    expect(code({})).toEqual(['PRODUCT_ARCHIVED', ['lines', 0, 'productId']]);
    app.db.prepare("UPDATE products SET status = 'active' WHERE id = ?").run(jute.id);
    expect(dbFingerprint(app.db).replace(/"updated_at[^]*?,/g, '')).toBe(before.replace(/"updated_at[^]*?,/g, ''));
  });

  it('a manager PIN allows a big discount, recorded with both people; a wrong PIN is counted and sells nothing', () => {
    const { app, cashier, product, ownerId } = shop();
    const jute = product('JUTE-001');
    const input = (pin: string) => ({ requestId: rid(), lines: [line(jute, 1, { discount: { kind: 'percent' as const, bps: 5000 } })], discountReason: 'पुराना माल', payments: [{ method: 'cash' as const, amountPaise: 12_500 }], approval: { userId: ownerId, pin } });
    const sales = () => app.db.prepare('SELECT count(*) FROM sales').pluck().get();
    expect(app.call('sales.checkout', input('0000'), cashier).result).toMatchObject({ ok: false, error: { code: 'WRONG_PIN' } });
    expect(sales()).toBe(0);
    expect(app.db.prepare('SELECT failed_pins FROM users WHERE id = ?').pluck().get(ownerId)).toBe(1);
    const r = app.call('sales.checkout', input('1234'), cashier).result;
    expect(r).toMatchObject({ ok: true, value: { approvedBy: 'ललिता साहू', cashier: 'पूजा यादव', discountPaise: 12_500 } });
  });

  it('sales.get finds a bill by number; a cashier may sell, no one logged out may', () => {
    const { app, cashier, product } = shop();
    const r = app.call('sales.checkout', { requestId: rid(), lines: [line(product('DHAN-001'), 3)], payments: [{ method: 'upi', amountPaise: 15_000 }] }, cashier).result;
    if (!r.ok) throw new Error('sale');
    expect(app.call('sales.get', { billNo: r.value.billNo }, cashier).result).toEqual(r);
    expect(app.call('sales.get', { billNo: 'HH/2026-27/C1-999999' }, cashier).result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(app.call('sales.checkout', { requestId: rid(), lines: [line(product('DHAN-001'))], payments: [{ method: 'upi', amountPaise: 5_000 }] }).result).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  });
});

describe('returns against a bill', () => {
  function sold() {
    const t = shop();
    const dhok = t.product('DHOK-001'); // ₹2,450, Kamla 25 %
    const dhan = t.product('DHAN-001'); // ₹50, Sunita 20 %
    const r = t.app.call('sales.checkout', {
      requestId: rid(), lines: [line(dhok, 2), line(dhan, 3)], billDiscount: { kind: 'amount', paise: 1_000 },
      payments: [{ method: 'upi', amountPaise: 504_000 }],
    }, t.cashier).result;
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    return { ...t, sale: r.value, dhok, dhan };
  }
  const q = (app: ReturnType<typeof createApp>, sql: string, ...a: unknown[]) => app.db.prepare(sql).pluck().get(...a);

  it('refunds, restocks and reverses her share; partial returns add up exactly to the line', () => {
    const { app, cashier, owner, sale, dhan } = sold();
    const line2 = sale.lines[1]!; // 3 badges, net after its share of the bill discount
    const back = (qty: number) => app.call('sales.return', { requestId: rid(), billNo: sale.billNo, lines: [{ lineNo: 2, qtyMilli: qty * 1000 }], refundMethod: 'cash', reason: 'रंग पसंद नहीं' }, cashier).result;
    const refunds = [back(1), back(1), back(1)].map((r) => (r.ok ? r.value.refundPaise : r.error.code));
    expect(refunds.reduce((a, b) => (a as number) + (b as number), 0)).toBe(line2.netPaise);
    expect(back(1)).toMatchObject({ ok: false, error: { code: 'RETURN_TOO_MANY', details: { field: ['lines', 0, 'qtyMilli'], leftMilli: 0 } } });
    expect(q(app, 'SELECT qty_milli FROM stock_on_hand WHERE product_id = ?', dhan.id)).toBe(120_000);
    const sunita = q(app, 'SELECT artisan_id FROM products WHERE id = ?', dhan.id);
    expect(q(app, 'SELECT sum(amount_paise) FROM artisan_ledger WHERE artisan_id = ?', sunita)).toBe(0); // accrued then fully reversed
    expect(q(app, "SELECT sum(amount_paise) FROM cash_movements WHERE kind = 'refund'")).toBe(-line2.netPaise);
    const after = app.call('sales.get', { billNo: sale.billNo }, owner).result;
    expect(after.ok && after.value.lines[1]!.returnedMilli).toBe(3000);
  });

  it('writes a damaged item off, refunds by the original method, and needs a manager above the limit', () => {
    const { app, cashier, sale, dhok, ownerId } = sold();
    const input = (extra: object = {}) => ({ requestId: rid(), billNo: sale.billNo, lines: [{ lineNo: 1, qtyMilli: 1000, restock: false }], refundMethod: 'upi' as const, reason: 'टूटा हुआ', ...extra });
    expect(app.call('sales.return', input(), cashier).result).toMatchObject({ ok: false, error: { code: 'APPROVAL_REQUIRED', details: { reason: 'refund' } } });
    expect(app.call('sales.return', input({ refundMethod: 'card' }), cashier).result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const r = app.call('sales.return', input({ approval: { userId: ownerId, pin: '1234' } }), cashier).result;
    expect(r).toMatchObject({ ok: true, value: { refundMethod: 'upi', approvedBy: 'ललिता साहू', returnNo: 'HH/2026-27/C1-R-000001' } });
    expect(q(app, 'SELECT qty_milli FROM stock_on_hand WHERE product_id = ?', dhok.id)).toBe(2000); // 4 - 2 sold; back and written off
    expect(q(app, "SELECT count(*) FROM stock_movements WHERE product_id = ? AND kind IN ('sale_return', 'write_off')", dhok.id)).toBe(2);
    expect(q(app, "SELECT count(*) FROM cash_movements WHERE kind = 'refund'")).toBe(0);
  });

  it('refuses an unknown bill or line, and the same line twice, writing nothing', () => {
    const { app, cashier, sale } = sold();
    const before = dbFingerprint(app.db);
    const code = (input: object) => {
      const r = app.call('sales.return', { requestId: rid(), billNo: sale.billNo, lines: [{ lineNo: 2, qtyMilli: 1000 }], refundMethod: 'cash', reason: 'x', ...input }, cashier).result;
      return r.ok ? 'ok' : r.error.code;
    };
    expect(code({ billNo: 'HH/2026-27/C1-000999' })).toBe('NOT_FOUND');
    expect(code({ lines: [{ lineNo: 9, qtyMilli: 1000 }] })).toBe('NOT_FOUND');
    expect(code({ lines: [{ lineNo: 2, qtyMilli: 1000 }, { lineNo: 2, qtyMilli: 1000 }] })).toBe('CONFLICT');
    expect(code({ reason: '' })).toBe('INVALID_INPUT');
    expect(dbFingerprint(app.db)).toBe(before);
  });
});

describe('bills list, parked carts and billing settings', () => {
  it('finds bills by number ending, date, amount and phone', () => {
    const { app, cashier, product } = shop();
    const jute = product('JUTE-001');
    for (const phone of ['9876500001', '', '9876500003']) {
      app.call('sales.checkout', { requestId: rid(), lines: [line(jute)], payments: [{ method: 'cash', amountPaise: 25_000 }], customerPhone: phone }, cashier);
    }
    const list = (q: object) => {
      const r = app.call('sales.list', q, cashier).result;
      return r.ok ? r.value.rows.map((s) => s.billNo.slice(-1)) : r.error.code;
    };
    expect(list({})).toEqual(['3', '2', '1']);
    expect(list({ billNo: '000002' })).toEqual(['2']);
    expect(list({ customerPhone: '500003' })).toEqual(['3']);
    expect(list({ totalPaise: 25_000, from: '2026-11-23', to: '2026-11-23' })).toEqual(['3', '2', '1']);
    expect(list({ from: '2026-11-24' })).toEqual([]);
    expect(list({ from: '23-11-2026' })).toBe('INVALID_INPUT');
  });

  it('parks a cart and hands it back once', () => {
    const { app, cashier, owner } = shop();
    const hold = { requestId: rid(), label: 'नीली साड़ी वाली दीदी', totalPaise: 25_000, cart: { lines: [{ productId: 2, qtyMilli: 1000 }] } };
    const held = app.call('sales.hold', hold, cashier).result;
    expect(app.call('sales.hold', hold, cashier).result).toEqual(held); // a second F9 parks it once
    expect(app.db.prepare('SELECT count(*) FROM held_carts').pluck().get()).toBe(1);
    if (!held.ok) throw new Error('hold');
    expect(app.call('sales.listHeld', {}, owner).result).toMatchObject({ ok: true, value: [{ label: 'नीली साड़ी वाली दीदी', by: 'पूजा यादव', totalPaise: 25_000 }] });
    expect(app.call('sales.takeHeld', { id: held.value.id }, cashier).result).toMatchObject({ ok: true, value: { cart: { lines: [{ productId: 2, qtyMilli: 1000 }] } } });
    expect(app.call('sales.takeHeld', { id: held.value.id }, cashier).result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('keeps the bill prefix, limits and UPI id; a manager changes them, a cashier cannot', () => {
    const { app, owner, cashier, product } = shop();
    const settings = { billPrefix: 'HAT', cashierDiscountLimitBps: 500, cashierRefundLimitPaise: 100_000, upiVpa: 'hamarhatri@sbi', upiPayeeName: 'Hamar Hatri', returnPolicy: 'बिना उपयोग का सामान 7 दिन में बदला जा सकता है।' };
    expect(app.call('billing.updateSettings', settings, cashier).result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(app.call('billing.updateSettings', { ...settings, upiVpa: 'not a vpa', billPrefix: 'hh/' }, owner).result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(app.call('billing.updateSettings', settings, owner).result).toEqual({ ok: true, value: { ...settings, upiLimitPaise: 10_000_000 } }); // the UPI limit (#20) kept at its default when not sent
    expect(app.call('billing.getSettings', {}, cashier).result).toEqual({ ok: true, value: { ...settings, upiLimitPaise: 10_000_000 } });
    const r = app.call('sales.checkout', { requestId: rid(), lines: [line(product('JUTE-001'))], payments: [{ method: 'upi', amountPaise: 25_000 }] }, cashier).result;
    expect(r.ok && r.value.billNo).toBe('HAT/2026-27/C1-000001');
  });
});
