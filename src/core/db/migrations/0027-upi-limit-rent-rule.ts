import type { Migration } from './index';

/**
 * The shop's UPI limit for one payment (default ₹1,00,000; #20), and each rental line's rent rule
 * (#19): 'cheaper' charges the lower of the day rate and the event package, 'event' the package
 * because the counter picked it. Lines from before were always charged the package: they keep it.
 */
const m: Migration = {
  version: 27,
  name: 'upi-limit-rent-rule',
  up(db) {
    db.exec(`
      ALTER TABLE shop_settings ADD COLUMN upi_limit_paise INTEGER NOT NULL DEFAULT 10000000 CHECK (upi_limit_paise >= 100);
      ALTER TABLE rental_lines ADD COLUMN rent_rule TEXT NOT NULL DEFAULT 'cheaper' CHECK (rent_rule IN ('cheaper', 'event'));
      UPDATE rental_lines SET rent_rule = 'event' WHERE event_price_paise IS NOT NULL;
      CREATE TRIGGER rental_lines_rule_frozen BEFORE UPDATE OF rent_rule ON rental_lines
        BEGIN SELECT RAISE(ABORT, 'rental_lines are history: only piece_id may change'); END;
    `);
  },
};
export default m;
