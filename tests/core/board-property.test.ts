/**
 * The board under random sequences of changes (fast-check): whatever is tried, allowed or not,
 * each item's history replays to its current row, refused changes write nothing, and the
 * outcomes follow the one table of moves (BOARD_MOVES).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BOARD_MOVES, BOARD_STATUSES, type BoardEvent, type BoardItemView, type BoardStatus } from '../../src/shared/api/board';
import { shopDay } from '../support/clock';
import { dbFingerprint } from '../support/db';
import { boardShop, rid } from './board-support';

type Op =
  | { op: 'raise'; member: number }
  | { op: 'move'; item: number; to: BoardStatus; note: boolean; hours: number }
  | { op: 'assign'; item: number; who: 'staff' | 'member' | 'nobody' | 'ghost' };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ op: fc.constant('raise' as const), member: fc.nat(3) }),
  fc.record({ op: fc.constant('move' as const), item: fc.nat(4), to: fc.constantFrom(...BOARD_STATUSES), note: fc.boolean(), hours: fc.nat(60) }),
  fc.record({ op: fc.constant('assign' as const), item: fc.nat(4), who: fc.constantFrom('staff' as const, 'member' as const, 'nobody' as const, 'ghost' as const) }),
);

/** What an item's history says it is now: status, outcome, day closed, assignee, changes. */
function replay(history: BoardEvent[]) {
  let state = { status: 'open' as BoardStatus, outcome: '', closedOn: null as string | null, assignee: null as null | { kind: string; id: number }, changes: 0 };
  for (const e of history) {
    expect(e.fromStatus).toBe(e.action === 'raise' ? null : state.status);
    if (e.action !== 'raise' && e.action !== 'assign') expect(BOARD_MOVES[state.status]).toContain(e.toStatus);
    const closed = e.toStatus === 'resolved' || e.toStatus === 'declined';
    state = {
      status: e.toStatus,
      outcome: e.action === 'assign' ? state.outcome : closed ? e.note : '',
      closedOn: e.action === 'assign' ? state.closedOn : closed ? shopDay(new Date(e.at)) : null,
      assignee: e.assignee ? { kind: e.assignee.kind, id: e.assignee.id } : null,
      changes: state.changes + 1,
    };
  }
  return state;
}

function checkItem(v: BoardItemView) {
  expect(v.history.map((e) => e.seq)).toEqual(v.history.map((_, i) => i + 1));
  expect(v.history[0]!.action).toBe('raise');
  const ats = v.history.map((e) => e.at);
  expect([...ats].sort()).toEqual(ats);
  expect(replay(v.history)).toEqual({ status: v.status, outcome: v.outcome, closedOn: v.closedOn, assignee: v.assignee ? { kind: v.assignee.kind, id: v.assignee.id } : null, changes: v.changes });
}

function run(ops: Op[]) {
  const s = boardShop(new Date('2026-11-30T17:00:00Z'));
  let clock = s.now().getTime();
  const ids: number[] = [];
  for (const o of ops) {
    if (o.op === 'raise') {
      ids.push(s.raise({ memberId: s.members[o.member % s.members.length]! }).id);
      continue;
    }
    const itemId = ids[o.item % Math.max(ids.length, 1)] ?? 99_999;
    const before = dbFingerprint(s.app.db);
    const was = ids.includes(itemId) ? s.ok('board.get', { id: itemId }).status : null;
    if (o.op === 'move') {
      clock += o.hours * 3_600_000;
      s.at(shopDay(new Date(clock)), new Date(clock).toLocaleTimeString('en-GB', { timeZone: 'Asia/Kolkata', hour: '2-digit', minute: '2-digit' }));
      const r = s.call('board.move', { requestId: rid(), itemId, to: o.to, note: o.note ? 'नोट' : '' });
      const allowed = was !== null && BOARD_MOVES[was].includes(o.to);
      const needsNote = o.to !== 'in_progress' && !o.note;
      if (r.ok) expect(allowed && !needsNote).toBe(true);
      else {
        expect(r.error.code).toBe(needsNote ? 'INVALID_INPUT' : was === null ? 'NOT_FOUND' : 'BOARD_MOVE');
        expect(dbFingerprint(s.app.db)).toBe(before);
      }
    } else {
      const assignee = o.who === 'nobody' ? null : o.who === 'staff' ? { kind: 'staff' as const, id: s.ownerId } : { kind: 'member' as const, id: o.who === 'ghost' ? 99_999 : s.members[1]! };
      const r = s.call('board.assign', { requestId: rid(), itemId, assignee });
      const open = was === 'open' || was === 'in_progress';
      if (r.ok) expect(open && o.who !== 'ghost').toBe(true);
      else {
        expect(r.error.code).toBe(was === null ? 'NOT_FOUND' : !open ? 'BOARD_MOVE' : 'UNKNOWN_MEMBER');
        expect(dbFingerprint(s.app.db)).toBe(before);
      }
    }
  }
  for (const id of ids) checkItem(s.ok('board.get', { id }));
  // the counts agree with the items: raised by the day raised, settled by the day closed
  const items = ids.map((id) => s.ok('board.get', { id }));
  const c = s.ok('board.getMonthlyCounts', { from: '2026-11', to: '2027-02' });
  expect(c.totals.raised).toBe(items.length);
  expect(c.totals.resolved).toBe(items.filter((i) => i.status === 'resolved').length);
  expect(c.totals.declined).toBe(items.filter((i) => i.status === 'declined').length);
  expect(c.stillOpen).toBe(items.filter((i) => i.status === 'open' || i.status === 'in_progress').length);
  // the events are the ledger: the database refuses to change or remove one
  if (ids.length) expect(() => s.app.db.prepare('DELETE FROM board_events WHERE item_id = ?').run(ids[0])).toThrow(/append-only/);
  s.app.close();
}

describe('board: random sequences of changes', () => {
  it('history replays to the current state; refused changes write nothing', () => {
    fc.assert(fc.property(fc.array(opArb, { minLength: 1, maxLength: 25 }), (ops) => run([{ op: 'raise', member: 0 }, ...ops])), {
      numRuns: 15,
      examples: [
        // resolve, reopen, start, decline: every status visited once
        [[{ op: 'move', item: 0, to: 'resolved', note: true, hours: 1 }, { op: 'move', item: 0, to: 'open', note: true, hours: 30 }, { op: 'move', item: 0, to: 'in_progress', note: false, hours: 2 }, { op: 'move', item: 0, to: 'declined', note: true, hours: 1 }]],
      ],
    });
  });
});
