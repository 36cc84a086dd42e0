import { z } from 'zod';
import { isBusinessDate } from '../dates';
import type { ErrorCode } from '../errors';
import { method } from './define';
import { id, lang, str, text } from './fields';

/** Printer models as node-thermal-printer names them. */
export const PRINTER_TYPES = ['EPSON', 'STAR', 'TANCA', 'DARUMA', 'BROTHER', 'CUSTOM'] as const;
/** Code pages every ESC/POS type here knows (node-thermal-printer's names); text we send as text is ASCII anyway. */
export const CODE_PAGES = ['PC437_USA', 'PC850_MULTILINGUAL', 'PC858_EURO', 'PC852_LATIN2', 'PC860_PORTUGUESE', 'PC866_CYRILLIC2', 'WPC1252', 'ISO8859_15_LATIN9'] as const;
export const PAPERS = ['58mm', '80mm'] as const;

const TCP = /^tcp:\/\/([A-Za-z0-9.-]+|\[[0-9A-Fa-f:]+\])(?::(\d{1,5}))?\/?$/;
/**
 * Printer device nodes only, spelled exactly (no '.', '..' or extra '/', so the string is its own
 * resolved path) and never a file: /dev/usb/lpN, /dev/lpN, /dev/ttyUSBN, /dev/ttySN, /dev/ttyACMN.
 */
const POSIX_DEVICE = /^\/dev\/(usb\/lp\d{1,3}|lp\d{1,3}|tty(USB|S|ACM)\d{1,3})$/;
/** Windows: COMn, LPTn, \\.\COMn, \\.\LPTn, or a shared printer \\host\share (a share name, no path under it). */
const WINDOWS_DEVICE = /^(COM[1-9]\d{0,2}|LPT[1-9]|\\\\\.\\(COM[1-9]\d{0,2}|LPT[1-9])|\\\\[\w-][^\\/\s:*?"<>|]*\\(?!\.\.?$)[^\\/:*?"<>|]+)$/i;
const SYSTEM = /^printer:[^\x00-\x1f]{1,100}$/;

/** Which of the three interface forms a string is, or null: 'tcp://host:port', a device path, 'printer:NAME'. */
export function interfaceKind(s: string): 'tcp' | 'device' | 'system' | null {
  const tcp = TCP.exec(s);
  if (tcp) return tcp[2] === undefined || (Number(tcp[2]) >= 1 && Number(tcp[2]) <= 65535) ? 'tcp' : null;
  if (POSIX_DEVICE.test(s) || WINDOWS_DEVICE.test(s)) return 'device';
  if (SYSTEM.test(s) && s.slice(8).trim()) return 'system';
  return null;
}

const ms = (min: number, max: number) => z.number().int().min(min).max(max);

export const printerSettingsInput = z
  .object({
    enabled: z.boolean(),
    type: z.enum(PRINTER_TYPES),
    interface: str().trim().max(200),
    paper: z.enum(PAPERS),
    codePage: z.enum(CODE_PAGES),
    cut: z.boolean(),
    cashDrawer: z.boolean(),
    copies: z.number().int().min(1).max(3),
    connectTimeoutMs: ms(500, 30_000),
    idleTimeoutMs: ms(1000, 60_000),
    totalTimeoutMs: ms(5000, 300_000),
  })
  .superRefine((s, c) => {
    // Messages name the rule; the renderer has a sentence for each (print.issues.*).
    if (s.interface === '') {
      if (s.enabled) c.addIssue({ code: 'custom', path: ['interface'], message: 'printerInterfaceRequired' });
    } else if (!interfaceKind(s.interface)) {
      const port = /^tcp:\/\/.*:(\d+)\/?$/i.exec(s.interface);
      const asPath = /^[/\\]/.test(s.interface); // meant as a device: say which devices are allowed
      c.addIssue({ code: 'custom', path: ['interface'], message: port ? 'printerPort' : asPath ? 'printerDevice' : 'printerInterface' });
    }
    // Daruma's driver in node-thermal-printer draws no pictures, QR or barcodes: no Hindi would print.
    if (s.type === 'DARUMA') c.addIssue({ code: 'custom', path: ['type'], message: 'printerTypeNoPictures' });
    if (s.totalTimeoutMs < s.idleTimeoutMs) c.addIssue({ code: 'custom', path: ['totalTimeoutMs'], message: 'printerTotalTimeout' });
  });

