import type { PrintDoc, printApi } from '../../shared/api/print';
import type { Lang } from '../../shared/money';
import { AppError } from '../../shared/errors';
import type { Paper } from '../../printing/document';
import { getJob, markResult } from '../../printing/jobs';
import type { PrintErrorCode } from '../../printing/errors';
import type { DB } from '../db/open';
import type { HandlerMap } from '../dispatch';
import { blocksOf, intakeDoc, labelsDoc, testPageDoc, type Doc } from './documents';
import { listJobs } from './jobs-list';
import { remotePrinterName, runPrint } from './run';
import { readPrinter, writePrinter } from './settings';
import { payoutDoc, receiptDoc, returnReceiptDoc } from './sale-docs';
import { rentalReturnDoc, rentalSlipDoc } from './rental-docs';
import { orderSlipDoc } from './order-docs';
import { returnIdByNo } from '../sales/read';
import { dayCloseDoc } from './report-docs';
import { closedDay } from '../reports/close';
import { shopToday } from '../shop-day';
import { ROLES, type SessionUser } from '../../shared/api';

/** The day close is a manager's document: its preview and PDF too (the print method itself says 'manager'). */
function mayRead(doc: PrintDoc, user: SessionUser | null): void {
  if (doc === 'day_close' && (!user || ROLES.indexOf(user.role) < ROLES.indexOf('manager'))) throw new AppError('FORBIDDEN', { need: 'manager', doc });
}

/** The document a preview or PDF shows; the same data a print would record. */
function docFor(db: DB, q: { doc: PrintDoc; id?: number | undefined; lang?: Lang | undefined }, now: Date): Doc {
  if (q.doc === 'intake') return intakeDoc(db, q.id as number, q.lang);
  if (q.doc === 'label') return labelsDoc(db, [{ productId: q.id as number, copies: 1 }], q.lang);
  if (q.doc === 'receipt') return receiptDoc(db, q.id as number, q.lang);
  if (q.doc === 'payout') return payoutDoc(db, q.id as number, q.lang);
  if (q.doc === 'rental') return rentalSlipDoc(db, q.id as number, now, q.lang);
  if (q.doc === 'rental_return') return rentalReturnDoc(db, q.id as number, now, q.lang);
  if (q.doc === 'day_close') return dayCloseDoc(db, q.id as number, q.lang);
  if (q.doc === 'return_receipt') return returnReceiptDoc(db, q.id as number, q.lang);
  if (q.doc === 'order') return orderSlipDoc(db, q.id as number, now, q.lang);
  return testPageDoc(db, readPrinter(db), now, q.lang);
}

async function picture(doc: Doc, paper: Paper): Promise<Buffer> {
  // Loaded on first use: the picture renderer costs the app's start time and memory.
  const { previewPng } = await import('../../printing/preview');
  return previewPng(blocksOf(doc.docType, doc.payload, paper), paper);
}

