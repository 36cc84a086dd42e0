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
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
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
        low_stock_milli INTEGER NOT NULL DEFAULT 0,
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
        ref_id TEXT
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
    `);
  },
};
export default m;
