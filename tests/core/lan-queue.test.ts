/**
 * A joined counter's queue of offline bills (src/core/lan/queue.ts) on a real SQLite file: numbers
 * gapless per financial year, and a crash between the queue row and the copy's bill settled by
 * what the copy holds.
 */
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/core/db/open';
import { dropUnrecorded, enqueue, markRecorded, markSent, nextOfflineNo, settleUnrecorded, unsent } from '../../src/core/lan/queue';
import { pendingCount } from '../../src/core/lan/link';
import { ist } from '../support/clock';
import { tempDir } from '../support/db';
import path from 'node:path';

const at = ist('2027-03-31', '23:50');
const body = (n: number) => ({ userId: 2, input: { requestId: `r${n}`, offline: { no: `n${n}`, at: at.toISOString() } } });

describe('the offline queue', () => {
  it('numbers gaplessly per financial year: a bill the copy refused gives its number back', () => {
    const db = openDatabase(path.join(tempDir(), 'joined.db'));
    const no1 = nextOfflineNo(db, 'HH', 'C2-OFF', '2027-03-31');
    expect(no1).toBe('HH/2026-27/C2-OFF-000001');
    enqueue(db, 'r1', no1, body(1), at);
    markRecorded(db, 'r1', null);
    const no2 = nextOfflineNo(db, 'HH', 'C2-OFF', '2027-03-31');
    enqueue(db, 'r2', no2, body(2), at);
    dropUnrecorded(db, 'r2'); // the copy refused it (a wrong PIN): nothing was sold
    expect(nextOfflineNo(db, 'HH', 'C2-OFF', '2027-03-31')).toBe('HH/2026-27/C2-OFF-000002');
    // sent bills keep their numbers: the series goes on after them
    markSent(db, unsent(db)[0]!.seq, at, no1);
    expect(nextOfflineNo(db, 'HH', 'C2-OFF', '2027-03-31')).toBe('HH/2026-27/C2-OFF-000002');
    // 1 April: a new year, a new series
    expect(nextOfflineNo(db, 'HH', 'C2-OFF', '2027-04-01')).toBe('HH/2027-28/C2-OFF-000001');
    db.close();
  });

  it('after a crash between the two writes keeps the bills the copy has and drops the others', () => {
    const db = openDatabase(path.join(tempDir(), 'joined.db'));
    for (const n of [1, 2, 3]) enqueue(db, `r${n}`, `HH/2026-27/C2-OFF-00000${n}`, body(n), at);
    markRecorded(db, 'r1', null);
    expect(pendingCount(db)).toBe(1); // only what is in the copy counts as waiting
    // the copy has bill 2 (approved there by user 1), not bill 3
    settleUnrecorded(db, (_r, no) => (no.endsWith('2') ? { approvedBy: 1 } : null));
    expect(unsent(db).map((b) => [b.requestId, (b.body.input.offline as { approvedBy?: number }).approvedBy])).toEqual([['r1', undefined], ['r2', 1]]);
    expect(nextOfflineNo(db, 'HH', 'C2-OFF', '2027-03-31')).toBe('HH/2026-27/C2-OFF-000003');
    db.close();
  });
});
