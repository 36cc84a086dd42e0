/**
 * Closing a shop day: the manager's count of the drawer, recorded once against the expected cash
 * of the day close (the cash ledger up to the day's end) in the same transaction that reads it.
 */
import { v7 as uuidv7 } from 'uuid';
import type { DayCloseRecord } from '../../shared/api/reports';
import { AppError } from '../../shared/errors';
import type { DB } from '../db/open';
import { stmt } from '../db/stmt';
import { shopToday } from '../shop-day';
import { dayClose } from './day-close';

const SELECT = `SELECT c.id, c.business_date AS date, c.counted_paise AS countedPaise, c.expected_paise AS expectedPaise,
                       c.difference_paise AS differencePaise, c.note, u.name AS closedBy, c.at
                  FROM day_closes c JOIN users u ON u.id = c.closed_by`;

export function closedDay(db: DB, date: string): DayCloseRecord | null {
  return stmt<[string], DayCloseRecord>(db, `${SELECT} WHERE c.business_date = ?`).get(date) ?? null;
}

export function dayCloseById(db: DB, id: number): DayCloseRecord {
  const r = stmt<[number], DayCloseRecord>(db, `${SELECT} WHERE c.id = ?`).get(id);
  if (!r) throw new AppError('NOT_FOUND', { what: 'dayClose', field: 'id', id });
  return r;
}

export function listDayCloses(db: DB, limit: number): DayCloseRecord[] {
  return stmt<[number], DayCloseRecord>(db, `${SELECT} ORDER BY c.business_date DESC LIMIT ?`).all(limit);
}

export function closeDay(db: DB, input: { date: string; countedPaise: number; note: string }, now: Date, userId: number): DayCloseRecord {
  const today = shopToday(db, now);
  if (input.date > today) throw new AppError('INVALID_INPUT', { issues: [{ path: ['date'], code: 'custom', message: 'future_date' }], today });
  const before = closedDay(db, input.date);
  if (before) {
    throw new AppError('CONFLICT', {
      field: 'date', reason: 'dayClosed', date: input.date, closedBy: before.closedBy, at: before.at, countedPaise: before.countedPaise, id: before.id,
    });
  }
  const expected = dayClose(db, input.date).cash.expectedPaise;
  const info = stmt(db, `INSERT INTO day_closes (uid, business_date, counted_paise, expected_paise, difference_paise, note, closed_by, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`).run(
    uuidv7(), input.date, input.countedPaise, expected, input.countedPaise - expected, input.note, userId, now.toISOString(),
  );
  return dayCloseById(db, Number(info.lastInsertRowid));
}
