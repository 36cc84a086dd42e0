/** The rental report (income apart from deposits and advances held) and the counter's lists. */
import { describe, expect, it } from 'vitest';
import { ist, rentalShop, rid } from './rentals-support';

describe('report', () => {
  it('counts rent, fees and kept advances as income; deposits and advances held are liabilities', () => {
    const s = rentalShop(ist('2026-11-23'));
    s.book([{ sku: 'RENT-002' }], '2026-11-28', '2026-11-30', { advance: [{ method: 'cash', amountPaise: 50_000 }] }); // held
    const costume = s.walkIn([{ sku: 'RENT-001' }], '2026-11-25'); // rent ₹800, deposit ₹2,000 out
    const kalsha = s.walkIn([{ sku: 'RENT-006', qty: 10 }], '2026-11-24'); // rent ₹500, deposit ₹1,000
    const gone = s.book([{ sku: 'RENT-008' }], '2026-11-24', '2026-11-24', { advance: [{ method: 'cash', amountPaise: 10_000 }] });
    s.ok('rentals.cancel', { requestId: rid(), rentalId: gone.id, reason: 'x', refundMethod: 'cash' }); // keeps ₹50
    s.at('2026-11-25');
    s.ok('rentals.checkIn', { requestId: rid(), rentalId: kalsha.id, lines: [{ lineId: kalsha.lines[0]!.lineId, qty: 10 }], refundMethod: 'cash' }); // 1 day late: ₹100
    const rep = s.ok('rentals.report', { from: '2026-11-23', to: '2026-11-25' }, s.owner);
    expect(rep).toEqual({
      from: '2026-11-23', to: '2026-11-25', rentals: 2, rentPaise: 130_000, lateFeePaise: 10_000, damagePaise: 0, cancelKeptPaise: 5_000,
      artisanSharePaise: 0, groupPaise: 145_000, gstPaise: 0, depositsHeldPaise: 200_000, advancesHeldPaise: 50_000,
    });
    expect(s.ok('rentals.report', { from: '2026-11-24', to: '2026-11-24' }, s.owner)).toMatchObject({ rentals: 0, rentPaise: 0, lateFeePaise: 0, depositsHeldPaise: 200_000 });
    expect(s.err('rentals.report', { from: '2026-11-25', to: '2026-11-23' }, s.owner)).toEqual(['INVALID_INPUT', ['to']]);
    expect(s.err('rentals.report', { from: '2026-11-23', to: '2026-11-25' })).toEqual(['FORBIDDEN', undefined]);
    expect(costume.status).toBe('out');
  });
});

describe('lists', () => {
  it('due today, overdue with phone numbers, pick-ups ahead, and the pieces being cleaned', () => {
    const s = rentalShop(ist('2026-11-20'));
    const late = s.walkIn([{ sku: 'RENT-004' }], '2026-11-21');
    const today = s.walkIn([{ sku: 'RENT-001' }], '2026-11-23');
    const back = s.walkIn([{ sku: 'RENT-002' }], '2026-11-22');
    const noShow = s.book([{ sku: 'RENT-005' }], '2026-11-22', '2026-11-24');
    const soon = s.book([{ sku: 'RENT-008' }], '2026-12-07', '2026-12-08', { customer: { name: 'Meena Sahu', phone: '98930 00000', idNote: '', address: '' } });
    const later = s.book([{ sku: 'RENT-008' }], '2026-12-08', '2026-12-09');
    s.at('2026-11-22');
    s.ok('rentals.checkIn', { requestId: rid(), rentalId: back.id, lines: [{ lineId: back.lines[0]!.lineId, qty: 1 }], refundMethod: 'cash' });
    s.at('2026-11-23');
    const view = (v: 'due_today' | 'overdue' | 'pickups' | 'out' | 'booked' | 'returned' | 'cancelled' | 'all', q = '') => s.ok('rentals.list', { view: v, q });
    expect(view('due_today').rows.map((r) => r.id)).toEqual([today.id]);
    expect(view('overdue')).toMatchObject({ today: '2026-11-23', total: 1, rows: [{ id: late.id, customerPhone: '9826011223', lateDays: 2, itemsEn: 'Parra (bamboo tray)' }] });
    expect(view('pickups').rows.map((r) => r.id)).toEqual([noShow.id, soon.id]); // the 8 December one is beyond two weeks
    expect(view('booked').rows.map((r) => r.id)).toEqual([noShow.id, soon.id, later.id]);
    expect(view('out').rows.map((r) => r.id)).toEqual([late.id, today.id]);
    expect(view('returned').rows.map((r) => r.id)).toEqual([back.id]);
    expect(view('all').total).toBe(6);
    expect(view('all', '98930 000').rows.map((r) => r.id)).toEqual([soon.id]);
    expect(view('all', 'meena').rows.map((r) => r.id)).toEqual([soon.id]);
    expect(view('all', late.rentalNo).rows.map((r) => r.id)).toEqual([late.id]);
    expect(view('all', '100%').total).toBe(0);
    expect(s.ok('rentals.listPieces', { status: 'cleaning' }).map((p) => p.tag)).toEqual(['RENT-002-1']);
    expect(s.ok('rentals.lookup', { code: 'RENT-001-1' })).toMatchObject({ rentalId: today.id });
    expect(s.ok('rentals.lookup', { code: 'RENT-002-1' })).toMatchObject({ rentalId: null });
    expect(s.ok('rentals.lookup', { code: 'RENT-006' })).toMatchObject({ pieceId: null, rentalId: null });
    expect(s.ok('rentals.lookup', { code: 'JUTE-001' })).toBeNull();
  });
});

