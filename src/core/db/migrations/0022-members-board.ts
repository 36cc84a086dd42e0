import type { Migration } from './index';

/**
 * The members' board. board_events is the ledger (append-only, like audit_log): every change to an
 * item with who and when; board_items holds each item's current state, written in the same
 * transaction as its event, and a test replays the events to it. raised_on and closed_on are shop
 * days (the month counts read them); `at` columns are UTC instants. uid: for a later sync.
 */
const m: Migration = {
  version: 22,
  name: 'members-board',
  up(db) {
    db.exec(`
      CREATE TABLE board_items (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL UNIQUE,
        artisan_id INTEGER NOT NULL REFERENCES artisans(id),
        kind TEXT NOT NULL CHECK (kind IN ('work_conditions', 'training', 'shop', 'community', 'other')),
        text TEXT NOT NULL CHECK (length(text) BETWEEN 1 AND 500),
        raised_on TEXT NOT NULL CHECK (raised_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        status TEXT NOT NULL CHECK (status IN ('open', 'in_progress', 'resolved', 'declined')),
        assignee_user_id INTEGER REFERENCES users(id),
        assignee_artisan_id INTEGER REFERENCES artisans(id),
        outcome TEXT NOT NULL DEFAULT '',
        closed_on TEXT,
        changes INTEGER NOT NULL CHECK (changes >= 1),
        recorded_by INTEGER NOT NULL REFERENCES users(id),
        created_at TEXT NOT NULL,
        CHECK (assignee_user_id IS NULL OR assignee_artisan_id IS NULL),
        CHECK ((status IN ('resolved', 'declined')) = (closed_on IS NOT NULL)),
        CHECK (status NOT IN ('resolved', 'declined') OR outcome <> '')
      ) STRICT;
      CREATE INDEX board_items_raised ON board_items(raised_on);
      CREATE INDEX board_items_closed ON board_items(closed_on) WHERE closed_on IS NOT NULL;
      CREATE INDEX board_items_status ON board_items(status, raised_on);

      CREATE TABLE board_events (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL UNIQUE,
        item_id INTEGER NOT NULL REFERENCES board_items(id),
        seq INTEGER NOT NULL CHECK (seq >= 1),
        action TEXT NOT NULL CHECK (action IN ('raise', 'assign', 'start', 'resolve', 'decline', 'reopen')),
        from_status TEXT CHECK (from_status IN ('open', 'in_progress', 'resolved', 'declined')),
        to_status TEXT NOT NULL CHECK (to_status IN ('open', 'in_progress', 'resolved', 'declined')),
        assignee_user_id INTEGER REFERENCES users(id),
        assignee_artisan_id INTEGER REFERENCES artisans(id),
        note TEXT NOT NULL DEFAULT '',
        by_user INTEGER NOT NULL REFERENCES users(id),
        at TEXT NOT NULL,
        UNIQUE (item_id, seq),
        CHECK (assignee_user_id IS NULL OR assignee_artisan_id IS NULL),
        CHECK (action NOT IN ('resolve', 'decline', 'reopen') OR note <> '')
      ) STRICT;
      CREATE TRIGGER board_events_no_update BEFORE UPDATE ON board_events BEGIN SELECT RAISE(ABORT, 'board_events is append-only'); END;
      CREATE TRIGGER board_events_no_delete BEFORE DELETE ON board_events BEGIN SELECT RAISE(ABORT, 'board_events is append-only'); END;
    `);
  },
};
export default m;
