/** Settling the deposit at return: refund, nothing either way, collect the shortfall; exact money or nothing written. */
import { describe, expect, it } from 'vitest';
import { dbFingerprint } from '../support/db';
import { ist, rentalShop, rid } from './rentals-support';

/** A women's costume out from the 23rd to the 25th (deposit ₹2,000, late fee ₹200 a day). */
function costumeOut() {
  const s = rentalShop(ist('2026-11-23'));
  const r = s.walkIn([{ sku: 'RENT-001' }], '2026-11-25');
  const line = r.lines[0]!.lineId;
  return { ...s, r, line, drawerBefore: s.drawer() };
}

describe('deposit settlement', () => {
  it('on time and undamaged: the whole deposit back, in cash from the drawer', () => {
    const s = costumeOut();
    s.at('2026-11-25');
    const back = s.ok('rentals.checkIn', { requestId: rid(), rentalId: s.r.id, lines: [{ lineId: s.line, qty: 1 }], refundMethod: 'cash' });
    expect(back).toMatchObject({ status: 'returned', balancePaise: 0, depositHeldPaise: 0 });
    expect(back.returns[0]).toMatchObject({ returnNo: `${s.r.rentalNo}/1`, depositReleasedPaise: 200_000, refundPaise: 200_000, lateFeePaise: 0, damagePaise: 0 });
    expect(back.payments.at(-1)).toMatchObject({ event: 'return', method: 'cash', amountPaise: -200_000 });
    expect(s.drawer() - s.drawerBefore).toBe(-200_000);
    expect(s.q("SELECT kind FROM cash_movements ORDER BY id DESC LIMIT 1")).toBe('rental_refund');
    expect(s.pieceStatus(back.lines[0]!.pieceId!)).toBe('cleaning');
    expect(s.onHand('RENT-001')).toBe(3);
  });

  it('charges equal to the deposit: nothing changes hands', () => {
    const s = costumeOut();
    s.at('2026-11-30'); // 5 days late: ₹1,000; and ₹1,000 of damage
    const back = s.ok('rentals.checkIn', { requestId: rid(), rentalId: s.r.id, lines: [{ lineId: s.line, qty: 1, damagePaise: 100_000, damageNote: 'दुपट्टा फटा / dupatta torn', condition: 'repair' }] });
    expect(back.returns[0]).toMatchObject({ lateDays: 5, lateFeePaise: 100_000, damagePaise: 100_000, refundPaise: 0 });
    expect(back.payments.filter((p) => p.event === 'return')).toEqual([]);
    expect(s.pieceStatus(back.lines[0]!.pieceId!)).toBe('repair');
    expect(s.ok('rentals.getPiece', { pieceId: back.lines[0]!.pieceId! }).note).toBe('दुपट्टा फटा / dupatta torn');
  });

  it('charges beyond the deposit: the customer pays exactly the rest; too little writes nothing', () => {
    const s = costumeOut();
    s.at('2026-11-27'); // 2 days late: ₹400; ₹2,500 damage; deposit ₹2,000 -> she owes ₹900
    const input = { requestId: rid(), rentalId: s.r.id, lines: [{ lineId: s.line, qty: 1, damagePaise: 250_000, damageNote: 'जल गया / burnt' }] };
    const before = dbFingerprint(s.app.db);
    expect(s.call('rentals.checkIn', { ...input, payments: [{ method: 'cash', amountPaise: 80_000 }] })).toMatchObject({
      ok: false, error: { code: 'PAYMENT_MISMATCH', details: { field: 'payments', totalPaise: 90_000, paidPaise: 80_000, chargesPaise: 290_000, depositPaise: 200_000 } },
    });
    expect(s.err('rentals.checkIn', input)).toEqual(['PAYMENT_MISMATCH', 'payments']);
    expect(s.err('rentals.checkIn', { ...input, lines: [{ ...input.lines[0]!, damageNote: '' }], payments: [{ method: 'cash', amountPaise: 90_000 }] })).toEqual(['INVALID_INPUT', ['lines', 0, 'damageNote']]);
    expect(dbFingerprint(s.app.db)).toBe(before);
    const back = s.ok('rentals.checkIn', { ...input, payments: [{ method: 'cash', amountPaise: 90_000, tenderedPaise: 100_000 }] });
    expect(back.returns[0]).toMatchObject({ refundPaise: -90_000, lateFeePaise: 40_000, damagePaise: 250_000 });
    expect(back.balancePaise).toBe(0);
    expect(s.drawer() - s.drawerBefore).toBe(90_000);
    expect(s.q("SELECT kind FROM cash_movements ORDER BY id DESC LIMIT 1")).toBe('rental');
  });

  it('a refund needs a way to go back, and takes no payment', () => {
    const s = costumeOut();
    const lines = [{ lineId: s.line, qty: 1 }];
    const before = dbFingerprint(s.app.db);
    expect(s.err('rentals.checkIn', { requestId: rid(), rentalId: s.r.id, lines })).toEqual(['INVALID_INPUT', ['refundMethod']]);
    expect(s.err('rentals.checkIn', { requestId: rid(), rentalId: s.r.id, lines, refundMethod: 'upi', payments: [{ method: 'cash', amountPaise: 100 }] })).toEqual(['PAYMENT_MISMATCH', 'payments']);
    expect(dbFingerprint(s.app.db)).toBe(before);
    expect(s.ok('rentals.checkIn', { requestId: rid(), rentalId: s.r.id, lines, refundMethod: 'upi' }).payments.at(-1)).toMatchObject({ method: 'upi', amountPaise: -200_000 });
    expect(s.drawer()).toBe(s.drawerBefore); // UPI moves no cash
  });

  it("an extension's rent not paid then is settled from the deposit at return", () => {
    const s = costumeOut(); // 2 days: ₹800
    const ext = s.ok('rentals.extend', { requestId: rid(), rentalId: s.r.id, newDueDate: '2026-11-28' }); // 5 days: ₹800 + 2 x ₹300
    expect(ext).toMatchObject({ dueDate: '2026-11-28', rentPaise: 140_000, balancePaise: 60_000 });
    s.at('2026-11-28');
    const back = s.ok('rentals.checkIn', { requestId: rid(), rentalId: s.r.id, lines: [{ lineId: s.line, qty: 1 }], refundMethod: 'cash' });
    expect(back.returns[0]).toMatchObject({ openChargesPaise: 60_000, depositReleasedPaise: 200_000, refundPaise: 140_000 });
    expect(back.balancePaise).toBe(0);
  });

  it('an extension may be paid at once, exactly', () => {
    const s = costumeOut();
    expect(s.err('rentals.extend', { requestId: rid(), rentalId: s.r.id, newDueDate: '2026-11-27', payments: [{ method: 'upi', amountPaise: 1 }] })).toEqual(['PAYMENT_MISMATCH', 'payments']);
    expect(s.err('rentals.extend', { requestId: rid(), rentalId: s.r.id, newDueDate: '2026-11-25' })).toEqual(['RENTAL_DATES', 'newDueDate']);
    const ext = s.ok('rentals.extend', { requestId: rid(), rentalId: s.r.id, newDueDate: '2026-11-27', payments: [{ method: 'upi', amountPaise: 30_000 }] });
    expect(ext).toMatchObject({ rentPaise: 110_000, balancePaise: 0 });
    expect(ext.payments.at(-1)).toMatchObject({ event: 'extend', amountPaise: 30_000 });
  });
});
