import type { Migration } from './index';

/**
 * The counter's receipt printer (one row), and print_jobs learns the 'test_page' and 'return_receipt' documents.
 * SQLite cannot change a CHECK in place: print_jobs is rebuilt (new table, copy, drop, rename),
 * with foreign keys deferred to the commit so its self-reference (reprint_of) survives the swap.
 */
const m: Migration = {
  version: 6,
  name: 'printers',
  up(db) {
    db.pragma('defer_foreign_keys = ON');
    db.exec(`
      CREATE TABLE printer_settings (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        enabled INTEGER NOT NULL DEFAULT 0 CHECK (enabled IN (0, 1)),
        type TEXT NOT NULL DEFAULT 'EPSON' CHECK (type IN ('EPSON', 'STAR', 'TANCA', 'DARUMA', 'BROTHER', 'CUSTOM')),
        interface TEXT NOT NULL DEFAULT '', -- tcp://host:port, a device path (/dev/usb/lp0, COM3) or printer:NAME
        paper TEXT NOT NULL DEFAULT '80mm' CHECK (paper IN ('58mm', '80mm')),
        code_page TEXT NOT NULL DEFAULT 'PC437_USA',
        cut INTEGER NOT NULL DEFAULT 1 CHECK (cut IN (0, 1)),
        cash_drawer INTEGER NOT NULL DEFAULT 0 CHECK (cash_drawer IN (0, 1)),
        copies INTEGER NOT NULL DEFAULT 1 CHECK (copies BETWEEN 1 AND 3),
        connect_timeout_ms INTEGER NOT NULL DEFAULT 3000 CHECK (connect_timeout_ms BETWEEN 500 AND 30000),
        idle_timeout_ms INTEGER NOT NULL DEFAULT 5000 CHECK (idle_timeout_ms BETWEEN 1000 AND 60000),
        total_timeout_ms INTEGER NOT NULL DEFAULT 60000 CHECK (total_timeout_ms BETWEEN 5000 AND 300000),
        updated_at TEXT NOT NULL
      ) STRICT;
      INSERT INTO printer_settings (id, updated_at) VALUES (1, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));

      CREATE TABLE print_jobs_new (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL UNIQUE,
        doc_type TEXT NOT NULL CHECK (doc_type IN ('receipt', 'rental_slip', 'rental_return_slip', 'payout_slip',
          'intake_slip', 'day_close', 'label', 'test_page', 'return_receipt')),
        ref TEXT NOT NULL DEFAULT '',
        printer TEXT NOT NULL,
        paper TEXT NOT NULL CHECK (paper IN ('58mm', '80mm')),
        status TEXT NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'printed', 'failed')),
        error TEXT,
        error_message TEXT,
        attempts INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
        reprint_of INTEGER REFERENCES print_jobs(id),
        user_id INTEGER REFERENCES users(id),
        created_at TEXT NOT NULL,
        finished_at TEXT,
        payload TEXT NOT NULL CHECK (json_valid(payload)),
        CHECK ((status = 'failed') = (error IS NOT NULL))
      ) STRICT;
      INSERT INTO print_jobs_new SELECT * FROM print_jobs;
      DROP TABLE print_jobs;
      ALTER TABLE print_jobs_new RENAME TO print_jobs;
      CREATE INDEX print_jobs_ref ON print_jobs(doc_type, ref);
      CREATE INDEX print_jobs_failed ON print_jobs(status) WHERE status = 'failed';
      CREATE INDEX print_jobs_recent ON print_jobs(created_at);
    `);
  },
};
export default m;
