/**
 * Migration 0029's summaries (report speed) recomputed from their ledgers: sale lines and bills,
 * stock movements with today's prices, rental charges and the artisans' ledger. Each entry is
 * [what the summary holds, what the ledgers say], both in the same order.
 */
import type { DB } from '../../src/core/db/open';
import { DISCOUNTED } from '../../src/core/db/migrations/0025-range-reports';
import { mulDivRound } from '../../src/shared/money';
import reportSpeed from '../../src/core/db/migrations/0029-report-speed';

const all = (db: DB, sql: string) => db.prepare(sql).all();
const L = (s: string) => s.replace(/(\w+_paise)/g, 'l.$1');

/** Stock by craft and owner from the movements themselves, each product's value rounded on its own (mulDivRound). */
function stockGroupsFromLedger(db: DB) {
  const per = db.prepare(`SELECT p.craft_id, COALESCE(p.artisan_id, 0) AS artisan_id, p.price_paise AS price, p.cost_paise AS cost, sum(m.qty_milli) AS qty
                            FROM stock_movements m JOIN products p ON p.id = m.product_id GROUP BY p.id`).all() as { craft_id: number; artisan_id: number; price: number; cost: number | null; qty: number }[];
  const groups = new Map<string, { craft_id: number; artisan_id: number; items: number; qty_milli: number; at_price_paise: number; at_cost_paise: number; no_cost: number }>();
  for (const p of per.filter((x) => x.qty !== 0)) {
    const k = `${p.craft_id}|${p.artisan_id}`;
    const g = groups.get(k) ?? { craft_id: p.craft_id, artisan_id: p.artisan_id, items: 0, qty_milli: 0, at_price_paise: 0, at_cost_paise: 0, no_cost: 0 };
    g.items += 1;
    g.qty_milli += p.qty;
    g.at_price_paise += mulDivRound(p.qty, p.price, 1000);
    g.at_cost_paise += p.cost === null ? 0 : mulDivRound(p.qty, p.cost, 1000);
    g.no_cost += p.cost === null ? 1 : 0;
    groups.set(k, g);
  }
  return [...groups.values()].sort((a, b) => a.craft_id - b.craft_id || a.artisan_id - b.artisan_id);
}

export function reportSpeedSummaries(db: DB): Record<string, [unknown[], unknown[]]> {
  return {
    product_totals: [all(db, 'SELECT * FROM product_totals ORDER BY 1'), all(db, 'SELECT product_id, sum(net_paise) AS net_paise FROM sale_lines GROUP BY 1 ORDER BY 1')],
    stock_values: [
      all(db, 'SELECT * FROM stock_values ORDER BY 1'),
      all(db, 'SELECT m.product_id, sum(m.qty_milli) * p.price_paise AS value_paise FROM stock_movements m JOIN products p ON p.id = m.product_id GROUP BY m.product_id ORDER BY 1'),
    ],
    // a group whose products all stand at zero keeps its row at zero: the report reads items > 0
    stock_groups: [all(db, 'SELECT * FROM stock_groups WHERE items > 0 ORDER BY 1, 2'), stockGroupsFromLedger(db)],
    stock_groups_emptied: [all(db, 'SELECT * FROM stock_groups WHERE items = 0 AND (qty_milli <> 0 OR at_price_paise <> 0 OR at_cost_paise <> 0 OR no_cost <> 0)'), []],
    discounts_daily: [
      all(db, 'SELECT * FROM discounts_daily ORDER BY 1'),
      all(db, `SELECT s.business_date, count(*) AS lines, sum(l.qty_milli) AS qty_milli, sum(l.line_discount_paise) AS line_discount_paise, sum(l.bill_discount_paise) AS bill_discount_paise
                 FROM sale_lines l JOIN sales s ON s.id = l.sale_id WHERE ${L(DISCOUNTED)} GROUP BY 1 ORDER BY 1`),
    ],
    gst_daily: [
      all(db, 'SELECT * FROM gst_daily ORDER BY 1, 2, 3, 4, 5'),
      all(db, `SELECT s.business_date, s.invoice_kind, l.hsn, l.unit, l.gst_rate_bps, count(*) AS lines, sum(l.qty_milli) AS qty_milli, sum(l.taxable_paise) AS taxable_paise,
                      sum(l.cgst_paise) AS cgst_paise, sum(l.sgst_paise) AS sgst_paise FROM sale_lines l JOIN sales s ON s.id = l.sale_id GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5`),
    ],
    bill_series_daily: [
      all(db, 'SELECT * FROM bill_series_daily ORDER BY 1, 2, 3'),
      all(db, `SELECT business_date, invoice_kind, substr(bill_no, 1, length(bill_no) - 6) AS series, min(bill_no) AS first_no, max(bill_no) AS last_no, min(seq) AS lo, max(seq) AS hi, count(*) AS bills
                 FROM sales GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`),
    ],
    rental_charges_daily: [
      all(db, 'SELECT * FROM rental_charges_daily ORDER BY 1, 2'),
      all(db, 'SELECT business_date, kind, count(*) AS charges, sum(amount_paise) AS amount_paise, sum(tax_paise) AS tax_paise FROM rental_charges GROUP BY 1, 2 ORDER BY 1, 2'),
    ],
    rental_shares_daily: [
      all(db, 'SELECT * FROM rental_shares_daily ORDER BY 1, 2'),
      all(db, `SELECT c.business_date, e.artisan_id, sum(CASE WHEN e.kind = 'accrual' THEN e.amount_paise ELSE 0 END) AS accrual_paise,
                      sum(CASE WHEN e.kind = 'reversal' THEN e.amount_paise ELSE 0 END) AS reversal_paise
                 FROM artisan_ledger e JOIN rental_charges c ON c.uid = e.ref_id AND c.line_id = e.rental_line_id
                WHERE e.ref_type = 'rental' AND e.kind IN ('accrual', 'reversal') GROUP BY 1, 2 ORDER BY 1, 2`),
    ],
  };
}

/** What migration 0029 made, so a test can drop it and run it again over the rows on file. */
export const REPORT_SPEED_OBJECTS = {
  triggers: ['sale_lines_product_totals', 'stock_on_hand_new_value', 'stock_on_hand_value', 'products_stock_value', 'sale_lines_discounts_daily', 'sale_lines_gst_daily',
    'sales_bill_series_daily', 'rental_charges_daily_add', 'artisan_ledger_rental_shares'],
  indexes: ['product_daily_product', 'sale_lines_repriced'],
  tables: ['product_totals', 'stock_values', 'stock_groups', 'discounts_daily', 'gst_daily', 'bill_series_daily', 'rental_charges_daily', 'rental_shares_daily'],
};

/** Drop what migration 0029 made and run it again over the rows on file (its backfill), in one transaction. */
export function rerunReportSpeed(db: DB): void {
  const o = REPORT_SPEED_OBJECTS;
  db.transaction(() => {
    db.exec([...o.triggers.map((t) => `DROP TRIGGER ${t};`), ...o.indexes.map((i) => `DROP INDEX ${i};`), ...o.tables.map((t) => `DROP TABLE ${t};`)].join(' '));
    reportSpeed.up(db);
  })();
}
