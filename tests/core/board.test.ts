/** The members' board: recording, assigning and moving what a member raised; its history; counts by month. */
import { describe, expect, it } from 'vitest';
import { dbFingerprint } from '../support/db';
import { boardShop, rid } from './board-support';

describe('board: state changes', () => {
  it('raise -> in progress -> resolved: the history holds every change in order with who and when', () => {
    const s = boardShop();
    const a = s.raise({}, s.cashier);
    expect(a).toMatchObject({ status: 'open', kind: 'training', raisedOn: '2026-11-23', outcome: '', closedOn: null, changes: 1, assignee: null });
    s.at('2026-11-24', '10:15');
    const owner = s.q("SELECT name FROM users WHERE role = 'owner'") as string;
    const given = s.ok('board.assign', { requestId: rid(), itemId: a.id, assignee: { kind: 'staff', id: s.ownerId } }, s.owner);
    expect(given.assignee).toEqual({ kind: 'staff', id: s.ownerId, name: owner });
    s.at('2026-11-25', '09:00');
    s.move(a.id, 'in_progress', '', s.owner);
    s.at('2026-12-02', '16:40');
    const done = s.move(a.id, 'resolved', 'देवकी जी ने शनिवार को ढलाई सिखाई', s.cashier);
    expect(done).toMatchObject({ status: 'resolved', outcome: 'देवकी जी ने शनिवार को ढलाई सिखाई', closedOn: '2026-12-02', changes: 4 });
    const cashier = s.q('SELECT name FROM users WHERE id = ?', s.cashierId) as string;
    expect(done.history.map((e) => [e.seq, e.action, e.fromStatus, e.toStatus, e.byName, e.at])).toEqual([
      [1, 'raise', null, 'open', cashier, '2026-11-23T05:30:00.000Z'],
      [2, 'assign', 'open', 'open', owner, '2026-11-24T04:45:00.000Z'],
      [3, 'start', 'open', 'in_progress', owner, '2026-11-25T03:30:00.000Z'],
      [4, 'resolve', 'in_progress', 'resolved', cashier, '2026-12-02T11:10:00.000Z'],
    ]);
    expect(done.history[3]!.note).toBe('देवकी जी ने शनिवार को ढलाई सिखाई');
    // each write also left its audit row, with the caller
    expect(s.q("SELECT count(*) FROM audit_log WHERE action LIKE 'board.%'")).toBe(4);
  });

  it('no resolved without a note (nor declined, nor reopened): a clear issue on the note, nothing written', () => {
    const s = boardShop();
    const a = s.raise();
    const before = dbFingerprint(s.app.db);
    expect(s.err('board.move', { requestId: rid(), itemId: a.id, to: 'resolved', note: '' })).toEqual({ code: 'INVALID_INPUT', field: ['note'], message: 'board_note_resolved' });
    expect(s.err('board.move', { requestId: rid(), itemId: a.id, to: 'resolved', note: '   ' })).toMatchObject({ code: 'INVALID_INPUT', message: 'board_note_resolved' });
    expect(s.err('board.move', { requestId: rid(), itemId: a.id, to: 'declined' })).toMatchObject({ code: 'INVALID_INPUT', message: 'board_note_declined' });
    expect(dbFingerprint(s.app.db)).toBe(before);
    s.move(a.id, 'declined', 'अभी बजट नहीं है');
    const before2 = dbFingerprint(s.app.db);
    expect(s.err('board.move', { requestId: rid(), itemId: a.id, to: 'open', note: '' })).toMatchObject({ code: 'INVALID_INPUT', message: 'board_note_open' });
    expect(dbFingerprint(s.app.db)).toBe(before2);
    // the database itself refuses a closed item without its outcome
    expect(() => s.app.db.prepare("UPDATE board_items SET status = 'resolved', closed_on = '2026-11-23', outcome = '' WHERE id = ?").run(a.id)).toThrow(/CHECK/);
  });

  it('moves the state machine forbids are BOARD_MOVE, nothing written; reopen is the one way back', () => {
    const s = boardShop();
    const a = s.raise();
    s.move(a.id, 'resolved', 'हो गया');
    const before = dbFingerprint(s.app.db);
    expect(s.err('board.move', { requestId: rid(), itemId: a.id, to: 'in_progress' })).toEqual({ code: 'BOARD_MOVE', field: 'to', message: undefined });
    expect(s.err('board.move', { requestId: rid(), itemId: a.id, to: 'declined', note: 'x' }).code).toBe('BOARD_MOVE');
    expect(s.err('board.move', { requestId: rid(), itemId: a.id, to: 'resolved', note: 'x' }).code).toBe('BOARD_MOVE');
    expect(s.err('board.assign', { requestId: rid(), itemId: a.id, assignee: { kind: 'member', id: s.members[1]! } }).code).toBe('BOARD_MOVE');
    expect(dbFingerprint(s.app.db)).toBe(before);
    const b = s.raise();
    s.move(b.id, 'in_progress');
    expect(s.err('board.move', { requestId: rid(), itemId: b.id, to: 'open', note: 'वापस' }).code).toBe('BOARD_MOVE');
    expect(s.err('board.move', { requestId: rid(), itemId: b.id, to: 'in_progress' }).code).toBe('BOARD_MOVE');
    // reopen: resolved -> open with a reason; then it can be worked on again
    const again = s.move(a.id, 'open', 'फिर से वही समस्या');
    expect(again).toMatchObject({ status: 'open', outcome: '', closedOn: null });
    expect(again.history.at(-1)).toMatchObject({ action: 'reopen', fromStatus: 'resolved', toStatus: 'open', note: 'फिर से वही समस्या' });
    expect(s.move(a.id, 'in_progress').status).toBe('in_progress');
  });

  it('an unknown or retired member, an unknown staff member, an unknown item: a clear error, nothing written', () => {
    const s = boardShop();
    const a = s.raise();
    const left = s.members.at(-1)!;
    s.app.db.prepare('UPDATE artisans SET active = 0 WHERE id = ?').run(left);
    const before = dbFingerprint(s.app.db);
    expect(s.err('board.raise', { requestId: rid(), memberId: 99_999, kind: 'shop', text: 'दुकान में पंखा' })).toMatchObject({ code: 'UNKNOWN_MEMBER', field: ['memberId'] });
    expect(s.err('board.raise', { requestId: rid(), memberId: left, kind: 'shop', text: 'दुकान में पंखा' }).code).toBe('UNKNOWN_MEMBER');
    expect(s.err('board.raise', { requestId: rid(), memberId: s.members[0]!, kind: 'shop', text: 'x', assignee: { kind: 'staff', id: 99_999 } })).toMatchObject({ code: 'UNKNOWN_STAFF', field: ['assignee', 'id'] });
    expect(s.err('board.assign', { requestId: rid(), itemId: a.id, assignee: { kind: 'member', id: 99_999 } }).code).toBe('UNKNOWN_MEMBER');
    expect(s.err('board.move', { requestId: rid(), itemId: 99_999, to: 'in_progress' })).toMatchObject({ code: 'NOT_FOUND', field: 'itemId' });
    expect(s.err('board.raise', { requestId: rid(), memberId: s.members[0]!, kind: 'gossip' as never, text: 'x' }).code).toBe('INVALID_INPUT');
    expect(s.err('board.raise', { requestId: rid(), memberId: s.members[0]!, kind: 'shop', text: '' }).field).toEqual(['text']);
    expect(s.err('board.raise', { requestId: rid(), memberId: s.members[0]!, kind: 'shop', text: 'a\u0007b' }).message).toBe('control_chars');
    expect(s.err('board.raise', { requestId: rid(), memberId: s.members[0]!, kind: 'shop', text: 'x', raisedOn: '2026-11-24' })).toMatchObject({ code: 'INVALID_INPUT', field: ['raisedOn'], message: 'future_date' });
    expect(s.err('board.raise', { requestId: rid(), memberId: s.members[0]!, kind: 'shop', text: 'x', colour: 'red' } as never).code).toBe('INVALID_INPUT');
    expect(dbFingerprint(s.app.db)).toBe(before);
  });

  it('a second submit with the same request id records once; the same id for another request is refused', () => {
    const s = boardShop();
    const input = { requestId: rid(), memberId: s.members[0]!, kind: 'community' as const, text: 'मोहल्ले में रक्तदान शिविर' };
    const first = s.ok('board.raise', input);
    const before = dbFingerprint(s.app.db);
    expect(s.ok('board.raise', input)).toEqual(first);
    expect(dbFingerprint(s.app.db)).toBe(before);
    expect(s.err('board.raise', { ...input, text: 'कुछ और' }).code).toBe('IDEMPOTENCY_MISMATCH');
    const m = { requestId: rid(), itemId: first.id, to: 'resolved' as const, note: 'शिविर लगा' };
    const done = s.ok('board.move', m);
    const after = dbFingerprint(s.app.db);
    expect(s.ok('board.move', m)).toEqual(done);
    expect(dbFingerprint(s.app.db)).toBe(after);
    expect(done.history).toHaveLength(2);
  });

  it('assigns to a member or to nobody, and lists by status and kind', () => {
    const s = boardShop();
    const a = s.raise({ kind: 'work_conditions', text: 'कार्यशाला में रोशनी कम है' });
    const b = s.raise({ kind: 'training', assignee: { kind: 'member', id: s.members[1]! } });
    expect(b.assignee).toMatchObject({ kind: 'member', id: s.members[1] });
    expect(s.ok('board.assign', { requestId: rid(), itemId: b.id, assignee: null }).assignee).toBeNull();
    s.move(a.id, 'in_progress');
    expect(s.ok('board.list', { status: 'in_progress' }).map((i) => i.id)).toEqual([a.id]);
    expect(s.ok('board.list', { kind: 'training' }).map((i) => i.id)).toEqual([b.id]);
    expect(s.ok('board.list', {}).map((i) => i.id)).toEqual([b.id, a.id]);
    expect(s.ok('board.get', { id: a.id }).history.map((e) => e.action)).toEqual(['raise', 'start']);
  });
});

