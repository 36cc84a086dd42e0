import type { Migration } from './index';

const SOLD = 'lines, qty_milli, gross_paise, net_paise, taxable_paise, tax_paise, artisan_share_paise';
const RETURNED = 'return_lines, returned_milli, returned_paise, returned_taxable_paise, returned_tax_paise, returned_share_paise';
const add = (cols: string) => cols.split(', ').map((c) => `${c} = ${c} + excluded.${c}`).join(', ');

/**
 * Found by the benchmark (bench/README.md); version 14 is rentals.
 *
 * 1. The catalogue page counts and pages products by status (in id order), and sorts by the
 *    name it shows (Hindi, else English; the index has the exact expression catalog.page orders
 *    by), by SKU or by price: one index per order, so a page at any depth is a short index range
 *    instead of sorting every product.
 * 2. sales_daily: what each craft sold and took back each shop day, so the monthly report reads
 *    ~400 rows instead of every line of the month. A cache of the sales ledger (rule 4), kept by
 *    triggers in the sale's (or return's) own transaction and rebuilt here from the rows so far;
 *    a test recomputes it from the ledger. Sales count on the sale's day, returns on the
 *    return's day (as the day close counts the refund), each under the product's craft at the
 *    time it was written.
 * 3. cash_daily: the drawer's ledger summed per shop day and kind (money in and out apart), so
 *    the day close's opening drawer (everything before the day) is a few hundred rows, not every
 *    cash movement ever. Same rules as sales_daily.
 * 4. Payouts by shop day (the day close) and a return's lines by return (the day close's tax, and
 *    every return slip read them by return_id: that was a scan of all return lines).
 * 5. Her account: the index by artisan and time also holds kind and amount, so her balance and a
 *    statement's opening balance are sums over the index alone (they read every entry's row: 50 ms
 *    for a busy artisan's year); a payout's own ledger entry is found by an index (each payout
 *    slip scanned the whole ledger: 130 ms at a million lines); and artisan_daily, what each
 *    artisan's lines sold each shop day (trigger and backfill as sales_daily), so her statement's
 *    sales are a month of rows, not every line she ever sold (110 ms for the busiest).
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

      CREATE TABLE sales_daily (
        business_date TEXT NOT NULL,
        craft_id INTEGER NOT NULL REFERENCES crafts(id),
        lines INTEGER NOT NULL DEFAULT 0,
        qty_milli INTEGER NOT NULL DEFAULT 0,
        gross_paise INTEGER NOT NULL DEFAULT 0,
        net_paise INTEGER NOT NULL DEFAULT 0,
        taxable_paise INTEGER NOT NULL DEFAULT 0,
        tax_paise INTEGER NOT NULL DEFAULT 0,
        artisan_share_paise INTEGER NOT NULL DEFAULT 0,
        return_lines INTEGER NOT NULL DEFAULT 0,
        returned_milli INTEGER NOT NULL DEFAULT 0,
        returned_paise INTEGER NOT NULL DEFAULT 0,
        returned_taxable_paise INTEGER NOT NULL DEFAULT 0,
        returned_tax_paise INTEGER NOT NULL DEFAULT 0,
        returned_share_paise INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (business_date, craft_id)
      ) STRICT, WITHOUT ROWID;

      INSERT INTO sales_daily (business_date, craft_id, ${SOLD})
        SELECT s.business_date, p.craft_id, count(*), sum(l.qty_milli), sum(l.gross_paise), sum(l.net_paise), sum(l.taxable_paise),
               sum(l.cgst_paise + l.sgst_paise), sum(l.artisan_share_paise)
          FROM sale_lines l JOIN sales s ON s.id = l.sale_id JOIN products p ON p.id = l.product_id
         GROUP BY s.business_date, p.craft_id;
      INSERT INTO sales_daily (business_date, craft_id, ${RETURNED})
        SELECT r.business_date, p.craft_id, count(*), sum(rl.qty_milli), sum(rl.refund_paise), sum(rl.taxable_paise),
               sum(rl.cgst_paise + rl.sgst_paise), sum(rl.artisan_share_paise)
          FROM sale_return_lines rl JOIN sale_returns r ON r.id = rl.return_id JOIN sale_lines l ON l.id = rl.sale_line_id
          JOIN products p ON p.id = l.product_id
         WHERE true -- (an upsert after SELECT needs a WHERE, or ON is read as a join's)
         GROUP BY r.business_date, p.craft_id
        ON CONFLICT (business_date, craft_id) DO UPDATE SET ${add(RETURNED)};

      CREATE TRIGGER sale_lines_daily AFTER INSERT ON sale_lines BEGIN
        INSERT INTO sales_daily (business_date, craft_id, ${SOLD})
          VALUES ((SELECT business_date FROM sales WHERE id = NEW.sale_id), (SELECT craft_id FROM products WHERE id = NEW.product_id),
                  1, NEW.qty_milli, NEW.gross_paise, NEW.net_paise, NEW.taxable_paise, NEW.cgst_paise + NEW.sgst_paise, NEW.artisan_share_paise)
          ON CONFLICT (business_date, craft_id) DO UPDATE SET ${add(SOLD)};
      END;
      CREATE TRIGGER sale_return_lines_daily AFTER INSERT ON sale_return_lines BEGIN
        INSERT INTO sales_daily (business_date, craft_id, ${RETURNED})
          VALUES ((SELECT business_date FROM sale_returns WHERE id = NEW.return_id),
                  (SELECT p.craft_id FROM sale_lines l JOIN products p ON p.id = l.product_id WHERE l.id = NEW.sale_line_id),
                  1, NEW.qty_milli, NEW.refund_paise, NEW.taxable_paise, NEW.cgst_paise + NEW.sgst_paise, NEW.artisan_share_paise)
          ON CONFLICT (business_date, craft_id) DO UPDATE SET ${add(RETURNED)};
      END;

      CREATE TABLE cash_daily (
        business_date TEXT NOT NULL,
        kind TEXT NOT NULL,
        movements INTEGER NOT NULL,
        in_paise INTEGER NOT NULL,
        out_paise INTEGER NOT NULL,
        PRIMARY KEY (business_date, kind)
      ) STRICT, WITHOUT ROWID;
      INSERT INTO cash_daily (business_date, kind, movements, in_paise, out_paise)
        SELECT business_date, kind, count(*), sum(max(amount_paise, 0)), sum(min(amount_paise, 0)) FROM cash_movements GROUP BY business_date, kind;
      CREATE TRIGGER cash_movements_daily AFTER INSERT ON cash_movements BEGIN
        INSERT INTO cash_daily (business_date, kind, movements, in_paise, out_paise)
          VALUES (NEW.business_date, NEW.kind, 1, max(NEW.amount_paise, 0), min(NEW.amount_paise, 0))
          ON CONFLICT (business_date, kind) DO UPDATE SET movements = movements + 1, in_paise = in_paise + excluded.in_paise, out_paise = out_paise + excluded.out_paise;
      END;

      DROP INDEX artisan_ledger_artisan;
      CREATE INDEX artisan_ledger_artisan_at ON artisan_ledger(artisan_id, at, kind, amount_paise);
      CREATE INDEX artisan_ledger_payout ON artisan_ledger(ref_id) WHERE ref_type = 'payout';

      CREATE TABLE artisan_daily (
        artisan_id INTEGER NOT NULL REFERENCES artisans(id),
        business_date TEXT NOT NULL,
        lines INTEGER NOT NULL,
        qty_milli INTEGER NOT NULL,
        net_paise INTEGER NOT NULL,
        artisan_share_paise INTEGER NOT NULL,
        PRIMARY KEY (artisan_id, business_date)
      ) STRICT, WITHOUT ROWID;
      INSERT INTO artisan_daily (artisan_id, business_date, lines, qty_milli, net_paise, artisan_share_paise)
        SELECT l.artisan_id, s.business_date, count(*), sum(l.qty_milli), sum(l.net_paise), sum(l.artisan_share_paise)
          FROM sale_lines l JOIN sales s ON s.id = l.sale_id WHERE l.artisan_id IS NOT NULL GROUP BY l.artisan_id, s.business_date;
      CREATE TRIGGER sale_lines_artisan_daily AFTER INSERT ON sale_lines WHEN NEW.artisan_id IS NOT NULL BEGIN
        INSERT INTO artisan_daily (artisan_id, business_date, lines, qty_milli, net_paise, artisan_share_paise)
          VALUES (NEW.artisan_id, (SELECT business_date FROM sales WHERE id = NEW.sale_id), 1, NEW.qty_milli, NEW.net_paise, NEW.artisan_share_paise)
          ON CONFLICT (artisan_id, business_date) DO UPDATE SET lines = lines + 1, qty_milli = qty_milli + excluded.qty_milli,
            net_paise = net_paise + excluded.net_paise, artisan_share_paise = artisan_share_paise + excluded.artisan_share_paise;
      END;

      CREATE INDEX payouts_date ON payouts(business_date);
      CREATE INDEX sale_return_lines_return ON sale_return_lines(return_id);
    `);
  },
};
export default m;