describe('late fee on the list rows', () => {
  it('each row carries the fee a day for the units still out and the fee so far, as rentals.get works it out', () => {
    const s = rentalShop(ist('2026-11-20'));
    // 10 kalsha (₹10 a day each) + a parra (₹20 a day), due 21 November; 4 kalsha back on the 22nd, 1 missing
    const r = s.walkIn([{ sku: 'RENT-006', qty: 10 }, { sku: 'RENT-004' }], '2026-11-21');
    const onTime = s.walkIn([{ sku: 'RENT-008', qty: 2 }], '2026-11-30');
    const booked = s.book([{ sku: 'RENT-008' }], '2026-12-01', '2026-12-02');
    const row = (id: number) => s.ok('rentals.list', { view: 'all' }).rows.find((x) => x.id === id)!;
    expect(row(r.id)).toMatchObject({ lateDays: 0, lateFeePerDayPaise: 10 * 1_000 + 2_000, lateFeeNowPaise: 0 });
    s.at('2026-11-22');
    s.ok('rentals.checkIn', {
      requestId: rid(), rentalId: r.id, lines: [{ lineId: r.lines[0]!.lineId, qty: 4, missingQty: 1, damagePaise: 5_000, damageNote: 'टूटा / broken' }], refundMethod: 'cash', waiveLateFee: false,
    }, s.owner);
    s.at('2026-11-24'); // 3 days late; 5 kalsha and the parra still out
    const late = s.ok('rentals.list', { view: 'overdue' }).rows;
    expect(late.map((x) => [x.id, x.lateDays, x.outstandingUnits, x.lateFeePerDayPaise, x.lateFeeNowPaise])).toEqual([[r.id, 3, 6, 5 * 1_000 + 2_000, 3 * 7_000]]);
    const full = s.ok('rentals.get', { id: r.id });
    expect([full.lateDaysNow, full.lateFeeNowPaise]).toEqual([late[0]!.lateDays, late[0]!.lateFeeNowPaise]);
    // not late: the fee a day of what is out, nothing so far; a booking has nothing out
    expect(row(onTime.id)).toMatchObject({ lateDays: 0, lateFeePerDayPaise: 2 * 1_000, lateFeeNowPaise: 0 });
    expect(row(booked.id)).toMatchObject({ lateFeePerDayPaise: 0, lateFeeNowPaise: 0 });
    // all back: nothing out, nothing a day
    s.ok('rentals.checkIn', { requestId: rid(), rentalId: r.id, lines: [{ lineId: r.lines[0]!.lineId, qty: 5 }, { lineId: r.lines[1]!.lineId, qty: 1 }], refundMethod: 'cash' });
    expect(row(r.id)).toMatchObject({ status: 'returned', lateDays: 0, lateFeePerDayPaise: 0, lateFeeNowPaise: 0 });
  });
});
