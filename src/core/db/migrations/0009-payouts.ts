import type { Migration } from './index';

/**
 * Payouts to artisans. Every entry of her account that a payout settles (an accrual for a sold
 * line, a reversal for a returned one, an adjustment) is listed in payout_items; an entry may be
 * settled by one payout only, unless that payout was reversed (a reversal is a new payout row).
 */
const m: Migration = {
  version: 9,
  name: 'payouts',
  up(db) {
    db.exec(`
      CREATE TABLE payouts (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL UNIQUE,
        payout_no TEXT NOT NULL UNIQUE,
        artisan_id INTEGER NOT NULL REFERENCES artisans(id),
        period_end TEXT NOT NULL,
        method TEXT NOT NULL CHECK (method IN ('cash', 'upi', 'bank')),
        ref TEXT NOT NULL DEFAULT '',
        amount_paise INTEGER NOT NULL,
        at TEXT NOT NULL,
        business_date TEXT NOT NULL,
        user_id INTEGER NOT NULL REFERENCES users(id),
        note TEXT NOT NULL DEFAULT '',
        reverses_payout_id INTEGER UNIQUE REFERENCES payouts(id)
      ) STRICT;
      CREATE INDEX payouts_artisan ON payouts(artisan_id, at);

      CREATE TABLE payout_items (
        payout_id INTEGER NOT NULL REFERENCES payouts(id),
        ledger_id INTEGER NOT NULL REFERENCES artisan_ledger(id),
        PRIMARY KEY (ledger_id, payout_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX payout_items_payout ON payout_items(payout_id);

      ${['payouts', 'payout_items']
        .map((t) => `CREATE TRIGGER ${t}_no_update BEFORE UPDATE ON ${t} BEGIN SELECT RAISE(ABORT, '${t} is append-only'); END;
          CREATE TRIGGER ${t}_no_delete BEFORE DELETE ON ${t} BEGIN SELECT RAISE(ABORT, '${t} is append-only'); END;`)
        .join('\n')}
    `);
  },
};
export default m;
