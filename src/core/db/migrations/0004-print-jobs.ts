import type { Migration } from './index';

/**
 * Print jobs: what was printed, when, on which printer and how it went. Printing happens after
 * the sale commits, so a failed job is a row to show and reprint from, never a rolled-back sale.
 * `payload` is the document's data (JSON) so any past receipt can be reprinted as DUPLICATE;
 * a reprint is a new job pointing at the original. A job's status moves queued -> printed|failed
 * (a retry of the same job bumps `attempts`); jobs are not money, so they may be updated.
 */
const m: Migration = {
  version: 4,
  name: 'print-jobs',
  up(db) {
    db.exec(`
      CREATE TABLE print_jobs (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL UNIQUE,
        doc_type TEXT NOT NULL CHECK (doc_type IN ('receipt', 'rental_slip', 'rental_return_slip', 'payout_slip',
          'intake_slip', 'day_close', 'label', 'test_page', 'return_receipt')),
        ref TEXT NOT NULL DEFAULT '', -- bill / slip number the document belongs to
        printer TEXT NOT NULL, -- interface: tcp://host:port, device path, printer:NAME
        paper TEXT NOT NULL CHECK (paper IN ('58mm', '80mm')),
        status TEXT NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'printed', 'failed')),
        error TEXT, -- a PRINTER_* code when failed
        error_message TEXT,
        attempts INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
        reprint_of INTEGER REFERENCES print_jobs(id),
        user_id INTEGER REFERENCES users(id),
        created_at TEXT NOT NULL,
        finished_at TEXT,
        payload TEXT NOT NULL CHECK (json_valid(payload)),
        CHECK ((status = 'failed') = (error IS NOT NULL))
      ) STRICT;
      CREATE INDEX print_jobs_ref ON print_jobs(doc_type, ref);
      CREATE INDEX print_jobs_failed ON print_jobs(status) WHERE status = 'failed';
      CREATE INDEX print_jobs_recent ON print_jobs(created_at);
    `);
  },
};
export default m;
