/**
 * A joined counter's offline bills, in its own database (#18): each checkout sold from the offline
 * copy, in order, with its request id, its number in the device's offline series and the input the
 * main counter will be sent. A row is written before the bill goes into the copy and marked
 * `recorded` after, so a crash between the two is settled at the next look (`settleUnrecorded`).
 */
import { financialYear } from '../../shared/dates';
import type { DB } from '../db/open';
import { stmt } from '../db/stmt';

export interface QueuedBill {
  seq: number;
  requestId: string;
  offlineNo: string;
  /** Who sold it (the main counter's user id) and the checkout input as the main counter takes it. */
  body: { userId: number; input: Record<string, unknown> };
}

/** The next number of this device's offline series in the shop day's financial year: HH/2026-27/C2-OFF-000008. */
export function nextOfflineNo(db: DB, prefix: string, series: string, shopDay: string): string {
  const head = `${prefix}/${financialYear(shopDay)}/${series}-`;
  const last = stmt<[{ head: string }], { n: number | null }>(
    db,
    'SELECT max(CAST(substr(offline_no, length(@head) + 1) AS INTEGER)) AS n FROM lan_queue WHERE substr(offline_no, 1, length(@head)) = @head',
  ).get({ head })?.n ?? 0;
  return `${head}${String(last + 1).padStart(6, '0')}`;
}

export function queuedByRequest(db: DB, requestId: string): { offlineNo: string; input: Record<string, unknown> } | null {
  const r = stmt<[string], { offline_no: string; input_json: string }>(db, 'SELECT offline_no, input_json FROM lan_queue WHERE request_id = ?').get(requestId);
  return r ? { offlineNo: r.offline_no, input: (JSON.parse(r.input_json) as QueuedBill['body']).input } : null;
}

export function enqueue(db: DB, requestId: string, offlineNo: string, body: QueuedBill['body'], now: Date): void {
  stmt(db, "INSERT INTO lan_queue (request_id, method, input_json, offline_no, created_at) VALUES (?, 'sales.checkout', ?, ?, ?)").run(requestId, JSON.stringify(body), offlineNo, now.toISOString());
}

/** The bill is in the offline copy too: it may be sent (with the approver the copy checked). */
export function markRecorded(db: DB, requestId: string, approvedBy: number | null): void {
  const r = stmt<[string], { input_json: string }>(db, 'SELECT input_json FROM lan_queue WHERE request_id = ?').get(requestId)!;
  const body = JSON.parse(r.input_json) as QueuedBill['body'];
  if (approvedBy !== null) (body.input.offline as Record<string, unknown>).approvedBy = approvedBy;
  stmt(db, 'UPDATE lan_queue SET recorded = 1, input_json = ? WHERE request_id = ?').run(JSON.stringify(body), requestId);
}

/** The copy refused the bill (bad input, a wrong PIN): nothing was sold, the number is free again. */
export function dropUnrecorded(db: DB, requestId: string): void {
  stmt(db, 'DELETE FROM lan_queue WHERE request_id = ? AND recorded = 0').run(requestId);
}

/** Rows a crash left between the two writes: kept if the copy has the bill, dropped if it has not. */
export function settleUnrecorded(db: DB, inCopy: (requestId: string, offlineNo: string) => { approvedBy: number | null } | null): void {
  for (const r of stmt<[], { request_id: string; offline_no: string }>(db, 'SELECT request_id, offline_no FROM lan_queue WHERE recorded = 0').all()) {
    const found = inCopy(r.request_id, r.offline_no);
    if (found) markRecorded(db, r.request_id, found.approvedBy);
    else dropUnrecorded(db, r.request_id);
  }
}

/** What waits to be sent, oldest first. */
export function unsent(db: DB): QueuedBill[] {
  return stmt<[], { seq: number; request_id: string; offline_no: string; input_json: string }>(
    db,
    'SELECT seq, request_id, offline_no, input_json FROM lan_queue WHERE sent_at IS NULL AND recorded = 1 ORDER BY seq',
  ).all().map((r) => ({ seq: r.seq, requestId: r.request_id, offlineNo: r.offline_no, body: JSON.parse(r.input_json) as QueuedBill['body'] }));
}

export function markSent(db: DB, seq: number, now: Date, billNo: string): void {
  stmt(db, 'UPDATE lan_queue SET sent_at = ?, result_json = ?, last_error = NULL WHERE seq = ?').run(now.toISOString(), JSON.stringify({ billNo }), seq);
}

/** The main counter refused this bill: it waits (and so do those after it) until someone looks. */
export function markRefused(db: DB, seq: number, error: unknown): void {
  stmt(db, 'UPDATE lan_queue SET last_error = ? WHERE seq = ?').run(JSON.stringify(error), seq);
}

export function queueProblem(db: DB): { offlineNo: string; error: { code: string } } | null {
  const r = stmt<[], { offline_no: string; last_error: string }>(db, 'SELECT offline_no, last_error FROM lan_queue WHERE sent_at IS NULL AND last_error IS NOT NULL ORDER BY seq LIMIT 1').get();
  return r ? { offlineNo: r.offline_no, error: JSON.parse(r.last_error) as { code: string } } : null;
}
