/**
 * Closing a shop day: the manager's count of the drawer (by notes and coins, or a total), recorded
 * once against the expected cash of the day close (the cash ledger up to the day's end) in the same
 * transaction that reads it, with the Z report as it stands then. A difference above the owner's
 * limit needs a manager's PIN and a note.
 */
import { uuidv7 } from '../uuid';
import type { DayCloseRecord } from '../../shared/api/reports';
import type { SessionUser } from '../../shared/api';
import { countTotal, type Counts } from '../../shared/denominations';
import { AppError } from '../../shared/errors';
import type { DB } from '../db/open';
import { stmt } from '../db/stmt';
import { approverOf } from '../sales/checkout';
import { shopToday } from '../shop-day';
import { tillSettings } from '../till/till';
import { dayClose } from './day-close';
import { closedDay, dayCloseById } from './closed';

export { closedDay, dayCloseById, listDayCloses } from './closed';

export interface CloseInput {
  date: string;
  countedPaise?: number;
  counts?: Counts;
  note: string;
  approval?: { userId: number; pin: string };
}

/** The close's arithmetic and limit rule, apart from the database: what was counted, the difference, and what it needs. */
export function closeFigures(input: Pick<CloseInput, 'countedPaise' | 'counts'>, expectedPaise: number, limitPaise: number | null) {
  const counted = input.counts ? countTotal(input.counts) : (input.countedPaise as number);
  if (input.counts && input.countedPaise !== undefined && input.countedPaise !== counted) {
    throw new AppError('INVALID_INPUT', { issues: [{ path: ['countedPaise'], code: 'custom', message: 'count_total' }], countedPaise: counted });
  }
  const difference = counted - expectedPaise;
  return { countedPaise: counted, differencePaise: difference, overLimit: limitPaise !== null && Math.abs(difference) > limitPaise };
}

export function closeDay(db: DB, input: CloseInput, now: Date, userId: number): DayCloseRecord {
  const today = shopToday(db, now);
  if (input.date > today) throw new AppError('INVALID_INPUT', { issues: [{ path: ['date'], code: 'custom', message: 'future_date' }], today });
  const before = closedDay(db, input.date);
  if (before) {
    throw new AppError('CONFLICT', {
      field: 'date', reason: 'dayClosed', date: input.date, closedBy: before.closedBy, at: before.at, countedPaise: before.countedPaise, id: before.id,
    });
  }
  const report = dayClose(db, input.date);
  const expected = report.cash.expectedPaise;
  const { closeLimitPaise } = tillSettings(db);
  const f = closeFigures(input, expected, closeLimitPaise);
  let approver: SessionUser | null = null;
  if (f.overLimit) {
    const why = { reason: 'closeDifference', limitPaise: closeLimitPaise, differencePaise: f.differencePaise };
    if (!input.note) throw new AppError('CLOSE_NOTE_REQUIRED', { ...why, field: 'note' });
    if (!input.approval) throw new AppError('APPROVAL_REQUIRED', { ...why, field: 'approval' });
    // The PIN is checked before anything is written (a wrong one commits only its count).
    approver = approverOf(db, input, now);
  }
  const info = stmt(
    db,
    `INSERT INTO day_closes (uid, business_date, counted_paise, expected_paise, difference_paise, note, closed_by, at, counts, approved_by, z_report)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    uuidv7(), input.date, f.countedPaise, expected, f.differencePaise, input.note, userId, now.toISOString(), JSON.stringify(input.counts ?? {}), approver?.id ?? null,
    JSON.stringify(report),
  );
  return dayCloseById(db, Number(info.lastInsertRowid));
}
