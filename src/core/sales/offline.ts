/**
 * A bill a joined counter sold while the main counter could not be reached (#18). The customer
 * has paid and gone, so the main counter records it as it was: the number printed on her receipt
 * (the device's own offline series, e.g. HH/2026-27/C2-OFF-000007), the time it was sold, the
 * prices she paid, the approval given there; never refused for stock (a line that takes stock
 * below zero is listed as a stock warning) nor for a price changed since.
 */
import type { Role, SessionUser } from '../../shared/api';
import type { OfflineMark } from '../../shared/api/sales';
import { financialYear } from '../../shared/dates';
import { AppError } from '../../shared/errors';
import type { DB } from '../db/open';
import { stmt } from '../db/stmt';
import { shopToday } from '../shop-day';

/** An offline series is `<counter>-OFF`; only a joined counter's offline login has one. */
export const OFFLINE_SUFFIX = '-OFF';
export const isOfflineSeries = (counter: string | undefined): boolean => !!counter && counter.endsWith(OFFLINE_SUFFIX);

/** A joined counter's clock may run a little ahead of the main counter's. */
const CLOCK_SLACK_MS = 15 * 60_000;

export interface OfflineBill {
  billNo: string;
  fy: string;
  seq: number;
  at: Date;
  approver: SessionUser | null;
}

/** Check the mark against the caller and the shop; take its number in the series. In the sale's transaction. */
export function offlineBill(db: DB, mark: OfflineMark, cashier: SessionUser, prefix: string, now: Date): OfflineBill {
  const counter = cashier.counter;
  // The mark skips the price and stock checks: only a joined counter's offline login may send it.
  if (!isOfflineSeries(counter)) throw new AppError('FORBIDDEN', { field: 'offline', reason: 'offline' });
  const at = new Date(mark.at);
  if (at.getTime() > now.getTime() + CLOCK_SLACK_MS) throw new AppError('INVALID_INPUT', { issues: [{ path: ['offline', 'at'], code: 'custom', message: 'future' }] });
  const fy = financialYear(shopToday(db, at));
  const m = new RegExp(`^${escape(prefix)}/${fy}/${escape(counter!)}-(\\d{6})$`).exec(mark.no);
  if (!m) throw new AppError('INVALID_INPUT', { issues: [{ path: ['offline', 'no'], code: 'custom', message: 'series' }] });
  const seq = Number(m[1]);
  if (stmt<[string], { one: number }>(db, 'SELECT 1 AS one FROM sales WHERE bill_no = ?').get(mark.no)) {
    // The same bill again comes back as a repeat of its request id; a different one with this number is a clash.
    throw new AppError('CONFLICT', { field: ['offline', 'no'], billNo: mark.no });
  }
  // The series' counter follows the highest number seen, so the next copy of the shop continues it.
  stmt(db, `INSERT INTO bill_counters (fy, counter_code, last_seq) VALUES (?, ?, ?) ON CONFLICT(fy, counter_code) DO UPDATE SET last_seq = max(last_seq, excluded.last_seq)`).run(fy, counter!, seq);
  return { billNo: mark.no, fy, seq, at, approver: mark.approvedBy === undefined ? null : approverById(db, mark.approvedBy) };
}

function approverById(db: DB, id: number): SessionUser {
  const u = stmt<[number], { id: number; name: string; role: Role }>(db, 'SELECT id, name, role FROM users WHERE id = ?').get(id);
  if (!u || (u.role !== 'manager' && u.role !== 'owner')) throw new AppError('FORBIDDEN', { field: ['offline', 'approvedBy'], reason: 'approver' });
  return u;
}

/** An offline line that took the product below zero: kept for the manager to look into (the lowest, when a bill has it twice). */
export function noteStockWarning(db: DB, saleId: number, productId: number, onHandAfterMilli: number, at: string): void {
  if (onHandAfterMilli >= 0) return;
  stmt(
    db,
    `INSERT INTO stock_warnings (sale_id, product_id, on_hand_after_milli, at) VALUES (?, ?, ?, ?)
       ON CONFLICT (sale_id, product_id) DO UPDATE SET on_hand_after_milli = min(on_hand_after_milli, excluded.on_hand_after_milli)`,
  ).run(saleId, productId, onHandAfterMilli, at);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
