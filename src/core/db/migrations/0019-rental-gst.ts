import type { Migration } from './index';

/**
 * GST on rentals. Renting goods is a taxable supply: when the shop has a GSTIN, rent, late fees and
 * damage carry GST at the item's rate, inside the amount (prices are GST-inclusive, as on bills);
 * deposits, their release and a kept advance carry none (the customer's money, or not a supply).
 *  - rental_lines keep the item's rate and HSN as they were when the line was made (0 and '' when
 *    the shop had no GSTIN), frozen like the rest of the line;
 *  - rental_charges keep the GST inside each charge, split CGST/SGST by the same helper checkout
 *    uses (sales/pricing.ts gstSplit), so reports sum what was charged and never split again.
 * Rows made before this version carried no GST: the defaults (0, '') say exactly that.
 * ADD COLUMN is not an UPDATE, so the append-only triggers of 0014 are not in the way.
 */
const m: Migration = {
  version: 19,
  name: 'rental-gst',
  up(db) {
    db.exec(`
      ALTER TABLE rental_lines ADD COLUMN gst_rate_bps INTEGER NOT NULL DEFAULT 0 CHECK (gst_rate_bps BETWEEN 0 AND 2800);
      ALTER TABLE rental_lines ADD COLUMN hsn TEXT NOT NULL DEFAULT '';
      CREATE TRIGGER rental_lines_gst_frozen BEFORE UPDATE OF gst_rate_bps, hsn ON rental_lines
        BEGIN SELECT RAISE(ABORT, 'rental_lines are history: only piece_id may change'); END;

      ALTER TABLE rental_charges ADD COLUMN tax_paise INTEGER NOT NULL DEFAULT 0
        CHECK (tax_paise = 0 OR (kind IN ('rent', 'late_fee', 'damage') AND tax_paise BETWEEN 1 AND amount_paise));
      ALTER TABLE rental_charges ADD COLUMN cgst_paise INTEGER NOT NULL DEFAULT 0 CHECK (cgst_paise >= 0);
      ALTER TABLE rental_charges ADD COLUMN sgst_paise INTEGER NOT NULL DEFAULT 0 CHECK (sgst_paise >= 0 AND cgst_paise + sgst_paise = tax_paise);
    `);
  },
};
export default m;
