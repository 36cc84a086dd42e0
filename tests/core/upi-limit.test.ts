/**
 * The UPI limit (#20 item 2): one UPI payment never asks for more than the shop's limit (default
 * ₹1,00,000): the amount is split into as few payments as will do, and the receipt's QR asks for the first.
 */
import { describe, expect, it } from 'vitest';
import { receiptDoc } from '../../src/core/print/sale-docs';
import { receipt } from '../../src/printing/docs/receipt';
import type { BillingSettings } from '../../src/shared/api/billing';
import { DEFAULT_UPI_LIMIT_PAISE, upiParts, upiPayUri } from '../../src/shared/upi';
import { saleUpiDue, upi } from '../printing/fixtures';
import { demoShop, fileApp } from '../support/db';

const amountOf = (link: string) => Number(new URL(link.replace('upi://', 'https://upi.invalid/')).searchParams.get('am')) * 100;

describe('the UPI limit', () => {
  it('splits an amount into the fewest payments within the limit, as even as paise allow, summing exactly', () => {
    expect(DEFAULT_UPI_LIMIT_PAISE).toBe(10_000_000);
    expect(upiParts(0)).toEqual([]);
    expect(upiParts(10_000_000)).toEqual([10_000_000]);
    expect(upiParts(10_820_000)).toEqual([5_410_000, 5_410_000]); // ₹1,08,200
    expect(upiParts(12_000_000)).toEqual([6_000_000, 6_000_000]); // ₹1,20,000
    const big = upiParts(123_456_789); // ₹12,34,567.89
    expect(big).toHaveLength(13);
    expect(big.reduce((a, p) => a + p, 0)).toBe(123_456_789);
    expect(Math.max(...big) - Math.min(...big)).toBeLessThanOrEqual(1);
    expect(big.every((p) => p <= DEFAULT_UPI_LIMIT_PAISE)).toBe(true);
    expect(upiParts(390_000, 200_000)).toEqual([195_000, 195_000]);
    for (let amount = 1; amount < 2_000_000; amount += 77_777) {
      const parts = upiParts(amount, 300_000);
      expect(parts.reduce((a, p) => a + p, 0)).toBe(amount);
      expect(parts.every((p) => p > 0 && p <= 300_000)).toBe(true);
      expect(parts.length).toBe(Math.ceil(amount / 300_000));
    }
  });

  it('is a bill setting, ₹1,00,000 by default, changed by the owner only, never below ₹1; an old client that leaves it out keeps it', () => {
    const { app } = fileApp();
    const t = demoShop(app);
    const get = () => app.call('billing.getSettings', {}, t.cashier).result as { ok: true; value: BillingSettings };
    const before = get().value;
    expect(before.upiLimitPaise).toBe(10_000_000);
    expect(app.call('billing.updateSettings', { ...before, upiLimitPaise: 20_000_000 }, t.cashier).result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(app.call('billing.updateSettings', { ...before, upiLimitPaise: 50 }, t.owner).result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(app.call('billing.updateSettings', { ...before, upiLimitPaise: 20_000_000 }, t.owner).result).toMatchObject({ ok: true, value: { upiLimitPaise: 20_000_000 } });
    const { upiLimitPaise: _l, ...old } = before;
    expect(app.call('billing.updateSettings', old, t.owner).result).toMatchObject({ ok: true, value: { upiLimitPaise: 20_000_000 } });
  });

  it('the receipt QR asks for at most the limit and says the rest follows; within the limit it asks for all that is owed', () => {
    const qrs = (s: ReturnType<typeof saleUpiDue>) => receipt(s).filter((b) => b.kind === 'qr').map((b) => (b as { data: string }).data);
    // ₹1,20,000 owed at the default limit: the QR asks for ₹60,000 (1 of 2), with a line saying so.
    const over = saleUpiDue({ lang: 'en' });
    expect(qrs(over).map(amountOf)).toEqual([6_000_000]);
    const words = JSON.stringify(receipt(over));
    expect(words).toContain('(1/2)');
    expect(words).toContain('UPI limit');
    for (const due of [10_820_000, 12_000_000, 123_456_789]) {
      expect(qrs(saleUpiDue({ upiDuePaise: due })).every((q) => amountOf(q) <= DEFAULT_UPI_LIMIT_PAISE)).toBe(true);
    }
    // Within a ₹2,00,000 limit the QR is for the whole ₹1,20,000.
    expect(qrs(saleUpiDue({ upi: { ...upi, limitPaise: 20_000_000 } }))).toEqual([upiPayUri(upi, 12_000_000, 'HH/2026-27/000123')]);
    expect(qrs(saleUpiDue({ upiDuePaise: 5_000_000 })).map(amountOf)).toEqual([5_000_000]);
  });

  it('the shop\'s limit reaches the receipt document', () => {
    const { app } = fileApp();
    const t = demoShop(app);
    const b = (app.call('billing.getSettings', {}, t.owner).result as { ok: true; value: BillingSettings }).value;
    app.call('billing.updateSettings', { ...b, upiVpa: 'hamarhatri@sbi', upiLimitPaise: 150_000 }, t.owner);
    const jute = app.db.prepare("SELECT id, price_paise FROM products WHERE sku = 'JUTE-001'").get() as { id: number; price_paise: number };
    // A sale paid by cash in full has no QR; the document carries the payee with its limit only when something is owed.
    const r = app.call('sales.checkout', { requestId: crypto.randomUUID(), lines: [{ productId: jute.id, qtyMilli: 1000, expectedPricePaise: jute.price_paise }], payments: [{ method: 'cash', amountPaise: jute.price_paise }] }, t.cashier).result as { ok: true; value: { id: number } };
    const doc = receiptDoc(app.db, r.value.id);
    expect((doc.payload as { upi?: unknown }).upi).toBeUndefined();
  });
});
