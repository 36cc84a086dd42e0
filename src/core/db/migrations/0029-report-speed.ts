import type { Migration } from './index';
import { DISCOUNTED } from './0025-range-reports';

/**
 * The manager's reports at 100,000 products and a year of 1,000,000 sale lines (issue #15's speed
 * line; figures in bench/README.md). Caches of the ledgers (rule 4), kept by triggers in the same
 * transaction as the ledger row and rebuilt here from the rows so far; tests/core/report-speed.test.ts
 * recomputes each from its ledger after random sales, returns, price changes and stock moves.
 *
 * 1. product_totals: what each product ever sold (net), highest first by an index. Top sellers over
 *    a long range take products in that order and stop once no product further down can beat the
 *    50th (a range's sales never exceed the whole history's: net is never negative).
 * 2. product_daily_product: product_daily by product, with its figures (one product's range).
 * 3. stock_values: each product's stock at its price (qty x price, as the slow movers are ordered),
 *    by an index, so the dearest stock is read first and the list stops at 200.
 * 4. stock_groups: stock on hand and its value by craft and owner, rounded per product as
 *    mulDivRound does: the stock report reads a few hundred rows, not every product.
 * 5. discounts_daily: the discounted or re-priced lines (the discounts report's filter) per day,
 *    and a partial index of the re-priced lines alone.
 * 6. gst_daily: sale lines by day, invoice kind, HSN, unit and rate (GSTR-1's table, the day close's tax).
 * 7. bill_series_daily: each day's first and last bill number per series (GSTR-1's documents issued).
 * 8. rental_charges_daily: rental charges per day and kind; rental_shares_daily: the artisans' share
 *    accrued on them (and reversed) per charge day and artisan.
 */

/** A product's part of its stock group: items counted, quantity, value at price and at cost (qty_milli x paise / 1000, half away from zero). */
const ROUND = (x: string) => `(CASE WHEN ${x} >= 0 THEN (${x} * 2 + 1000) / 2000 ELSE -((-(${x}) * 2 + 1000) / 2000) END)`;
const parts = (q: string, price: string, cost: string) => [
  `(${q} <> 0)`, q, ROUND(`${q} * ${price}`), `(CASE WHEN ${cost} IS NULL THEN 0 ELSE ${ROUND(`${q} * ${cost}`)} END)`, `(${q} <> 0 AND ${cost} IS NULL)`,
];
/** The five figures of a product's part; with \`less\`, this part less that one (one upsert per stock change). */
const part = (q: string, price: string, cost: string, less?: [string, string, string]) => {
  const a = parts(q, price, cost);
  const b = less ? parts(...less) : null;
  return a.map((x, i) => (b ? `${x} - ${b[i]}` : x)).join(', ');
};
const addGroup = (from: string, craft: string, artisan: string, figures: string) => `
  INSERT INTO stock_groups (craft_id, artisan_id, items, qty_milli, at_price_paise, at_cost_paise, no_cost) SELECT ${craft}, COALESCE(${artisan}, 0), ${figures} FROM ${from}
    ON CONFLICT (craft_id, artisan_id) DO UPDATE SET items = items + excluded.items, qty_milli = qty_milli + excluded.qty_milli,
      at_price_paise = at_price_paise + excluded.at_price_paise, at_cost_paise = at_cost_paise + excluded.at_cost_paise, no_cost = no_cost + excluded.no_cost;`;
/** The row a stock trigger reads (the WHERE also keeps SQLite's upsert-after-SELECT unambiguous). */
const PRODUCT = 'products p WHERE p.id = NEW.product_id';
const STOCK = 'stock_on_hand s WHERE s.product_id = NEW.id';
const setValue = (product: string, value: string) => `
  INSERT INTO stock_values (product_id, value_paise) VALUES (${product}, ${value}) ON CONFLICT (product_id) DO UPDATE SET value_paise = excluded.value_paise;`;

/** Her share of a rental charge: an accrual (or its reversal) pointing at the charge (ref_id) and its line. */
const RENTAL_SHARE = (e: string) => `${e}.ref_type = 'rental' AND ${e}.kind IN ('accrual', 'reversal')`;

