/** Bills and payout slips through the print API, decoded from a loopback printer's bytes. */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatINR } from '../../src/shared/money';
import { decode, paperPng } from '../printing/escpos-decode';
import { startPrinter, type LoopbackPrinter } from '../printing/loopback';
import { receiptDoc } from '../../src/core/print/sale-docs';
import { receipt } from '../../src/printing/docs/receipt';
import type { SaleReceipt } from '../../src/printing/types';
import { goodPrinter } from './print-support';
import { ok, shop } from './stock-support';

let printer: LoopbackPrinter | undefined;
afterEach(async () => {
  await printer?.close();
  printer = undefined;
});

const rid = () => crypto.randomUUID();
const OUT = 'test-results/printing';

async function sellAndPrint(payments: { method: 'cash' | 'upi'; amountPaise: number; tenderedPaise?: number; ref?: string }[]) {
  const t = shop();
  const { app, owner, cashier } = t;
  printer = await startPrinter();
  ok(app.call('print.updateSettings', goodPrinter(printer.url, { cashDrawer: true }), owner).result);
  ok(app.call('billing.updateSettings', { billPrefix: 'HH', cashierDiscountLimitBps: 1000, cashierRefundLimitPaise: 200_000, upiVpa: 'hamarhatri@sbi', upiPayeeName: 'Hamar Hatri', returnPolicy: 'बिना उपयोग का सामान 7 दिन में बदला जा सकता है।' }, owner).result);
  const p = app.db.prepare("SELECT id, price_paise FROM products WHERE sku = 'DHOK-001'").get() as { id: number; price_paise: number };
  const sale = ok(app.call('sales.checkout', { requestId: rid(), lines: [{ productId: p.id, qtyMilli: 1000, expectedPricePaise: p.price_paise }], payments }, cashier).result);
  const [r, bytes] = await Promise.all([app.call('print.receipt', { saleId: sale.id }, cashier), printer.nextJob()]);
  return { ...t, sale, result: ok(r.result), ops: decode(bytes) };
}

