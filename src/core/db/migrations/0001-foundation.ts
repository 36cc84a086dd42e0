import type { Migration } from './index';

/** Shop settings (one row), staff, the audit trail and the idempotency log of repeatable calls. */
const m: Migration = {
  version: 1,
  name: 'foundation',
  up(db) {
    db.exec(`
      CREATE TABLE shop_settings (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        shop_name TEXT NOT NULL CHECK (length(shop_name) BETWEEN 1 AND 80),
        address TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        language TEXT NOT NULL DEFAULT 'hi' CHECK (language IN ('hi', 'en')),
        time_zone TEXT NOT NULL DEFAULT 'Asia/Kolkata',
        gstin TEXT NOT NULL DEFAULT '',
        counter_code TEXT NOT NULL DEFAULT 'C1',
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE users (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 80),
        role TEXT NOT NULL CHECK (role IN ('cashier', 'manager', 'owner')),
        pin_hash TEXT NOT NULL,
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
        failed_pins INTEGER NOT NULL DEFAULT 0,
        locked_until TEXT,
        created_at TEXT NOT NULL
      ) STRICT;

      -- Append-only: no UPDATE or DELETE ever reaches these rows (triggers refuse them).
      CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL UNIQUE,
        at TEXT NOT NULL,
        user_id INTEGER REFERENCES users(id),
        action TEXT NOT NULL,
        details TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(details))
      ) STRICT;
      CREATE INDEX audit_log_at ON audit_log(at);
      CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
      CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;

      -- The first result of every repeatable call, keyed by its client-made id.
      CREATE TABLE idempotency (
        request_id TEXT PRIMARY KEY,
        method TEXT NOT NULL,
        result TEXT NOT NULL CHECK (json_valid(result)),
        at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
export default m;
