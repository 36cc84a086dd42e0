import type { Migration } from './index';

/**
 * Returns against a bill: a header, its lines (never more than sold minus already returned) and
 * the refund. The sale itself is never edited: a return is new rows in every ledger it touches.
 */
const m: Migration = {
  version: 8,
  name: 'returns',
  up(db) {
    db.exec(`
      ALTER TABLE shop_settings ADD COLUMN cashier_refund_limit_paise INTEGER NOT NULL DEFAULT 200000 CHECK (cashier_refund_limit_paise >= 0);

      CREATE TABLE sale_returns (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL UNIQUE,
        return_no TEXT NOT NULL UNIQUE,
        sale_id INTEGER NOT NULL REFERENCES sales(id),
        at TEXT NOT NULL,
        business_date TEXT NOT NULL,
        user_id INTEGER NOT NULL REFERENCES users(id),
        approved_by INTEGER REFERENCES users(id),
        reason TEXT NOT NULL,
        refund_method TEXT NOT NULL CHECK (refund_method IN ('cash', 'upi', 'card')),
        refund_paise INTEGER NOT NULL CHECK (refund_paise >= 0)
      ) STRICT;
      CREATE INDEX sale_returns_sale ON sale_returns(sale_id);

      CREATE TABLE sale_return_lines (
        id INTEGER PRIMARY KEY,
        return_id INTEGER NOT NULL REFERENCES sale_returns(id),
        sale_line_id INTEGER NOT NULL REFERENCES sale_lines(id),
        qty_milli INTEGER NOT NULL CHECK (qty_milli > 0),
        refund_paise INTEGER NOT NULL CHECK (refund_paise >= 0),
        taxable_paise INTEGER NOT NULL,
        cgst_paise INTEGER NOT NULL,
        sgst_paise INTEGER NOT NULL,
        artisan_share_paise INTEGER NOT NULL,
        restocked INTEGER NOT NULL CHECK (restocked IN (0, 1))
      ) STRICT;
      CREATE INDEX sale_return_lines_line ON sale_return_lines(sale_line_id);
      ${['sale_returns', 'sale_return_lines']
        .map((t) => `CREATE TRIGGER ${t}_no_update BEFORE UPDATE ON ${t} BEGIN SELECT RAISE(ABORT, '${t} is append-only'); END;
          CREATE TRIGGER ${t}_no_delete BEFORE DELETE ON ${t} BEGIN SELECT RAISE(ABORT, '${t} is append-only'); END;`)
        .join('\n')}
    `);
  },
};
export default m;
