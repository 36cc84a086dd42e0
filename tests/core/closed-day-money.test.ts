/**
 * Money taken or paid after the day's drawer was counted and closed is booked on the next shop
 * day, as a sale is: a rental paid in cash, a custom order's cash advance, a payout in cash. The
 * closed day's figures stay as counted.
 */
import { describe, expect, it } from 'vitest';
import { CUSTOMER, ist, rid } from './rentals-support';
import { orderShop } from './orders-support';

describe('after the day is closed', () => {
  it('a rental, an order advance and a payout in cash go to the next shop day; the closed day is unchanged', () => {
    const s = orderShop(ist('2026-12-06', '18:00'));
    const jute = s.app.db.prepare("SELECT id, price_paise, artisan_id FROM products WHERE sku = 'JUTE-001'").get() as { id: number; price_paise: number; artisan_id: number };
    s.ok('sales.checkout', { requestId: rid(), lines: [{ productId: jute.id, qtyMilli: 1000, expectedPricePaise: jute.price_paise }], payments: [{ method: 'cash', amountPaise: jute.price_paise }] });
    s.at('2026-12-06', '19:30');
    const expected = () => s.ok('reports.getDayClose', { date: '2026-12-06' }, s.owner).cash.expectedPaise;
    const counted = expected();
    s.ok('reports.closeDay', { requestId: rid(), date: '2026-12-06', countedPaise: counted }, s.owner);

    s.at('2026-12-06', '20:00'); // still the 6th on the calendar
    const lines = s.lines([{ sku: 'RENT-004', qty: 1 }]);
    const quote = s.ok('rentals.previewQuote', { fromDate: '2026-12-06', dueDate: '2026-12-08', lines });
    const rental = s.ok('rentals.walkIn', { requestId: rid(), customer: CUSTOMER, dueDate: '2026-12-08', lines, payments: [{ method: 'cash', amountPaise: quote.totalPaise }] });
    expect(rental.fromDate).toBe('2026-12-06'); // the rental itself runs from today: only its money moves on
    s.ok('orders.create', s.badges());
    const unpaid = s.ok('payouts.listUnpaid', { artisanId: jute.artisan_id, periodEnd: '2026-12-06' }, s.owner);
    s.ok('payouts.pay', { requestId: rid(), artisanId: jute.artisan_id, periodEnd: '2026-12-06', ledgerIds: unpaid.entries.map((e) => e.ledgerId), method: 'cash', ref: '' }, s.owner);

    const after = s.app.db.prepare("SELECT kind, business_date FROM cash_movements WHERE at > ? ORDER BY id").all(ist('2026-12-06', '19:30').toISOString());
    expect(after).toEqual([
      { kind: 'rental', business_date: '2026-12-07' },
      { kind: 'order', business_date: '2026-12-07' },
      { kind: 'payout', business_date: '2026-12-07' },
    ]);
    for (const table of ['rental_payments', 'rental_charges', 'order_money', 'payouts']) {
      expect(s.q(`SELECT group_concat(DISTINCT business_date) FROM ${table}`), table).toBe('2026-12-07');
    }
    expect(expected()).toBe(counted);
    expect(s.ok('reports.getDayClose', { date: '2026-12-06' }, s.owner).closed?.countedPaise).toBe(counted);
  });
});
