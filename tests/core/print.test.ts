/** Printing through the API against a loopback TCP printer: bytes decoded, jobs recorded, reprints. */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { closedPort, startPrinter, type LoopbackPrinter } from '../printing/loopback';
import { decode, paperPng, type Op } from '../printing/escpos-decode';
import { TEST_BARCODE } from '../../src/core/print/test-page';
import { goodPrinter } from './print-support';
import { ok, shop } from './stock-support';
import type { App } from '../../src/core/app';

let printer: LoopbackPrinter | undefined;
afterEach(async () => {
  await printer?.close();
  printer = undefined;
});

const OUT = 'test-results/printing';
const texts = (ops: Op[]) => ops.filter((o) => o.op === 'text').map((o) => (o as { text: string }).text);
const rasters = (ops: Op[]) => ops.filter((o): o is Extract<Op, { op: 'raster' }> => o.op === 'raster');
const job = (app: App, id: number) => app.db.prepare('SELECT * FROM print_jobs WHERE id = ?').get(id) as Record<string, unknown>;
const counts = (app: App) => app.db.prepare('SELECT (SELECT count(*) FROM intakes) AS i, (SELECT count(*) FROM intake_lines) AS l, (SELECT count(*) FROM stock_movements) AS m, (SELECT sum(qty_milli) FROM stock_movements) AS q').get();

async function saveImage(name: string, ops: Op[]) {
  fs.mkdirSync(OUT, { recursive: true });
  fs.writeFileSync(path.join(OUT, name), await paperPng(ops, 576));
}

/** A real intake through stock.intake: two of an artisan's products. */
function intake(app: App, owner: string) {
  const p = app.db.prepare("SELECT id, artisan_id FROM products WHERE artisan_id IS NOT NULL AND status = 'active' ORDER BY id LIMIT 1").get() as { id: number; artisan_id: number };
  const other = app.db.prepare("SELECT id FROM products WHERE artisan_id = ? AND status = 'active' AND id <> ? ORDER BY id LIMIT 1").pluck().get(p.artisan_id, p.id) as number | undefined;
  const lines = [{ productId: p.id, qtyMilli: 3000 }, ...(other ? [{ productId: other, qtyMilli: 1000 }] : [])];
  return ok(app.call('stock.intake', { requestId: randomUUID(), artisanId: p.artisan_id, reference: 'CH-12', notes: '', lines }, owner).result);
}

