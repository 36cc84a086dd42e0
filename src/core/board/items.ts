/** Reading the board: an item's current state (board_items) and its history (board_events). */
import type { BoardAction, BoardAssignee, BoardEvent, BoardItem, BoardItemView, BoardKind, BoardStatus } from '../../shared/api/board';
import { AppError } from '../../shared/errors';
import type { DB } from '../db/open';
import { stmt } from '../db/stmt';

interface ItemRow {
  id: number; artisan_id: number; name_hi: string; name_en: string; kind: BoardKind; text: string; raised_on: string; status: BoardStatus;
  au_id: number | null; au_name: string | null; aa_id: number | null; aa_name: string | null;
  outcome: string; closed_on: string | null; recorded_by: string; changes: number;
}

// The assignee's name joined in (a staff member's name, or a member's Hindi name else English).
const ASSIGNEE_COLS = (t: string) => `${t}.assignee_user_id AS au_id, au.name AS au_name, ${t}.assignee_artisan_id AS aa_id,
  COALESCE(NULLIF(aa.name_hi, ''), aa.name_en) AS aa_name`;
const ASSIGNEE_JOINS = (t: string) => `LEFT JOIN users au ON au.id = ${t}.assignee_user_id LEFT JOIN artisans aa ON aa.id = ${t}.assignee_artisan_id`;

export const ITEM_SELECT = `SELECT i.id, i.artisan_id, a.name_hi, a.name_en, i.kind, i.text, i.raised_on, i.status, ${ASSIGNEE_COLS('i')},
    i.outcome, i.closed_on, r.name AS recorded_by, i.changes
  FROM board_items i JOIN artisans a ON a.id = i.artisan_id JOIN users r ON r.id = i.recorded_by ${ASSIGNEE_JOINS('i')}`;

function assigneeOf(r: { au_id: number | null; au_name: string | null; aa_id: number | null; aa_name: string | null }): BoardAssignee | null {
  if (r.au_id !== null) return { kind: 'staff', id: r.au_id, name: r.au_name ?? '' };
  if (r.aa_id !== null) return { kind: 'member', id: r.aa_id, name: r.aa_name ?? '' };
  return null;
}

export const toItem = (r: ItemRow): BoardItem => ({
  id: r.id, memberId: r.artisan_id, memberNameHi: r.name_hi, memberNameEn: r.name_en, kind: r.kind, text: r.text, raisedOn: r.raised_on,
  status: r.status, assignee: assigneeOf(r), outcome: r.outcome, closedOn: r.closed_on, recordedBy: r.recorded_by, changes: r.changes,
});

interface EventRow {
  seq: number; action: BoardAction; from_status: BoardStatus | null; to_status: BoardStatus;
  au_id: number | null; au_name: string | null; aa_id: number | null; aa_name: string | null; note: string; by_user: number; by_name: string; at: string;
}

/** Every change to an item, in the order it happened. */
export function historyOf(db: DB, itemId: number): BoardEvent[] {
  return stmt<[number], EventRow>(
    db,
    `SELECT e.seq, e.action, e.from_status, e.to_status, ${ASSIGNEE_COLS('e')}, e.note, e.by_user, b.name AS by_name, e.at
       FROM board_events e JOIN users b ON b.id = e.by_user ${ASSIGNEE_JOINS('e')} WHERE e.item_id = ? ORDER BY e.seq`,
  ).all(itemId).map((e) => ({
    seq: e.seq, action: e.action, fromStatus: e.from_status, toStatus: e.to_status, assignee: assigneeOf(e), note: e.note, byId: e.by_user, byName: e.by_name, at: e.at,
  }));
}

export function getItem(db: DB, id: number): BoardItemView {
  const r = stmt<[number], ItemRow>(db, `${ITEM_SELECT} WHERE i.id = ?`).get(id);
  if (!r) throw new AppError('NOT_FOUND', { what: 'boardItem', field: 'itemId', id });
  return { ...toItem(r), history: historyOf(db, id) };
}

export function listItems(db: DB, f: { status?: BoardStatus; kind?: BoardKind; memberId?: number; limit: number }): BoardItem[] {
  return stmt<{ status: string | null; kind: string | null; member: number | null; limit: number }, ItemRow>(
    db,
    `${ITEM_SELECT} WHERE (@status IS NULL OR i.status = @status) AND (@kind IS NULL OR i.kind = @kind) AND (@member IS NULL OR i.artisan_id = @member)
      ORDER BY i.raised_on DESC, i.id DESC LIMIT @limit`,
  ).all({ status: f.status ?? null, kind: f.kind ?? null, member: f.memberId ?? null, limit: f.limit }).map(toItem);
}

/** Items raised or closed in a span of shop days, oldest raised first (the CSV and the meeting sheet). */
export function itemsIn(db: DB, from: string, to: string): BoardItem[] {
  return stmt<{ from: string; to: string }, ItemRow>(
    db,
    `${ITEM_SELECT} WHERE i.raised_on BETWEEN @from AND @to OR i.closed_on BETWEEN @from AND @to OR i.status IN ('open', 'in_progress')
      ORDER BY i.raised_on, i.id`,
  ).all({ from, to }).map(toItem);
}
