import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/core/app';
import { ok } from './stock-support';
import { demoShop } from '../support/db';

/**
 * checkout() builds the Sale it returns from what it has just written instead of reading it
 * back: for any cart (line and bill discounts, a manager's price change, GST on or off, cash
 * with change, split payments, a customer) it must equal what sales.get reads from the file.
 */
const discount = fc.option(fc.oneof(fc.record({ kind: fc.constant('percent' as const), bps: fc.integer({ min: 0, max: 3000 }) }), fc.record({ kind: fc.constant('amount' as const), paise: fc.integer({ min: 0, max: 2000 }) })), { nil: undefined });
const cart = fc.record({
  lines: fc.uniqueArray(fc.record({ k: fc.nat(), qty: fc.integer({ min: 1, max: 4 }), discount, override: fc.option(fc.integer({ min: 100, max: 500_000 }), { nil: undefined }) }), { minLength: 1, maxLength: 5, selector: (l) => l.k % 1000 }),
  billDiscount: discount,
  split: fc.boolean(),
  tender: fc.boolean(),
  customer: fc.boolean(),
  gst: fc.boolean(),
  approve: fc.integer({ min: 0, max: 9 }),
});

describe('the sale checkout returns', () => {
  it('equals the sale as sales.get reads it back (property)', () => {
    const app = createApp(':memory:', { clock: () => new Date('2026-11-23T06:30:00Z') });
    const { owner } = demoShop(app);
    app.db.exec('UPDATE shop_settings SET allow_negative_stock = 1');
    app.db.exec('UPDATE products SET gst_rate_bps = CASE id % 3 WHEN 0 THEN 0 WHEN 1 THEN 500 ELSE 1200 END');
    const products = app.db.prepare(`SELECT id, price_paise FROM products WHERE for_sale = 1 AND status = 'active' AND unit = 'piece' ORDER BY id`).all() as { id: number; price_paise: number }[];
    fc.assert(
      fc.property(cart, (c) => {
        app.db.prepare('UPDATE shop_settings SET gstin = ?').run(c.gst ? '22AABTH1234K1Z5' : '');
        const lines = [...new Map(c.lines.map((l) => [l.k % products.length, l])).entries()].map(([k, l]) => ({
          productId: products[k]!.id, qtyMilli: l.qty * 1000, expectedPricePaise: products[k]!.price_paise,
          ...(l.override !== undefined ? { priceOverridePaise: l.override } : {}), ...(l.discount ? { discount: l.discount } : {}),
        }));
        const base = {
          lines, ...(c.billDiscount ? { billDiscount: c.billDiscount, discountReason: 'सदस्य' } : {}),
          ...(c.customer ? { customerName: 'सीमा', customerPhone: '9876500000' } : {}),
          // the owner (a manager) may change prices and give any discount; now and then she also
          // types her PIN, so the bill names an approver (a PIN check is slow: not every run)
          ...(c.approve === 0 ? { approval: { userId: 1, pin: '1234' } } : {}),
        };
        // the server prices the bill; a discount bigger than the line is refused (fine: try another cart)
        const probe = app.call('sales.checkout', { requestId: crypto.randomUUID(), ...base, payments: [{ method: 'upi', amountPaise: 1 }] }, owner).result;
        if (probe.ok || probe.error.code !== 'PAYMENT_MISMATCH') return;
        const total = (probe.error.details as { totalPaise: number }).totalPaise;
        const cashPart = c.split ? Math.floor(total / 2) : total;
        if (total === 0 || cashPart === 0) return;
        const payments = [
          { method: 'cash' as const, amountPaise: cashPart, ...(c.tender ? { tenderedPaise: Math.ceil(cashPart / 50_000) * 50_000 + 10_000 } : {}) },
          ...(c.split ? [{ method: 'card' as const, amountPaise: total - cashPart, ref: 'XX1234' }] : []),
        ];
        const sale = ok(app.call('sales.checkout', { requestId: crypto.randomUUID(), ...base, payments }, owner).result);
        expect(sale).toEqual(ok(app.call('sales.get', { id: sale.id }, owner).result));
      }),
      { numRuns: 120 },
    );
    // the runs did sell with tax, discounts, price changes and change given
    const seen = app.db.prepare(`SELECT sum(cgst_paise) AS tax, sum(line_discount_paise + bill_discount_paise) AS disc, sum(unit_price_paise <> list_price_paise) AS changed,
        (SELECT sum(change_paise) FROM sale_payments) AS change, (SELECT count(*) FROM sales WHERE approved_by IS NOT NULL) AS approved FROM sale_lines`).get() as Record<string, number>;
    for (const [k, v] of Object.entries(seen)) expect(v, k).toBeGreaterThan(0);
  });
});
