import { financialYear, type BusinessDate } from '../../shared/dates';
import type { DB } from '../db/open';
import { stmt } from '../db/stmt';

/**
 * The next bill number of a financial year at one counter: HH/2026-27/C1-000123. Taken inside
 * the sale's own transaction, so a sale that rolls back never uses up a number (no gaps), and
 * the counter code keeps two counters' numbers apart (rule 10).
 */
export function nextBillNo(db: DB, prefix: string, counter: string, date: BusinessDate): { billNo: string; fy: string; seq: number } {
  const fy = financialYear(date);
  const seq = stmt<[string, string], { last_seq: number }>(
    db,
    `INSERT INTO bill_counters (fy, counter_code, last_seq) VALUES (?, ?, 1)
       ON CONFLICT(fy, counter_code) DO UPDATE SET last_seq = last_seq + 1 RETURNING last_seq`,
  ).get(fy, counter)!.last_seq;
  return { billNo: `${prefix}/${fy}/${counter}-${String(seq).padStart(6, '0')}`, fy, seq };
}
