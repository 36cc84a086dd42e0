import type { Migration } from './index';

const APPEND_ONLY = (t: string) => `
  CREATE TRIGGER ${t}_no_update BEFORE UPDATE ON ${t} BEGIN SELECT RAISE(ABORT, '${t} is append-only'); END;
  CREATE TRIGGER ${t}_no_delete BEFORE DELETE ON ${t} BEGIN SELECT RAISE(ABORT, '${t} is append-only'); END;`;

const MONEY = 'CHECK (%s BETWEEN 0 AND 10000000000)';
const money = (col: string, nullable = false) => `${col} INTEGER${nullable ? '' : ' NOT NULL'} ${MONEY.replace('%s', col)}`;

/** The slip terms a new shop starts with (Hindi and English on one line, as printed). */
const DEFAULT_TERMS = [
  'देर से लौटाने पर प्रति दिन शुल्क लगेगा / Late fee per day applies',
  'फटने, दाग या गुम होने पर जमानत से कटौती / Damage or loss is deducted from the deposit',
  'जमानत की रसीद साथ लाएँ / Bring this slip to collect the deposit',
];

/**
 * Rentals: costumes and wedding decorations lent for dates against a deposit.
 *
 * State that changes (a rental's status and due date, a piece's status, an item's terms) sits in
 * plain rows; every rupee is a row in rental_charges (what the customer owes: rent, deposit, fees,
 * and deposit released back as a negative) or rental_payments (what she paid, refunds negative),
 * both append-only, so a rental's balance is always sum(charges) - sum(payments). A piece's history
 * is its append-only event list. Rental lines keep a snapshot of the terms they were booked on.
 *
 * cash_movements is rebuilt (its kind CHECK cannot be altered in place) to take 'rental' and
 * 'rental_refund', copying every row; its index and append-only triggers are made as 0007 made them.
 */
