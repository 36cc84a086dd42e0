/** Availability: overlapping bookings, cleaning buffers (pieces and counted stock), extensions, and a late rental that keeps blocking. */
import { describe, expect, it } from 'vitest';
import { dbFingerprint } from '../support/db';
import { rentalShop, rid } from './rentals-support';

describe('pieces', () => {
  it('never promises a costume twice: the buffer day after the due date is held, the day after is free', () => {
    const s = rentalShop(); // today 2026-11-23; RENT-001: 3 costumes, buffer 1
    const ids = s.pieceIds('RENT-001');
    const a = s.book([{ sku: 'RENT-001', qty: 3 }], '2026-11-25', '2026-11-28');
    expect(a.lines.map((l) => l.pieceId)).toEqual(ids);
    const before = dbFingerprint(s.app.db);
    expect(s.err('rentals.book', s.bookInput([{ sku: 'RENT-001' }], '2026-11-24', '2026-11-26'))).toEqual(['RENTAL_UNAVAILABLE', ['lines', 0, 'qty']]);
    // the 29th is the cleaning day after a due date of the 28th
    const clash = s.call('rentals.book', s.bookInput([{ sku: 'RENT-001' }], '2026-11-29', '2026-12-01'));
    expect(clash).toMatchObject({ ok: false, error: { code: 'RENTAL_UNAVAILABLE', details: { sku: 'RENT-001', date: '2026-11-29', free: 0, wanted: 1 } } });
    expect(dbFingerprint(s.app.db)).toBe(before);
    expect(s.book([{ sku: 'RENT-001' }], '2026-11-30', '2026-12-02').lines[0]!.pieceId).toBe(ids[0]);
  });

  it('a named piece that is taken is refused; a booking ending before it is fine, if its own cleaning day fits', () => {
    const s = rentalShop();
    const [one, two] = s.pieceIds('RENT-001');
    s.book([{ sku: 'RENT-001', pieceIds: [one!] }], '2026-11-28', '2026-11-30');
    expect(s.err('rentals.book', s.bookInput([{ sku: 'RENT-001', pieceIds: [one!] }], '2026-11-25', '2026-11-27'))).toEqual(['RENTAL_UNAVAILABLE', ['lines', 0, 'pieceIds', 0]]);
    expect(s.book([{ sku: 'RENT-001', pieceIds: [one!] }], '2026-11-24', '2026-11-26').lines[0]!.tag).toBe('RENT-001-1');
    // without a name, a free piece is picked
    expect(s.book([{ sku: 'RENT-001' }], '2026-11-25', '2026-11-27').lines[0]!.pieceId).toBe(two);
  });

  it('a piece away for repair cannot be promised', () => {
    const s = rentalShop();
    const ids = s.pieceIds('RENT-003');
    s.ok('rentals.setPieceStatus', { pieceId: ids[0]!, status: 'repair', note: 'मोती टूटे' });
    expect(s.err('rentals.book', s.bookInput([{ sku: 'RENT-003', pieceIds: [ids[0]!] }], '2026-11-25', '2026-11-26'))).toEqual(['PIECE_NOT_READY', ['lines', 0, 'pieceIds', 0]]);
    expect(s.err('rentals.book', s.bookInput([{ sku: 'RENT-003', qty: 2 }], '2026-11-25', '2026-11-26'))).toEqual(['RENTAL_UNAVAILABLE', ['lines', 0, 'qty']]);
    const cal = s.ok('rentals.getAvailability', { productId: s.product('RENT-003'), from: '2026-11-25', to: '2026-11-26' });
    expect(cal.total).toBe(1);
    expect(cal.pieces.map((p) => p.days.map((d) => d.state))).toEqual([['unavailable', 'unavailable'], ['free', 'free']]);
  });

  it('shows the calendar: booked days, the cleaning buffer, free days', () => {
    const s = rentalShop();
    const r = s.book([{ sku: 'RENT-001' }], '2026-11-25', '2026-11-26');
    const cal = s.ok('rentals.getAvailability', { productId: s.product('RENT-001'), from: '2026-11-24', to: '2026-11-28' });
    expect(cal).toMatchObject({ mode: 'pieces', total: 3 });
    expect(cal.days.map((d) => [d.date, d.booked, d.buffer, d.free])).toEqual([
      ['2026-11-24', 0, 0, 3], ['2026-11-25', 1, 0, 2], ['2026-11-26', 1, 0, 2], ['2026-11-27', 0, 1, 2], ['2026-11-28', 0, 0, 3],
    ]);
    expect(cal.pieces[0]!.days.map((d) => `${d.state}${d.rentalNo ? '*' : ''}`)).toEqual(['free', 'booked*', 'booked*', 'buffer*', 'free']);
    expect(cal.pieces[0]!.days[1]!.rentalNo).toBe(r.rentalNo);
  });
});

