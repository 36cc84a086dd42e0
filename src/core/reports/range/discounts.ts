/** Discounts and price changes (who approved them), and returns and refunds, over a range. */
import type { ReportSection } from '../../../shared/api/range-reports';
import type { DB } from '../../db/open';
import { DISCOUNTED } from '../../db/migrations/0025-range-reports';
import { stmt } from '../../db/stmt';
import { methodWords } from './sales';
import { col, names, summed, w } from './model';

/** Lines listed at most (the totals come from every line, the list is the newest first). */
export const DISCOUNT_ROWS = 500;

export const DISCOUNT_SQL = {
  /**
   * The range's bills lie between these ids (bill ids grow with time; the date check below keeps it exact):
   * the first and last bill of each day with bills (cashier_daily), two index seeks a day, not a read of every bill.
   */
  ids: `SELECT COALESCE(min((SELECT min(id) FROM sales s WHERE s.business_date = d.business_date)), 0) AS lo,
               COALESCE(max((SELECT max(id) FROM sales s WHERE s.business_date = d.business_date)), -1) AS hi
          FROM (SELECT DISTINCT business_date FROM cashier_daily WHERE business_date BETWEEN @from AND @to) d`,
  where: `l.sale_id BETWEEN @lo AND @hi AND ${DISCOUNTED.replace(/(\w+_paise)/g, 'l.$1')} AND s.business_date BETWEEN @from AND @to`,
  /** Every discounted or re-priced line of the range, summed per day as it was sold (discounts_daily, migration 0029). */
  totals: `SELECT COALESCE(sum(lines), 0) AS n, COALESCE(sum(qty_milli), 0) AS qty, COALESCE(sum(line_discount_paise), 0) AS line, COALESCE(sum(bill_discount_paise), 0) AS bill
             FROM discounts_daily WHERE business_date BETWEEN @from AND @to`,
  lines: `SELECT s.bill_no, s.business_date, s.user_id, s.approved_by, s.discount_reason, l.name_hi, l.name_en, l.qty_milli,
                 l.list_price_paise, l.unit_price_paise, l.gross_paise, l.line_discount_paise, l.bill_discount_paise
            FROM sale_lines l INDEXED BY sale_lines_discounted JOIN sales s ON s.id = l.sale_id WHERE `,
  /** The re-priced lines alone, off their own partial index (few among the discounted). */
  changed: `SELECT s.bill_no, s.business_date, s.user_id, s.approved_by, l.name_hi, l.name_en, l.list_price_paise, l.unit_price_paise
              FROM sale_lines l INDEXED BY sale_lines_repriced JOIN sales s ON s.id = l.sale_id
             WHERE l.sale_id BETWEEN @lo AND @hi AND l.unit_price_paise <> l.list_price_paise AND s.business_date BETWEEN @from AND @to ORDER BY l.sale_id DESC, l.id LIMIT ${DISCOUNT_ROWS}`,
  returns: `SELECT r.return_no, r.business_date, s.bill_no, r.user_id, r.approved_by, r.reason, r.refund_method, r.refund_paise,
                   x.credit_paise, x.refund_paise AS x_refund, x.refund_method AS x_method
              FROM sale_returns r JOIN sales s ON s.id = r.sale_id LEFT JOIN sale_exchanges x ON x.return_id = r.id
             WHERE r.business_date BETWEEN ? AND ? ORDER BY r.business_date, r.id`,
} as const;

const userNames = (db: DB) => new Map(stmt<[], { id: number; name: string }>(db, 'SELECT id, name FROM users').all().map((u) => [u.id, u.name]));