const m: Migration = {
  version: 14,
  name: 'rentals',
  up(db) {
    db.exec(`
      CREATE TABLE rental_terms (
        product_id INTEGER PRIMARY KEY REFERENCES products(id),
        mode TEXT NOT NULL CHECK (mode IN ('pieces', 'counted')),
        ${money('day_price_paise', true)},
        ${money('event_price_paise', true)},
        event_days INTEGER CHECK (event_days BETWEEN 1 AND 30),
        ${money('deposit_paise')},
        ${money('late_fee_per_day_paise')},
        buffer_days INTEGER NOT NULL CHECK (buffer_days BETWEEN 0 AND 14),
        updated_at TEXT NOT NULL,
        updated_by INTEGER REFERENCES users(id),
        CHECK (day_price_paise IS NOT NULL OR event_price_paise IS NOT NULL),
        CHECK ((event_price_paise IS NULL) = (event_days IS NULL))
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE rental_rules (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        cancel_free_days INTEGER NOT NULL DEFAULT 7 CHECK (cancel_free_days BETWEEN 0 AND 365),
        cancel_keep_bps INTEGER NOT NULL DEFAULT 5000 CHECK (cancel_keep_bps BETWEEN 0 AND 10000),
        terms TEXT NOT NULL CHECK (json_valid(terms) AND json_type(terms) = 'array'),
        updated_at TEXT,
        updated_by INTEGER REFERENCES users(id)
      ) STRICT;
      INSERT INTO rental_rules (id, terms) VALUES (1, json('${JSON.stringify(DEFAULT_TERMS).replace(/'/g, "''")}'));

      -- A tagged piece; status is a cache of its latest event.
      CREATE TABLE rental_pieces (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL UNIQUE,
        product_id INTEGER NOT NULL REFERENCES products(id),
        tag TEXT NOT NULL UNIQUE COLLATE NOCASE,
        status TEXT NOT NULL CHECK (status IN ('ready', 'out', 'cleaning', 'repair', 'retired')),
        note TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX rental_pieces_product ON rental_pieces(product_id, status);

      CREATE TABLE rentals (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL UNIQUE,
        rental_no TEXT NOT NULL UNIQUE,
        counter_code TEXT NOT NULL,
        fy TEXT NOT NULL,
        seq INTEGER NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('booked', 'out', 'returned', 'cancelled')),
        customer_name TEXT NOT NULL CHECK (customer_name <> ''),
        customer_phone TEXT NOT NULL CHECK (customer_phone <> ''),
        customer_id_note TEXT NOT NULL DEFAULT '',
        customer_address TEXT NOT NULL DEFAULT '',
        event_date TEXT,
        from_date TEXT NOT NULL,
        due_date TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        created_by INTEGER NOT NULL REFERENCES users(id),
        picked_up_at TEXT,
        picked_up_by INTEGER REFERENCES users(id),
        closed_at TEXT,
        closed_by INTEGER REFERENCES users(id),
        cancelled_at TEXT,
        cancelled_by INTEGER REFERENCES users(id),
        cancel_reason TEXT NOT NULL DEFAULT '',
        CHECK (due_date >= from_date),
        CHECK ((status IN ('out', 'returned')) = (picked_up_at IS NOT NULL)),
        CHECK ((status = 'returned') = (closed_at IS NOT NULL)),
        CHECK ((status = 'cancelled') = (cancelled_at IS NOT NULL)),
        UNIQUE (fy, counter_code, seq)
      ) STRICT;
      CREATE INDEX rentals_status_due ON rentals(status, due_date);
      CREATE INDEX rentals_status_from ON rentals(status, from_date);
      CREATE INDEX rentals_phone ON rentals(customer_phone);

      -- One line a piece (pieces mode, qty 1) or a stack of alike units (counted), with the terms it was booked on.
      CREATE TABLE rental_lines (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL UNIQUE,
        rental_id INTEGER NOT NULL REFERENCES rentals(id),
        line_no INTEGER NOT NULL,
        product_id INTEGER NOT NULL REFERENCES products(id),
        piece_id INTEGER REFERENCES rental_pieces(id),
        qty INTEGER NOT NULL CHECK (qty > 0),
        sku TEXT NOT NULL,
        name_hi TEXT NOT NULL,
        name_en TEXT NOT NULL,
        mode TEXT NOT NULL CHECK (mode IN ('pieces', 'counted')),
        ${money('day_price_paise', true)},
        ${money('event_price_paise', true)},
        event_days INTEGER,
        ${money('deposit_paise')},
        ${money('late_fee_per_day_paise')},
        buffer_days INTEGER NOT NULL CHECK (buffer_days >= 0),
        artisan_id INTEGER REFERENCES artisans(id),
        commission_bps INTEGER CHECK (commission_bps BETWEEN 0 AND 10000),
        CHECK ((mode = 'pieces') = (piece_id IS NOT NULL)),
        CHECK (mode = 'counted' OR qty = 1),
        CHECK ((artisan_id IS NULL) = (commission_bps IS NULL)),
        UNIQUE (rental_id, line_no)
      ) STRICT;
      CREATE INDEX rental_lines_product ON rental_lines(product_id);
      CREATE INDEX rental_lines_piece ON rental_lines(piece_id) WHERE piece_id IS NOT NULL;
      -- Only the piece may change (a swap at pick-up, recorded in the piece's history); the rest is history.
      CREATE TRIGGER rental_lines_frozen BEFORE UPDATE OF uid, rental_id, line_no, product_id, qty, sku, name_hi, name_en, mode, day_price_paise,
        event_price_paise, event_days, deposit_paise, late_fee_per_day_paise, buffer_days, artisan_id, commission_bps ON rental_lines
        BEGIN SELECT RAISE(ABORT, 'rental_lines are history: only piece_id may change'); END;
      CREATE TRIGGER rental_lines_no_delete BEFORE DELETE ON rental_lines BEGIN SELECT RAISE(ABORT, 'rental_lines is append-only'); END;

      CREATE TABLE rental_returns (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL UNIQUE,
        return_no TEXT NOT NULL UNIQUE,
        rental_id INTEGER NOT NULL REFERENCES rentals(id),
        n INTEGER NOT NULL CHECK (n >= 1),
        at TEXT NOT NULL,
        business_date TEXT NOT NULL,
        user_id INTEGER NOT NULL REFERENCES users(id),
        approved_by INTEGER REFERENCES users(id),
        late_days INTEGER NOT NULL CHECK (late_days >= 0),
        late_fee_waived INTEGER NOT NULL CHECK (late_fee_waived IN (0, 1)),
        UNIQUE (rental_id, n)
      ) STRICT;

      -- photo_id: a damage photo's id as the screen gave it (no photo store for rentals yet, so no foreign key).
      CREATE TABLE rental_return_lines (
        id INTEGER PRIMARY KEY,
        return_id INTEGER NOT NULL REFERENCES rental_returns(id),
        line_id INTEGER NOT NULL REFERENCES rental_lines(id),
        qty INTEGER NOT NULL CHECK (qty >= 0),
        missing_qty INTEGER NOT NULL CHECK (missing_qty >= 0),
        ${money('late_fee_paise')},
        ${money('damage_paise')},
        damage_note TEXT NOT NULL DEFAULT '',
        photo_id INTEGER,
        condition TEXT NOT NULL CHECK (condition IN ('ok', 'repair')),
        CHECK (qty + missing_qty > 0),
        UNIQUE (return_id, line_id)
      ) STRICT;
      CREATE INDEX rental_return_lines_line ON rental_return_lines(line_id);

      -- What the customer owes, signed: rent, deposit, fees (+); deposit released at a return (-).
      CREATE TABLE rental_charges (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL UNIQUE,
        rental_id INTEGER NOT NULL REFERENCES rentals(id),
        line_id INTEGER REFERENCES rental_lines(id),
        return_id INTEGER REFERENCES rental_returns(id),
        kind TEXT NOT NULL CHECK (kind IN ('rent', 'deposit', 'deposit_release', 'late_fee', 'damage', 'cancel_keep')),
        amount_paise INTEGER NOT NULL CHECK (amount_paise <> 0),
        at TEXT NOT NULL,
        business_date TEXT NOT NULL,
        user_id INTEGER NOT NULL REFERENCES users(id),
        note TEXT NOT NULL DEFAULT '',
        CHECK ((kind = 'deposit_release') = (amount_paise < 0))
      ) STRICT;
      CREATE INDEX rental_charges_rental ON rental_charges(rental_id);
      CREATE INDEX rental_charges_date ON rental_charges(business_date);

      -- What the customer paid (+) or was given back (-), and when in the rental's life.
      CREATE TABLE rental_payments (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL UNIQUE,
        rental_id INTEGER NOT NULL REFERENCES rentals(id),
        return_id INTEGER REFERENCES rental_returns(id),
        event TEXT NOT NULL CHECK (event IN ('booking', 'pickup', 'extend', 'return', 'cancel')),
        method TEXT NOT NULL CHECK (method IN ('cash', 'upi', 'card')),
        amount_paise INTEGER NOT NULL CHECK (amount_paise <> 0),
        tendered_paise INTEGER,
        change_paise INTEGER NOT NULL DEFAULT 0 CHECK (change_paise >= 0),
        ref TEXT NOT NULL DEFAULT '',
        at TEXT NOT NULL,
        business_date TEXT NOT NULL,
        user_id INTEGER NOT NULL REFERENCES users(id),
        CHECK (amount_paise > 0 OR (tendered_paise IS NULL AND change_paise = 0))
      ) STRICT;
      CREATE INDEX rental_payments_rental ON rental_payments(rental_id);
      CREATE INDEX rental_payments_date ON rental_payments(business_date);

      CREATE TABLE rental_piece_events (
        id INTEGER PRIMARY KEY,
        piece_id INTEGER NOT NULL REFERENCES rental_pieces(id),
        at TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('ready', 'out', 'cleaning', 'repair', 'retired')),
        note TEXT NOT NULL DEFAULT '',
        user_id INTEGER REFERENCES users(id),
        rental_id INTEGER REFERENCES rentals(id),
        photo_id INTEGER
      ) STRICT;
      CREATE INDEX rental_piece_events_piece ON rental_piece_events(piece_id, id);
      ${['rental_returns', 'rental_return_lines', 'rental_charges', 'rental_payments', 'rental_piece_events'].map(APPEND_ONLY).join('\n')}

      -- Her share of rent, late fees and damage to her piece accrues against the rental line.
      ALTER TABLE artisan_ledger ADD COLUMN rental_line_id INTEGER REFERENCES rental_lines(id);
      CREATE INDEX artisan_ledger_rental_line ON artisan_ledger(rental_line_id) WHERE rental_line_id IS NOT NULL;

      CREATE TABLE cash_movements_new (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL CHECK (kind IN ('sale', 'refund', 'payout', 'float', 'cash_in', 'cash_out', 'deposit', 'rental', 'rental_refund')),
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
    `);
  },
};
export default m;
