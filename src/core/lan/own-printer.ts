/**
 * A joined counter's own receipt printer (#18). Its settings live in the counter's own database
 * (Settings → Printer there sets them; the main counter says who may). A print made while online
 * is laid out at the main counter for this printer and recorded there as a job (POST /lan/print),
 * printed here, and its outcome reported back (print.reportResult); offline the copy prints on it.
 */
import type { SessionUser } from '../../shared/api';
import { contract, type Contract } from '../../shared/api';
import type { PrintResult, PrinterSettings } from '../../shared/api/print';
import type { Block } from '../../printing/document';
import type { App } from '../app';
import { refusal, zodIssues, type Outcome } from '../dispatch';
import { printerConfig, readPrinter, writePrinter } from '../print/settings';

/** This counter's printer, when one is set up here; else its prints go as the main counter's. */
export function ownPrinter(local: App): PrinterSettings | null {
  const s = readPrinter(local.db);
  return s.enabled && s.interface ? s : null;
}

/** The printer settings as the input they were saved from (what /lan/print checks again). */
const asInput = ({ updatedAt: _at, ...s }: PrinterSettings) => s;

export async function printHere(
  post: (path: string, body: unknown) => Promise<{ status: number; body: unknown }>,
  report: (input: unknown) => Promise<Outcome>,
  name: string,
  input: unknown,
  printer: PrinterSettings,
): Promise<Outcome> {
  const r = await post(`/lan/print/${name}`, { input, printer: asInput(printer) });
  const out = r.body as Outcome;
  if (!out?.result?.ok) return out;
  const job = out.result.value as PrintResult;
  if (job.status !== 'queued' || !job.blocks) return out;
  const { printDocument } = await import('../../printing/print'); // the printer code loads on first print
  const o = await printDocument(job.blocks as Block[], printerConfig(printer), { reprint: job.reprint === true });
  // The main counter keeps the job; if the report does not get there it stays 'queued' in its list.
  await report({ jobId: job.jobId, ok: o.ok, ms: Math.round(o.ms), ...(o.ok ? { bytes: o.bytes } : { error: { code: o.error.code, message: o.error.message.slice(0, 500) } }) }).catch(() => undefined);
  const value: PrintResult = o.ok ? { jobId: job.jobId, status: 'printed', bytes: o.bytes, ms: o.ms } : { jobId: job.jobId, status: 'failed', error: { code: o.error.code, message: o.error.message }, ms: o.ms };
  return { result: { ok: true, value } };
}

/**
 * Settings → Printer on a joined counter: its own printer. Anyone logged in reads it; a manager
 * (as the main counter knows her) changes it; `changed` passes it on to the offline copy.
 */
export async function ownPrinterSettings(local: App, name: 'print.getSettings' | 'print.updateSettings', input: unknown, who: () => Promise<SessionUser | null>, now: Date, changed: () => void): Promise<Outcome> {
  const user = await who();
  if (!user) return refusal('UNAUTHENTICATED', { method: name });
  if (name === 'print.getSettings') return { result: { ok: true, value: readPrinter(local.db) } };
  if (user.role !== 'manager' && user.role !== 'owner') return refusal('FORBIDDEN', { method: name, need: 'manager' });
  const parsed = (contract as Contract)['print.updateSettings']!.input.safeParse(input ?? {});
  if (!parsed.success) return refusal('INVALID_INPUT', { issues: zodIssues(parsed.error) });
  const after = writePrinter(local.db, parsed.data as Omit<PrinterSettings, 'updatedAt'>, now);
  changed();
  return { result: { ok: true, value: after } };
}
