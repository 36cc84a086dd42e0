/** Late days by the shop's calendar: across month and year ends, and around midnight in the shop's time zone. */
import { describe, expect, it } from 'vitest';
import { lateDays } from '../../src/core/rentals/pricing';
import { addDays, daysBetween } from '../../src/shared/dates';
import { ist, rentalShop, returnAll, rid } from './rentals-support';

describe('date arithmetic', () => {
  it('counts whole days across month ends, leap days and the year end', () => {
    expect(lateDays('2026-11-30', '2026-12-02')).toBe(2);
    expect(lateDays('2027-01-30', '2027-02-02')).toBe(3);
    expect(lateDays('2028-02-28', '2028-03-01')).toBe(2); // 2028 is a leap year
    expect(lateDays('2027-02-28', '2027-03-01')).toBe(1);
    expect(lateDays('2026-12-31', '2027-01-01')).toBe(1);
    expect(lateDays('2026-12-30', '2027-01-02')).toBe(3);
    expect(lateDays('2026-12-05', '2026-12-01')).toBe(0); // early is not late
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(daysBetween('2026-01-01', '2027-01-01')).toBe(365);
  });
});

describe('late fees', () => {
  it('a costume due on 30 November back on 2 December is two days late', () => {
    const s = rentalShop(ist('2026-11-28'));
    const r = s.walkIn([{ sku: 'RENT-001' }], '2026-11-30');
    s.at('2026-12-02', '18:00');
    expect(s.ok('rentals.get', { id: r.id })).toMatchObject({ lateDaysNow: 2, lateFeeNowPaise: 40_000 });
    expect(returnAll(s, r.id)).toMatchObject({ lateDays: 2, lateFeePaise: 2 * 20_000, refundPaise: 200_000 - 40_000 });
  });

  it('twenty kalash due on 31 December back on 2 January: two days for each', () => {
    const s = rentalShop(ist('2026-12-29'));
    const r = s.walkIn([{ sku: 'RENT-006', qty: 20 }], '2026-12-31');
    s.at('2027-01-02');
    expect(returnAll(s, r.id)).toMatchObject({ lateDays: 2, lateFeePaise: 2 * 1_000 * 20, businessDate: '2027-01-02' });
  });

  it('a late fee bigger than the deposit is collected', () => {
    const s = rentalShop(ist('2026-11-23'));
    const r = s.walkIn([{ sku: 'RENT-008' }], '2026-11-24'); // deposit ₹100, late ₹10 a day
    s.at('2027-01-05'); // 42 days late: ₹420
    expect(returnAll(s, r.id)).toMatchObject({ lateDays: 42, lateFeePaise: 42_000, depositReleasedPaise: 10_000, refundPaise: -32_000 });
  });

  it('back at 23:45 on the due day is on time; at 00:15 the next day it is a day late (shop time, not UTC)', () => {
    for (const [time, day, late] of [['23:45', '2026-11-25', 0], ['00:15', '2026-11-26', 1]] as const) {
      const s = rentalShop(ist('2026-11-23'));
      const r = s.walkIn([{ sku: 'RENT-001' }], '2026-11-25');
      s.at(day, time);
      // 00:15 IST is still the 25th in UTC: the shop's day decides
      expect(s.ok('rentals.list', { view: 'all' }).today).toBe(day);
      expect(returnAll(s, r.id)).toMatchObject({ lateDays: late, lateFeePaise: late * 20_000 });
    }
  });

  it('follows the shop time zone when it is set to another one', () => {
    const s = rentalShop(ist('2026-11-23'));
    const r = s.walkIn([{ sku: 'RENT-001' }], '2026-11-25');
    s.app.db.prepare("UPDATE shop_settings SET time_zone = 'UTC'").run();
    s.setClock(ist('2026-11-26', '00:15')); // 18:45 UTC on the 25th
    expect(returnAll(s, r.id)).toMatchObject({ lateDays: 0, businessDate: '2026-11-25' });
  });

  it('a manager may forgive the late fee (her role or her PIN); a cashier alone may not', () => {
    const s = rentalShop(ist('2026-11-23'));
    const r = s.walkIn([{ sku: 'RENT-001' }], '2026-11-24');
    s.at('2026-11-27');
    const lines = s.ok('rentals.get', { id: r.id }).lines.map((l) => ({ lineId: l.lineId, qty: 1 }));
    const input = { requestId: rid(), rentalId: r.id, lines, refundMethod: 'cash' as const, waiveLateFee: true };
    expect(s.err('rentals.checkIn', input)).toEqual(['APPROVAL_REQUIRED', 'waiveLateFee']);
    expect(s.err('rentals.checkIn', { ...input, approval: { userId: s.ownerId, pin: '9999' } })).toEqual(['WRONG_PIN', undefined]);
    const back = s.ok('rentals.checkIn', { ...input, approval: { userId: s.ownerId, pin: '1234' } }).returns[0]!;
    expect(back).toMatchObject({ lateDays: 3, lateFeePaise: 0, lateFeeWaived: true, approvedBy: 'ललिता साहू', refundPaise: 200_000 });
  });
});
