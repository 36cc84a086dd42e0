/** Booking: what is written, the advance, and every refusal writing nothing. */
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/core/app';
import { dbFingerprint } from '../support/db';
import { rentalShop, rid } from './rentals-support';

describe('booking', () => {
  it('books for dates with an advance held (not income), numbered per financial year', () => {
    const s = rentalShop();
    const r = s.book([{ sku: 'RENT-001' }, { sku: 'RENT-006', qty: 20 }], '2026-11-25', '2026-11-28', {
      eventDate: '2026-11-26', note: 'शादी', advance: [{ method: 'cash', amountPaise: 50_000, tenderedPaise: 60_000 }],
      customer: { name: 'प्रिया शर्मा', phone: '98260 11223', idNote: 'आधार 4321', address: 'दुर्ग' },
    });
    expect(r).toMatchObject({
      rentalNo: 'HH/R/2026-27/C1-000001', status: 'booked', days: 3, eventDate: '2026-11-26', rentPaise: 80_000 + 20 * 5_000, depositPaise: 200_000 + 20 * 10_000,
      advancePaise: 50_000, balancePaise: -50_000, depositHeldPaise: 0, customer: { idNote: 'आधार 4321' },
    });
    expect(r.payments).toEqual([expect.objectContaining({ event: 'booking', amountPaise: 50_000, tenderedPaise: 60_000, changePaise: 10_000 })]);
    expect(s.drawer()).toBe(50_000); // the cash in the drawer, net of change
    expect(s.q('SELECT count(*) FROM rental_charges')).toBe(0); // nothing charged until pick-up
    expect(s.onHand('RENT-006')).toBe(40); // and nothing leaves the shelf
    expect(s.book([{ sku: 'RENT-008' }], '2026-11-25', '2026-11-25').rentalNo).toBe('HH/R/2026-27/C1-000002');
  });

  it('refuses bad dates, clashes and unknown items, and writes nothing', () => {
    const s = rentalShop(); // today 2026-11-23
    s.book([{ sku: 'RENT-007' }], '2026-11-25', '2026-11-26');
    const before = dbFingerprint(s.app.db);
    const bad = (ls: Parameters<typeof s.bookInput>[0], from: string, due: string, extra = {}) => s.err('rentals.book', s.bookInput(ls, from, due, extra));
    expect(bad([{ sku: 'RENT-001' }], '2026-11-26', '2026-11-25')).toEqual(['RENTAL_DATES', 'dueDate']);
    expect(bad([{ sku: 'RENT-001' }], '2026-11-22', '2026-11-25')).toEqual(['RENTAL_DATES', 'fromDate']);
    expect(bad([{ sku: 'RENT-001' }], '2026-11-25', '2027-01-25')).toEqual(['RENTAL_DATES', 'dueDate']);
    expect(bad([{ sku: 'RENT-001' }], '2026-11-25', '2026-11-28', { eventDate: '2026-11-29' })).toEqual(['RENTAL_DATES', 'eventDate']);
    expect(bad([{ sku: 'RENT-001' }], '2027-02-29', '2027-03-01')).toEqual(['INVALID_INPUT', ['fromDate']]);
    expect(bad([{ sku: 'RENT-001' }], '25-11-2026', '2026-11-28')).toEqual(['INVALID_INPUT', ['fromDate']]);
    expect(bad([{ sku: 'RENT-007' }], '2026-11-27', '2026-11-28')).toEqual(['RENTAL_UNAVAILABLE', ['lines', 0, 'qty']]); // its cleaning days
    expect(bad([{ sku: 'RENT-001' }, { sku: 'JUTE-001' }], '2026-11-25', '2026-11-28')).toEqual(['NOT_FOR_RENT', ['lines', 1, 'productId']]);
    expect(bad([{ sku: 'RENT-001', qty: 2, pieceIds: s.pieceIds('RENT-001').slice(0, 1) }], '2026-11-25', '2026-11-28')).toEqual(['INVALID_INPUT', ['lines', 0, 'pieceIds']]);
    expect(bad([{ sku: 'RENT-001', qty: 2, pieceIds: [s.pieceIds('RENT-001')[0]!, s.pieceIds('RENT-001')[0]!] }], '2026-11-25', '2026-11-28')).toEqual(['INVALID_INPUT', ['lines', 0, 'pieceIds', 1]]);
    expect(bad([{ sku: 'RENT-001', pieceIds: s.pieceIds('RENT-002').slice(0, 1) }], '2026-11-25', '2026-11-28')).toEqual(['NOT_FOUND', ['lines', 0, 'pieceIds', 0]]);
    expect(bad([{ sku: 'RENT-006', qty: 2, pieceIds: [1, 2] }], '2026-11-25', '2026-11-28')).toEqual(['INVALID_INPUT', ['lines', 0, 'pieceIds']]);
    // an advance beyond rent + deposit (₹800 + ₹2,000) would be money held for nothing
    expect(bad([{ sku: 'RENT-001' }], '2026-11-25', '2026-11-28', { advance: [{ method: 'upi', amountPaise: 280_001 }] })).toEqual(['INVALID_INPUT', ['advance']]);
    expect(bad([{ sku: 'RENT-001' }], '2026-11-25', '2026-11-28', { advance: [{ method: 'upi', amountPaise: 1000, tenderedPaise: 2000 }] })).toEqual(['INVALID_INPUT', ['advance', 0, 'tenderedPaise']]);
    expect(s.err('rentals.book', { ...s.bookInput([{ sku: 'RENT-001' }], '2026-11-25', '2026-11-28'), customer: { name: 'x', phone: '', idNote: '', address: '' } })).toEqual(['INVALID_INPUT', ['customer', 'phone']]);
    s.app.db.prepare("UPDATE products SET status = 'archived' WHERE sku = 'RENT-008'").run();
    expect(bad([{ sku: 'RENT-008' }], '2026-11-25', '2026-11-28')).toEqual(['PRODUCT_ARCHIVED', ['lines', 0, 'productId']]);
    s.app.db.prepare("UPDATE products SET status = 'active' WHERE sku = 'RENT-008'").run();
    s.app.db.prepare("DELETE FROM rental_terms WHERE product_id = ?").run(s.product('RENT-008'));
    const noTerms = dbFingerprint(s.app.db);
    expect(bad([{ sku: 'RENT-008' }], '2026-11-25', '2026-11-28')).toEqual(['RENTAL_TERMS_MISSING', ['lines', 0, 'productId']]);
    expect(dbFingerprint(s.app.db)).toBe(noTerms);
    // the refused bookings used no numbers
    expect(s.book([{ sku: 'RENT-001' }], '2026-11-25', '2026-11-28').rentalNo).toBe('HH/R/2026-27/C1-000002');
  });

  it('a repeated booking (double click) is recorded once', () => {
    const s = rentalShop();
    const input = s.bookInput([{ sku: 'RENT-001' }], '2026-11-25', '2026-11-28', { advance: [{ method: 'cash', amountPaise: 10_000 }] });
    const a = s.call('rentals.book', input);
    const before = dbFingerprint(s.app.db);
    expect(s.call('rentals.book', input)).toEqual(a);
    expect(dbFingerprint(s.app.db)).toBe(before);
    expect(s.call('rentals.book', { ...input, requestId: rid() })).toMatchObject({ ok: true, value: { rentalNo: 'HH/R/2026-27/C1-000002' } });
  });

  it('quotes rent and deposit for the dates without writing', () => {
    const s = rentalShop();
    const before = dbFingerprint(s.app.db);
    const quote = s.ok('rentals.previewQuote', { fromDate: '2026-11-25', dueDate: '2026-11-30', lines: s.lines([{ sku: 'RENT-001' }, { sku: 'RENT-003' }, { sku: 'RENT-006', qty: 10 }]) });
    // 5 days: costume ₹800 + 2 x ₹300; maur 3 blocks of 2 days x ₹500; kalsha ₹50 + 2 x ₹10 each
    expect(quote.lines.map((l) => [l.rentPaise, l.depositPaise, l.free, l.ok])).toEqual([[140_000, 200_000, 3, true], [150_000, 100_000, 2, true], [70_000, 100_000, 40, true]]);
    expect(quote).toMatchObject({ days: 5, rentPaise: 360_000, depositPaise: 400_000, totalPaise: 760_000, ok: true });
    expect(dbFingerprint(s.app.db)).toBe(before);
  });

  it('two counters on one database file cannot promise the same piece or more kalash than there are', () => {
    const s = rentalShop();
    // A second connection, as a second counter or window has; its own logins, the same clock.
    const b = createApp(s.app.db.name, { clock: () => new Date('2026-11-23T05:30:00Z'), sessionIdleMs: 1e12 });
    const pooja = (b.call('session.login', { userId: s.app.db.prepare("SELECT id FROM users WHERE role = 'cashier'").pluck().get() as number, pin: '1111' }).session as { set: string }).set;
    const [one] = s.pieceIds('RENT-001');
    const onA = s.call('rentals.book', s.bookInput([{ sku: 'RENT-001', pieceIds: [one!] }, { sku: 'RENT-006', qty: 30 }], '2026-11-25', '2026-11-27'));
    const onB = b.call('rentals.book', s.bookInput([{ sku: 'RENT-001', pieceIds: [one!] }], '2026-11-26', '2026-11-28'), pooja).result;
    const kalashOnB = b.call('rentals.book', s.bookInput([{ sku: 'RENT-006', qty: 11 }], '2026-11-27', '2026-11-29'), pooja).result;
    expect(onA.ok).toBe(true);
    expect(onB).toMatchObject({ ok: false, error: { code: 'RENTAL_UNAVAILABLE', details: { tag: 'RENT-001-1' } } });
    expect(kalashOnB).toMatchObject({ ok: false, error: { code: 'RENTAL_UNAVAILABLE', details: { free: 10, wanted: 11 } } });
    expect(b.call('rentals.book', s.bookInput([{ sku: 'RENT-006', qty: 10 }], '2026-11-27', '2026-11-29'), pooja).result.ok).toBe(true);
    expect(s.q('SELECT count(*) FROM rentals')).toBe(2);
    b.close();
  });
});
