/**
 * Recording print jobs (table print_jobs, migration 0004). Called outside the sale's
 * transaction: the sale is committed first, then a job is recorded, printed, and marked.
 */
import type Database from 'better-sqlite3';
import { v7 as uuidv7 } from 'uuid';
import type { Paper } from './document';
import type { PrintOutcome } from './print';

export type DocType = 'receipt' | 'rental_slip' | 'rental_return_slip' | 'payout_slip' | 'intake_slip' | 'day_close' | 'label' | 'test_page' | 'return_receipt' | 'order_slip';

export interface PrintJobRow {
  id: number;
  uid: string;
  doc_type: DocType;
  ref: string;
  printer: string;
  paper: Paper;
  status: 'queued' | 'printed' | 'failed';
  error: string | null;
  error_message: string | null;
  attempts: number;
  reprint_of: number | null;
  user_id: number | null;
  created_at: string;
  finished_at: string | null;
  payload: string;
}

export interface NewJob {
  docType: DocType;
  ref: string;
  printer: string;
  paper: Paper;
  payload: unknown;
  reprintOf?: number;
  userId?: number;
  /** An id chosen by the caller (a joined counter's offline copy: src/core/lan/copy-ids.ts). */
  id?: number | null;
}

export function recordJob(db: Database.Database, j: NewJob, at: Date = new Date()): number {
  const r = db
    .prepare(
      `INSERT INTO print_jobs (id, uid, doc_type, ref, printer, paper, reprint_of, user_id, created_at, payload)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(j.id ?? null, uuidv7(), j.docType, j.ref, j.printer, j.paper, j.reprintOf ?? null, j.userId ?? null, at.toISOString(), JSON.stringify(j.payload));
  return Number(r.lastInsertRowid);
}

export function markResult(db: Database.Database, id: number, outcome: PrintOutcome, at: Date = new Date()): void {
  db.prepare(
    `UPDATE print_jobs SET status = ?, error = ?, error_message = ?, attempts = attempts + 1, finished_at = ? WHERE id = ?`,
  ).run(
    outcome.ok ? 'printed' : 'failed',
    outcome.ok ? null : outcome.error.code,
    outcome.ok ? null : outcome.error.message,
    at.toISOString(),
    id,
  );
}

export function getJob(db: Database.Database, id: number): PrintJobRow | undefined {
  return db.prepare('SELECT * FROM print_jobs WHERE id = ?').get(id) as PrintJobRow | undefined;
}

/** Start a reprint: a new job with the original's data, to be printed marked DUPLICATE / प्रति. */
export function recordReprint(db: Database.Database, originalId: number, printer: string, userId?: number, at: Date = new Date()): number {
  const o = getJob(db, originalId);
  if (!o) throw new RangeError(`no print job ${originalId}`);
  const payload = { ...(JSON.parse(o.payload) as object), duplicate: true };
  return recordJob(db, { docType: o.doc_type, ref: o.ref, printer, paper: o.paper, payload, reprintOf: o.reprint_of ?? o.id, userId }, at);
}
