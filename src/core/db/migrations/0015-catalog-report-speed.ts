import type { Migration } from './index';

/**
 * Found by the benchmark (bench/README.md). The catalogue page counts and pages products by
 * status (in id order), and sorts by the name it shows (Hindi, else English; the index has the
 * exact expression catalog.page orders by), by SKU or by price: one index per order, so a page
 * at any depth is a short index range instead of sorting every product. (14 is rentals.)
 */
const m: Migration = {
  version: 15,
  name: 'catalog-report-speed',
  up(db) {
    db.exec(`
      CREATE INDEX products_status ON products(status);
      CREATE INDEX products_status_name ON products(status, COALESCE(NULLIF(name_hi, ''), name_en));
      CREATE INDEX products_status_sku ON products(status, sku);
      CREATE INDEX products_status_price ON products(status, price_paise);
    `);
  },
};
export default m;
