/** The board as a spreadsheet (the house CSV writer: UTF-8 BOM, formula guard): one row per item. */
import type { CsvFile } from '../../shared/api/csv';
import type { DB } from '../db/open';
import { writeCsv } from '../csv/table';
import { monthRange } from './counts';
import { itemsIn } from './items';

const HEADERS = ['id', 'raised_on', 'member_hi', 'member_en', 'kind', 'text', 'status', 'assigned_to', 'outcome', 'closed_on', 'recorded_by', 'changes'];

/** Items raised or settled in the months, and every item still open (the meeting works from the same list). */
export function boardCsv(db: DB, now: Date, range: { from?: string; to?: string }): CsvFile {
  const { months, fromDay, toDay } = monthRange(db, now, range);
  const items = itemsIn(db, fromDay, toDay);
  const rows = items.map((i) => [
    i.id, i.raisedOn, i.memberNameHi, i.memberNameEn, i.kind, i.text, i.status, i.assignee?.name ?? '', i.outcome, i.closedOn ?? '', i.recordedBy, i.changes,
  ]);
  const span = months.length === 1 ? months[0]! : `${months[0]}_${months.at(-1)}`;
  return { fileName: `board-${span}.csv`, csv: writeCsv(HEADERS, rows), rows: rows.length };
}
