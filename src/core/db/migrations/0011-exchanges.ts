import type { Migration } from './index';

/**
 * Exchanges: a return and a new sale made in one step. The return (sale_returns) records the
 * value of the goods that came back; this row says how much of it settled the new bill (credit)
 * and how much went back to the customer as money (refund, by refund_method). The new bill's
 * payments are only what the customer paid on top. Append-only like every money row.
 */
const m: Migration = {
  version: 11,
  name: 'exchanges',
  up(db) {
    db.exec(`
      CREATE TABLE sale_exchanges (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL UNIQUE,
        return_id INTEGER NOT NULL UNIQUE REFERENCES sale_returns(id),
        sale_id INTEGER NOT NULL UNIQUE REFERENCES sales(id),
        at TEXT NOT NULL,
        credit_paise INTEGER NOT NULL CHECK (credit_paise >= 0),
        refund_paise INTEGER NOT NULL CHECK (refund_paise >= 0),
        refund_method TEXT CHECK (refund_method IN ('cash', 'upi', 'card')),
        CHECK ((refund_paise = 0) = (refund_method IS NULL))
      ) STRICT;
      CREATE TRIGGER sale_exchanges_no_update BEFORE UPDATE ON sale_exchanges BEGIN SELECT RAISE(ABORT, 'sale_exchanges is append-only'); END;
      CREATE TRIGGER sale_exchanges_no_delete BEFORE DELETE ON sale_exchanges BEGIN SELECT RAISE(ABORT, 'sale_exchanges is append-only'); END;
    `);
  },
};
export default m;
