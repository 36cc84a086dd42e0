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
import { blocksOf, type Doc } from './documents';
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

export async function runPrint(ctx: AsyncCtx, plan: (db: DB, printer: PrinterSettings) => PrintPlan): Promise<PrintResult> {
  const { printer, p } = ctx.read((db) => {
    const printer = requirePrinter(db);
    return { printer, p: plan(db, printer) };
  });
  // A copy of a past document (a reprint, or one asked for as DUPLICATE) never opens the drawer: no money moves.
  const copy = p.reprintOf !== undefined || (p.payload as { duplicate?: boolean }).duplicate === true;
  const built = blocksOf(p.docType, p.payload, printer.paper);
  const blocks = forPrinter(copy ? built.filter((b) => b.kind !== 'drawer') : built, printer, p.copies ?? (p.reprintOf ? 1 : printer.copies));
  const jobId = ctx.write(
    (db) => recordJob(db, { docType: p.docType, ref: p.ref, printer: printer.interface, paper: printer.paper, payload: p.payload, reprintOf: p.reprintOf, userId: ctx.user?.id }, ctx.now),
    { step: 'queued', docType: p.docType, ref: p.ref },
  );
  const { printDocument } = await import('../../printing/print'); // the printer code loads on first print
  const outcome = await printDocument(blocks, printerConfig(printer), { reprint: p.reprintOf !== undefined });
  const status = outcome.ok ? 'printed' : 'failed';
  ctx.write((db) => markResult(db, jobId, outcome, new Date()), { step: status, jobId, ...(outcome.ok ? {} : { error: outcome.error.code }) });
  return outcome.ok
    ? { jobId, status: 'printed', bytes: outcome.bytes, ms: outcome.ms }
    : { jobId, status: 'failed', error: { code: outcome.error.code, message: outcome.error.message }, ms: outcome.ms };
}