export const printHandlers = {
  'print.getSettings': (_i, { db }) => readPrinter(db),
  'print.updateSettings': (input, ctx) => {
    const before = readPrinter(ctx.db);
    const after = writePrinter(ctx.db, input, ctx.now);
    ctx.auditDetails({ before, after });
    return after;
  },
  'print.reportResult': ({ jobId, ok, bytes, ms, error }, ctx) => {
    const job = getJob(ctx.db, jobId);
    const counter = ctx.user?.counter;
    // Only the counter the job was laid out for, and only once: a printed or failed job stays as it is.
    if (!job || !counter || !job.printer.startsWith(remotePrinterName(counter, ''))) throw new AppError('NOT_FOUND', { what: 'printJob', field: 'jobId', id: jobId });
    if (job.status !== 'queued') throw new AppError('CONFLICT', { field: 'jobId', reason: 'reported', status: job.status });
    const outcome = ok ? { ok: true as const, bytes: bytes ?? 0, ms } : { ok: false as const, error: { code: (error?.code ?? 'PRINTER_ERROR') as PrintErrorCode, message: error?.message ?? '', details: {} }, ms };
    markResult(ctx.db, jobId, outcome, ctx.now);
    ctx.auditDetails({ step: ok ? 'printed' : 'failed', jobId });
    return { jobId, status: ok ? ('printed' as const) : ('failed' as const) };
  },
  'print.testPage': ({ lang }, ctx) => runPrint(ctx, (db, printer) => testPageDoc(db, printer, ctx.now, lang)),
  'print.intakeSlip': ({ intakeId, lang }, ctx) =>
    runPrint(ctx, (db) => {
      try {
        return intakeDoc(db, intakeId, lang);
      } catch (e) {
        if (e instanceof AppError && e.code === 'NOT_FOUND') throw new AppError('NOT_FOUND', { ...e.details, field: 'intakeId' });
        throw e;
      }
    }),
  'print.labels': ({ items, lang }, ctx) => runPrint(ctx, (db) => ({ ...labelsDoc(db, items, lang), copies: 1 })),
  'print.receipt': ({ saleId, lang, duplicate }, ctx) =>
    runPrint(ctx, (db) => {
      const doc = receiptDoc(db, saleId, lang);
      return duplicate ? { ...doc, payload: { ...doc.payload, duplicate: true } } : doc;
    }),
  'print.returnReceipt': ({ returnNo, lang, duplicate }, ctx) =>
    runPrint(ctx, (db) => {
      const id = returnIdByNo(db, returnNo);
      if (id === null) throw new AppError('NOT_FOUND', { what: 'saleReturn', field: 'returnNo', returnNo });
      const doc = returnReceiptDoc(db, id, lang);
      return duplicate ? { ...doc, payload: { ...doc.payload, duplicate: true } } : doc;
    }),
  'print.payoutSlip': ({ payoutId, lang }, ctx) => runPrint(ctx, (db) => payoutDoc(db, payoutId, lang)),
  'print.rentalSlip': ({ rentalId, lang, duplicate }, ctx) =>
    runPrint(ctx, (db) => {
      const doc = rentalSlipDoc(db, rentalId, ctx.now, lang);
      return duplicate ? { ...doc, payload: { ...doc.payload, duplicate: true } } : doc;
    }),
  'print.rentalReturnSlip': ({ returnId, lang, duplicate }, ctx) =>
    runPrint(ctx, (db) => {
      const doc = rentalReturnDoc(db, returnId, ctx.now, lang);
      return duplicate ? { ...doc, payload: { ...doc.payload, duplicate: true } } : doc;
    }),
  'print.orderSlip': ({ orderId, lang, duplicate }, ctx) =>
    runPrint(ctx, (db) => {
      const doc = orderSlipDoc(db, orderId, ctx.now, lang);
      return duplicate ? { ...doc, payload: { ...doc.payload, duplicate: true } } : doc;
    }),
  'print.dayClose': ({ date, lang, duplicate }, ctx) =>
    runPrint(ctx, (db) => {
      const closed = closedDay(db, date);
      if (!closed) throw new AppError('NOT_FOUND', { what: 'dayClose', field: 'date', date });
      const doc = dayCloseDoc(db, closed.id, lang);
      return duplicate ? { ...doc, payload: { ...doc.payload, duplicate: true } } : doc;
    }),
  'print.reprint': ({ jobId }, ctx) =>
    runPrint(ctx, (db) => {
      const old = getJob(db, jobId);
      if (!old) throw new AppError('NOT_FOUND', { what: 'printJob', field: 'jobId', id: jobId });
      if (old.doc_type === 'day_close') mayRead('day_close', ctx.user);
      // A reprint refers to the first print of the document, however many reprints came between.
      return { docType: old.doc_type, ref: old.ref, payload: { ...(JSON.parse(old.payload) as object), duplicate: true }, reprintOf: old.reprint_of ?? old.id };
    }),
  'print.listJobs': (q, { db }) => listJobs(db, q),
  'print.preview': async (q, ctx) => {
    mayRead(q.doc, ctx.user);
    const { doc, paper } = ctx.read((db) => ({ doc: docFor(db, q, ctx.now), paper: q.paper ?? readPrinter(db).paper }));
    const png = await picture(doc, paper);
    return { pngBase64: png.toString('base64'), widthPx: png.readUInt32BE(16), heightPx: png.readUInt32BE(20), paper };
  },
  'print.slipPdf': async (q, ctx) => {
    mayRead(q.doc, ctx.user);
    const { doc, paper } = ctx.read((db) => ({ doc: docFor(db, q, ctx.now), paper: readPrinter(db).paper }));
    const { slipPdf } = await import('../../printing/pdf');
    const pdf = await slipPdf(await picture(doc, paper), paper, `${doc.docType} ${doc.ref}`);
    const name = `${doc.docType === 'test_page' ? 'test-page' : doc.docType.replace(/_/g, '-')}-${doc.docType === 'test_page' ? shopToday(ctx.db, ctx.now) : doc.ref}`;
    return { fileName: `${name.replace(/[^A-Za-z0-9._-]+/g, '-')}.pdf`, pdfBase64: pdf.toString('base64') };
  },
} satisfies HandlerMap<typeof printApi>;
