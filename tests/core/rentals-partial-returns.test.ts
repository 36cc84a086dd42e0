/** Partial returns (40 kalash back in two check-ins), missing units, and returns that cannot be. */
import { describe, expect, it } from 'vitest';
import { dbFingerprint } from '../support/db';
import { ist, rentalShop, rid } from './rentals-support';

describe('partial returns', () => {
  it('forty kalash come back in two check-ins; the deposit is released as they come', () => {
    const s = rentalShop(ist('2026-11-23'));
    const r = s.walkIn([{ sku: 'RENT-006', qty: 40 }], '2026-11-26'); // deposit ₹100 each, late ₹10 a day each
    const line = r.lines[0]!.lineId;
    expect(s.onHand('RENT-006')).toBe(0);
    s.at('2026-11-26');
    const first = s.ok('rentals.checkIn', { requestId: rid(), rentalId: r.id, lines: [{ lineId: line, qty: 25 }], refundMethod: 'cash' });
    expect(first).toMatchObject({ status: 'out', depositHeldPaise: 15 * 10_000, balancePaise: 0, lines: [{ returnedQty: 25, missingQty: 0 }] });
    expect(first.returns[0]).toMatchObject({ refundPaise: 25 * 10_000 });
    expect(s.onHand('RENT-006')).toBe(25);
    expect(s.ok('rentals.list', { view: 'out' }).rows[0]).toMatchObject({ units: 40, outstandingUnits: 15 });
    s.at('2026-11-28'); // the rest two days late
    const second = s.ok('rentals.checkIn', { requestId: rid(), rentalId: r.id, lines: [{ lineId: line, qty: 15 }], refundMethod: 'cash' });
    expect(second).toMatchObject({ status: 'returned', depositHeldPaise: 0, balancePaise: 0 });
    expect(second.returns.map((x) => [x.returnNo.slice(-2), x.lateDays, x.lateFeePaise, x.refundPaise])).toEqual([['/1', 0, 0, 250_000], ['/2', 2, 2 * 15 * 1_000, 150_000 - 30_000]]);
    expect(s.onHand('RENT-006')).toBe(40);
  });

  it('lost units are charged, never come back into stock, and stop counting as owned', () => {
    const s = rentalShop(ist('2026-11-23'));
    const r = s.walkIn([{ sku: 'RENT-006', qty: 10 }, { sku: 'RENT-003' }], '2026-11-25');
    const [kalsha, maur] = r.lines.map((l) => l.lineId);
    s.at('2026-11-25');
    const before = dbFingerprint(s.app.db);
    expect(s.err('rentals.checkIn', { requestId: rid(), rentalId: r.id, lines: [{ lineId: kalsha!, qty: 8, missingQty: 2 }], refundMethod: 'cash' })).toEqual(['INVALID_INPUT', ['lines', 0, 'damageNote']]);
    expect(dbFingerprint(s.app.db)).toBe(before);
    const back = s.ok('rentals.checkIn', {
      requestId: rid(), rentalId: r.id,
      lines: [{ lineId: kalsha!, qty: 8, missingQty: 2, damagePaise: 2 * 15_000, damageNote: '2 कलशे टूटे / 2 broken' }, { lineId: maur!, qty: 0, missingQty: 1, damagePaise: 300_000, damageNote: 'खो गया / lost' }],
      // deposits ₹1,000 + ₹1,000 released; charges ₹300 + ₹3,000: she pays ₹1,300
      payments: [{ method: 'upi', amountPaise: 130_000 }],
    });
    expect(back).toMatchObject({ status: 'returned', balancePaise: 0, lines: [{ returnedQty: 8, missingQty: 2 }, { returnedQty: 0, missingQty: 1 }] });
    expect(s.onHand('RENT-006')).toBe(38);
    const items = s.ok('rentals.listItems', {});
    expect(items.find((i) => i.sku === 'RENT-006')).toMatchObject({ ownedQty: 38, outQty: 0 });
    expect(items.find((i) => i.sku === 'RENT-003')).toMatchObject({ ownedQty: 1, pieces: { retired: 1, ready: 1 } });
    expect(s.pieceStatus(r.lines[1]!.pieceId!)).toBe('retired');
    expect(s.ok('rentals.getAvailability', { productId: s.product('RENT-006'), from: '2026-11-27', to: '2026-11-27' }).total).toBe(38);
  });

  it('refuses more than is out, a line twice, nothing at all, another rental’s line, and a rental not out', () => {
    const s = rentalShop(ist('2026-11-23'));
    const r = s.walkIn([{ sku: 'RENT-004', qty: 5 }, { sku: 'RENT-001' }], '2026-11-25');
    const other = s.book([{ sku: 'RENT-008' }], '2026-11-26', '2026-11-27');
    const [parra, costume] = r.lines.map((l) => l.lineId);
    s.ok('rentals.checkIn', { requestId: rid(), rentalId: r.id, lines: [{ lineId: parra!, qty: 3 }], refundMethod: 'cash' });
    const before = dbFingerprint(s.app.db);
    const back = (lines: { lineId: number; qty: number; missingQty?: number }[], rentalId = r.id) => s.err('rentals.checkIn', { requestId: rid(), rentalId, lines, refundMethod: 'cash' });
    expect(back([{ lineId: parra!, qty: 3 }])).toEqual(['RENTAL_RETURN_TOO_MANY', ['lines', 0, 'qty']]);
    expect(back([{ lineId: parra!, qty: 1, missingQty: 2 }])).toEqual(['RENTAL_RETURN_TOO_MANY', ['lines', 0, 'qty']]);
    expect(back([{ lineId: costume!, qty: 1 }, { lineId: costume!, qty: 1 }])).toEqual(['CONFLICT', ['lines', 1, 'lineId']]);
    expect(back([{ lineId: costume!, qty: 0 }])).toEqual(['INVALID_INPUT', ['lines', 0, 'qty']]);
    expect(back([{ lineId: other.lines[0]!.lineId, qty: 1 }])).toEqual(['NOT_FOUND', ['lines', 0, 'lineId']]);
    expect(back([{ lineId: other.lines[0]!.lineId, qty: 1 }], other.id)).toEqual(['RENTAL_STATUS', 'rentalId']);
    expect(dbFingerprint(s.app.db)).toBe(before);
    s.ok('rentals.checkIn', { requestId: rid(), rentalId: r.id, lines: [{ lineId: parra!, qty: 2 }, { lineId: costume!, qty: 1 }], refundMethod: 'cash' });
    const done = dbFingerprint(s.app.db);
    // returning twice: the rental is closed
    expect(s.call('rentals.checkIn', { requestId: rid(), rentalId: r.id, lines: [{ lineId: costume!, qty: 1 }], refundMethod: 'cash' })).toMatchObject({ ok: false, error: { code: 'RENTAL_STATUS', details: { status: 'returned', rentalNo: r.rentalNo } } });
    expect(dbFingerprint(s.app.db)).toBe(done);
  });
});
