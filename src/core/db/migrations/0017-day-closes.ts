import type { Migration } from './index';

/**
 * Closing the shop day: the manager counts the drawer and the count is recorded against what the
 * cash ledger said it should hold then (expected) and the difference (counted - expected: negative
 * is short). One close per shop day, never changed or removed (append-only): a later correction
 * is a cash movement on a later day, not an edit of the close. uid: for a later sync.
 */
const m: Migration = {
  version: 17,
  name: 'day-closes',
  up(db) {
    db.exec(`
      CREATE TABLE day_closes (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL UNIQUE,
        business_date TEXT NOT NULL UNIQUE CHECK (business_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        counted_paise INTEGER NOT NULL CHECK (counted_paise BETWEEN 0 AND 10000000000),
        expected_paise INTEGER NOT NULL,
        difference_paise INTEGER NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        closed_by INTEGER NOT NULL REFERENCES users(id),
        at TEXT NOT NULL,
        CHECK (difference_paise = counted_paise - expected_paise)
      ) STRICT;
      CREATE TRIGGER day_closes_no_update BEFORE UPDATE ON day_closes BEGIN SELECT RAISE(ABORT, 'day_closes is append-only'); END;
      CREATE TRIGGER day_closes_no_delete BEFORE DELETE ON day_closes BEGIN SELECT RAISE(ABORT, 'day_closes is append-only'); END;
    `);
  },
};
export default m;