export type PrinterSettingsInput = z.input<typeof printerSettingsInput>;
export type PrinterSettings = z.output<typeof printerSettingsInput> & { updatedAt: string };

/**
 * The outcome of a print. A printer problem is NOT ok:false: the job was recorded (a write) and
 * the business action it belongs to stands, so the call succeeds with status 'failed' and the
 * coded error; the screen shows it with a reprint button. ok:false means nothing was written
 * (printer not set up, unknown intake, bad input).
 */
export interface PrintResult {
  jobId: number;
  /** 'queued' only reaches a joined counter that prints on its own printer: it prints `blocks` and reports back. */
  status: 'printed' | 'failed' | 'queued';
  error?: { code: ErrorCode; message: string };
  bytes?: number;
  ms: number;
  /** The document laid out for the joined counter's printer (plain JSON blocks), and whether it is a copy. */
  blocks?: unknown[];
  reprint?: boolean;
}

/** Print calls a joined counter prints on its own printer (laid out at the main counter, which keeps the job). */
export const PRINT_JOB_METHODS = [
  'print.testPage', 'print.intakeSlip', 'print.labels', 'print.receipt', 'print.returnReceipt', 'print.payoutSlip',
  'print.rentalSlip', 'print.rentalReturnSlip', 'print.orderSlip', 'print.dayClose', 'print.reprint',
] as const;

/**
 * rental: the rental (or, while booked, booking) slip by rental id; rental_return: a check-in's return slip by its id;
 * day_close: a closed day's slip by the day close's id (managers only); return_receipt: a sale return's receipt
 * (or an exchange's return half) by the return's id (SaleReturn.id, Sale.returns[].id); order: a custom order's slip by the order's id.
 */
export const PRINT_DOCS = ['test', 'intake', 'label', 'receipt', 'payout', 'rental', 'rental_return', 'day_close', 'return_receipt', 'order'] as const;
export type PrintDoc = (typeof PRINT_DOCS)[number];
export const JOB_STATUSES = ['queued', 'printed', 'failed'] as const;

export interface PrintJob {
  id: number;
  docType: string;
  ref: string;
  printer: string;
  paper: '58mm' | '80mm';
  status: (typeof JOB_STATUSES)[number];
  error: ErrorCode | null;
  errorMessage: string | null;
  attempts: number;
  reprintOf: number | null;
  userName: string | null;
  createdAt: string;
  finishedAt: string | null;
}

/** Which document: the test page, an intake slip (id: intake) or a price label (id: product). */
const needsId = (d: { doc: PrintDoc; id?: number | undefined }, c: z.RefinementCtx) => {
  if (d.doc !== 'test' && d.id === undefined) c.addIssue({ code: 'custom', path: ['id'], message: 'required' });
};
const docRef = z.object({ doc: z.enum(PRINT_DOCS), id: id.optional(), lang: lang.optional() });

