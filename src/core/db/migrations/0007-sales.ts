import type { Migration } from './index';

const APPEND_ONLY = (t: string) => `
  CREATE TRIGGER ${t}_no_update BEFORE UPDATE ON ${t} BEGIN SELECT RAISE(ABORT, '${t} is append-only'); END;
  CREATE TRIGGER ${t}_no_delete BEFORE DELETE ON ${t} BEGIN SELECT RAISE(ABORT, '${t} is append-only'); END;`;

/**
 * Sales with their lines and payments, gapless bill numbers per financial year and counter,
 * each artisan's account as a ledger (accruals now, payouts later) and the cash drawer as a
 * ledger. All financial rows are append-only: a return or a correction is a new row.
 */
const m: Migration = {
  version: 7,
  name: 'sales',
  up(db) {
    db.exec(`
      ALTER TABLE shop_settings ADD COLUMN bill_prefix TEXT NOT NULL DEFAULT 'HH' CHECK (length(bill_prefix) BETWEEN 1 AND 10);
      ALTER TABLE shop_settings ADD COLUMN cashier_discount_limit_bps INTEGER NOT NULL DEFAULT 1000 CHECK (cashier_discount_limit_bps BETWEEN 0 AND 10000);
      ALTER TABLE shop_settings ADD COLUMN upi_vpa TEXT NOT NULL DEFAULT '';
      ALTER TABLE shop_settings ADD COLUMN upi_payee_name TEXT NOT NULL DEFAULT '';
      ALTER TABLE shop_settings ADD COLUMN return_policy TEXT NOT NULL DEFAULT '';

      -- Parked carts: not money yet, so a resumed or discarded one is simply removed.
      CREATE TABLE held_carts (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL UNIQUE,
        label TEXT NOT NULL DEFAULT '',
        cart TEXT NOT NULL CHECK (json_valid(cart)),
        total_paise INTEGER NOT NULL,
        user_id INTEGER NOT NULL REFERENCES users(id),
        created_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE bill_counters (
        fy TEXT NOT NULL,
        counter_code TEXT NOT NULL,
        last_seq INTEGER NOT NULL CHECK (last_seq >= 0),
        PRIMARY KEY (fy, counter_code)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE sales (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL UNIQUE,
        bill_no TEXT NOT NULL UNIQUE,
        counter_code TEXT NOT NULL,
        fy TEXT NOT NULL,
        seq INTEGER NOT NULL,
        at TEXT NOT NULL,
        business_date TEXT NOT NULL,
        user_id INTEGER NOT NULL REFERENCES users(id),
        approved_by INTEGER REFERENCES users(id),
        invoice_kind TEXT NOT NULL CHECK (invoice_kind IN ('tax_invoice', 'bill_of_supply')),
        gstin TEXT NOT NULL DEFAULT '',
        customer_name TEXT NOT NULL DEFAULT '',
        customer_phone TEXT NOT NULL DEFAULT '',
        discount_reason TEXT NOT NULL DEFAULT '',
        gross_paise INTEGER NOT NULL,
        discount_paise INTEGER NOT NULL CHECK (discount_paise BETWEEN 0 AND gross_paise),
        total_paise INTEGER NOT NULL CHECK (total_paise = gross_paise - discount_paise),
        tax_paise INTEGER NOT NULL,
        UNIQUE (fy, counter_code, seq)
      ) STRICT;
      CREATE INDEX sales_date ON sales(business_date);
      CREATE INDEX sales_phone ON sales(customer_phone) WHERE customer_phone <> '';

      CREATE TABLE sale_lines (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL UNIQUE,
        sale_id INTEGER NOT NULL REFERENCES sales(id),
        line_no INTEGER NOT NULL,
        product_id INTEGER NOT NULL REFERENCES products(id),
        name_hi TEXT NOT NULL,
        name_en TEXT NOT NULL,
        hsn TEXT NOT NULL,
        unit TEXT NOT NULL,
        qty_milli INTEGER NOT NULL CHECK (qty_milli > 0),
        list_price_paise INTEGER NOT NULL,
        unit_price_paise INTEGER NOT NULL,
        gross_paise INTEGER NOT NULL,
        line_discount_paise INTEGER NOT NULL,
        bill_discount_paise INTEGER NOT NULL,
        net_paise INTEGER NOT NULL CHECK (net_paise = gross_paise - line_discount_paise - bill_discount_paise AND net_paise >= 0),
        gst_rate_bps INTEGER NOT NULL,
        taxable_paise INTEGER NOT NULL,
        cgst_paise INTEGER NOT NULL,
        sgst_paise INTEGER NOT NULL,
        artisan_id INTEGER REFERENCES artisans(id),
        commission_bps INTEGER,
        artisan_share_paise INTEGER NOT NULL,
        CHECK (taxable_paise + cgst_paise + sgst_paise = net_paise),
        UNIQUE (sale_id, line_no)
      ) STRICT;
      CREATE INDEX sale_lines_product ON sale_lines(product_id);
      CREATE INDEX sale_lines_artisan ON sale_lines(artisan_id) WHERE artisan_id IS NOT NULL;

      CREATE TABLE sale_payments (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL UNIQUE,
        sale_id INTEGER NOT NULL REFERENCES sales(id),
        method TEXT NOT NULL CHECK (method IN ('cash', 'upi', 'card')),
        amount_paise INTEGER NOT NULL,
        tendered_paise INTEGER,
        change_paise INTEGER NOT NULL DEFAULT 0,
        ref TEXT NOT NULL DEFAULT ''
      ) STRICT;
      CREATE INDEX sale_payments_sale ON sale_payments(sale_id);

      -- Her account: accruals (her share of a sale line), reversals, payouts, adjustments; signed.
      CREATE TABLE artisan_ledger (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL UNIQUE,
        artisan_id INTEGER NOT NULL REFERENCES artisans(id),
        kind TEXT NOT NULL CHECK (kind IN ('accrual', 'reversal', 'payout', 'payout_reversal', 'adjustment')),
        amount_paise INTEGER NOT NULL,
        sale_line_id INTEGER REFERENCES sale_lines(id),
        ref_type TEXT,
        ref_id TEXT,
        at TEXT NOT NULL,
        user_id INTEGER REFERENCES users(id),
        note TEXT NOT NULL DEFAULT ''
      ) STRICT;
      CREATE INDEX artisan_ledger_artisan ON artisan_ledger(artisan_id, at);
      CREATE TABLE artisan_balances (
        artisan_id INTEGER PRIMARY KEY REFERENCES artisans(id),
        balance_paise INTEGER NOT NULL
      ) STRICT, WITHOUT ROWID;
      CREATE TRIGGER artisan_ledger_cache AFTER INSERT ON artisan_ledger BEGIN
        INSERT INTO artisan_balances(artisan_id, balance_paise) VALUES (NEW.artisan_id, NEW.amount_paise)
          ON CONFLICT(artisan_id) DO UPDATE SET balance_paise = balance_paise + NEW.amount_paise;
      END;

      -- The drawer: every rupee in or out of the cash box; signed.
      CREATE TABLE cash_movements (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL CHECK (kind IN ('sale', 'refund', 'payout', 'float', 'cash_in', 'cash_out', 'deposit')),
        amount_paise INTEGER NOT NULL CHECK (amount_paise <> 0),
        business_date TEXT NOT NULL,
        at TEXT NOT NULL,
        user_id INTEGER REFERENCES users(id),
        ref_type TEXT,
        ref_id TEXT,
        note TEXT NOT NULL DEFAULT ''
      ) STRICT;
      CREATE INDEX cash_movements_date ON cash_movements(business_date);
      ${['sales', 'sale_lines', 'sale_payments', 'artisan_ledger', 'cash_movements'].map(APPEND_ONLY).join('\n')}
    `);
  },
};
export default m;
