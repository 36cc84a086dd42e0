/** Recent print jobs for the screen (newest first), without their payloads. */
import type { PrintJob } from '../../shared/api/print';
import type { ErrorCode } from '../../shared/errors';
import type { DB } from '../db/open';
import { stmt } from '../db/stmt';

interface Row {
  id: number; doc_type: string; ref: string; printer: string; paper: PrintJob['paper']; status: PrintJob['status']; error: string | null;
  error_message: string | null; attempts: number; reprint_of: number | null; user_name: string | null; created_at: string; finished_at: string | null;
}

export function listJobs(db: DB, q: { limit: number; offset: number; status?: PrintJob['status'] | undefined }): { rows: PrintJob[]; total: number } {
  const status = q.status ?? null;
  const total = stmt<[string | null, string | null], { n: number }>(db, 'SELECT count(*) AS n FROM print_jobs WHERE ? IS NULL OR status = ?').get(status, status)?.n ?? 0;
  const rows = stmt<[string | null, string | null, number, number], Row>(
    db,
    `SELECT j.id, j.doc_type, j.ref, j.printer, j.paper, j.status, j.error, j.error_message, j.attempts, j.reprint_of,
            u.name AS user_name, j.created_at, j.finished_at
       FROM print_jobs j LEFT JOIN users u ON u.id = j.user_id
      WHERE ? IS NULL OR j.status = ? ORDER BY j.id DESC LIMIT ? OFFSET ?`,
  ).all(status, status, q.limit, q.offset);
  return {
    total,
    rows: rows.map((r) => ({
      id: r.id, docType: r.doc_type, ref: r.ref, printer: r.printer, paper: r.paper, status: r.status, error: r.error as ErrorCode | null,
      errorMessage: r.error_message, attempts: r.attempts, reprintOf: r.reprint_of, userName: r.user_name, createdAt: r.created_at, finishedAt: r.finished_at,
    })),
  };
}
