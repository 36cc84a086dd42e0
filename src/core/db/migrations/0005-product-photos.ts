import type { Migration } from './index';

/** One optional photo per product, kept apart so product queries never drag image bytes along. */
const m: Migration = {
  version: 5,
  name: 'product-photos',
  up(db) {
    db.exec(`
      CREATE TABLE product_photos (
        product_id INTEGER PRIMARY KEY REFERENCES products(id),
        mime TEXT NOT NULL CHECK (mime IN ('image/jpeg', 'image/png', 'image/webp')),
        bytes BLOB NOT NULL CHECK (length(bytes) <= 524288),
        updated_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
export default m;
