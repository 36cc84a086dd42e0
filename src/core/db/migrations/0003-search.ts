import { registerSearchFunctions } from '../../catalog/search-text';
import type { Migration } from './index';

/**
 * Product search: an FTS5 trigram index (substring matches in any script) with one row per
 * product, rowid = products.id:
 *   name   the product's Hindi and English names: Devanagari words and every Latin reading
 *          ('ढोकरा हाथी dokra hati elefant dokara'), so Latin-typed Hindi matches
 *   craft  the same for its craft's names
 *   sku    the SKU
 * Triggers keep it in step with products and crafts in the same transaction, so it cannot
 * drift. They call hh_search_text, registered by openDatabase (and here, so the migration also
 * runs on a bare connection); see search-text.ts for what that means for the sqlite3 command
 * line (reads fine, writes to products and crafts refused).
 * FTS5 virtual tables cannot be STRICT: products_fts and its shadow tables are the exception.
 * The plain indexes serve name-prefix matches and queries too short for trigrams.
 */
const ROW = `hh_search_text(NEW.name_hi, NEW.name_en), hh_search_text(c.name_hi, c.name_en), NEW.sku`;
const m: Migration = {
  version: 3,
  name: 'search',
  up(db) {
    registerSearchFunctions(db);
    db.exec(`
      CREATE VIRTUAL TABLE products_fts USING fts5(name, craft, sku, tokenize = 'trigram');

      CREATE TRIGGER products_fts_insert AFTER INSERT ON products BEGIN
        INSERT INTO products_fts (rowid, name, craft, sku) SELECT NEW.id, ${ROW} FROM crafts c WHERE c.id = NEW.craft_id;
      END;
      CREATE TRIGGER products_fts_update AFTER UPDATE OF id, sku, name_hi, name_en, craft_id ON products BEGIN
        DELETE FROM products_fts WHERE rowid = OLD.id;
        INSERT INTO products_fts (rowid, name, craft, sku) SELECT NEW.id, ${ROW} FROM crafts c WHERE c.id = NEW.craft_id;
      END;
      CREATE TRIGGER products_fts_delete AFTER DELETE ON products BEGIN
        DELETE FROM products_fts WHERE rowid = OLD.id;
      END;
      CREATE TRIGGER crafts_fts_rename AFTER UPDATE OF name_hi, name_en ON crafts BEGIN
        UPDATE products_fts SET craft = hh_search_text(NEW.name_hi, NEW.name_en)
         WHERE rowid IN (SELECT id FROM products WHERE craft_id = NEW.id);
      END;

      INSERT INTO products_fts (rowid, name, craft, sku)
        SELECT p.id, hh_search_text(p.name_hi, p.name_en), hh_search_text(c.name_hi, c.name_en), p.sku
          FROM products p JOIN crafts c ON c.id = p.craft_id;

      CREATE INDEX products_name_hi ON products (name_hi);
      CREATE INDEX products_name_en_lower ON products (lower(name_en));
      CREATE INDEX products_sku_lower ON products (lower(sku));
    `);
  },
};
export default m;
