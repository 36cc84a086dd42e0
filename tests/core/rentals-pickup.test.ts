/** Pick-up: exact payment (less the advance), stock out, pieces out; not early; a piece not ready can be swapped. Walk-ins. */
import { describe, expect, it } from 'vitest';
import { dbFingerprint } from '../support/db';
import { rentalShop, rid } from './rentals-support';

describe('pick-up', () => {
  it('charges rent and deposit, takes the rest after the advance, and hands the items over', () => {
    const s = rentalShop();
    const r = s.book([{ sku: 'RENT-001' }, { sku: 'RENT-006', qty: 20 }], '2026-11-25', '2026-11-28', { advance: [{ method: 'upi', amountPaise: 100_000, ref: 'UPI-ADV' }] });
    s.at('2026-11-25');
    const due = 180_000 + 400_000 - 100_000;
    const before = dbFingerprint(s.app.db);
    const pay = (payments: { method: 'cash' | 'upi'; amountPaise: number; tenderedPaise?: number }[]) => s.call('rentals.pickUp', { requestId: rid(), rentalId: r.id, payments });
    expect(pay([{ method: 'cash', amountPaise: due - 1 }])).toMatchObject({ ok: false, error: { code: 'PAYMENT_MISMATCH', details: { field: 'payments', totalPaise: due, paidPaise: due - 1, advancePaise: 100_000 } } });
    expect(pay([])).toMatchObject({ ok: false, error: { code: 'PAYMENT_MISMATCH' } });
    expect(dbFingerprint(s.app.db)).toBe(before);
    const out = pay([{ method: 'cash', amountPaise: 300_000, tenderedPaise: 300_000 }, { method: 'upi', amountPaise: due - 300_000 }]);
    if (!out.ok) throw new Error(JSON.stringify(out.error));
    expect(out.value).toMatchObject({ status: 'out', pickedUpBy: 'पूजा यादव', rentPaise: 180_000, depositPaise: 400_000, depositHeldPaise: 400_000, balancePaise: 0 });
    expect(s.onHand('RENT-006')).toBe(20);
    expect(s.onHand('RENT-001')).toBe(2);
    expect(s.pieceStatus(out.value.lines[0]!.pieceId!)).toBe('out');
    expect(s.drawer()).toBe(300_000);
    expect(s.q("SELECT count(*) FROM stock_movements WHERE kind = 'rental_out' AND reference = ?", r.rentalNo)).toBe(2);
    expect(s.err('rentals.pickUp', { requestId: rid(), rentalId: r.id })).toEqual(['RENTAL_STATUS', 'rentalId']);
    const listed = s.ok('rentals.listPieces', { status: 'out' });
    expect(listed.map((p) => [p.tag, p.rentalNo])).toEqual([['RENT-001-1', r.rentalNo]]);
  });

  it('an advance that covers it all needs no payment', () => {
    const s = rentalShop();
    const r = s.book([{ sku: 'RENT-008' }], '2026-11-23', '2026-11-24', { advance: [{ method: 'cash', amountPaise: 16_000 }] });
    expect(s.ok('rentals.pickUp', { requestId: rid(), rentalId: r.id })).toMatchObject({ status: 'out', balancePaise: 0, advancePaise: 16_000 });
  });

  it('is refused before the pick-up date and after the due date', () => {
    const s = rentalShop();
    const r = s.book([{ sku: 'RENT-004' }], '2026-11-25', '2026-11-26');
    s.at('2026-11-24', '23:59');
    expect(s.err('rentals.pickUp', { requestId: rid(), rentalId: r.id, payments: [{ method: 'cash', amountPaise: 30_000 }] })).toEqual(['RENTAL_DATES', 'rentalId']);
    s.at('2026-11-27');
    expect(s.err('rentals.pickUp', { requestId: rid(), rentalId: r.id, payments: [{ method: 'cash', amountPaise: 30_000 }] })).toEqual(['RENTAL_DATES', 'rentalId']);
    s.ok('rentals.extend', { requestId: rid(), rentalId: r.id, newDueDate: '2026-11-28' });
    // booked 25th to 28th: 3 days, one event price
    expect(s.pickUp(r.id)).toMatchObject({ status: 'out', rentPaise: 10_000 });
  });

  it('a booked piece still being cleaned is refused; another ready piece can go instead', () => {
    const s = rentalShop();
    const [one, two, three] = s.pieceIds('RENT-001');
    const r = s.book([{ sku: 'RENT-001', pieceIds: [one!] }], '2026-11-23', '2026-11-24');
    s.ok('rentals.setPieceStatus', { pieceId: one!, status: 'cleaning', note: 'दाग' });
    s.ok('rentals.setPieceStatus', { pieceId: three!, status: 'repair', note: '' });
    // an unknown photo is refused and changes nothing
    expect(s.call('rentals.setPieceStatus', { pieceId: one!, status: 'ready', note: '', photoId: 999 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', details: { field: 'photoId' } } });
    const line = r.lines[0]!.lineId;
    const pay = [{ method: 'cash' as const, amountPaise: 280_000 }];
    const before = dbFingerprint(s.app.db);
    expect(s.call('rentals.pickUp', { requestId: rid(), rentalId: r.id, payments: pay })).toMatchObject({ ok: false, error: { code: 'PIECE_NOT_READY', details: { tag: 'RENT-001-1', status: 'cleaning' } } });
    expect(s.err('rentals.pickUp', { requestId: rid(), rentalId: r.id, payments: pay, swaps: [{ lineId: line, pieceId: three! }] })).toEqual(['PIECE_NOT_READY', ['swaps', 0, 'pieceId']]);
    expect(s.err('rentals.pickUp', { requestId: rid(), rentalId: r.id, payments: pay, swaps: [{ lineId: line, pieceId: s.pieceIds('RENT-002')[0]! }] })).toEqual(['NOT_FOUND', ['swaps', 0, 'pieceId']]);
    expect(dbFingerprint(s.app.db)).toBe(before);
    // piece two is promised to someone else over these days
    const other = s.book([{ sku: 'RENT-001', pieceIds: [two!] }], '2026-11-24', '2026-11-25');
    expect(s.err('rentals.pickUp', { requestId: rid(), rentalId: r.id, payments: pay, swaps: [{ lineId: line, pieceId: two! }] })).toEqual(['RENTAL_UNAVAILABLE', ['swaps', 0, 'pieceId']]);
    s.ok('rentals.cancel', { requestId: rid(), rentalId: other.id, reason: 'plans changed' });
    const out = s.ok('rentals.pickUp', { requestId: rid(), rentalId: r.id, payments: pay, swaps: [{ lineId: line, pieceId: two! }] });
    expect(out.lines[0]).toMatchObject({ pieceId: two, tag: 'RENT-001-2' });
    expect([s.pieceStatus(one!), s.pieceStatus(two!)]).toEqual(['cleaning', 'out']);
  });
});

describe('walk-in', () => {
  it('books from today and hands over at once, paid in full', () => {
    const s = rentalShop();
    const r = s.walkIn([{ sku: 'RENT-002' }, { sku: 'RENT-005', qty: 4 }], '2026-11-25');
    expect(r).toMatchObject({ status: 'out', fromDate: '2026-11-23', dueDate: '2026-11-25', rentPaise: 60_000 + 4 * 8_000, depositPaise: 150_000 + 4 * 15_000, balancePaise: 0 });
    expect(r.payments.map((p) => p.event)).toEqual(['pickup']);
    expect(s.onHand('RENT-005')).toBe(6);
  });

  it('needs ready pieces and the exact amount; nothing is written otherwise', () => {
    const s = rentalShop();
    for (const id of s.pieceIds('RENT-003')) s.ok('rentals.setPieceStatus', { pieceId: id, status: 'cleaning', note: '' });
    const before = dbFingerprint(s.app.db);
    const input = { requestId: rid(), customer: { name: 'रमा', phone: '9000000001', idNote: '', address: '' }, dueDate: '2026-11-24', lines: s.lines([{ sku: 'RENT-003' }]), payments: [{ method: 'cash' as const, amountPaise: 150_000 }] };
    expect(s.err('rentals.walkIn', input)).toEqual(['RENTAL_UNAVAILABLE', ['lines', 0, 'qty']]);
    expect(dbFingerprint(s.app.db)).toBe(before);
    s.ok('rentals.setPieceStatus', { pieceId: s.pieceIds('RENT-003')[1]!, status: 'ready', note: '' });
    const ready = dbFingerprint(s.app.db);
    expect(s.err('rentals.walkIn', { ...input, payments: [{ method: 'cash', amountPaise: 149_999 }] })).toEqual(['PAYMENT_MISMATCH', 'payments']);
    expect(s.err('rentals.walkIn', { ...input, dueDate: '2026-11-22' })).toEqual(['RENTAL_DATES', 'dueDate']);
    expect(dbFingerprint(s.app.db)).toBe(ready);
    expect(s.ok('rentals.walkIn', input).lines[0]!.tag).toBe('RENT-003-2');
  });
});

describe('pick-up swaps (issue #13: the property test once offered one piece to two lines)', () => {
  it('one piece named for two lines is refused with the field and a sentence in both languages, and nothing is written', async () => {
    const s = rentalShop();
    const today = s.businessToday();
    const r = s.book([{ sku: 'RENT-001', qty: 2 }], '2026-11-27', '2026-11-27');
    const w = s.walkIn([{ sku: 'RENT-001', qty: 2 }], '2026-11-24'); // the same two pieces, back before the booking
    expect(w.lines.map((l) => l.pieceId).sort()).toEqual(s.ok('rentals.get', { id: r.id }).lines.map((l) => l.pieceId).sort());
    s.ok('rentals.checkIn', { requestId: rid(), rentalId: w.id, lines: w.lines.map((l) => ({ lineId: l.lineId, qty: 1 })), refundMethod: 'cash' });
    expect(today).toBe('2026-11-23');
    s.at('2026-11-27');
    const booked = s.ok('rentals.get', { id: r.id });
    const spare = s.pieceIds('RENT-001').find((p) => !booked.lines.some((l) => l.pieceId === p))!;
    const due = booked.rentPaise + booked.depositPaise;
    const before = dbFingerprint(s.app.db);
    const r2 = s.call('rentals.pickUp', { requestId: rid(), rentalId: r.id, payments: [{ method: 'cash', amountPaise: due }], swaps: booked.lines.map((l) => ({ lineId: l.lineId, pieceId: spare })) });
    expect(r2).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', details: { issues: [{ path: ['swaps', 0, 'pieceId'], message: 'duplicate' }] } } });
    expect(dbFingerprint(s.app.db)).toBe(before);
    const { hi, en } = { hi: (await import('../../renderer/src/i18n/hi')).hi, en: (await import('../../renderer/src/i18n/en')).en };
    expect(hi.issues.duplicate).toBeTruthy();
    expect(en.issues.duplicate).toBeTruthy();
  });
});
