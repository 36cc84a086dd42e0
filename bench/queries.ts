import type { Statement } from 'better-sqlite3';
import type { DB } from '../src/core/db/open';
import { lastDayOfMonth } from '../src/shared/dates';

/**
 * The bare-SQL baseline for the reports: what each needs, asked of the ledgers themselves (no
 * summary tables, no dispatch), as prepared statements on a plain connection. The bench calls
 * the API's reports and compares them with these.
 */
export const REPORT_SQL = {
  /** Day close: the day's sales by payment method, refunds, and the drawer's movements. */
  dayPayments: `SELECT p.method, count(DISTINCT s.id) AS bills, sum(p.amount_paise) AS paise
                  FROM sales s JOIN sale_payments p ON p.sale_id = s.id
                 WHERE s.business_date = ? GROUP BY p.method`,
  dayTotals: `SELECT count(*) AS bills, sum(total_paise) AS total, sum(discount_paise) AS discount, sum(tax_paise) AS tax FROM sales WHERE business_date = ?`,
  dayRefunds: `SELECT refund_method, count(*) AS n, sum(refund_paise) AS paise FROM sale_returns WHERE business_date = ? GROUP BY refund_method`,
  dayDrawer: `SELECT kind, sum(amount_paise) AS paise FROM cash_movements WHERE business_date = ? GROUP BY kind`,
  /** Monthly report: totals by craft and by day over one month. */
  /**
   * By craft: lines summed per product first, then joined to products once per product (in
   * product order). Joining every line to products costs a product lookup per line: on the
   * large shop's peak month (135,000 lines) that measured ~1.7x slower.
   */
  monthByCraft: `SELECT p.craft_id, sum(x.lines) AS lines, sum(x.qty) AS qty, sum(x.net) AS net, sum(x.taxable) AS taxable, sum(x.tax) AS tax, sum(x.artisans) AS artisans
                   FROM (SELECT l.product_id, count(*) AS lines, sum(l.qty_milli) AS qty, sum(l.net_paise) AS net, sum(l.taxable_paise) AS taxable,
                                sum(l.cgst_paise + l.sgst_paise) AS tax, sum(l.artisan_share_paise) AS artisans
                           FROM sales s JOIN sale_lines l ON l.sale_id = s.id
                          WHERE s.business_date BETWEEN ? AND ? GROUP BY l.product_id) x
                   JOIN products p ON p.id = x.product_id GROUP BY p.craft_id`,
  monthByDay: `SELECT business_date, count(*) AS bills, sum(total_paise) AS total, sum(tax_paise) AS tax
                 FROM sales WHERE business_date BETWEEN ? AND ? GROUP BY business_date`,
  monthRefunds: `SELECT business_date, sum(refund_paise) AS paise FROM sale_returns WHERE business_date BETWEEN ? AND ? GROUP BY business_date`,
  /** Artisan statement: opening balance, then each accrual/reversal/payout of the period with its bill. */
  artisanOpening: `SELECT COALESCE(sum(amount_paise), 0) AS paise FROM artisan_ledger WHERE artisan_id = ? AND at < ?`,
  artisanLines: `SELECT g.at, g.kind, g.amount_paise, s.bill_no, l.name_hi, l.name_en, l.qty_milli, l.net_paise
                   FROM artisan_ledger g LEFT JOIN sale_lines l ON l.id = g.sale_line_id LEFT JOIN sales s ON s.id = l.sale_id
                  WHERE g.artisan_id = ? AND g.at >= ? AND g.at < ? ORDER BY g.at, g.id`,
  /** GSTR-1 (a month): the lines sold and taken back by HSN and rate, and the bill number range, straight from the lines. */
  gstSold: `SELECT l.hsn, l.unit, l.gst_rate_bps, sum(l.qty_milli), sum(l.taxable_paise), sum(l.cgst_paise), sum(l.sgst_paise)
              FROM sales s JOIN sale_lines l ON l.sale_id = s.id WHERE s.business_date BETWEEN ? AND ? GROUP BY l.hsn, l.unit, l.gst_rate_bps`,
  gstReturned: `SELECT l.hsn, l.unit, l.gst_rate_bps, sum(rl.qty_milli), sum(rl.taxable_paise), sum(rl.cgst_paise), sum(rl.sgst_paise)
                  FROM sale_returns r JOIN sale_return_lines rl ON rl.return_id = r.id JOIN sale_lines l ON l.id = rl.sale_line_id
                 WHERE r.business_date BETWEEN ? AND ? GROUP BY l.hsn, l.unit, l.gst_rate_bps`,
  gstDocs: `SELECT min(bill_no), max(bill_no), count(*) FROM sales WHERE business_date BETWEEN ? AND ?`,
  /** Closing a day: its expected cash from the drawer's movements, and the close row. */
  closeExpected: `SELECT COALESCE(sum(amount_paise), 0) AS paise FROM cash_movements WHERE business_date <= ?`,
  closeInsert: `INSERT INTO day_closes (uid, business_date, counted_paise, expected_paise, difference_paise, note, closed_by, at) VALUES (?, ?, ?, ?, ?, '', ?, ?)`,
} as const;

export interface ReportRunner {
  dayClose(date: string): unknown;
  monthlyReport(month: string): unknown;
  artisanStatement(artisanId: number, from: string, to: string): unknown;
  gstr1(month: string): unknown;
  closeDay(date: string, countedPaise: number, userId: number): unknown;
}

const monthEnd = lastDayOfMonth;

/** Each report as one read transaction of prepared statements (prepared once, like stmt()). */
export function reportRunner(db: DB): ReportRunner {
  const q = Object.fromEntries(Object.entries(REPORT_SQL).map(([k, sql]) => [k, db.prepare(sql)])) as Record<keyof typeof REPORT_SQL, Statement<unknown[]>>;
  return {
    dayClose: db.transaction((date: string) => ({
      payments: q.dayPayments.all(date), totals: q.dayTotals.get(date), refunds: q.dayRefunds.all(date), drawer: q.dayDrawer.all(date),
    })),
    monthlyReport: db.transaction((month: string) => {
      const from = `${month}-01`;
      const to = monthEnd(month);
      return { byCraft: q.monthByCraft.all(from, to), byDay: q.monthByDay.all(from, to), refunds: q.monthRefunds.all(from, to) };
    }),
    gstr1: db.transaction((month: string) => {
      const from = `${month}-01`;
      const to = monthEnd(month);
      return { sold: q.gstSold.all(from, to), returned: q.gstReturned.all(from, to), docs: q.gstDocs.get(from, to) };
    }),
    closeDay: db.transaction((date: string, counted: number, userId: number) => {
      const expected = (q.closeExpected.get(date) as { paise: number }).paise;
      return q.closeInsert.run(crypto.randomUUID(), date, counted, expected, counted - expected, userId, new Date().toISOString());
    }),
    artisanStatement: db.transaction((artisanId: number, from: string, to: string) => ({
      opening: q.artisanOpening.get(artisanId, from), lines: q.artisanLines.all(artisanId, from, to),
    })),
  };
}