describe('counted stock', () => {
  it('adds up every booking per day against what the shop owns, with the buffer', () => {
    const s = rentalShop(); // RENT-006: 40 kalash, buffer 1
    s.book([{ sku: 'RENT-006', qty: 30 }], '2026-11-25', '2026-11-27');
    const short = s.call('rentals.book', s.bookInput([{ sku: 'RENT-006', qty: 15 }], '2026-11-28', '2026-11-29'));
    expect(short).toMatchObject({ ok: false, error: { code: 'RENTAL_UNAVAILABLE', details: { field: ['lines', 0, 'qty'], date: '2026-11-28', free: 10, wanted: 15 } } });
    s.book([{ sku: 'RENT-006', qty: 10 }], '2026-11-28', '2026-11-29');
    s.book([{ sku: 'RENT-006', qty: 40 }], '2026-12-01', '2026-12-02'); // after both cleaning days
    const quote = s.ok('rentals.previewQuote', { fromDate: '2026-11-26', dueDate: '2026-11-26', lines: s.lines([{ sku: 'RENT-006', qty: 11 }]) });
    expect(quote.lines[0]).toMatchObject({ free: 10, ok: false });
    expect(quote.ok).toBe(false);
  });

  it('with no buffer the next booking may start the day after the due date; two lines of one item count together', () => {
    const s = rentalShop(); // RENT-004: 10 parra, buffer 0
    s.book([{ sku: 'RENT-004', qty: 10 }], '2026-11-25', '2026-11-27');
    expect(s.book([{ sku: 'RENT-004', qty: 10 }], '2026-11-28', '2026-11-30').status).toBe('booked');
    expect(s.err('rentals.book', s.bookInput([{ sku: 'RENT-004', qty: 6 }, { sku: 'RENT-004', qty: 5 }], '2026-12-01', '2026-12-02'))).toEqual(['RENTAL_UNAVAILABLE', ['lines', 1, 'qty']]);
    const cal = s.ok('rentals.getAvailability', { productId: s.product('RENT-004'), from: '2026-11-27', to: '2026-11-28' });
    expect(cal.days.map((d) => [d.booked, d.buffer, d.free])).toEqual([[10, 0, 0], [10, 0, 0]]);
  });
});

describe('extensions and late rentals', () => {
  it('an extension is checked again, leaving out the rental itself', () => {
    const s = rentalShop();
    const first = s.book([{ sku: 'RENT-007' }], '2026-11-25', '2026-11-26'); // 1 madwa, buffer 2
    s.book([{ sku: 'RENT-007' }], '2026-11-29', '2026-11-30');
    expect(s.err('rentals.extend', { requestId: rid(), rentalId: first.id, newDueDate: '2026-11-27' })).toEqual(['RENTAL_UNAVAILABLE', 'newDueDate']);
    const costume = s.book([{ sku: 'RENT-001', qty: 3 }], '2026-11-25', '2026-11-26');
    s.book([{ sku: 'RENT-001' }], '2026-11-30', '2026-12-01');
    expect(s.ok('rentals.extend', { requestId: rid(), rentalId: costume.id, newDueDate: '2026-11-27' }).dueDate).toBe('2026-11-27');
    expect(s.ok('rentals.extend', { requestId: rid(), rentalId: costume.id, newDueDate: '2026-11-28' }).dueDate).toBe('2026-11-28'); // cleaning on the 29th
    const clash = s.call('rentals.extend', { requestId: rid(), rentalId: costume.id, newDueDate: '2026-11-29' });
    expect(clash).toMatchObject({ ok: false, error: { code: 'RENTAL_UNAVAILABLE', details: { field: 'newDueDate', date: '2026-11-30', tag: 'RENT-001-1' } } });
  });

  it('an overdue rental keeps blocking its units until it comes back, then its cleaning day', () => {
    const s = rentalShop();
    const r = s.book([{ sku: 'RENT-002', qty: 3 }], '2026-11-23', '2026-11-24');
    s.pickUp(r.id);
    s.at('2026-11-27'); // three days late
    expect(s.err('rentals.book', s.bookInput([{ sku: 'RENT-002' }], '2026-11-28', '2026-11-29'))).toEqual(['RENTAL_UNAVAILABLE', ['lines', 0, 'qty']]);
    const cal = s.ok('rentals.getAvailability', { productId: s.product('RENT-002'), from: '2026-11-27', to: '2026-11-29' });
    expect(cal.days.map((d) => [d.out, d.buffer, d.free])).toEqual([[3, 0, 0], [0, 3, 0], [0, 0, 3]]);
    const got = s.ok('rentals.get', { id: r.id });
    // 3 days x ₹150 x 3 costumes late, out of ₹4,500 deposit
    expect(s.ok('rentals.checkIn', { requestId: rid(), rentalId: r.id, lines: got.lines.map((l) => ({ lineId: l.lineId, qty: 1 })), refundMethod: 'cash' }).returns[0]!.refundPaise).toBe(450_000 - 135_000);
    expect(s.err('rentals.book', s.bookInput([{ sku: 'RENT-002' }], '2026-11-28', '2026-11-29'))).toEqual(['RENTAL_UNAVAILABLE', ['lines', 0, 'qty']]);
    expect(s.book([{ sku: 'RENT-002', qty: 3 }], '2026-11-29', '2026-11-30').lines).toHaveLength(3);
  });
});