describe('printing bills and payout slips', () => {
  it('a cash and UPI bill says the UPI part was received (no scan-to-pay QR: it is paid) and opens the drawer', async () => {
    const { app, sale, result, ops } = await sellAndPrint([{ method: 'cash', amountPaise: 45_000, tenderedPaise: 50_000 }, { method: 'upi', amountPaise: 200_000, ref: 'UTR778899' }]);
    expect(result).toMatchObject({ status: 'printed' });
    expect(ops.filter((o) => o.op === 'qr')).toHaveLength(0);
    // The bill it printed (the shop's Hindi, as a picture) says what came by UPI, with its reference, and asks for nothing.
    const doc = receiptDoc(app.db, sale.id);
    expect((doc.payload as SaleReceipt).upiDuePaise).toBe(0);
    const lines = receipt(doc.payload as SaleReceipt).flatMap((b) => (b.kind === 'text' ? [b.text] : []));
    expect(lines).toContain(`UPI से प्राप्त / Received by UPI: ${formatINR(200_000, 'hi')}`);
    expect(lines).toContain('संदर्भ / Ref: UTR778899');
    expect(lines.some((t) => t.includes('Pay by UPI'))).toBe(false);
    expect(ops.filter((o) => o.op === 'drawer')).toHaveLength(1);
    expect(ops.some((o) => o.op === 'cut')).toBe(true);
    fs.mkdirSync(OUT, { recursive: true });
    fs.writeFileSync(path.join(OUT, 'api-receipt.png'), await paperPng(ops, 576));
  });

  it('a DUPLICATE of a cash bill prints the mark and never opens the drawer', async () => {
    const { app, cashier, sale } = await sellAndPrint([{ method: 'cash', amountPaise: 245_000 }]);
    const [r, bytes] = await Promise.all([app.call('print.receipt', { saleId: sale.id, duplicate: true }, cashier), printer!.nextJob()]);
    expect(ok(r.result)).toMatchObject({ status: 'printed' });
    const ops = decode(bytes);
    expect(ops.some((o) => o.op === 'drawer')).toBe(false);
  });

  it('a UPI-only bill does not open the drawer', async () => {
    const { ops } = await sellAndPrint([{ method: 'upi', amountPaise: 245_000 }]);
    expect(ops.some((o) => o.op === 'drawer')).toBe(false);
  });

  it('prints her payout slip', async () => {
    const { app, owner, cashier } = shop();
    printer = await startPrinter();
    ok(app.call('print.updateSettings', goodPrinter(printer.url), owner).result);
    const p = app.db.prepare("SELECT id, price_paise, artisan_id FROM products WHERE sku = 'DHOK-001'").get() as { id: number; price_paise: number; artisan_id: number };
    const sale = ok(app.call('sales.checkout', { requestId: rid(), lines: [{ productId: p.id, qtyMilli: 2000, expectedPricePaise: p.price_paise }], payments: [{ method: 'cash', amountPaise: 2 * p.price_paise }] }, cashier).result);
    const today = sale.businessDate; // the shop's day of the sale, never a UTC date
    const unpaid = ok(app.call('payouts.listUnpaid', { artisanId: p.artisan_id, periodEnd: today }, owner).result);
    const slip = ok(app.call('payouts.pay', { requestId: rid(), artisanId: p.artisan_id, periodEnd: today, ledgerIds: unpaid.entries.map((e) => e.ledgerId), method: 'upi', ref: 'UTR123' }, owner).result);
    const [r, bytes] = await Promise.all([app.call('print.payoutSlip', { payoutId: slip.id }, owner), printer.nextJob()]);
    expect(ok(r.result)).toMatchObject({ status: 'printed' });
    const ops = decode(bytes);
    expect(ops.filter((o) => o.op === 'raster').length).toBeGreaterThan(0);
    fs.mkdirSync(OUT, { recursive: true });
    fs.writeFileSync(path.join(OUT, 'api-payout-slip.png'), await paperPng(ops, 576));
    expect((await app.call('print.payoutSlip', { payoutId: slip.id }, cashier)).result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('prints a return receipt: return no, original bill, lines, cash refund (drawer), and the exchange credit on the new bill', async () => {
    const { app, owner, cashier } = shop();
    printer = await startPrinter();
    ok(app.call('print.updateSettings', goodPrinter(printer.url, { cashDrawer: true }), owner).result);
    const p = (sku: string) => app.db.prepare('SELECT id, price_paise FROM products WHERE sku = ?').get(sku) as { id: number; price_paise: number };
    const jute = p('JUTE-001');
    const dhan = p('DHAN-001');
    const sale = ok(app.call('sales.checkout', { requestId: rid(), lines: [{ productId: jute.id, qtyMilli: 2000, expectedPricePaise: jute.price_paise }], payments: [{ method: 'cash', amountPaise: 2 * jute.price_paise }] }, cashier).result);
    const ret = ok(app.call('sales.return', { requestId: rid(), billNo: sale.billNo, lines: [{ lineNo: 1, qtyMilli: 1000 }], refundMethod: 'cash', reason: 'रंग पसंद नहीं' }, cashier).result);
    const [r, bytes] = await Promise.all([app.call('print.returnReceipt', { returnNo: ret.returnNo, lang: 'en' }, cashier), printer.nextJob()]);
    expect(ok(r.result)).toMatchObject({ status: 'printed' });
    const ops = decode(bytes);
    expect(ops.filter((o) => o.op === 'raster').length).toBeGreaterThan(0);
    expect(ops.some((o) => o.op === 'cut')).toBe(true);
    expect(ops.filter((o) => o.op === 'drawer')).toHaveLength(1);
    const text = ops.filter((o) => o.op === 'text').map((o) => (o as { text: string }).text).join('\n');
    expect(text).toContain(ret.returnNo);
    expect(text).toContain(sale.billNo);
    expect(app.db.prepare("SELECT doc_type, ref, status FROM print_jobs ORDER BY id DESC").get()).toEqual({ doc_type: 'return_receipt', ref: ret.returnNo, status: 'printed' });
    fs.mkdirSync(OUT, { recursive: true });
    fs.writeFileSync(path.join(OUT, 'api-return-receipt.png'), await paperPng(ops, 576));

    // An exchange: the rest of the bill back for badges; both slips say where the value went.
    const x = ok(app.call('sales.exchange', { requestId: rid(), billNo: sale.billNo, returnLines: [{ lineNo: 1, qtyMilli: 1000 }], newLines: [{ productId: dhan.id, qtyMilli: 5000, expectedPricePaise: dhan.price_paise }], payments: [], reason: 'बदली' }, cashier).result);
    const [r2, bytes2] = await Promise.all([app.call('print.returnReceipt', { returnNo: x.return.returnNo }, cashier), printer.nextJob()]);
    expect(ok(r2.result)).toMatchObject({ status: 'printed' });
    const ops2 = decode(bytes2);
    expect(ops2.some((o) => o.op === 'drawer')).toBe(false); // nothing paid out
    expect(ops2.some((o) => o.op === 'cut')).toBe(true);
    fs.writeFileSync(path.join(OUT, 'api-exchange-return-receipt.png'), await paperPng(ops2, 576));
    const [r3, bytes3] = await Promise.all([app.call('print.receipt', { saleId: x.sale.id, lang: 'en' }, cashier), printer.nextJob()]);
    expect(ok(r3.result)).toMatchObject({ status: 'printed' });
    const ops3 = decode(bytes3);
    expect(ops3.some((o) => o.op === 'cut')).toBe(true);
    // The credit line carries ₹, so it goes out as a picture: check what was printed from the job's payload.
    const payload = JSON.parse(app.db.prepare('SELECT payload FROM print_jobs WHERE id = ?').pluck().get(ok(r3.result).jobId) as string) as { exchangeCredit?: unknown };
    expect(payload.exchangeCredit).toEqual({ billNo: sale.billNo, returnNo: x.return.returnNo, amountPaise: 25_000 });
    fs.writeFileSync(path.join(OUT, 'api-exchange-receipt.png'), await paperPng(ops3, 576));
    expect((await app.call('print.returnReceipt', { returnNo: 'HH/2026-27/C1-R-999999' }, cashier)).result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
  it('previews a return receipt and saves it as PDF by the return id that sales.get lists, writing nothing', async () => {
    const { app, cashier } = shop();
    const p = (sku: string) => app.db.prepare('SELECT id, price_paise FROM products WHERE sku = ?').get(sku) as { id: number; price_paise: number };
    const jute = p('JUTE-001');
    const dhan = p('DHAN-001');
    const sale = ok(app.call('sales.checkout', { requestId: rid(), lines: [{ productId: jute.id, qtyMilli: 2000, expectedPricePaise: jute.price_paise }], payments: [{ method: 'cash', amountPaise: 2 * jute.price_paise }] }, cashier).result);
    expect(ok(app.call('sales.get', { id: sale.id }, cashier).result).returns).toBeUndefined();
    const ret = ok(app.call('sales.return', { requestId: rid(), billNo: sale.billNo, lines: [{ lineNo: 1, qtyMilli: 1000 }], refundMethod: 'cash', reason: 'रंग पसंद नहीं' }, cashier).result);
    const x = ok(app.call('sales.exchange', { requestId: rid(), billNo: sale.billNo, returnLines: [{ lineNo: 1, qtyMilli: 1000 }], newLines: [{ productId: dhan.id, qtyMilli: 5000, expectedPricePaise: dhan.price_paise }], payments: [], reason: 'बदली' }, cashier).result);
    // The bill lists both returns (the exchange's return half too), oldest first, with the ids the preview takes.
    const listed = ok(app.call('sales.get', { billNo: sale.billNo }, cashier).result).returns;
    expect(listed).toEqual([
      { id: ret.id, returnNo: ret.returnNo, at: ret.at, refundPaise: ret.refundPaise },
      { id: x.return.id, returnNo: x.return.returnNo, at: x.return.at, refundPaise: x.return.refundPaise },
    ]);
    expect(ok(app.call('sales.get', { id: x.sale.id }, cashier).result).returns).toBeUndefined();

    const audits = app.db.prepare('SELECT count(*) FROM audit_log').pluck().get();
    const png = (b64: string) => Buffer.from(b64, 'base64');
    const hi = ok((await app.call('print.preview', { doc: 'return_receipt', id: ret.id }, cashier)).result);
    expect(hi).toMatchObject({ widthPx: 576, paper: '80mm' });
    expect(png(hi.pngBase64).subarray(1, 4).toString()).toBe('PNG');
    expect(png(hi.pngBase64).readUInt32BE(20)).toBe(hi.heightPx);
    const en = ok((await app.call('print.preview', { doc: 'return_receipt', id: ret.id, lang: 'en', paper: '58mm' }, cashier)).result);
    expect(en).toMatchObject({ widthPx: 384, paper: '58mm' });
    const xe = ok((await app.call('print.preview', { doc: 'return_receipt', id: x.return.id }, cashier)).result);
    expect(xe.pngBase64).not.toBe(hi.pngBase64); // the exchange's slip says where the value went
    fs.mkdirSync(OUT, { recursive: true });
    fs.writeFileSync(path.join(OUT, 'preview-return-receipt.png'), png(hi.pngBase64));
    fs.writeFileSync(path.join(OUT, 'preview-exchange-return-receipt-58mm-en.png'), png(en.pngBase64));

    const pdf = ok((await app.call('print.slipPdf', { doc: 'return_receipt', id: ret.id }, cashier)).result);
    expect(pdf.fileName).toBe(`return-receipt-${ret.returnNo.replace(/[^A-Za-z0-9._-]+/g, '-')}.pdf`);
    expect(Buffer.from(pdf.pdfBase64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');

    expect((await app.call('print.preview', { doc: 'return_receipt', id: 999 }, cashier)).result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect((await app.call('print.slipPdf', { doc: 'return_receipt', id: 999 }, cashier)).result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect((await app.call('print.preview', { doc: 'return_receipt' }, cashier)).result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', details: { issues: [{ path: ['id'] }] } } });
    expect(app.db.prepare('SELECT count(*) FROM audit_log').pluck().get()).toBe(audits);
    expect(app.db.prepare('SELECT count(*) FROM print_jobs').pluck().get()).toBe(0);
  });
});

describe('one original per bill (issue #20.1)', () => {
  it('the second and third print of a cash bill are DUPLICATE copies with no drawer kick, whatever the flag says', async () => {
    const { app, cashier, sale, ops } = await sellAndPrint([{ method: 'cash', amountPaise: 245_000 }]);
    expect(ops.filter((o) => o.op === 'drawer')).toHaveLength(1); // the original opens the drawer
    for (const input of [{ saleId: sale.id }, { saleId: sale.id, lang: 'en' as const, duplicate: false }]) {
      const [r, bytes] = await Promise.all([app.call('print.receipt', input, cashier), printer!.nextJob()]);
      expect(ok(r.result)).toMatchObject({ status: 'printed' });
      expect(decode(bytes).some((o) => o.op === 'drawer')).toBe(false);
    }
    const payloads = app.db.prepare("SELECT payload FROM print_jobs WHERE doc_type = 'receipt' ORDER BY id").pluck().all() as string[];
    expect(payloads.map((p) => (JSON.parse(p) as { duplicate?: boolean }).duplicate === true)).toEqual([false, true, true]);
  });

  it('a first print that failed (printer off) leaves the next one the original, drawer and all', async () => {
    const { app, cashier, sale } = await sellAndPrint([{ method: 'cash', amountPaise: 245_000 }]);
    // as if the paper had run out: the job's outcome recorded as the printing code records a failure
    app.db.prepare("UPDATE print_jobs SET status = 'failed', error = 'PRINTER_OUT_OF_PAPER' WHERE doc_type = 'receipt'").run();
    const [r, bytes] = await Promise.all([app.call('print.receipt', { saleId: sale.id }, cashier), printer!.nextJob()]);
    expect(ok(r.result)).toMatchObject({ status: 'printed' });
    expect(decode(bytes).filter((o) => o.op === 'drawer')).toHaveLength(1);
  });
});
