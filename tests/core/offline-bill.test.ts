/**
 * A bill a joined counter sold offline, arriving at the main counter (#18): recorded as sold (its
 * number, time and prices), never refused for stock (a stock warning instead), a repeat writes
 * nothing, and only an offline login may send the mark.
 */
import { describe, expect, it } from 'vitest';
import { dbFingerprint } from '../support/db';
import { ist, rentalShop, rid, type RentalShop } from './rentals-support';

const OFF = { deviceId: 7, counter: 'C2-OFF' };

async function offlineLogin(s: RentalShop, userId: number, pin = '1111', via = OFF): Promise<string> {
  const out = await s.app.callAny('session.login', { userId, pin }, null, via);
  if (!out.session || !('set' in out.session)) throw new Error(JSON.stringify(out.result));
  return out.session.set;
}

function product(s: RentalShop, sku: string) {
  return s.app.db.prepare('SELECT p.id, p.price_paise, COALESCE(h.qty_milli, 0) AS on_hand FROM products p LEFT JOIN stock_on_hand h ON h.product_id = p.id WHERE p.sku = ?').get(sku) as { id: number; price_paise: number; on_hand: number };
}

describe('an offline bill at the main counter', () => {
  it('is recorded with its own number, time and price, below zero stock as a warning, and once', async () => {
    const s = rentalShop(ist('2026-12-07', '15:00'));
    const token = await offlineLogin(s, s.cashierId);
    const p = product(s, 'JUTE-001');
    const qty = p.on_hand + 2000; // two more than the shop thinks it has
    const oldPrice = p.price_paise - 500; // the price in the counter's copy, changed here since
    const soldAt = ist('2026-12-06', '18:45'); // sold yesterday evening, the link down
    const input = {
      requestId: rid(),
      lines: [{ productId: p.id, qtyMilli: qty, expectedPricePaise: oldPrice }],
      payments: [{ method: 'cash', amountPaise: (oldPrice * qty) / 1000 }],
      offline: { no: 'HH/2026-27/C2-OFF-000003', at: soldAt.toISOString() },
    };
    const out = await s.app.callAny('sales.checkout', input, token, OFF);
    expect(out.result).toMatchObject({ ok: true, value: { billNo: 'HH/2026-27/C2-OFF-000003', at: soldAt.toISOString(), businessDate: '2026-12-06', totalPaise: (oldPrice * qty) / 1000 } });
    const sale = (out.result as { value: { id: number } }).value;
    expect(s.q('SELECT counter_code || \' \' || seq FROM sales WHERE id = ?', sale.id)).toBe('C2-OFF 3');
    expect(product(s, 'JUTE-001').on_hand).toBe(-2000);
    expect(s.app.db.prepare('SELECT sale_id, product_id, on_hand_after_milli FROM stock_warnings').all()).toEqual([{ sale_id: sale.id, product_id: p.id, on_hand_after_milli: -2000 }]);
    // the drawer has the cash on the day it was sold
    expect(s.q("SELECT business_date || ' ' || amount_paise FROM cash_movements WHERE ref_id = (SELECT uid FROM sales WHERE id = ?)", sale.id)).toBe(`2026-12-06 ${(oldPrice * qty) / 1000}`);
    // the series' counter follows it: the next copy of the shop goes on from 4
    expect(s.q("SELECT last_seq FROM bill_counters WHERE counter_code = 'C2-OFF'")).toBe(3);

    // the queue sends it again (the answer was lost): the first result, nothing written
    const before = dbFingerprint(s.app.db);
    const again = await s.app.callAny('sales.checkout', input, token, OFF);
    expect(again.result).toEqual(out.result);
    expect(dbFingerprint(s.app.db)).toBe(before);
    // another bill with the same number is a clash, not a second bill
    const clash = await s.app.callAny('sales.checkout', { ...input, requestId: rid() }, token, OFF);
    expect(clash.result).toMatchObject({ ok: false, error: { code: 'CONFLICT', details: { field: ['offline', 'no'] } } });
    expect(dbFingerprint(s.app.db)).toBe(before);
  });

  it('is the same bill as its first try online, when that reached the main counter before the link dropped', async () => {
    const s = rentalShop(ist('2026-12-07', '15:00'));
    const online = await offlineLogin(s, s.cashierId, '1111', { deviceId: 7, counter: 'C2' });
    const p = product(s, 'JUTE-001');
    const input = { requestId: rid(), lines: [{ productId: p.id, qtyMilli: 1000, expectedPricePaise: p.price_paise }], payments: [{ method: 'cash', amountPaise: p.price_paise }] };
    const first = await s.app.callAny('sales.checkout', input, online, { deviceId: 7, counter: 'C2' });
    expect(first.result).toMatchObject({ ok: true, value: { billNo: 'HH/2026-27/C2-000001' } });
    // the answer never came; the screen asked again offline, and the queue brings that here
    const token = await offlineLogin(s, s.cashierId);
    const before = dbFingerprint(s.app.db);
    const queued = await s.app.callAny('sales.checkout', { ...input, offline: { no: 'HH/2026-27/C2-OFF-000001', at: ist('2026-12-07', '15:00').toISOString() } }, token, OFF);
    expect(queued.result).toEqual(first.result);
    expect(dbFingerprint(s.app.db)).toBe(before);
  });

  it('goes to the next open shop day when its day has been closed, and keeps an approval given there', async () => {
    const s = rentalShop(ist('2026-12-06', '19:30'));
    const closed = s.ok('reports.closeDay', { requestId: rid(), date: '2026-12-06', countedPaise: s.ok('reports.getDayClose', { date: '2026-12-06' }, s.owner).cash.expectedPaise }, s.owner);
    expect(closed.date).toBe('2026-12-06');
    s.at('2026-12-07', '10:00');
    const ownerId = s.ownerId;
    const token = await offlineLogin(s, s.cashierId);
    const p = product(s, 'JUTE-001');
    const out = await s.app.callAny('sales.checkout', {
      requestId: rid(),
      lines: [{ productId: p.id, qtyMilli: 1000, expectedPricePaise: p.price_paise, priceOverridePaise: p.price_paise - 1000 }],
      payments: [{ method: 'upi', amountPaise: p.price_paise - 1000, ref: 'UPI77' }],
      offline: { no: 'HH/2026-27/C2-OFF-000001', at: ist('2026-12-06', '19:50').toISOString(), approvedBy: ownerId },
    }, token, OFF);
    expect(out.result).toMatchObject({ ok: true, value: { businessDate: '2026-12-07', approvedBy: expect.any(String), totalPaise: p.price_paise - 1000 } });
  });

  it('is refused from any login but an offline one, for another series, or from the future; nothing written', async () => {
    const s = rentalShop(ist('2026-12-07', '15:00'));
    const p = product(s, 'JUTE-001');
    const base = { lines: [{ productId: p.id, qtyMilli: 1000, expectedPricePaise: p.price_paise }], payments: [{ method: 'cash', amountPaise: p.price_paise }] };
    const mark = { no: 'HH/2026-27/C2-OFF-000001', at: ist('2026-12-07', '14:00').toISOString() };
    const online = await offlineLogin(s, s.cashierId, '1111', { deviceId: 7, counter: 'C2' });
    const token = await offlineLogin(s, s.cashierId);
    const before = dbFingerprint(s.app.db);
    // the main counter's own screen, and a joined counter's online login
    for (const [t, via] of [[s.cashier, undefined], [online, { deviceId: 7, counter: 'C2' }]] as const) {
      const r = await s.app.callAny('sales.checkout', { requestId: rid(), ...base, offline: mark }, t, via);
      expect(r.result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', details: { field: 'offline' } } });
    }
    const wrong = [
      [{ ...mark, no: 'HH/2026-27/C3-OFF-000001' }, ['offline', 'no']],
      [{ ...mark, no: 'HH/2025-26/C2-OFF-000001' }, ['offline', 'no']],
      [{ ...mark, at: ist('2026-12-07', '16:00').toISOString() }, ['offline', 'at']],
      [{ ...mark, at: 'yesterday' }, ['offline', 'at']],
    ] as const;
    for (const [offline, path] of wrong) {
      const r = await s.app.callAny('sales.checkout', { requestId: rid(), ...base, offline }, token, OFF);
      expect(r.result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', details: { issues: [{ path }] } } });
    }
    // an approver who is no manager
    const r = await s.app.callAny('sales.checkout', { requestId: rid(), ...base, offline: { ...mark, approvedBy: s.cashierId } }, token, OFF);
    expect(r.result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', details: { field: ['offline', 'approvedBy'] } } });
    expect(dbFingerprint(s.app.db)).toBe(before);
  });
});