export function discounts(db: DB, from: string, to: string): ReportSection[] {
  const users = userNames(db);
  type L = { bill_no: string; business_date: string; user_id: number; approved_by: number | null; discount_reason: string; name_hi: string; name_en: string; qty_milli: number;
    list_price_paise: number; unit_price_paise: number; gross_paise: number; line_discount_paise: number; bill_discount_paise: number };
  const p = { from, to, ...stmt<{ from: string; to: string }, { lo: number; hi: number }>(db, DISCOUNT_SQL.ids).get({ from, to })! };
  // The newest lines are listed; the totals are of every line (a year of bill discounts is many lines).
  const lines = stmt<typeof p, L>(db, `${DISCOUNT_SQL.lines}${DISCOUNT_SQL.where} ORDER BY l.sale_id DESC, l.id LIMIT ${DISCOUNT_ROWS}`).all(p);
  const sum = stmt<{ from: string; to: string }, { n: number; qty: number; line: number; bill: number }>(db, DISCOUNT_SQL.totals).get({ from, to })!;
  const changed = stmt<typeof p, L>(db, DISCOUNT_SQL.changed).all(p);
  const columns = [
    col('bill_no', 'text', 'बिल', 'Bill'), col('date', 'date', 'दिन', 'Day'), col('product', 'text', 'सामान', 'Product'), col('qty', 'qty', 'मात्रा', 'Qty'),
    col('list_price', 'money', 'सूची दाम', 'List price'), col('price_charged', 'money', 'लिया गया दाम', 'Price charged'),
    col('line_discount', 'money', 'लाइन छूट', 'Line discount'), col('bill_discount', 'money', 'बिल छूट', 'Bill discount'),
    col('cashier', 'text', 'विक्रेता', 'Cashier'), col('approved_by', 'text', 'मंज़ूरी', 'Approved by'), col('reason', 'text', 'कारण', 'Reason'),
  ];
  const row = (l: L) => [l.bill_no, l.business_date, names(l.name_hi, l.name_en), l.qty_milli, l.list_price_paise, l.unit_price_paise, l.line_discount_paise, l.bill_discount_paise,
    users.get(l.user_id) ?? '', l.approved_by === null ? null : (users.get(l.approved_by) ?? ''), l.discount_reason];
  const totals = sum.n ? [[w('कुल', 'Total'), null, w(`${sum.n} लाइनें`, `${sum.n} lines`), sum.qty, null, null, sum.line, sum.bill, null, null, null]] : [];
  return [
    summed({
      id: 'discounts', title: w('छूट और दाम में बदलाव', 'Discounts and price changes'), columns, rows: lines.map(row), totals,
      note: sum.n > DISCOUNT_ROWS ? w(`नई ${DISCOUNT_ROWS} लाइनें दिखाई हैं; कुल सब लाइनों का है।`, `The newest ${DISCOUNT_ROWS} lines are shown; the totals are of all lines.`) : undefined,
    }),
    summed({
      id: 'price_changes', title: w('दाम बदले गए', 'Prices changed'),
      columns: [col('bill_no', 'text', 'बिल', 'Bill'), col('date', 'date', 'दिन', 'Day'), col('product', 'text', 'सामान', 'Product'), col('list_price', 'money', 'सूची दाम', 'List price'),
        col('price_charged', 'money', 'लिया गया दाम', 'Price charged'), col('cashier', 'text', 'विक्रेता', 'Cashier'), col('approved_by', 'text', 'मंज़ूरी', 'Approved by')],
      rows: changed.map((l) => [l.bill_no, l.business_date, names(l.name_hi, l.name_en), l.list_price_paise, l.unit_price_paise, users.get(l.user_id) ?? '', l.approved_by === null ? null : (users.get(l.approved_by) ?? '')]),
      totals: [],
    }),
  ];
}

export function returnsReport(db: DB, from: string, to: string): ReportSection[] {
  const users = userNames(db);
  type R = { return_no: string; business_date: string; bill_no: string; user_id: number; approved_by: number | null; reason: string; refund_method: string; refund_paise: number;
    credit_paise: number | null; x_refund: number | null; x_method: string | null };
  const rows = stmt<[string, string], R>(db, DISCOUNT_SQL.returns).all(from, to).map((r) => {
    const exchange = r.credit_paise !== null;
    const refund = exchange ? (r.x_refund ?? 0) : r.refund_paise;
    const method = exchange ? r.x_method : r.refund_method;
    return [r.return_no, r.business_date, r.bill_no, users.get(r.user_id) ?? '', r.approved_by === null ? null : (users.get(r.approved_by) ?? ''), r.reason,
      r.refund_paise, exchange ? (r.credit_paise ?? 0) : 0, refund, refund > 0 && method ? methodWords(method) : null];
  });
  return [summed({
    id: 'returns', title: w('वापसी और रिफ़ंड', 'Returns and refunds'),
    columns: [
      col('return_no', 'text', 'वापसी क्रमांक', 'Return no.'), col('date', 'date', 'दिन', 'Day'), col('bill_no', 'text', 'बिल', 'Bill'), col('taken_by', 'text', 'किसने लिया', 'Taken by'),
      col('approved_by', 'text', 'मंज़ूरी', 'Approved by'), col('reason', 'text', 'कारण', 'Reason'), col('value', 'money', 'वापस आए सामान का मूल्य', 'Value returned'),
      col('exchange_credit', 'money', 'बदले में नया बिल', 'Used on an exchange'), col('refunded', 'money', 'लौटाया', 'Refunded'), col('method', 'text', 'तरीका', 'Method'),
    ],
    rows,
  })];
}
