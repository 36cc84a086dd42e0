import { financialYear, type BusinessDate } from '../../shared/dates';
import type { DB } from '../db/open';
import { stmt } from '../db/stmt';

/**
 * The next number of a series (a counter code) in a financial year. Taken inside the caller's
 * transaction, so a sale or rental that rolls back never uses up a number (no gaps).
 */
export function nextSeq(db: DB, counter: string, date: BusinessDate): { fy: string; seq: number } {
  const fy = financialYear(date);
  const seq = stmt<[string, string], { last_seq: number }>(
    db,
    `INSERT INTO bill_counters (fy, counter_code, last_seq) VALUES (?, ?, 1)
       ON CONFLICT(fy, counter_code) DO UPDATE SET last_seq = last_seq + 1 RETURNING last_seq`,
  ).get(fy, counter)!.last_seq;
  return { fy, seq };
}

/**
 * The next bill number of a financial year at one counter: HH/2026-27/C1-000123; the counter
 * code keeps two counters' numbers apart (rule 10).
 */
export function nextBillNo(db: DB, prefix: string, counter: string, date: BusinessDate): { billNo: string; fy: string; seq: number } {
  const { fy, seq } = nextSeq(db, counter, date);
  return { billNo: `${prefix}/${fy}/${counter}-${String(seq).padStart(6, '0')}`, fy, seq };
}
