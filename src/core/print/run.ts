/**
 * The one way anything is printed (design rule 6): read what to print, record the job in its
 * own transaction, send it outside any transaction, then mark it printed or failed in another.
 * A printer problem is a successful call with status 'failed' (see PrintResult): the job row
 * exists and can be reprinted. Nothing is recorded when the printer is not set up or the
 * document cannot be built (ok:false, nothing written).
 */
import type { PrintResult, PrinterSettings } from '../../shared/api/print';
import { feed, type Block } from '../../printing/document';
import { markResult, recordJob } from '../../printing/jobs';
import type { AsyncCtx } from '../context';
import type { DB } from '../db/open';
import { stmt } from '../db/stmt';
import { blocksOf, type Doc } from './documents';
import { copyRowId } from '../lan/copy-ids';
import { printerConfig, requirePrinter } from './settings';

export interface PrintPlan extends Doc {
  /** The job this one prints again (a reprint: no drawer kick, one copy). */
  reprintOf?: number;
  /** Copies of the whole document; default the printer's setting. Labels carry their own. */
  copies?: number;
}

/** Apply the printer's cut and copies settings; only the first copy kicks the drawer. */
export function forPrinter(blocks: Block[], s: PrinterSettings, copies: number): Block[] {
  const one = s.cut ? blocks : blocks.map((b) => (b.kind === 'cut' ? feed(4) : b));
  const out = [...one];
  for (let k = 1; k < copies; k++) out.push(...one.filter((b) => b.kind !== 'drawer'));
  return out;
}

/** Documents with one original (money changed hands on it): bills, return receipts, rental slips, the day close. */
const ONE_ORIGINAL = new Set<string>(['receipt', 'return_receipt', 'rental_slip', 'rental_return_slip', 'day_close']);

/**
 * Whether a printed payload is this same document in another language or copy: one rental number
 * prints as a booking slip, then as the rental slip at pick-up, and again after paying for an
 * extension; each of those is an original of its own.
 */
function sameDocument(printed: unknown, now: unknown): boolean {
  const id = (x: unknown) => {
    const { booking, paidPaise } = (x ?? {}) as { booking?: boolean; paidPaise?: number };
    return `${booking === true}|${paidPaise ?? ''}`;
  };
  return id(printed) === id(now);
}

/** How a job for a joined counter's own printer names it: 'C2: /dev/usb/lp0' (only C2 may report on it). */
export const remotePrinterName = (counter: string | undefined, iface: string): string => `${counter ?? '?'}: ${iface}`;

export async function runPrint(ctx: AsyncCtx, plan: (db: DB, printer: PrinterSettings) => PrintPlan): Promise<PrintResult> {
  const remote = ctx.remotePrinter;
  const { printer, p } = ctx.read((db) => {
    const printer = remote ?? requirePrinter(db);
    const asked = plan(db, printer);
    // The core decides, not the caller: once a bill (or slip) has printed, every later print of it is a
    // DUPLICATE / प्रति copy that never opens the drawer, whatever the call said.
    const printedBefore = asked.reprintOf === undefined && ONE_ORIGINAL.has(asked.docType) &&
      stmt<[string, string], { payload: string }>(db, "SELECT payload FROM print_jobs WHERE doc_type = ? AND ref = ? AND status = 'printed'").all(asked.docType, asked.ref)
        .some((j) => sameDocument(JSON.parse(j.payload), asked.payload));
    return { printer, p: printedBefore ? { ...asked, payload: { ...(asked.payload as object), duplicate: true } } : asked };
  });
  // A copy of a past document (a reprint, or one asked for as DUPLICATE) never opens the drawer: no money moves.
  const copy = p.reprintOf !== undefined || (p.payload as { duplicate?: boolean }).duplicate === true;
  const built = blocksOf(p.docType, p.payload, printer.paper);
  const blocks = forPrinter(copy ? built.filter((b) => b.kind !== 'drawer') : built, printer, p.copies ?? (p.reprintOf ? 1 : printer.copies));
  const jobId = ctx.write(
    (db) => recordJob(db, { id: copyRowId(db, 'print_jobs'), docType: p.docType, ref: p.ref, printer: remote ? remotePrinterName(ctx.user?.counter, printer.interface) : printer.interface, paper: printer.paper, payload: p.payload, reprintOf: p.reprintOf, userId: ctx.user?.id }, ctx.now),
    { step: 'queued', docType: p.docType, ref: p.ref },
  );
  // A joined counter's own printer: it prints these blocks there and reports the outcome (print.reportResult).
  if (remote) return { jobId, status: 'queued', blocks, reprint: p.reprintOf !== undefined, ms: 0 };
  const { printDocument } = await import('../../printing/print'); // the printer code loads on first print
  const outcome = await printDocument(blocks, printerConfig(printer), { reprint: p.reprintOf !== undefined });
  const status = outcome.ok ? 'printed' : 'failed';
  ctx.write((db) => markResult(db, jobId, outcome, new Date()), { step: status, jobId, ...(outcome.ok ? {} : { error: outcome.error.code }) });
  return outcome.ok
    ? { jobId, status: 'printed', bytes: outcome.bytes, ms: outcome.ms }
    : { jobId, status: 'failed', error: { code: outcome.error.code, message: outcome.error.message }, ms: outcome.ms };
}
