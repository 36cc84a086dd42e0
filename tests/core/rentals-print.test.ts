/** Booking slip, rental slip and return slip through the print API on a loopback printer, and as preview and PDF. */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { blocksOf } from '../../src/core/print/documents';
import { dayWithWeekday } from '../../src/printing/format';
import type { RentalReturnSlip, RentalSlip } from '../../src/printing/types';
import { decode, paperPng, type Op } from '../printing/escpos-decode';
import { startPrinter, type LoopbackPrinter } from '../printing/loopback';
import { goodPrinter } from './print-support';
import { ist, rentalShop, rid, type RentalShop } from './rentals-support';

let printer: LoopbackPrinter | undefined;
afterEach(async () => {
  await printer?.close();
  printer = undefined;
});
const OUT = 'test-results/printing';

async function withPrinter() {
  const s = rentalShop(ist('2026-11-23'));
  printer = await startPrinter();
  s.ok('print.updateSettings', goodPrinter(printer.url, { cashDrawer: true }), s.owner);
  return s;
}

/** Print through the API; the job's ops and its stored payload. */
async function print<P>(s: RentalShop, name: 'print.rentalSlip' | 'print.rentalReturnSlip', input: Record<string, unknown>, file: string) {
  const [r, bytes] = await Promise.all([s.app.callAny(name, input, s.cashier), printer!.nextJob()]);
  if (!r.result.ok) throw new Error(JSON.stringify(r.result.error));
  const { jobId, status } = r.result.value as { jobId: number; status: string };
  expect(status).toBe('printed');
  const ops = decode(bytes);
  fs.mkdirSync(OUT, { recursive: true });
  fs.writeFileSync(path.join(OUT, `${file}.png`), await paperPng(ops, 576));
  const job = s.app.db.prepare('SELECT doc_type, ref, payload FROM print_jobs WHERE id = ?').get(jobId) as { doc_type: string; ref: string; payload: string };
  return { ops, job, payload: JSON.parse(job.payload) as P };
}
const drawerKicks = (ops: Op[]) => ops.filter((o) => o.op === 'drawer').length;
const words = (docType: 'rental_slip' | 'rental_return_slip', payload: unknown) => JSON.stringify(blocksOf(docType, payload, '80mm'));
/** The one line printed largest (huge, white on black). */
const largest = (payload: unknown) => blocksOf('rental_slip', payload, '80mm').filter((b) => b.kind === 'text' && b.size === 'huge' && b.invert).map((b) => (b as { text: string }).text);