describe('board: counts by month in the shop time zone', () => {
  it('raised at 23:59 IST on 30 Nov counts in November; resolved at 00:01 IST on 1 Dec counts in December', () => {
    const s = boardShop(new Date('2026-11-30T18:29:00Z')); // 23:59 in Durg, 18:29 UTC
    const a = s.raise();
    expect(a.raisedOn).toBe('2026-11-30');
    s.at('2026-12-01', '00:01'); // 18:31 UTC on 30 Nov
    const b = s.raise({ kind: 'shop', text: 'काउंटर के पास पानी' });
    expect(b.raisedOn).toBe('2026-12-01');
    s.move(a.id, 'resolved', 'कक्षा तय हुई');
    s.move(b.id, 'declined', 'जगह नहीं है');
    const c = s.ok('board.getMonthlyCounts', { from: '2026-10', to: '2026-12' });
    expect(c.months).toEqual([
      { month: '2026-10', raised: 0, resolved: 0, declined: 0 },
      { month: '2026-11', raised: 1, resolved: 0, declined: 0 },
      { month: '2026-12', raised: 1, resolved: 1, declined: 1 },
    ]);
    expect(c.totals).toEqual({ raised: 2, resolved: 1, declined: 1 });
    expect(c.stillOpen).toBe(0);
  });

  it('defaults to the 12 months up to the shop month; a raised-on date in the past counts in its month; a range the wrong way round is refused', () => {
    const s = boardShop(new Date('2026-12-31T18:45:00Z')); // already 1 Jan 2027 in Durg
    s.raise({ raisedOn: '2026-02-14' });
    s.raise();
    const c = s.ok('board.getMonthlyCounts', {});
    expect([c.from, c.to, c.months.length]).toEqual(['2026-02', '2027-01', 12]);
    expect(c.months[0]).toEqual({ month: '2026-02', raised: 1, resolved: 0, declined: 0 });
    expect(c.months.at(-1)).toEqual({ month: '2027-01', raised: 1, resolved: 0, declined: 0 });
    expect(c.stillOpen).toBe(2);
    expect(s.err('board.getMonthlyCounts', { from: '2026-12', to: '2026-11' })).toMatchObject({ code: 'INVALID_INPUT', message: 'date_order' });
  });
});

