import type { Migration } from './index';

/**
 * How an artisan's share is worked out, per product: a percentage (the shop keeps its
 * commission) or a fixed "she gets ₹X a piece"; and whether a discount is split between her
 * and the shop or comes out of the shop's part only. Each sale line keeps the rule it used.
 */
const m: Migration = {
  version: 12,
  name: 'share-rules',
  up(db) {
    db.exec(`
      ALTER TABLE products ADD COLUMN artisan_fixed_paise INTEGER CHECK (artisan_fixed_paise BETWEEN 0 AND 10000000000);
      ALTER TABLE products ADD COLUMN discount_rule TEXT NOT NULL DEFAULT 'split' CHECK (discount_rule IN ('split', 'shop'));
      ALTER TABLE sale_lines ADD COLUMN share_rule TEXT NOT NULL DEFAULT '';
    `);
  },
};
export default m;
