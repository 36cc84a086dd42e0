/** The day close's rentals and closing the day (reports.closeDay), on a real SQLite file. */
import { afterEach, describe, expect, it } from 'vitest';
import type { DayClose } from '../../src/printing/types';
import { decode } from '../printing/escpos-decode';
import { startPrinter, type LoopbackPrinter } from '../printing/loopback';
import { goodPrinter } from './print-support';
import { CUSTOMER, ist, rentalShop, rid } from './rentals-support';

let printer: LoopbackPrinter | undefined;
afterEach(async () => {
  await printer?.close();
  printer = undefined;
});

describe('reports.getDayClose: rentals', () => {
  it("a walk-in's deposit is held, not income; the drawer's expected cash includes the rental's cash", () => {
    const s = rentalShop(ist('2026-11-23', '10:00'));
    // a cash sale first, so the drawer has something of its own
    const p = s.app.db.prepare("SELECT id, price_paise FROM products WHERE sku = 'JUTE-001'").get() as { id: number; price_paise: number };
    const sale = s.ok('sales.checkout', { requestId: rid(), lines: [{ productId: p.id, qtyMilli: 1000, expectedPricePaise: p.price_paise }], payments: [{ method: 'cash', amountPaise: p.price_paise }] });
    // a walk-in, paid in cash: rent + deposit
    const lines = s.lines([{ sku: 'RENT-001' }]);
    const quote = s.ok('rentals.previewQuote', { fromDate: '2026-11-23', dueDate: '2026-11-25', lines });
    expect(quote.depositPaise).toBeGreaterThan(0);
    const r = s.ok('rentals.walkIn', { requestId: rid(), customer: CUSTOMER, dueDate: '2026-11-25', lines, payments: [{ method: 'cash', amountPaise: quote.totalPaise }] });
    // a booking with a UPI advance, for later
    const booked = s.book([{ sku: 'RENT-003' }], '2026-11-28', '2026-11-29', { advance: [{ method: 'upi', amountPaise: 20_000, ref: 'ADV' }] });

    const d = s.ok('reports.getDayClose', { date: '2026-11-23' }, s.owner);
    expect(d.rentals).toMatchObject({
      pickedUp: 1, returned: 0,
      rentPaise: quote.rentPaise, lateFeePaise: 0, damagePaise: 0, cancelKeptPaise: 0, incomePaise: quote.rentPaise,
      depositsTakenPaise: quote.depositPaise, depositsReleasedPaise: 0, depositsHeldPaise: quote.depositPaise,
      advancesTakenPaise: 20_000, advancesHeldPaise: 20_000,
      payments: [{ method: 'cash', count: 1, amountPaise: quote.totalPaise }, { method: 'upi', count: 1, amountPaise: 20_000 }],
    });
    // the deposit is not in the day's sales nor its rental income
    expect(d.salesPaise).toBe(sale.totalPaise);
    expect(d.rentals.incomePaise).not.toBe(quote.totalPaise);
    // the drawer: the sale's cash and the rental's cash (rent and deposit: the deposit sits in the drawer too)
    expect(d.cash.byKind).toEqual([{ kind: 'rental', amountPaise: quote.totalPaise }, { kind: 'sale', amountPaise: sale.totalPaise }]);
    expect(d.cash.expectedPaise).toBe(sale.totalPaise + quote.totalPaise);
    expect(d.cash.expectedPaise).toBe(s.drawer());

    // two days later it comes back on time: the deposit is released in cash, nothing is held any more
    s.at('2026-11-25', '12:00');
    const back = s.ok('rentals.checkIn', { requestId: rid(), rentalId: r.id, lines: r.lines.map((l) => ({ lineId: l.lineId, qty: l.qty })), refundMethod: 'cash' });
    expect(back.status).toBe('returned');
    const d3 = s.ok('reports.getDayClose', { date: '2026-11-25' }, s.owner);
    expect(d3.rentals).toMatchObject({
      pickedUp: 0, returned: 1, incomePaise: 0, depositsTakenPaise: 0, depositsReleasedPaise: quote.depositPaise, depositsHeldPaise: 0,
      advancesHeldPaise: 20_000, payments: [{ method: 'cash', count: 1, amountPaise: -quote.depositPaise }],
    });
    expect(d3.cash).toMatchObject({ openingPaise: d.cash.expectedPaise, outPaise: quote.depositPaise, expectedPaise: d.cash.expectedPaise - quote.depositPaise });
    expect(d3.cash.byKind).toEqual([{ kind: 'rental_refund', amountPaise: -quote.depositPaise }]);
    // the 23rd still says what was held at its end
    expect(s.ok('reports.getDayClose', { date: '2026-11-23' }, s.owner).rentals.depositsHeldPaise).toBe(quote.depositPaise);

    // the booking is picked up on the 28th: its advance is no longer held from then on
    s.at('2026-11-28', '10:00');
    s.pickUp(booked.id);
    const d28 = s.ok('reports.getDayClose', { date: '2026-11-28' }, s.owner);
    expect(d28.rentals).toMatchObject({ pickedUp: 1, advancesHeldPaise: 0 });
    expect(d28.rentals.depositsHeldPaise).toBe(s.ok('rentals.get', { id: booked.id }).depositHeldPaise);
    expect(s.ok('reports.getDayClose', { date: '2026-11-27' }, s.owner).rentals.advancesHeldPaise).toBe(20_000);
    // and agrees with the rentals report's "held now"
    const rep = s.ok('rentals.report', { from: '2026-11-01', to: '2026-11-28' }, s.owner);
    expect([rep.depositsHeldPaise, rep.advancesHeldPaise]).toEqual([d28.rentals.depositsHeldPaise, d28.rentals.advancesHeldPaise]);
    s.app.close();
  });
});