describe('board: CSV and the meeting sheet', () => {
  it('the CSV has a BOM, the Hindi text as typed, and a formula made inert', () => {
    const s = boardShop();
    const a = s.raise({ text: '=HYPERLINK("x") रंग चाहिए' });
    s.move(a.id, 'resolved', 'रंग मंगाए');
    s.raise({ kind: 'other', text: 'बच्चों के लिए पढ़ाई' });
    const f = s.ok('board.exportCsv', { from: '2026-11', to: '2026-11' });
    expect(f.fileName).toBe('board-2026-11.csv');
    expect(f.rows).toBe(2);
    expect(f.csv.startsWith('\uFEFFid,raised_on,member_hi')).toBe(true);
    expect(f.csv).toContain(`"'=HYPERLINK(""x"") रंग चाहिए"`);
    expect(f.csv).toContain('resolved');
    expect(f.csv).toContain('रंग मंगाए');
    expect(f.csv).toContain('बच्चों के लिए पढ़ाई');
  });

  it('the A4 meeting sheet lists what is open and what was settled, in Hindi or English', () => {
    const s = boardShop();
    const a = s.raise({ text: 'कोसा सिल्क की बुनाई का प्रशिक्षण' });
    s.raise({ kind: 'work_conditions', text: 'कार्यशाला में पंखा नहीं' });
    s.move(a.id, 'resolved', 'दिसंबर में कक्षा');
    const hi = s.ok('board.getMeetingSheet', { lang: 'hi', from: '2026-11', to: '2026-11' });
    expect(hi.fileName).toBe('board-meeting-2026-11_2026-11.pdf');
    expect(hi.html).toContain('<html lang="hi">');
    expect(hi.html).toContain('सदस्यों की बात: बैठक की सूची');
    expect(hi.html).toContain('अभी खुले (बैठक में बात करें): 1');
    expect(hi.html).toContain('कार्यशाला में पंखा नहीं');
    expect(hi.html).toContain('दिसंबर में कक्षा');
    expect(hi.html).toContain('प्रशिक्षण');
    const en = s.ok('board.getMeetingSheet', { lang: 'en', from: '2026-11', to: '2026-11' });
    expect(en.html).toContain('Settled in the period: 1');
    expect(en.html).toContain('November 2026');
    expect(en.html).toContain('Work conditions');
  });
});
