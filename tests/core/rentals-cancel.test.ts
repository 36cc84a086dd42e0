/** Cancelling a booking: the advance back in full well ahead, half kept close to the day, or what a manager says. */
import { describe, expect, it } from 'vitest';
import { dbFingerprint } from '../support/db';
import { ist, rentalShop, rid } from './rentals-support';

function booked(from: string) {
  const s = rentalShop(ist('2026-11-23'));
  const r = s.book([{ sku: 'RENT-001', qty: 3 }], from, '2026-12-20', { advance: [{ method: 'cash', amountPaise: 100_001 }] });
  return { ...s, r, drawerBefore: s.drawer() };
}

describe('cancel', () => {
  it('seven or more days before pick-up: the whole advance back, and the pieces free again', () => {
    const s = booked('2026-11-30'); // 7 days ahead
    const c = s.ok('rentals.cancel', { requestId: rid(), rentalId: s.r.id, reason: 'शादी टली / wedding postponed', refundMethod: 'cash' });
    expect(c).toMatchObject({ status: 'cancelled', cancelReason: 'शादी टली / wedding postponed', balancePaise: 0 });
    expect(c.payments.at(-1)).toMatchObject({ event: 'cancel', method: 'cash', amountPaise: -100_001 });
    expect(s.drawer() - s.drawerBefore).toBe(-100_001);
    expect(s.book([{ sku: 'RENT-001', qty: 3 }], '2026-11-30', '2026-12-01').status).toBe('booked');
    expect(s.ok('rentals.report', { from: '2026-11-01', to: '2026-11-30' }, s.owner)).toMatchObject({ cancelKeptPaise: 0, advancesHeldPaise: 0 });
  });

  it('closer to the day the shop keeps half (rounded once), as income', () => {
    const s = booked('2026-11-29'); // 6 days ahead
    const c = s.ok('rentals.cancel', { requestId: rid(), rentalId: s.r.id, reason: 'no longer needed', refundMethod: 'upi' });
    expect(c.payments.at(-1)).toMatchObject({ method: 'upi', amountPaise: -50_000 });
    expect(s.q("SELECT amount_paise FROM rental_charges WHERE kind = 'cancel_keep'")).toBe(50_001);
    expect(c.balancePaise).toBe(0);
    expect(s.drawer()).toBe(s.drawerBefore);
    expect(s.ok('rentals.report', { from: '2026-11-23', to: '2026-11-23' }, s.owner)).toMatchObject({ cancelKeptPaise: 50_001, groupPaise: 50_001 });
  });

  it('a manager may keep another amount, never more than the advance; a cashier needs her PIN', () => {
    const s = booked('2026-11-25');
    const input = { requestId: rid(), rentalId: s.r.id, reason: 'x', refundMethod: 'cash' as const, keepPaise: 20_000 };
    const before = dbFingerprint(s.app.db);
    expect(s.err('rentals.cancel', input)).toEqual(['APPROVAL_REQUIRED', 'keepPaise']);
    expect(s.err('rentals.cancel', { ...input, keepPaise: 100_002 }, s.owner)).toEqual(['INVALID_INPUT', ['keepPaise']]);
    expect(s.err('rentals.cancel', { ...input, refundMethod: undefined })).toEqual(['APPROVAL_REQUIRED', 'keepPaise']);
    expect(s.err('rentals.cancel', { ...input, keepPaise: undefined, refundMethod: undefined })).toEqual(['INVALID_INPUT', ['refundMethod']]);
    expect(dbFingerprint(s.app.db)).toBe(before);
    const c = s.ok('rentals.cancel', { ...input, approval: { userId: s.ownerId, pin: '1234' } });
    expect(c.payments.at(-1)).toMatchObject({ amountPaise: -80_001 });
    expect(s.err('rentals.cancel', { ...input, requestId: rid() }, s.owner)).toEqual(['RENTAL_STATUS', 'rentalId']);
  });

  it('keeping all of it needs no refund method; only a booking can be cancelled', () => {
    const s = booked('2026-11-23');
    expect(s.ok('rentals.cancel', { requestId: rid(), rentalId: s.r.id, reason: 'no show', keepPaise: 100_001 }, s.owner)).toMatchObject({ status: 'cancelled', balancePaise: 0 });
    const out = s.walkIn([{ sku: 'RENT-004' }], '2026-11-24');
    expect(s.err('rentals.cancel', { requestId: rid(), rentalId: out.id, reason: 'x', refundMethod: 'cash' })).toEqual(['RENTAL_STATUS', 'rentalId']);
  });
});
