import type { Migration } from './index';

/**
 * Crafts, artisans, products with barcodes, and the stock ledger. Quantities are integer
 * thousandths of the product's unit (qty_milli), so metres of Kosa silk need no float and a
 * piece is always a multiple of 1000. On hand is the sum of movements; stock_on_hand is a cache
 * kept by a trigger in the same transaction, and tests recompute it from the ledger.
 */
const m: Migration = {
  version: 2,
  name: 'catalog',
  up(db) {
    db.exec(`
      CREATE TABLE crafts (
        id INTEGER PRIMARY KEY,
        code TEXT NOT NULL UNIQUE,
        name_hi TEXT NOT NULL,
        name_en TEXT NOT NULL,
        sort INTEGER NOT NULL DEFAULT 0,
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
        CHECK (name_hi <> '' OR name_en <> '')
      ) STRICT;

      CREATE TABLE artisans (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL UNIQUE,
        name_hi TEXT NOT NULL DEFAULT '',
        name_en TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        village TEXT NOT NULL DEFAULT '',
        upi_id TEXT NOT NULL DEFAULT '',
        bank_details TEXT NOT NULL DEFAULT '',
        commission_bps INTEGER NOT NULL CHECK (commission_bps BETWEEN 0 AND 10000),
        notes TEXT NOT NULL DEFAULT '',
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
        created_at TEXT NOT NULL,
        CHECK (name_hi <> '' OR name_en <> '')
      ) STRICT;

      CREATE TABLE products (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL UNIQUE,
        sku TEXT NOT NULL UNIQUE,
        name_hi TEXT NOT NULL DEFAULT '',
        name_en TEXT NOT NULL DEFAULT '',
        craft_id INTEGER NOT NULL REFERENCES crafts(id),
        artisan_id INTEGER REFERENCES artisans(id), -- NULL: the group's own stock
        price_paise INTEGER NOT NULL CHECK (price_paise BETWEEN 0 AND 10000000000),
        cost_paise INTEGER CHECK (cost_paise BETWEEN 0 AND 10000000000),
        commission_bps INTEGER CHECK (commission_bps BETWEEN 0 AND 10000), -- NULL: the artisan's default
        hsn TEXT NOT NULL DEFAULT '',
        gst_rate_bps INTEGER NOT NULL DEFAULT 0 CHECK (gst_rate_bps BETWEEN 0 AND 2800),
        unit TEXT NOT NULL DEFAULT 'piece' CHECK (unit IN ('piece', 'pair', 'set', 'metre')),
        for_sale INTEGER NOT NULL DEFAULT 1 CHECK (for_sale IN (0, 1)),
        for_rent INTEGER NOT NULL DEFAULT 0 CHECK (for_rent IN (0, 1)),
        status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'archived')),
        low_stock_milli INTEGER NOT NULL DEFAULT 0 CHECK (low_stock_milli >= 0),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK (name_hi <> '' OR name_en <> ''),
        CHECK (for_sale = 1 OR for_rent = 1)
      ) STRICT;
      CREATE INDEX products_craft ON products(craft_id);
      CREATE INDEX products_artisan ON products(artisan_id);

      CREATE TABLE barcodes (
        code TEXT PRIMARY KEY,
        product_id INTEGER NOT NULL REFERENCES products(id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX barcodes_product ON barcodes(product_id);

      CREATE TABLE stock_movements (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL UNIQUE,
        product_id INTEGER NOT NULL REFERENCES products(id),
        qty_milli INTEGER NOT NULL CHECK (qty_milli <> 0),
        kind TEXT NOT NULL CHECK (kind IN ('intake', 'sale', 'sale_return', 'rental_out', 'rental_in',
          'return_to_artisan', 'write_off', 'count_adjustment')),
        unit_price_paise INTEGER,
        user_id INTEGER REFERENCES users(id),
        at TEXT NOT NULL,
        reason TEXT NOT NULL DEFAULT '',
        ref_type TEXT,
        ref_id TEXT,
        reference TEXT NOT NULL DEFAULT '' -- what the person typed: a challan no., a note number
      ) STRICT;
      CREATE INDEX stock_movements_product ON stock_movements(product_id, at);
      CREATE TRIGGER stock_movements_no_update BEFORE UPDATE ON stock_movements
        BEGIN SELECT RAISE(ABORT, 'stock_movements is append-only'); END;
      CREATE TRIGGER stock_movements_no_delete BEFORE DELETE ON stock_movements
        BEGIN SELECT RAISE(ABORT, 'stock_movements is append-only'); END;

      CREATE TABLE stock_on_hand (
        product_id INTEGER PRIMARY KEY REFERENCES products(id),
        qty_milli INTEGER NOT NULL
      ) STRICT, WITHOUT ROWID;
      CREATE TRIGGER stock_movements_cache AFTER INSERT ON stock_movements BEGIN
        INSERT INTO stock_on_hand(product_id, qty_milli) VALUES (NEW.product_id, NEW.qty_milli)
          ON CONFLICT(product_id) DO UPDATE SET qty_milli = qty_milli + NEW.qty_milli;
      END;

      -- Selling (or writing off) more than is on hand is refused unless the shop allows it.
      ALTER TABLE shop_settings ADD COLUMN allow_negative_stock INTEGER NOT NULL DEFAULT 0 CHECK (allow_negative_stock IN (0, 1));

      -- A consignment receipt: the header and lines of a printable intake slip. Append-only.
      CREATE TABLE intakes (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL UNIQUE,
        slip_no TEXT NOT NULL UNIQUE,
        artisan_id INTEGER REFERENCES artisans(id), -- NULL: the group's own stock
        user_id INTEGER NOT NULL REFERENCES users(id),
        at TEXT NOT NULL,
        reference TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT ''
      ) STRICT;
      CREATE INDEX intakes_artisan ON intakes(artisan_id, at);
      CREATE TABLE intake_lines (
        intake_id INTEGER NOT NULL REFERENCES intakes(id),
        line_no INTEGER NOT NULL,
        product_id INTEGER NOT NULL REFERENCES products(id),
        qty_milli INTEGER NOT NULL CHECK (qty_milli > 0),
        unit_price_paise INTEGER NOT NULL CHECK (unit_price_paise BETWEEN 0 AND 10000000000),
        movement_id INTEGER NOT NULL UNIQUE REFERENCES stock_movements(id),
        PRIMARY KEY (intake_id, line_no)
      ) STRICT, WITHOUT ROWID;
      CREATE TRIGGER intakes_no_update BEFORE UPDATE ON intakes
        BEGIN SELECT RAISE(ABORT, 'intakes is append-only'); END;
      CREATE TRIGGER intakes_no_delete BEFORE DELETE ON intakes
        BEGIN SELECT RAISE(ABORT, 'intakes is append-only'); END;
      CREATE TRIGGER intake_lines_no_update BEFORE UPDATE ON intake_lines
        BEGIN SELECT RAISE(ABORT, 'intake_lines is append-only'); END;
      CREATE TRIGGER intake_lines_no_delete BEFORE DELETE ON intake_lines
        BEGIN SELECT RAISE(ABORT, 'intake_lines is append-only'); END;

      -- A stock count is a working sheet while open; once posted or cancelled it is frozen.
      -- start_seq / counted_seq are stock_movements ids: the ledger as the shelf was seen.
      CREATE TABLE stock_counts (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL UNIQUE,
        scope TEXT NOT NULL CHECK (scope IN ('all', 'craft', 'artisan')),
        craft_id INTEGER REFERENCES crafts(id),
        artisan_id INTEGER REFERENCES artisans(id),
        status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'posted', 'cancelled')),
        start_seq INTEGER NOT NULL,
        started_at TEXT NOT NULL,
        started_by INTEGER NOT NULL REFERENCES users(id),
        note TEXT NOT NULL DEFAULT '',
        closed_at TEXT,
        closed_by INTEGER REFERENCES users(id),
        reason TEXT NOT NULL DEFAULT '',
        CHECK ((scope = 'craft') = (craft_id IS NOT NULL)),
        CHECK ((scope = 'artisan') = (artisan_id IS NOT NULL))
      ) STRICT;
      CREATE TABLE stock_count_lines (
        count_id INTEGER NOT NULL REFERENCES stock_counts(id),
        product_id INTEGER NOT NULL REFERENCES products(id),
        expected_milli INTEGER NOT NULL,
        counted_milli INTEGER CHECK (counted_milli >= 0),
        counted_seq INTEGER,
        counted_at TEXT,
        counted_by INTEGER REFERENCES users(id),
        PRIMARY KEY (count_id, product_id)
      ) STRICT, WITHOUT ROWID;
      CREATE TRIGGER stock_counts_frozen BEFORE UPDATE ON stock_counts WHEN OLD.status <> 'open'
        BEGIN SELECT RAISE(ABORT, 'stock count is closed'); END;
      CREATE TRIGGER stock_counts_no_delete BEFORE DELETE ON stock_counts
        BEGIN SELECT RAISE(ABORT, 'stock counts are kept'); END;
      CREATE TRIGGER stock_count_lines_frozen BEFORE UPDATE ON stock_count_lines
        WHEN (SELECT status FROM stock_counts WHERE id = OLD.count_id) <> 'open'
        BEGIN SELECT RAISE(ABORT, 'stock count is closed'); END;
      CREATE TRIGGER stock_count_lines_frozen_insert BEFORE INSERT ON stock_count_lines
        WHEN (SELECT status FROM stock_counts WHERE id = NEW.count_id) <> 'open'
        BEGIN SELECT RAISE(ABORT, 'stock count is closed'); END;
      CREATE TRIGGER stock_count_lines_no_delete BEFORE DELETE ON stock_count_lines
        BEGIN SELECT RAISE(ABORT, 'stock counts are kept'); END;
    `);
  },
};
export default m;