describe('rental slips', () => {
  it('a booking prints a booking slip with the pick-up date large; once out, the rental slip with the due date large', async () => {
    const s = await withPrinter();
    const r = s.book([{ sku: 'RENT-001' }, { sku: 'RENT-006', qty: 10 }], '2026-11-25', '2026-11-28', { advance: [{ method: 'upi', amountPaise: 50_000 }], customer: { name: 'Priya', phone: '9826011223', idNote: 'Aadhaar 4321', address: 'Durg' } });
    const booking = await print<RentalSlip>(s, 'print.rentalSlip', { rentalId: r.id, lang: 'en' }, 'api-booking-slip');
    expect(booking.job).toMatchObject({ doc_type: 'rental_slip', ref: r.rentalNo });
    expect(booking.payload).toMatchObject({ booking: true, advancePaise: 50_000, paidPaise: 50_000, rentPaise: 130_000, depositPaise: 300_000, fromDate: '2026-11-25', customer: { idProof: 'Aadhaar 4321' } });
    expect(booking.payload.items.map((i) => [i.nameEn, i.tag, i.qty])).toEqual([['Chhattisgarhi costume (women)', 'RENT-001-1', 1], ['Kalsha (pot)', undefined, 10]]);
    expect(booking.payload.terms).toHaveLength(3);
    const bookingWords = words('rental_slip', booking.payload);
    expect(bookingWords).toContain('Booking Slip');
    expect(largest(booking.payload)).toEqual([dayWithWeekday('2026-11-25', 'en')]);
    expect(drawerKicks(booking.ops)).toBe(0); // paid by UPI

    s.at('2026-11-25');
    s.pickUp(r.id);
    const slip = await print<RentalSlip>(s, 'print.rentalSlip', { rentalId: r.id, lang: 'en' }, 'api-rental-slip');
    expect(slip.payload).toMatchObject({ paidPaise: 430_000, advancePaise: 50_000, lateFeePerDayPaise: 20_000 + 10 * 1_000 });
    expect(slip.payload.booking).toBeUndefined();
    const slipWords = words('rental_slip', slip.payload);
    expect(slipWords).toContain('Rental Slip');
    expect(largest(slip.payload)).toEqual([dayWithWeekday('2026-11-28', 'en')]);
    expect(drawerKicks(slip.ops)).toBe(1); // the rest was paid in cash
    const copy = await print<RentalSlip>(s, 'print.rentalSlip', { rentalId: r.id, duplicate: true }, 'api-rental-slip-copy');
    expect(copy.payload.duplicate).toBe(true);
    expect(drawerKicks(copy.ops)).toBe(0);
  });

  it('a check-in prints its return slip: late days, damage, the deposit refunded (cash: the drawer opens)', async () => {
    const s = await withPrinter();
    const r = s.walkIn([{ sku: 'RENT-001' }, { sku: 'RENT-006', qty: 10 }], '2026-11-24');
    s.at('2026-11-26');
    const back = s.ok('rentals.checkIn', {
      requestId: rid(), rentalId: r.id, refundMethod: 'cash',
      lines: [{ lineId: r.lines[0]!.lineId, qty: 1, damagePaise: 30_000, damageNote: 'stain', condition: 'repair' }, { lineId: r.lines[1]!.lineId, qty: 9, missingQty: 1, damagePaise: 15_000, damageNote: 'one broken' }],
    });
    const { payload, job, ops } = await print<RentalReturnSlip>(s, 'print.rentalReturnSlip', { returnId: back.returnId, lang: 'en' }, 'api-rental-return-slip');
    expect(job).toMatchObject({ doc_type: 'rental_return_slip', ref: `${r.rentalNo}/1` });
    // 2 days late: ₹400 + 10 x ₹20; damage ₹300 + ₹150; deposit ₹2,000 + ₹1,000
    expect(payload).toMatchObject({ returnNo: `${r.rentalNo}/1`, returnedDate: '2026-11-26', lateDays: 2, lateFeePaise: 60_000, damagePaise: 45_000, depositPaise: 300_000, refundPaise: 195_000 });
    expect(payload.items.map((i) => [i.qty, i.returnedQty, i.damagePaise, i.condition])).toEqual([[1, 1, 30_000, 'मरम्मत / repair · stain'], [10, 9, 15_000, 'गुम / missing 1 · one broken']]);
    expect(payload.payments).toEqual([{ method: 'cash', amountPaise: 195_000 }]);
    expect(words('rental_return_slip', payload)).toContain('Refunded');
    expect(drawerKicks(ops)).toBe(1);
    expect((await s.app.callAny('print.rentalReturnSlip', { returnId: 999 }, s.cashier)).result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('previews and PDFs both slips', async () => {
    const s = rentalShop(ist('2026-11-23'));
    const r = s.walkIn([{ sku: 'RENT-003' }], '2026-11-24');
    s.at('2026-11-24');
    const back = s.ok('rentals.checkIn', { requestId: rid(), rentalId: r.id, lines: [{ lineId: r.lines[0]!.lineId, qty: 1 }], refundMethod: 'upi' });
    for (const [doc, id] of [['rental', r.id], ['rental_return', back.returnId]] as const) {
      const pre = await s.app.callAny('print.preview', { doc, id, paper: '58mm' }, s.cashier);
      expect(pre.result).toMatchObject({ ok: true, value: { widthPx: 384, paper: '58mm' } });
      const pdf = await s.app.callAny('print.slipPdf', { doc, id }, s.cashier);
      if (!pdf.result.ok) throw new Error(JSON.stringify(pdf.result.error));
      expect((pdf.result.value as { fileName: string }).fileName).toMatch(doc === 'rental' ? /^rental-slip-HH-R-2026-27-C1-000001\.pdf$/ : /^rental-return-slip-HH-R-2026-27-C1-000001-1\.pdf$/);
    }
    expect((await s.app.callAny('print.preview', { doc: 'rental', id: 999 }, s.cashier)).result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
