import type { Migration } from './index';

/**
 * The day close by notes and coins, and the shop's GST band:
 *  - day_opens: the float counted into the drawer when the shop day starts (once a day, append-only).
 *    The cash ledger already carries the drawer over from the day before; opening with a float writes
 *    the difference as a 'float' cash movement (usually the takings lifted to the bank), so expected
 *    cash = float + the day's in - out, and the drawer stays the sum of its movements.
 *  - day_closes gains the count by denomination (JSON {"500": n, …, "c1": n}), the manager who
 *    approved a difference above the limit, and the Z report as it stood at the close (JSON), kept
 *    with the close so a later reprint shows exactly what was signed.
 *  - shop_settings: the owner's limit for a difference without a manager's PIN and a note (NULL: none
 *    set, no PIN asked), and whether the aggregate annual turnover is above ₹5 crore (6-digit HSN).
 * ADD COLUMN is not an UPDATE, so day_closes' append-only triggers are not in the way.
 */
const m: Migration = {
  version: 24,
  name: 'day-close-count',
  up(db) {
    db.exec(`
      CREATE TABLE day_opens (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL UNIQUE,
        business_date TEXT NOT NULL UNIQUE CHECK (business_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        float_paise INTEGER NOT NULL CHECK (float_paise BETWEEN 0 AND 10000000000),
        carried_paise INTEGER NOT NULL,
        counts TEXT NOT NULL DEFAULT '{}',
        opened_by INTEGER NOT NULL REFERENCES users(id),
        at TEXT NOT NULL
      ) STRICT;
      CREATE TRIGGER day_opens_no_update BEFORE UPDATE ON day_opens BEGIN SELECT RAISE(ABORT, 'day_opens is append-only'); END;
      CREATE TRIGGER day_opens_no_delete BEFORE DELETE ON day_opens BEGIN SELECT RAISE(ABORT, 'day_opens is append-only'); END;

      ALTER TABLE day_closes ADD COLUMN counts TEXT NOT NULL DEFAULT '{}';
      ALTER TABLE day_closes ADD COLUMN approved_by INTEGER REFERENCES users(id);
      ALTER TABLE day_closes ADD COLUMN z_report TEXT NOT NULL DEFAULT '';

      ALTER TABLE shop_settings ADD COLUMN close_limit_paise INTEGER CHECK (close_limit_paise IS NULL OR close_limit_paise >= 0);
      ALTER TABLE shop_settings ADD COLUMN aato_over_5cr INTEGER NOT NULL DEFAULT 0 CHECK (aato_over_5cr IN (0, 1));
    `);
  },
};
export default m;
