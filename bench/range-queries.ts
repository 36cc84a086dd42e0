import type { Statement } from 'better-sqlite3';
import type { DB } from '../src/core/db/open';
import type { RangeReportKind } from '../src/shared/api/range-reports';

/**
 * The bare-SQL baseline of the range reports: what each needs, asked of the ledgers themselves
 * (sale lines, payments, returns, the artisans' ledger, stock movements, rental charges; no daily
 * summaries, no dispatch), as prepared statements on the plain connection. Args: from, to.
 */
export const RANGE_SQL: Record<RangeReportKind, string[]> = {
  salesByDay: [
    `SELECT s.business_date, count(DISTINCT s.id) AS bills, sum(l.qty_milli), sum(l.gross_paise), sum(l.net_paise), sum(l.cgst_paise + l.sgst_paise), sum(l.artisan_share_paise)
       FROM sales s JOIN sale_lines l ON l.sale_id = s.id WHERE s.business_date BETWEEN @from AND @to GROUP BY s.business_date`,
    `SELECT r.business_date, sum(rl.refund_paise), sum(rl.cgst_paise + rl.sgst_paise), sum(rl.artisan_share_paise) FROM sale_returns r JOIN sale_return_lines rl ON rl.return_id = r.id
      WHERE r.business_date BETWEEN @from AND @to GROUP BY r.business_date`,
  ],
  salesByCraft: [
    `SELECT p.craft_id, sum(x.qty), sum(x.net), sum(x.tax), sum(x.share) FROM (SELECT l.product_id, sum(l.qty_milli) AS qty, sum(l.net_paise) AS net, sum(l.cgst_paise + l.sgst_paise) AS tax,
       sum(l.artisan_share_paise) AS share FROM sales s JOIN sale_lines l ON l.sale_id = s.id WHERE s.business_date BETWEEN @from AND @to GROUP BY l.product_id) x JOIN products p ON p.id = x.product_id GROUP BY p.craft_id`,
  ],
  byArtisan: [
    `SELECT l.artisan_id, sum(l.net_paise), sum(l.artisan_share_paise) FROM sales s JOIN sale_lines l ON l.sale_id = s.id WHERE s.business_date BETWEEN @from AND @to AND l.artisan_id IS NOT NULL GROUP BY l.artisan_id`,
    `SELECT artisan_id, sum(amount_paise) FROM payouts WHERE business_date BETWEEN @from AND @to GROUP BY artisan_id`,
    `SELECT artisan_id, sum(amount_paise) FROM artisan_ledger WHERE at < @end GROUP BY artisan_id`,
  ],
  byProduct: [
    `SELECT l.product_id, sum(l.qty_milli), sum(l.net_paise) AS net FROM sales s JOIN sale_lines l ON l.sale_id = s.id WHERE s.business_date BETWEEN @from AND @to GROUP BY l.product_id ORDER BY net DESC LIMIT 50`,
    `SELECT p.id FROM products p JOIN stock_on_hand h ON h.product_id = p.id WHERE h.qty_milli > 0 AND NOT EXISTS (SELECT 1 FROM sale_lines l JOIN sales s ON s.id = l.sale_id WHERE l.product_id = p.id AND s.business_date >= @slow) LIMIT 200`,
  ],
  byPayment: [`SELECT p.method, count(DISTINCT s.id), sum(p.amount_paise) FROM sales s JOIN sale_payments p ON p.sale_id = s.id WHERE s.business_date BETWEEN @from AND @to GROUP BY p.method`],
  byCashier: [`SELECT user_id, count(*), sum(gross_paise), sum(discount_paise), sum(total_paise) FROM sales WHERE business_date BETWEEN @from AND @to GROUP BY user_id`],
  discounts: [`SELECT s.bill_no, l.line_discount_paise, l.bill_discount_paise FROM sales s JOIN sale_lines l ON l.sale_id = s.id WHERE s.business_date BETWEEN @from AND @to
                 AND (l.line_discount_paise > 0 OR l.bill_discount_paise > 0 OR l.unit_price_paise <> l.list_price_paise)`],
  returns: [`SELECT r.return_no, r.refund_paise, x.credit_paise FROM sale_returns r LEFT JOIN sale_exchanges x ON x.return_id = r.id WHERE r.business_date BETWEEN @from AND @to`],
  stock: [`SELECT p.craft_id, p.artisan_id, sum(m.qty_milli), p.price_paise, p.cost_paise FROM stock_movements m JOIN products p ON p.id = m.product_id GROUP BY m.product_id`],
  rentals: [`SELECT kind, sum(amount_paise) FROM rental_charges WHERE business_date BETWEEN @from AND @to GROUP BY kind`, `SELECT id FROM rentals WHERE status = 'out' AND due_date < @to`],
  payouts: [`SELECT payout_no, amount_paise FROM payouts WHERE business_date BETWEEN @from AND @to`, `SELECT artisan_id, sum(amount_paise) FROM artisan_ledger GROUP BY artisan_id`],
};

export function rangeRunner(db: DB): (kind: RangeReportKind, args: { from: string; to: string; end: string; slow: string }) => unknown {
  const prepared = new Map<RangeReportKind, Statement<unknown[]>[]>();
  const run = db.transaction((kind: RangeReportKind, args: Record<string, string>) => {
    let qs = prepared.get(kind);
    if (!qs) prepared.set(kind, (qs = RANGE_SQL[kind].map((sql) => db.prepare(sql))));
    return qs.map((q) => {
      const names = q.source.match(/@\w+/g)?.map((n) => n.slice(1)) ?? [];
      return q.all(Object.fromEntries(names.map((n) => [n, args[n]])));
    });
  });
  return (kind, args) => run(kind, args);
}