export const printApi = {
  'print.getSettings': method<PrinterSettings>()({ input: z.object({}), access: 'user' }),
  'print.updateSettings': method<PrinterSettings>()({ input: printerSettingsInput, access: 'manager' }),
  /** A bilingual test page: shop name, Hindi with matras and conjuncts, ₹1,25,000.00, a QR and a barcode. */
  'print.testPage': method<PrintResult>()({ input: z.object({ lang: lang.optional() }), access: 'user', async: true }),
  'print.intakeSlip': method<PrintResult>()({ input: z.object({ intakeId: id, lang: lang.optional() }), access: 'user', async: true }),
  /** Thermal price labels, one after another on the roll. */
  'print.labels': method<PrintResult>()({
    input: z.object({ items: z.array(z.object({ productId: id, copies: z.number().int().min(1).max(50).default(1) })).min(1).max(100), lang: lang.optional() }),
    access: 'user',
    async: true,
  }),
  /** Print a recorded job again as a new job (reprint_of the original), marked DUPLICATE / प्रति where the document has the mark. */
  /** A sale's bill (id: the sale); a cash sale opens the drawer if the printer setting says so. */
  'print.receipt': method<PrintResult>()({
    /**
     * duplicate: print it as a copy ('DUPLICATE / प्रति', never opening the drawer). The core makes every
     * print after the first one that printed a copy anyway, whatever this says.
     */
    input: z.object({ saleId: id, lang: lang.optional(), duplicate: z.boolean().default(false) }),
    access: 'user',
    async: true,
  }),
  /** The slip for a return (or an exchange's return half): by the return's number; a cash refund opens the drawer. */
  'print.returnReceipt': method<PrintResult>()({
    input: z.object({ returnNo: text(40), lang: lang.optional(), duplicate: z.boolean().default(false) }),
    access: 'user',
    async: true,
  }),
  /** The take-home payout slip (two copies are usual: one for her, one signed for the shop). */
  'print.payoutSlip': method<PrintResult>()({ input: z.object({ payoutId: id, lang: lang.optional() }), access: 'manager', async: true }),
  /** A rental's slip (id: the rental): a booking slip while booked, the rental slip with the due date once out. */
  'print.rentalSlip': method<PrintResult>()({
    input: z.object({ rentalId: id, lang: lang.optional(), duplicate: z.boolean().default(false) }),
    access: 'user',
    async: true,
  }),
  /** The slip of one check-in (id: the return): what came back, fees, deposit refunded or collected; a cash refund opens the drawer. */
  'print.rentalReturnSlip': method<PrintResult>()({
    input: z.object({ returnId: id, lang: lang.optional(), duplicate: z.boolean().default(false) }),
    access: 'user',
    async: true,
  }),
  /** A custom order's slip (id: the order): lines, makers, the due date large, advance held and the balance at delivery. */
  'print.orderSlip': method<PrintResult>()({
    input: z.object({ orderId: id, lang: lang.optional(), duplicate: z.boolean().default(false) }),
    access: 'user',
    async: true,
  }),
  /** A closed day's slip (the day close with the drawer as counted); the day must be closed (reports.closeDay). */
  'print.dayClose': method<PrintResult>()({
    input: z.object({ date: str().refine(isBusinessDate, { message: 'date' }), lang: lang.optional(), duplicate: z.boolean().default(false) }),
    access: 'manager',
    async: true,
  }),
  'print.reprint': method<PrintResult>()({ input: z.object({ jobId: id }), access: 'user', async: true }),
  /** A joined counter says how a job laid out for its own printer went (only its own, only once). */
  'print.reportResult': method<{ jobId: number; status: 'printed' | 'failed' }>()({
    input: z.object({
      jobId: id,
      ok: z.boolean(),
      bytes: z.number().int().min(0).optional(),
      ms: z.number().int().min(0).max(3_600_000),
      error: z.object({ code: str().max(40), message: str().max(500) }).optional(),
    }),
    access: 'user',
  }),
  'print.listJobs': method<{ rows: PrintJob[]; total: number }>()({
    input: z.object({ limit: z.number().int().min(1).max(200).default(20), offset: z.number().int().min(0).default(0), status: z.enum(JOB_STATUSES).optional() }),
    access: 'user',
  }),
  /** The document as the paper gets it: one PNG, `widthPx` dots wide (384 for 58 mm, 576 for 80 mm). */
  'print.preview': method<{ pngBase64: string; widthPx: number; heightPx: number; paper: '58mm' | '80mm' }>()({
    input: docRef.extend({ paper: z.enum(PAPERS).optional() }).superRefine(needsId),
    access: 'user',
    async: true,
  }),
  /** The same picture as a roll-wide PDF page, to save or send. */
  'print.slipPdf': method<{ fileName: string; pdfBase64: string }>()({ input: docRef.superRefine(needsId), access: 'user', async: true }),
};