describe('reports.closeDay', () => {
  function day() {
    const s = rentalShop(ist('2026-11-23', '10:00'));
    const p = s.app.db.prepare("SELECT id, price_paise FROM products WHERE sku = 'JUTE-001'").get() as { id: number; price_paise: number };
    const sale = s.ok('sales.checkout', { requestId: rid(), lines: [{ productId: p.id, qtyMilli: 1000, expectedPricePaise: p.price_paise }], payments: [{ method: 'cash', amountPaise: p.price_paise }] });
    return { s, sale };
  }

  it('records the count against the expected cash once; a repeat of the same request returns the first; a second close is refused', () => {
    const { s, sale } = day();
    s.at('2026-11-23', '19:30');
    const input = { requestId: rid(), date: '2026-11-23', countedPaise: sale.totalPaise - 1000, note: 'दस रुपये कम' };
    const c = s.ok('reports.closeDay', input, s.owner);
    expect(c).toMatchObject({ date: '2026-11-23', countedPaise: sale.totalPaise - 1000, expectedPaise: sale.totalPaise, differencePaise: -1000, note: 'दस रुपये कम', closedBy: 'ललिता साहू' });
    expect(s.ok('reports.closeDay', input, s.owner)).toEqual(c); // the same request again: the first result, nothing written
    expect(s.q('SELECT count(*) FROM day_closes')).toBe(1);
    const again = s.call('reports.closeDay', { ...input, requestId: rid(), countedPaise: 0 }, s.owner);
    expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT', details: { field: 'date', reason: 'dayClosed', closedBy: 'ललिता साहू', countedPaise: c.countedPaise } } });
    // the report shows the day as closed; the list has it
    expect(s.ok('reports.getDayClose', { date: '2026-11-23' }, s.owner).closed).toEqual(c);
    expect(s.ok('reports.getDayClose', { date: '2026-11-22' }, s.owner).closed).toBeNull();
    expect(s.ok('reports.listDayCloses', {}, s.owner)).toEqual([c]);
    // append-only
    expect(() => s.app.db.exec('UPDATE day_closes SET counted_paise = 0')).toThrow(/append-only/);
    expect(() => s.app.db.exec('DELETE FROM day_closes')).toThrow(/append-only/);
    s.app.close();
  });

  it('refuses a day still to come, a cashier, and bad amounts, writing nothing', () => {
    const { s } = day();
    expect(s.err('reports.closeDay', { requestId: rid(), date: '2026-11-24', countedPaise: 0 }, s.owner)).toEqual(['INVALID_INPUT', ['date']]);
    expect(s.call('reports.closeDay', { requestId: rid(), date: '2026-11-23', countedPaise: 0 }, s.cashier)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(s.call('reports.listDayCloses', {}, s.cashier)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(s.err('reports.closeDay', { requestId: rid(), date: '2026-11-23', countedPaise: -5 }, s.owner)).toEqual(['INVALID_INPUT', ['countedPaise']]);
    expect(s.err('reports.closeDay', { requestId: rid(), date: '2026-11-31', countedPaise: 5 }, s.owner)).toEqual(['INVALID_INPUT', ['date']]);
    expect(s.q('SELECT count(*) FROM day_closes')).toBe(0);
    // a past day may be closed later (a forgotten close): its expected cash is that day's
    s.at('2026-11-25');
    const c = s.ok('reports.closeDay', { requestId: rid(), date: '2026-11-23', countedPaise: 0 }, s.owner);
    expect(c.expectedPaise).toBe(s.ok('reports.getDayClose', { date: '2026-11-23' }, s.owner).cash.expectedPaise);
    s.app.close();
  });

  it('prints the day-close slip with the count, and shows it as preview and PDF (managers only)', async () => {
    const { s, sale } = day();
    printer = await startPrinter();
    s.ok('print.updateSettings', goodPrinter(printer.url), s.owner);
    // not closed yet: nothing to print
    expect((await s.app.callAny('print.dayClose', { date: '2026-11-23' }, s.owner)).result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', details: { field: 'date' } } });
    const c = s.ok('reports.closeDay', { requestId: rid(), date: '2026-11-23', countedPaise: sale.totalPaise + 500 }, s.owner);
    const [r, bytes] = await Promise.all([s.app.callAny('print.dayClose', { date: '2026-11-23', lang: 'en' }, s.owner), printer.nextJob()]);
    expect(r.result).toMatchObject({ ok: true, value: { status: 'printed' } });
    expect(decode(bytes).length).toBeGreaterThan(5);
    const job = s.app.db.prepare("SELECT doc_type, ref, payload FROM print_jobs WHERE doc_type = 'day_close'").get() as { doc_type: string; ref: string; payload: string };
    const payload = JSON.parse(job.payload) as DayClose;
    expect(job.ref).toBe('2026-11-23');
    expect(payload).toMatchObject({
      day: '2026-11-23', closedBy: 'ललिता साहू', lang: 'en', bills: { count: 1 }, netSalesPaise: sale.totalPaise,
      cash: { expectedPaise: sale.totalPaise, countedPaise: sale.totalPaise + 500, differencePaise: 500 },
    });
    expect((await s.app.callAny('print.dayClose', { date: '2026-11-23' }, s.cashier)).result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const pre = await s.app.callAny('print.preview', { doc: 'day_close', id: c.id, paper: '80mm' }, s.owner);
    expect(pre.result).toMatchObject({ ok: true, value: { widthPx: 576 } });
    const pdf = await s.app.callAny('print.slipPdf', { doc: 'day_close', id: c.id }, s.owner);
    expect(pdf.result).toMatchObject({ ok: true, value: { fileName: 'day-close-2026-11-23.pdf' } });
    expect((await s.app.callAny('print.preview', { doc: 'day_close', id: c.id }, s.cashier)).result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect((await s.app.callAny('print.preview', { doc: 'day_close', id: 999 }, s.owner)).result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    s.app.close();
  });
});

describe('reports.exportMonthly', () => {
  it('the month by craft and by day as CSV with a BOM, Hindi names kept; managers only', () => {
    const s = rentalShop(ist('2026-11-23', '10:00'));
    const p = s.app.db.prepare("SELECT id, price_paise FROM products WHERE sku = 'JUTE-001'").get() as { id: number; price_paise: number };
    const sale = s.ok('sales.checkout', { requestId: rid(), lines: [{ productId: p.id, qtyMilli: 2000, expectedPricePaise: p.price_paise }], payments: [{ method: 'cash', amountPaise: 2 * p.price_paise }] });
    const f = s.ok('reports.exportMonthly', { month: '2026-11' }, s.owner);
    expect(f.fileName).toBe('monthly-2026-11.csv');
    expect(f.csv.startsWith('\uFEFFsection,date,craft_hi,craft_en,bills')).toBe(true);
    const lines = f.csv.slice(1).split('\r\n');
    expect(lines).toHaveLength(4); // header, one craft, one day, the month
    expect(lines[1]).toMatch(/^craft,,जूट आर्ट,Jute art,,1,2,/);
    expect(lines[2]).toMatch(new RegExp(`^day,2026-11-23,,,1,1,2,.*,${(sale.totalPaise / 100).toFixed(2)},`));
    expect(lines[3]).toMatch(/^month,2026-11,,,1,1,2,/);
    expect(s.call('reports.exportMonthly', { month: '2026-11' }, s.cashier)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    s.app.close();
  });
});