describe('printing through the API', () => {
  it('a cashier prints the test page: text, cut, QR, barcode and the Hindi as a raster picture', async () => {
    const { app, owner, cashier } = shop();
    printer = await startPrinter();
    ok(app.call('print.updateSettings', goodPrinter(printer.url), owner).result);
    const [r, bytes] = await Promise.all([app.call('print.testPage', {}, cashier), printer.nextJob()]);
    const v = ok(r.result);
    expect(v).toMatchObject({ status: 'printed', jobId: expect.any(Number) });
    expect(v.bytes).toBe(bytes.length);
    const ops = decode(bytes);
    expect(ops[0]).toEqual({ op: 'init' });
    expect(bytes.subarray(2, 5)).toEqual(Buffer.from([0x1b, 0x74, 0x00])); // code page PC437 right after the reset
    expect(texts(ops)).toContain('ASCII: ABCDEFGHIJKLM abcdefghijklm 0123456789');
    expect(texts(ops).some((t) => t.includes(printer!.url))).toBe(true);
    expect(ops.some((o) => o.op === 'cut')).toBe(true);
    expect(ops.find((o) => o.op === 'qr')).toMatchObject({ data: expect.stringMatching(/^HAMAR-HATRI TEST \d{4}-/) });
    expect(ops.some((o) => o.op === 'barcode' && o.data.includes(TEST_BARCODE))).toBe(true);
    expect(rasters(ops).length).toBeGreaterThanOrEqual(2); // shop name / title, the Hindi sentence and ₹1,25,000.00
    expect(rasters(ops).every((x) => x.width === 576)).toBe(true);
    await saveImage('api-test-page.png', ops);
    expect(job(app, v.jobId)).toMatchObject({ doc_type: 'test_page', status: 'printed', attempts: 1, printer: printer.url, error: null });
    // two audited writes: recorded before sending, marked after
    const steps = (app.db.prepare("SELECT details FROM audit_log WHERE action = 'print.testPage' ORDER BY id").pluck().all() as string[]).map((d) => JSON.parse(d).step);
    expect(steps).toEqual(['queued', 'printed']);
  });

  it('prints the intake slip of a real stock intake', async () => {
    const { app, owner } = shop();
    printer = await startPrinter();
    ok(app.call('print.updateSettings', goodPrinter(printer.url, { copies: 2 }), owner).result);
    const slip = intake(app, owner);
    const [r, bytes] = await Promise.all([app.call('print.intakeSlip', { intakeId: slip.id, lang: 'hi' }, owner), printer.nextJob()]);
    const v = ok(r.result);
    expect(v.status).toBe('printed');
    const ops = decode(bytes);
    expect(ops.filter((o) => o.op === 'cut')).toHaveLength(2); // two copies
    expect(rasters(ops).length).toBeGreaterThan(0);
    await saveImage('api-intake-slip.png', ops);
    const row = job(app, v.jobId);
    expect(row).toMatchObject({ doc_type: 'intake_slip', ref: slip.slipNo, status: 'printed' });
    const payload = JSON.parse(row.payload as string);
    expect(payload).toMatchObject({ intakeNo: slip.slipNo, lang: 'hi', lines: slip.lines.map((l) => ({ sku: l.sku, qtyMilli: l.qtyMilli })) });
    expect((await app.call('print.intakeSlip', { intakeId: 9999 }, owner)).result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', details: { field: 'intakeId' } } });
  });

  it('a refused connection records the job as failed with PRINTER_UNREACHABLE and leaves the intake alone', async () => {
    const { app, owner } = shop();
    ok(app.call('print.updateSettings', goodPrinter(`tcp://127.0.0.1:${await closedPort()}`), owner).result);
    const slip = intake(app, owner);
    const before = counts(app);
    const v = ok((await app.call('print.intakeSlip', { intakeId: slip.id }, owner)).result);
    expect(v).toMatchObject({ status: 'failed', error: { code: 'PRINTER_UNREACHABLE' } });
    expect(job(app, v.jobId)).toMatchObject({ status: 'failed', error: 'PRINTER_UNREACHABLE', attempts: 1, ref: slip.slipNo });
    expect(counts(app)).toEqual(before);
    expect(ok(app.call('stock.getIntake', { id: slip.id }, owner).result)).toEqual(slip);
  });

  it('a reprint is a new job referring to the original, marked DUPLICATE / प्रति', async () => {
    const { app, owner, cashier } = shop();
    ok(app.call('print.updateSettings', goodPrinter(`tcp://127.0.0.1:${await closedPort()}`), owner).result);
    const slip = intake(app, owner);
    const failed = ok((await app.call('print.intakeSlip', { intakeId: slip.id }, cashier)).result);
    printer = await startPrinter();
    ok(app.call('print.updateSettings', goodPrinter(printer.url), owner).result);
    const [r, bytes] = await Promise.all([app.call('print.reprint', { jobId: failed.jobId }, cashier), printer.nextJob()]);
    const again = ok(r.result);
    expect(again.status).toBe('printed');
    expect(again.jobId).not.toBe(failed.jobId);
    const row = job(app, again.jobId);
    expect(row).toMatchObject({ reprint_of: failed.jobId, doc_type: 'intake_slip', ref: slip.slipNo, printer: printer.url });
    expect(JSON.parse(row.payload as string)).toMatchObject({ duplicate: true, intakeNo: slip.slipNo });
    expect(job(app, failed.jobId)).toMatchObject({ status: 'failed' }); // the old job stays as it was
    const ops = decode(bytes);
    await saveImage('api-intake-slip-duplicate.png', ops);
    // a reprint of the reprint still points at the first job
    const [r2] = await Promise.all([app.call('print.reprint', { jobId: again.jobId }, cashier), printer.nextJob()]);
    expect(job(app, ok(r2.result).jobId)).toMatchObject({ reprint_of: failed.jobId });
    expect((await app.call('print.reprint', { jobId: 999 }, cashier)).result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', details: { field: 'jobId' } } });
  });

  it('prints thermal price labels, one per copy', async () => {
    const { app, owner, cashier } = shop();
    printer = await startPrinter();
    ok(app.call('print.updateSettings', goodPrinter(printer.url, { paper: '58mm', copies: 3 }), owner).result);
    const ids = app.db.prepare("SELECT id FROM products WHERE sku IN ('KOSA-001', 'DHOK-001') ORDER BY sku").pluck().all() as number[];
    const [r, bytes] = await Promise.all([app.call('print.labels', { items: [{ productId: ids[0]!, copies: 2 }, { productId: ids[1]!, copies: 1 }] }, cashier), printer.nextJob()]);
    const v = ok(r.result);
    const ops = decode(bytes);
    expect(ops.filter((o) => o.op === 'barcode')).toHaveLength(3); // labels carry their own copies, not the printer's
    expect(ops.filter((o) => o.op === 'cut')).toHaveLength(3);
    expect(rasters(ops).every((x) => x.width === 384)).toBe(true);
    expect(job(app, v.jobId)).toMatchObject({ doc_type: 'label', paper: '58mm', ref: 'DHOK-001 +1' });
  });

  it('lists jobs newest first, by status, a page at a time', async () => {
    const { app, owner, cashier } = shop();
    ok(app.call('print.updateSettings', goodPrinter(`tcp://127.0.0.1:${await closedPort()}`), owner).result);
    await app.call('print.testPage', {}, cashier);
    printer = await startPrinter();
    ok(app.call('print.updateSettings', goodPrinter(printer.url), owner).result);
    await Promise.all([app.call('print.testPage', {}, cashier), printer.nextJob()]);
    await Promise.all([app.call('print.testPage', {}, cashier), printer.nextJob()]);
    const all = ok(app.call('print.listJobs', { limit: 2, offset: 0 }, cashier).result);
    expect(all.total).toBe(3);
    expect(all.rows.map((j) => j.status)).toEqual(['printed', 'printed']);
    expect(all.rows[0]!.id).toBeGreaterThan(all.rows[1]!.id);
    expect(all.rows[0]).toMatchObject({ docType: 'test_page', userName: expect.any(String), finishedAt: expect.any(String) });
    expect(all.rows[0]).not.toHaveProperty('payload');
    const next = ok(app.call('print.listJobs', { limit: 2, offset: 2 }, cashier).result);
    expect(next.rows.map((j) => [j.status, j.error])).toEqual([['failed', 'PRINTER_UNREACHABLE']]);
    expect(ok(app.call('print.listJobs', { limit: 10, offset: 0, status: 'failed' }, cashier).result).total).toBe(1);
  });

  it('previews at paper width and exports a slip PDF without a printer, writing nothing', async () => {
    const { app, owner, cashier } = shop();
    const slip = intake(app, owner);
    const before = app.db.prepare('SELECT count(*) FROM audit_log').pluck().get();
    const p = ok((await app.call('print.preview', { doc: 'test' }, cashier)).result);
    expect(p).toMatchObject({ widthPx: 576, paper: '80mm' });
    expect(Buffer.from(p.pngBase64, 'base64').subarray(1, 4).toString()).toBe('PNG');
    expect(ok((await app.call('print.preview', { doc: 'intake', id: slip.id, paper: '58mm' }, cashier)).result).widthPx).toBe(384);
    expect((await app.call('print.preview', { doc: 'label' }, cashier)).result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', details: { issues: [{ path: ['id'] }] } } });
    const pdf = ok((await app.call('print.slipPdf', { doc: 'intake', id: slip.id }, cashier)).result);
    expect(pdf.fileName).toBe(`intake-slip-${slip.slipNo}.pdf`);
    expect(Buffer.from(pdf.pdfBase64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
    expect(app.db.prepare('SELECT count(*) FROM audit_log').pluck().get()).toBe(before);
    expect(app.db.prepare('SELECT count(*) FROM print_jobs').pluck().get()).toBe(0);
  });
});
