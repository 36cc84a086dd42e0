import type { Migration } from './index';

const APPEND_ONLY = (t: string) => `
  CREATE TRIGGER ${t}_no_update BEFORE UPDATE ON ${t} BEGIN SELECT RAISE(ABORT, '${t} is append-only'); END;
  CREATE TRIGGER ${t}_no_delete BEFORE DELETE ON ${t} BEGIN SELECT RAISE(ABORT, '${t} is append-only'); END;`;

/**
 * Custom orders (#16): a customer's order of pieces to be made (200 धान आर्ट badges for a school),
 * with the artisans making each line and her share of it, an advance held for the customer until
 * delivery, and deliveries in parts, each one a sale through the ordinary checkout.
 *
 * The order and its lines are plain rows (status moves on); every rupee is a row in order_money
 * (advance +, applied to a delivery's bill -, refunded -, kept by the shop at a cancel -), so what
 * is held for the customer is that ledger's sum. Advance cash goes through the drawer as kinds
 * 'order' (in) and 'order_refund' (given back): cash_movements is rebuilt for its kind CHECK (as
 * migration 14 did), with its index, append-only and daily-summary triggers; print_jobs is rebuilt
 * to take the 'order_slip' document.
 */
const m: Migration = {
  version: 23,
  name: 'custom-orders',
  up(db) {
    db.exec(`
      -- The shop's rule for a cancelled order still 'ordered' (no work begun): it keeps this share of
      -- the advance and gives the rest back; once making has begun it keeps the whole advance.
      ALTER TABLE shop_settings ADD COLUMN order_cancel_keep_bps INTEGER NOT NULL DEFAULT 2500 CHECK (order_cancel_keep_bps BETWEEN 0 AND 10000);

      CREATE TABLE orders (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL UNIQUE,
        order_no TEXT NOT NULL UNIQUE,
        fy TEXT NOT NULL,
        seq INTEGER NOT NULL,
        customer_name TEXT NOT NULL CHECK (customer_name <> ''),
        customer_phone TEXT NOT NULL DEFAULT '',
        due_date TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        price_paise INTEGER NOT NULL CHECK (price_paise >= 0),
        status TEXT NOT NULL DEFAULT 'ordered' CHECK (status IN ('ordered', 'in_making', 'ready', 'delivered', 'cancelled')),
        created_at TEXT NOT NULL,
        business_date TEXT NOT NULL,
        created_by INTEGER NOT NULL REFERENCES users(id),
        ready_at TEXT,
        delivered_at TEXT,
        cancelled_at TEXT,
        cancelled_by INTEGER REFERENCES users(id),
        cancel_reason TEXT NOT NULL DEFAULT ''
      ) STRICT;
      CREATE INDEX orders_open_due ON orders(due_date) WHERE status IN ('ordered', 'in_making', 'ready');
      CREATE INDEX orders_status ON orders(status, due_date);

      CREATE TABLE order_lines (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL UNIQUE,
        order_id INTEGER NOT NULL REFERENCES orders(id),
        line_no INTEGER NOT NULL,
        -- From the catalogue, or NULL: described freely (a product is made for it at its first delivery).
        product_id INTEGER REFERENCES products(id),
        made_product_id INTEGER REFERENCES products(id),
        craft_id INTEGER NOT NULL REFERENCES crafts(id),
        name_hi TEXT NOT NULL DEFAULT '',
        name_en TEXT NOT NULL DEFAULT '',
        unit TEXT NOT NULL DEFAULT 'piece',
        qty_milli INTEGER NOT NULL CHECK (qty_milli > 0),
        unit_price_paise INTEGER NOT NULL CHECK (unit_price_paise >= 0),
        line_paise INTEGER NOT NULL CHECK (line_paise >= 0),
        gst_rate_bps INTEGER NOT NULL DEFAULT 0,
        CHECK (name_hi <> '' OR name_en <> ''),
        UNIQUE (order_id, line_no)
      ) STRICT;

      -- Who makes a line and her share of it (of its value before GST, as on a sale).
      CREATE TABLE order_makers (
        order_line_id INTEGER NOT NULL REFERENCES order_lines(id),
        artisan_id INTEGER NOT NULL REFERENCES artisans(id),
        share_bps INTEGER NOT NULL CHECK (share_bps BETWEEN 1 AND 10000),
        PRIMARY KEY (order_line_id, artisan_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX order_makers_artisan ON order_makers(artisan_id);

      CREATE TABLE order_deliveries (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL UNIQUE,
        order_id INTEGER NOT NULL REFERENCES orders(id),
        delivery_no INTEGER NOT NULL,
        sale_id INTEGER NOT NULL REFERENCES sales(id),
        at TEXT NOT NULL,
        business_date TEXT NOT NULL,
        user_id INTEGER NOT NULL REFERENCES users(id),
        UNIQUE (order_id, delivery_no)
      ) STRICT;
      CREATE TABLE order_delivery_lines (
        delivery_id INTEGER NOT NULL REFERENCES order_deliveries(id),
        order_line_id INTEGER NOT NULL REFERENCES order_lines(id),
        qty_milli INTEGER NOT NULL CHECK (qty_milli > 0),
        PRIMARY KEY (delivery_id, order_line_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX order_delivery_lines_line ON order_delivery_lines(order_line_id);

      -- The advance's ledger, signed: taken (+), applied to a delivery's bill (-), refunded (-), kept at a cancel (-).
      CREATE TABLE order_money (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL UNIQUE,
        order_id INTEGER NOT NULL REFERENCES orders(id),
        kind TEXT NOT NULL CHECK (kind IN ('advance', 'applied', 'refund', 'kept')),
        method TEXT CHECK (method IS NULL OR method IN ('cash', 'upi', 'card')),
        amount_paise INTEGER NOT NULL CHECK (amount_paise <> 0),
        tendered_paise INTEGER,
        change_paise INTEGER NOT NULL DEFAULT 0,
        ref TEXT NOT NULL DEFAULT '',
        sale_id INTEGER REFERENCES sales(id),
        at TEXT NOT NULL,
        business_date TEXT NOT NULL,
        user_id INTEGER NOT NULL REFERENCES users(id),
        note TEXT NOT NULL DEFAULT '',
        CHECK ((kind = 'advance') = (amount_paise > 0)),
        CHECK ((kind IN ('advance', 'refund')) = (method IS NOT NULL)),
        CHECK ((kind = 'applied') = (sale_id IS NOT NULL))
      ) STRICT;
      CREATE INDEX order_money_order ON order_money(order_id);
      CREATE INDEX order_money_date ON order_money(business_date);
      ${['order_deliveries', 'order_delivery_lines', 'order_money'].map(APPEND_ONLY).join('\n')}

      CREATE TABLE cash_movements_new (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL CHECK (kind IN ('sale', 'refund', 'payout', 'float', 'cash_in', 'cash_out', 'deposit', 'rental', 'rental_refund', 'order', 'order_refund')),
        amount_paise INTEGER NOT NULL CHECK (amount_paise <> 0),
        business_date TEXT NOT NULL,
        at TEXT NOT NULL,
        user_id INTEGER REFERENCES users(id),
        ref_type TEXT,
        ref_id TEXT,
        note TEXT NOT NULL DEFAULT ''
      ) STRICT;
      INSERT INTO cash_movements_new (id, uid, kind, amount_paise, business_date, at, user_id, ref_type, ref_id, note)
        SELECT id, uid, kind, amount_paise, business_date, at, user_id, ref_type, ref_id, note FROM cash_movements ORDER BY id;
      DROP TABLE cash_movements;
      ALTER TABLE cash_movements_new RENAME TO cash_movements;
      CREATE INDEX cash_movements_date ON cash_movements(business_date);
      ${APPEND_ONLY('cash_movements')}
      CREATE TRIGGER cash_movements_daily AFTER INSERT ON cash_movements BEGIN
        INSERT INTO cash_daily (business_date, kind, movements, in_paise, out_paise)
          VALUES (NEW.business_date, NEW.kind, 1, max(NEW.amount_paise, 0), min(NEW.amount_paise, 0))
          ON CONFLICT (business_date, kind) DO UPDATE SET movements = movements + 1, in_paise = in_paise + excluded.in_paise, out_paise = out_paise + excluded.out_paise;
      END;

      CREATE TABLE print_jobs_new (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL UNIQUE,
        doc_type TEXT NOT NULL CHECK (doc_type IN ('receipt', 'rental_slip', 'rental_return_slip', 'payout_slip',
          'intake_slip', 'day_close', 'label', 'test_page', 'return_receipt', 'order_slip')),
        ref TEXT NOT NULL DEFAULT '',
        printer TEXT NOT NULL,
        paper TEXT NOT NULL CHECK (paper IN ('58mm', '80mm')),
        status TEXT NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'printed', 'failed')),
        error TEXT,
        error_message TEXT,
        attempts INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
        reprint_of INTEGER REFERENCES print_jobs_new(id),
        user_id INTEGER REFERENCES users(id),
        created_at TEXT NOT NULL,
        finished_at TEXT,
        payload TEXT NOT NULL CHECK (json_valid(payload)),
        CHECK ((status = 'failed') = (error IS NOT NULL))
      ) STRICT;
      INSERT INTO print_jobs_new SELECT id, uid, doc_type, ref, printer, paper, status, error, error_message, attempts, reprint_of, user_id, created_at, finished_at, payload
        FROM print_jobs ORDER BY id;
      DROP TABLE print_jobs;
      ALTER TABLE print_jobs_new RENAME TO print_jobs;
      CREATE INDEX print_jobs_ref ON print_jobs(doc_type, ref);
      CREATE INDEX print_jobs_failed ON print_jobs(status) WHERE status = 'failed';
      CREATE INDEX print_jobs_recent ON print_jobs(created_at);
    `);
  },
};
export default m;
