/**
 * Changing the board: each change is one board_events row (who, when, from, to, note) and the
 * item's row updated to match, in the caller's one transaction. Moves follow BOARD_MOVES only.
 */
import { uuidv7 } from '../uuid';
import { BOARD_MOVES, noteRequired, type BoardAction, type BoardItemView, type BoardKind, type BoardStatus } from '../../shared/api/board';
import { AppError } from '../../shared/errors';
import type { DB } from '../db/open';
import { stmt } from '../db/stmt';
import { shopToday } from '../shop-day';
import { getItem } from './items';

type AssigneeIn = { kind: 'staff' | 'member'; id: number } | null;
interface Cols { user: number | null; artisan: number | null }

function activeMember(db: DB, id: number, field: (string | number)[]): void {
  const ok = stmt<[number], { active: number }>(db, 'SELECT active FROM artisans WHERE id = ?').get(id);
  if (!ok || !ok.active) throw new AppError('UNKNOWN_MEMBER', { field, id });
}

/** Who it is given to, as the two columns; an unknown or retired person is refused by name of the field. */
function assigneeCols(db: DB, a: AssigneeIn): Cols {
  if (!a) return { user: null, artisan: null };
  if (a.kind === 'member') {
    activeMember(db, a.id, ['assignee', 'id']);
    return { user: null, artisan: a.id };
  }
  const u = stmt<[number], { active: number }>(db, 'SELECT active FROM users WHERE id = ?').get(a.id);
  if (!u || !u.active) throw new AppError('UNKNOWN_STAFF', { field: ['assignee', 'id'], id: a.id });
  return { user: a.id, artisan: null };
}

function addEvent(db: DB, e: { itemId: number; seq: number; action: BoardAction; from: BoardStatus | null; to: BoardStatus; who: Cols; note: string; by: number; at: Date }): void {
  stmt(db, `INSERT INTO board_events (uid, item_id, seq, action, from_status, to_status, assignee_user_id, assignee_artisan_id, note, by_user, at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(
    uuidv7(), e.itemId, e.seq, e.action, e.from, e.to, e.who.user, e.who.artisan, e.note, e.by, e.at.toISOString(),
  );
}

export function raise(db: DB, input: { memberId: number; kind: BoardKind; text: string; raisedOn?: string; assignee: AssigneeIn }, now: Date, by: number): BoardItemView {
  activeMember(db, input.memberId, ['memberId']);
  const today = shopToday(db, now);
  const raisedOn = input.raisedOn ?? today;
  if (raisedOn > today) throw new AppError('INVALID_INPUT', { issues: [{ path: ['raisedOn'], code: 'custom', message: 'future_date' }], today });
  const who = assigneeCols(db, input.assignee);
  const info = stmt(db, `INSERT INTO board_items (uid, artisan_id, kind, text, raised_on, status, assignee_user_id, assignee_artisan_id, changes, recorded_by, created_at)
                         VALUES (?, ?, ?, ?, ?, 'open', ?, ?, 1, ?, ?)`).run(
    uuidv7(), input.memberId, input.kind, input.text, raisedOn, who.user, who.artisan, by, now.toISOString(),
  );
  const itemId = Number(info.lastInsertRowid);
  addEvent(db, { itemId, seq: 1, action: 'raise', from: null, to: 'open', who, note: '', by, at: now });
  return getItem(db, itemId);
}

interface Current { status: BoardStatus; changes: number; assignee_user_id: number | null; assignee_artisan_id: number | null }
function current(db: DB, itemId: number): Current {
  const c = stmt<[number], Current>(db, 'SELECT status, changes, assignee_user_id, assignee_artisan_id FROM board_items WHERE id = ?').get(itemId);
  if (!c) throw new AppError('NOT_FOUND', { what: 'boardItem', field: 'itemId', id: itemId });
  return c;
}

const isClosed = (s: BoardStatus) => s === 'resolved' || s === 'declined';

export function assign(db: DB, input: { itemId: number; assignee: AssigneeIn }, now: Date, by: number): BoardItemView {
  const c = current(db, input.itemId);
  // A settled item is reopened first: giving it to someone means work on it again.
  if (isClosed(c.status)) throw new AppError('BOARD_MOVE', { field: 'assignee', from: c.status, action: 'assign' });
  const who = assigneeCols(db, input.assignee);
  addEvent(db, { itemId: input.itemId, seq: c.changes + 1, action: 'assign', from: c.status, to: c.status, who, note: '', by, at: now });
  stmt(db, 'UPDATE board_items SET assignee_user_id = ?, assignee_artisan_id = ?, changes = ? WHERE id = ?').run(who.user, who.artisan, c.changes + 1, input.itemId);
  return getItem(db, input.itemId);
}

/** The action a move between two statuses is (the table allows it: checked before). */
export function actionOf(from: BoardStatus, to: BoardStatus): BoardAction {
  if (to === 'in_progress') return 'start';
  if (to === 'resolved') return 'resolve';
  if (to === 'declined') return 'decline';
  return from === 'open' ? 'start' : 'reopen';
}

export function move(db: DB, input: { itemId: number; to: BoardStatus; note: string }, now: Date, by: number): BoardItemView {
  const c = current(db, input.itemId);
  if (!BOARD_MOVES[c.status].includes(input.to)) throw new AppError('BOARD_MOVE', { field: 'to', from: c.status, to: input.to });
  // The schema asks for the note already; this keeps the rule true for any other caller too.
  if (noteRequired(input.to) && !input.note) throw new AppError('INVALID_INPUT', { issues: [{ path: ['note'], code: 'custom', message: `board_note_${input.to}` }] });
  const seq = c.changes + 1;
  const who = { user: c.assignee_user_id, artisan: c.assignee_artisan_id };
  addEvent(db, { itemId: input.itemId, seq, action: actionOf(c.status, input.to), from: c.status, to: input.to, who, note: input.note, by, at: now });
  const closed = isClosed(input.to);
  stmt(db, 'UPDATE board_items SET status = ?, outcome = ?, closed_on = ?, changes = ? WHERE id = ?').run(
    input.to, closed ? input.note : '', closed ? shopToday(db, now) : null, seq, input.itemId,
  );
  return getItem(db, input.itemId);
}
