/** Reading recorded day closes (kept apart from closing, so the day close report can show its close without an import circle). */
import type { DayCloseRecord, DayCloseReport } from '../../shared/api/reports';
import type { Counts } from '../../shared/denominations';
import { AppError } from '../../shared/errors';
import type { DB } from '../db/open';
import { stmt } from '../db/stmt';

const SELECT = `SELECT c.id, c.business_date AS date, c.counted_paise AS countedPaise, c.expected_paise AS expectedPaise,
                       c.difference_paise AS differencePaise, c.note, u.name AS closedBy, c.at, c.counts, a.name AS approvedBy
                  FROM day_closes c JOIN users u ON u.id = c.closed_by LEFT JOIN users a ON a.id = c.approved_by`;

type Row = Omit<DayCloseRecord, 'counts'> & { counts: string };
const record = (r: Row | undefined): DayCloseRecord | null => (r ? { ...r, counts: JSON.parse(r.counts) as Counts } : null);

export function closedDay(db: DB, date: string): DayCloseRecord | null {
  return record(stmt<[string], Row>(db, `${SELECT} WHERE c.business_date = ?`).get(date));
}

export function dayCloseById(db: DB, id: number): DayCloseRecord {
  const r = record(stmt<[number], Row>(db, `${SELECT} WHERE c.id = ?`).get(id));
  if (!r) throw new AppError('NOT_FOUND', { what: 'dayClose', field: 'id', id });
  return r;
}

export function listDayCloses(db: DB, limit: number): DayCloseRecord[] {
  return stmt<[number], Row>(db, `${SELECT} ORDER BY c.business_date DESC LIMIT ?`).all(limit).map((r) => record(r)!);
}

/** The Z report stored with a close (the day close as it stood when the drawer was counted); null for closes made before it was kept. */
export function storedZReport(db: DB, id: number): DayCloseReport | null {
  const z = stmt<[number], { z: string }>(db, 'SELECT z_report AS z FROM day_closes WHERE id = ?').get(id)?.z;
  return z ? (JSON.parse(z) as DayCloseReport) : null;
}
