import type { Migration } from './index';

/**
 * Reports for any date range (issue #15): daily summaries so a range of a year reads a few
 * thousand rows, not every sale line. Caches of the sales ledger (rule 4), kept by triggers in
 * the sale's (or return's) own transaction and rebuilt here from the rows so far; the core test
 * tests/core/range-reports.test.ts recomputes each report from the ledgers.
 *
 * 1. product_daily: what each product sold and took back each shop day (top sellers over a range).
 * 2. product_last_sold: each product's last shop day with a sale (slow movers: nothing sold in N days).
 * 3. payments_daily: the bills' payments per shop day and method (bills counted once per method).
 * 4. cashier_daily: bills, gross, discounts and totals per shop day and cashier.
 * 5. Adjustments to artisans' accounts by time (a partial index: they are few among accruals).
 * 6. The lines with a discount or a changed price, by bill (a partial index: the discounts report
 *    reads those of a range, not every line of it).
 *
 */
/** A line given a discount or sold at another price than its list price (the discounts report's filter, word for word, so the planner uses the index). */
export const DISCOUNTED = '(line_discount_paise > 0 OR bill_discount_paise > 0 OR unit_price_paise <> list_price_paise)';

const m: Migration = {
  version: 25,
  name: 'range-reports',
  up(db) {
    db.exec(`
      CREATE TABLE product_daily (
        product_id INTEGER NOT NULL REFERENCES products(id),
        business_date TEXT NOT NULL,
        lines INTEGER NOT NULL DEFAULT 0,
        qty_milli INTEGER NOT NULL DEFAULT 0,
        net_paise INTEGER NOT NULL DEFAULT 0,
        return_lines INTEGER NOT NULL DEFAULT 0,
        returned_milli INTEGER NOT NULL DEFAULT 0,
        returned_paise INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (business_date, product_id)
      ) STRICT, WITHOUT ROWID;
      INSERT INTO product_daily (product_id, business_date, lines, qty_milli, net_paise)
        SELECT l.product_id, s.business_date, count(*), sum(l.qty_milli), sum(l.net_paise)
          FROM sale_lines l JOIN sales s ON s.id = l.sale_id GROUP BY s.business_date, l.product_id;
      INSERT INTO product_daily (product_id, business_date, return_lines, returned_milli, returned_paise)
        SELECT l.product_id, r.business_date, count(*), sum(rl.qty_milli), sum(rl.refund_paise)
          FROM sale_return_lines rl JOIN sale_returns r ON r.id = rl.return_id JOIN sale_lines l ON l.id = rl.sale_line_id
         WHERE true GROUP BY r.business_date, l.product_id
        ON CONFLICT (business_date, product_id) DO UPDATE SET return_lines = return_lines + excluded.return_lines,
          returned_milli = returned_milli + excluded.returned_milli, returned_paise = returned_paise + excluded.returned_paise;
      CREATE TRIGGER sale_lines_product_daily AFTER INSERT ON sale_lines BEGIN
        INSERT INTO product_daily (product_id, business_date, lines, qty_milli, net_paise)
          VALUES (NEW.product_id, (SELECT business_date FROM sales WHERE id = NEW.sale_id), 1, NEW.qty_milli, NEW.net_paise)
          ON CONFLICT (business_date, product_id) DO UPDATE SET lines = lines + 1, qty_milli = qty_milli + excluded.qty_milli, net_paise = net_paise + excluded.net_paise;
        INSERT INTO product_last_sold (product_id, business_date) VALUES (NEW.product_id, (SELECT business_date FROM sales WHERE id = NEW.sale_id))
          ON CONFLICT (product_id) DO UPDATE SET business_date = max(business_date, excluded.business_date);
      END;
      CREATE TRIGGER sale_return_lines_product_daily AFTER INSERT ON sale_return_lines BEGIN
        INSERT INTO product_daily (product_id, business_date, return_lines, returned_milli, returned_paise)
          VALUES ((SELECT product_id FROM sale_lines WHERE id = NEW.sale_line_id), (SELECT business_date FROM sale_returns WHERE id = NEW.return_id), 1, NEW.qty_milli, NEW.refund_paise)
          ON CONFLICT (business_date, product_id) DO UPDATE SET return_lines = return_lines + 1,
            returned_milli = returned_milli + excluded.returned_milli, returned_paise = returned_paise + excluded.returned_paise;
      END;

      CREATE TABLE product_last_sold (
        product_id INTEGER PRIMARY KEY REFERENCES products(id),
        business_date TEXT NOT NULL
      ) STRICT, WITHOUT ROWID;
      INSERT INTO product_last_sold (product_id, business_date)
        SELECT product_id, max(business_date) FROM product_daily WHERE lines > 0 GROUP BY product_id;

      CREATE TABLE payments_daily (
        business_date TEXT NOT NULL,
        method TEXT NOT NULL,
        bills INTEGER NOT NULL,
        amount_paise INTEGER NOT NULL,
        PRIMARY KEY (business_date, method)
      ) STRICT, WITHOUT ROWID;
      INSERT INTO payments_daily (business_date, method, bills, amount_paise)
        SELECT s.business_date, p.method, count(DISTINCT p.sale_id), sum(p.amount_paise)
          FROM sale_payments p JOIN sales s ON s.id = p.sale_id GROUP BY s.business_date, p.method;
      CREATE TRIGGER sale_payments_daily AFTER INSERT ON sale_payments BEGIN
        INSERT INTO payments_daily (business_date, method, bills, amount_paise)
          VALUES ((SELECT business_date FROM sales WHERE id = NEW.sale_id), NEW.method,
                  NOT EXISTS (SELECT 1 FROM sale_payments WHERE sale_id = NEW.sale_id AND method = NEW.method AND id <> NEW.id), NEW.amount_paise)
          ON CONFLICT (business_date, method) DO UPDATE SET bills = bills + excluded.bills, amount_paise = amount_paise + excluded.amount_paise;
      END;

      CREATE TABLE cashier_daily (
        business_date TEXT NOT NULL,
        user_id INTEGER NOT NULL REFERENCES users(id),
        bills INTEGER NOT NULL,
        gross_paise INTEGER NOT NULL,
        discount_paise INTEGER NOT NULL,
        total_paise INTEGER NOT NULL,
        PRIMARY KEY (business_date, user_id)
      ) STRICT, WITHOUT ROWID;
      INSERT INTO cashier_daily (business_date, user_id, bills, gross_paise, discount_paise, total_paise)
        SELECT business_date, user_id, count(*), sum(gross_paise), sum(discount_paise), sum(total_paise) FROM sales GROUP BY business_date, user_id;
      CREATE TRIGGER sales_cashier_daily AFTER INSERT ON sales BEGIN
        INSERT INTO cashier_daily (business_date, user_id, bills, gross_paise, discount_paise, total_paise)
          VALUES (NEW.business_date, NEW.user_id, 1, NEW.gross_paise, NEW.discount_paise, NEW.total_paise)
          ON CONFLICT (business_date, user_id) DO UPDATE SET bills = bills + 1, gross_paise = gross_paise + excluded.gross_paise,
            discount_paise = discount_paise + excluded.discount_paise, total_paise = total_paise + excluded.total_paise;
      END;

      CREATE INDEX artisan_ledger_adjustments ON artisan_ledger(at) WHERE kind = 'adjustment';
      CREATE INDEX sale_lines_discounted ON sale_lines(sale_id) WHERE ${DISCOUNTED};
    `);
  },
};
export default m;