const m: Migration = {
  version: 29,
  name: 'report-speed',
  up(db) {
    db.exec(`
      CREATE TABLE product_totals (
        product_id INTEGER PRIMARY KEY REFERENCES products(id),
        net_paise INTEGER NOT NULL
      ) STRICT, WITHOUT ROWID;
      INSERT INTO product_totals (product_id, net_paise) SELECT product_id, sum(net_paise) FROM sale_lines GROUP BY product_id;
      CREATE INDEX product_totals_net ON product_totals(net_paise DESC, product_id);
      CREATE TRIGGER sale_lines_product_totals AFTER INSERT ON sale_lines BEGIN
        INSERT INTO product_totals (product_id, net_paise) VALUES (NEW.product_id, NEW.net_paise)
          ON CONFLICT (product_id) DO UPDATE SET net_paise = net_paise + excluded.net_paise;
      END;
      CREATE INDEX product_daily_product ON product_daily(product_id, business_date, qty_milli, net_paise, returned_milli, returned_paise);

      CREATE TABLE stock_values (
        product_id INTEGER PRIMARY KEY REFERENCES products(id),
        value_paise INTEGER NOT NULL
      ) STRICT, WITHOUT ROWID;
      INSERT INTO stock_values (product_id, value_paise) SELECT s.product_id, s.qty_milli * p.price_paise FROM stock_on_hand s JOIN products p ON p.id = s.product_id;
      CREATE INDEX stock_values_order ON stock_values(value_paise DESC, product_id);

      CREATE TABLE stock_groups (
        craft_id INTEGER NOT NULL REFERENCES crafts(id),
        artisan_id INTEGER NOT NULL, -- 0: the group's own stock
        items INTEGER NOT NULL,
        qty_milli INTEGER NOT NULL,
        at_price_paise INTEGER NOT NULL,
        at_cost_paise INTEGER NOT NULL,
        no_cost INTEGER NOT NULL,
        PRIMARY KEY (craft_id, artisan_id)
      ) STRICT, WITHOUT ROWID;
      INSERT INTO stock_groups (craft_id, artisan_id, items, qty_milli, at_price_paise, at_cost_paise, no_cost)
        SELECT p.craft_id, COALESCE(p.artisan_id, 0), sum(s.qty_milli <> 0), sum(s.qty_milli), sum(${ROUND('s.qty_milli * p.price_paise')}),
               sum(CASE WHEN p.cost_paise IS NULL THEN 0 ELSE ${ROUND('s.qty_milli * p.cost_paise')} END), sum(s.qty_milli <> 0 AND p.cost_paise IS NULL)
          FROM stock_on_hand s JOIN products p ON p.id = s.product_id GROUP BY p.craft_id, COALESCE(p.artisan_id, 0);

      CREATE TRIGGER stock_on_hand_new_value AFTER INSERT ON stock_on_hand BEGIN
        ${setValue('NEW.product_id', 'NEW.qty_milli * (SELECT price_paise FROM products WHERE id = NEW.product_id)')}
        ${addGroup(PRODUCT, 'p.craft_id', 'p.artisan_id', part('NEW.qty_milli', 'p.price_paise', 'p.cost_paise'))}
      END;
      CREATE TRIGGER stock_on_hand_value AFTER UPDATE OF qty_milli ON stock_on_hand BEGIN
        ${setValue('NEW.product_id', 'NEW.qty_milli * (SELECT price_paise FROM products WHERE id = NEW.product_id)')}
        ${addGroup(PRODUCT, 'p.craft_id', 'p.artisan_id', part('NEW.qty_milli', 'p.price_paise', 'p.cost_paise', ['OLD.qty_milli', 'p.price_paise', 'p.cost_paise']))}
      END;
      CREATE TRIGGER products_stock_value AFTER UPDATE OF price_paise, cost_paise, craft_id, artisan_id ON products
        WHEN (OLD.price_paise IS NOT NEW.price_paise OR OLD.cost_paise IS NOT NEW.cost_paise OR OLD.craft_id IS NOT NEW.craft_id OR OLD.artisan_id IS NOT NEW.artisan_id)
          AND EXISTS (SELECT 1 FROM stock_on_hand WHERE product_id = NEW.id) BEGIN
        ${setValue('NEW.id', '(SELECT qty_milli FROM stock_on_hand WHERE product_id = NEW.id) * NEW.price_paise')}
        ${addGroup(STOCK, 'OLD.craft_id', 'OLD.artisan_id', part('0', '0', 'NULL', ['s.qty_milli', 'OLD.price_paise', 'OLD.cost_paise']))}
        ${addGroup(STOCK, 'NEW.craft_id', 'NEW.artisan_id', part('s.qty_milli', 'NEW.price_paise', 'NEW.cost_paise'))}
      END;

      CREATE TABLE discounts_daily (
        business_date TEXT PRIMARY KEY,
        lines INTEGER NOT NULL,
        qty_milli INTEGER NOT NULL,
        line_discount_paise INTEGER NOT NULL,
        bill_discount_paise INTEGER NOT NULL
      ) STRICT, WITHOUT ROWID;
      INSERT INTO discounts_daily (business_date, lines, qty_milli, line_discount_paise, bill_discount_paise)
        SELECT s.business_date, count(*), sum(l.qty_milli), sum(l.line_discount_paise), sum(l.bill_discount_paise)
          FROM sale_lines l INDEXED BY sale_lines_discounted JOIN sales s ON s.id = l.sale_id WHERE ${DISCOUNTED.replace(/(\w+_paise)/g, 'l.$1')} GROUP BY s.business_date;
      CREATE TRIGGER sale_lines_discounts_daily AFTER INSERT ON sale_lines WHEN ${DISCOUNTED.replace(/(\w+_paise)/g, 'NEW.$1')} BEGIN
        INSERT INTO discounts_daily (business_date, lines, qty_milli, line_discount_paise, bill_discount_paise)
          VALUES ((SELECT business_date FROM sales WHERE id = NEW.sale_id), 1, NEW.qty_milli, NEW.line_discount_paise, NEW.bill_discount_paise)
          ON CONFLICT (business_date) DO UPDATE SET lines = lines + 1, qty_milli = qty_milli + excluded.qty_milli,
            line_discount_paise = line_discount_paise + excluded.line_discount_paise, bill_discount_paise = bill_discount_paise + excluded.bill_discount_paise;
      END;
      CREATE INDEX sale_lines_repriced ON sale_lines(sale_id) WHERE unit_price_paise <> list_price_paise;

      CREATE TABLE gst_daily (
        business_date TEXT NOT NULL,
        invoice_kind TEXT NOT NULL,
        hsn TEXT NOT NULL,
        unit TEXT NOT NULL,
        gst_rate_bps INTEGER NOT NULL,
        lines INTEGER NOT NULL,
        qty_milli INTEGER NOT NULL,
        taxable_paise INTEGER NOT NULL,
        cgst_paise INTEGER NOT NULL,
        sgst_paise INTEGER NOT NULL,
        PRIMARY KEY (business_date, invoice_kind, hsn, unit, gst_rate_bps)
      ) STRICT, WITHOUT ROWID;
      INSERT INTO gst_daily (business_date, invoice_kind, hsn, unit, gst_rate_bps, lines, qty_milli, taxable_paise, cgst_paise, sgst_paise)
        SELECT s.business_date, s.invoice_kind, l.hsn, l.unit, l.gst_rate_bps, count(*), sum(l.qty_milli), sum(l.taxable_paise), sum(l.cgst_paise), sum(l.sgst_paise)
          FROM sale_lines l JOIN sales s ON s.id = l.sale_id GROUP BY 1, 2, 3, 4, 5;
      CREATE TRIGGER sale_lines_gst_daily AFTER INSERT ON sale_lines BEGIN
        INSERT INTO gst_daily (business_date, invoice_kind, hsn, unit, gst_rate_bps, lines, qty_milli, taxable_paise, cgst_paise, sgst_paise)
          SELECT s.business_date, s.invoice_kind, NEW.hsn, NEW.unit, NEW.gst_rate_bps, 1, NEW.qty_milli, NEW.taxable_paise, NEW.cgst_paise, NEW.sgst_paise FROM sales s WHERE s.id = NEW.sale_id
          ON CONFLICT (business_date, invoice_kind, hsn, unit, gst_rate_bps) DO UPDATE SET lines = lines + 1, qty_milli = qty_milli + excluded.qty_milli,
            taxable_paise = taxable_paise + excluded.taxable_paise, cgst_paise = cgst_paise + excluded.cgst_paise, sgst_paise = sgst_paise + excluded.sgst_paise;
      END;

      CREATE TABLE bill_series_daily (
        business_date TEXT NOT NULL,
        invoice_kind TEXT NOT NULL,
        series TEXT NOT NULL, -- the bill number without its 6-digit tail
        first_no TEXT NOT NULL,
        last_no TEXT NOT NULL,
        lo INTEGER NOT NULL,
        hi INTEGER NOT NULL,
        bills INTEGER NOT NULL,
        PRIMARY KEY (business_date, invoice_kind, series)
      ) STRICT, WITHOUT ROWID;
      INSERT INTO bill_series_daily (business_date, invoice_kind, series, first_no, last_no, lo, hi, bills)
        SELECT business_date, invoice_kind, substr(bill_no, 1, length(bill_no) - 6), min(bill_no), max(bill_no), min(seq), max(seq), count(*) FROM sales GROUP BY 1, 2, 3;
      CREATE TRIGGER sales_bill_series_daily AFTER INSERT ON sales BEGIN
        INSERT INTO bill_series_daily (business_date, invoice_kind, series, first_no, last_no, lo, hi, bills)
          VALUES (NEW.business_date, NEW.invoice_kind, substr(NEW.bill_no, 1, length(NEW.bill_no) - 6), NEW.bill_no, NEW.bill_no, NEW.seq, NEW.seq, 1)
          ON CONFLICT (business_date, invoice_kind, series) DO UPDATE SET first_no = min(first_no, excluded.first_no), last_no = max(last_no, excluded.last_no),
            lo = min(lo, excluded.lo), hi = max(hi, excluded.hi), bills = bills + 1;
      END;

      CREATE TABLE rental_charges_daily (
        business_date TEXT NOT NULL,
        kind TEXT NOT NULL,
        charges INTEGER NOT NULL,
        amount_paise INTEGER NOT NULL,
        tax_paise INTEGER NOT NULL,
        PRIMARY KEY (business_date, kind)
      ) STRICT, WITHOUT ROWID;
      INSERT INTO rental_charges_daily (business_date, kind, charges, amount_paise, tax_paise)
        SELECT business_date, kind, count(*), sum(amount_paise), sum(tax_paise) FROM rental_charges GROUP BY 1, 2;
      CREATE TRIGGER rental_charges_daily_add AFTER INSERT ON rental_charges BEGIN
        INSERT INTO rental_charges_daily (business_date, kind, charges, amount_paise, tax_paise) VALUES (NEW.business_date, NEW.kind, 1, NEW.amount_paise, NEW.tax_paise)
          ON CONFLICT (business_date, kind) DO UPDATE SET charges = charges + 1, amount_paise = amount_paise + excluded.amount_paise, tax_paise = tax_paise + excluded.tax_paise;
      END;

      CREATE TABLE rental_shares_daily (
        business_date TEXT NOT NULL, -- the charge's shop day
        artisan_id INTEGER NOT NULL REFERENCES artisans(id),
        accrual_paise INTEGER NOT NULL,
        reversal_paise INTEGER NOT NULL,
        PRIMARY KEY (business_date, artisan_id)
      ) STRICT, WITHOUT ROWID;
      INSERT INTO rental_shares_daily (business_date, artisan_id, accrual_paise, reversal_paise)
        SELECT c.business_date, e.artisan_id, sum(CASE WHEN e.kind = 'accrual' THEN e.amount_paise ELSE 0 END), sum(CASE WHEN e.kind = 'reversal' THEN e.amount_paise ELSE 0 END)
          FROM artisan_ledger e INDEXED BY artisan_ledger_rental_line JOIN rental_charges c ON c.uid = e.ref_id AND c.line_id = e.rental_line_id
         WHERE e.rental_line_id IS NOT NULL AND ${RENTAL_SHARE('e')} GROUP BY 1, 2;
      CREATE TRIGGER artisan_ledger_rental_shares AFTER INSERT ON artisan_ledger WHEN NEW.rental_line_id IS NOT NULL AND ${RENTAL_SHARE('NEW')} BEGIN
        INSERT INTO rental_shares_daily (business_date, artisan_id, accrual_paise, reversal_paise)
          SELECT c.business_date, NEW.artisan_id, CASE WHEN NEW.kind = 'accrual' THEN NEW.amount_paise ELSE 0 END, CASE WHEN NEW.kind = 'reversal' THEN NEW.amount_paise ELSE 0 END
            FROM rental_charges c WHERE c.uid = NEW.ref_id AND c.line_id = NEW.rental_line_id
          ON CONFLICT (business_date, artisan_id) DO UPDATE SET accrual_paise = accrual_paise + excluded.accrual_paise, reversal_paise = reversal_paise + excluded.reversal_paise;
      END;
    `);
  },
};
export default m;
