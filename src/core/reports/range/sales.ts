/** Sales over a range: by day (a chart of the days), by craft (a chart of shares), by payment method, by cashier. */
import type { PeriodTotals } from '../../../shared/api/reports';
import type { Cell, ReportSection } from '../../../shared/api/range-reports';
import type { DB } from '../../db/open';
import { stmt } from '../../db/stmt';
import { period } from '../monthly';
import { col, names, shareBps, summed, w } from './model';

const FIGURES = [
  col('gross', 'money', 'सूची मूल्य', 'List value'),
  col('after_discounts', 'money', 'छूट के बाद', 'After discounts'),
  col('returned', 'money', 'वापसी', 'Returned'),
  col('net_sales', 'money', 'शुद्ध बिक्री', 'Net sales'),
  col('gst', 'money', 'जीएसटी', 'GST'),
  col('artisans_share', 'money', 'कारीगरों का हिस्सा', "Artisans' share"),
  col('group_share', 'money', 'समूह का हिस्सा', "Group's share"),
];
const figures = (p: PeriodTotals): Cell[] => [
  p.grossPaise, p.netPaise, p.returnedPaise, p.netSalesPaise, p.taxPaise - p.returnedTaxPaise, p.artisanSharePaise - p.returnedSharePaise, p.shopSharePaise,
];

export function salesByDay(db: DB, from: string, to: string): ReportSection[] {
  const p = period(db, from, to);
  const columns = [col('date', 'date', 'दिन', 'Day'), col('bills', 'count', 'बिल', 'Bills'), col('qty', 'qty', 'मात्रा', 'Quantity'), ...FIGURES];
  const rows = p.byDay.map((d) => [d.date, d.bills, d.qtyMilli - d.returnedMilli, ...figures(d)]);
  return [summed({
    id: 'days', title: w('दिन के हिसाब से बिक्री', 'Sales by day'), columns, rows,
    totals: rows.length ? [[w('कुल', 'Total'), p.byDay.reduce((a, d) => a + d.bills, 0), p.totals.qtyMilli - p.totals.returnedMilli, ...figures(p.totals)]] : [],
    chart: { type: p.byDay.length > 45 ? 'line' : 'bar', labelKey: 'date', valueKeys: ['net_sales'] },
  })];
}

export function salesByCraft(db: DB, from: string, to: string): ReportSection[] {
  const p = period(db, from, to);
  const columns = [col('craft', 'text', 'शिल्प', 'Craft'), col('qty', 'qty', 'मात्रा', 'Quantity'), col('share_of_sales', 'pct', 'बिक्री में हिस्सा', 'Share of sales'), ...FIGURES];
  const rows = p.byCraft.map((k) => [names(k.nameHi, k.nameEn), k.qtyMilli - k.returnedMilli, shareBps(k.netSalesPaise, p.totals.netSalesPaise), ...figures(k)]);
  return [summed({
    id: 'crafts', title: w('शिल्प के हिसाब से बिक्री', 'Sales by craft'), columns, rows,
    totals: rows.length ? [[w('कुल', 'Total'), p.totals.qtyMilli - p.totals.returnedMilli, null, ...figures(p.totals)]] : [],
    chart: { type: 'doughnut', labelKey: 'craft', valueKeys: ['net_sales'] },
  })];
}

const METHOD = { cash: w('नकद', 'Cash'), upi: w('यूपीआई', 'UPI'), card: w('कार्ड', 'Card'), bank: w('बैंक', 'Bank') } as const;
export const methodWords = (m: string) => METHOD[m as keyof typeof METHOD] ?? w(m, m);

export const SALES_RANGE_SQL = {
  payments: `SELECT method, sum(bills) AS bills, sum(amount_paise) AS amount FROM payments_daily WHERE business_date BETWEEN ? AND ? GROUP BY method ORDER BY method`,
  /** Money back: a plain return's refund, or what an exchange paid out beyond its new bill (as the day close counts it). */
  refunds: `SELECT COALESCE(x.refund_method, r.refund_method) AS method, count(*) AS n, sum(COALESCE(x.refund_paise, r.refund_paise)) AS amount
              FROM sale_returns r LEFT JOIN sale_exchanges x ON x.return_id = r.id
             WHERE r.business_date BETWEEN ? AND ? AND COALESCE(x.refund_paise, r.refund_paise) > 0 GROUP BY 1`,
  rentals: `SELECT method, sum(CASE WHEN amount_paise > 0 THEN amount_paise ELSE 0 END) AS taken, sum(CASE WHEN amount_paise < 0 THEN -amount_paise ELSE 0 END) AS back
              FROM rental_payments WHERE business_date BETWEEN ? AND ? GROUP BY method`,
  cashiers: `SELECT u.id, u.name, sum(c.bills) AS bills, sum(c.gross_paise) AS gross, sum(c.discount_paise) AS discount, sum(c.total_paise) AS total
               FROM cashier_daily c JOIN users u ON u.id = c.user_id WHERE c.business_date BETWEEN ? AND ? GROUP BY u.id ORDER BY total DESC, u.id`,
  cashierReturns: `SELECT user_id AS id, count(*) AS n, sum(refund_paise) AS value FROM sale_returns WHERE business_date BETWEEN ? AND ? GROUP BY user_id`,
} as const;

/** Money in by method: bills' payments, refunds given back, rentals' money in and out, and the net. */
export function byPayment(db: DB, from: string, to: string): ReportSection[] {
  const pay = stmt<[string, string], { method: string; bills: number; amount: number }>(db, SALES_RANGE_SQL.payments).all(from, to);
  const ref = stmt<[string, string], { method: string; n: number; amount: number }>(db, SALES_RANGE_SQL.refunds).all(from, to);
  const rent = stmt<[string, string], { method: string; taken: number; back: number }>(db, SALES_RANGE_SQL.rentals).all(from, to);
  const methods = ['cash', 'upi', 'card'].filter((m) => pay.some((p) => p.method === m) || ref.some((p) => p.method === m) || rent.some((p) => p.method === m));
  const columns = [
    col('method', 'text', 'तरीका', 'Method'), col('bills', 'count', 'बिल', 'Bills'), col('sales', 'money', 'बिक्री में मिला', 'Taken on bills'),
    col('refunds', 'count', 'वापसी', 'Refunds'), col('refunded', 'money', 'लौटाया', 'Refunded'),
    col('rental_in', 'money', 'किराये में मिला', 'Rentals in'), col('rental_out', 'money', 'किराये में लौटाया', 'Rentals back'), col('net', 'money', 'शुद्ध', 'Net'),
  ];
  const rows = methods.map((m) => {
    const p = pay.find((x) => x.method === m);
    const r = ref.find((x) => x.method === m);
    const k = rent.find((x) => x.method === m);
    return [methodWords(m), p?.bills ?? 0, p?.amount ?? 0, r?.n ?? 0, r?.amount ?? 0, k?.taken ?? 0, k?.back ?? 0,
      (p?.amount ?? 0) - (r?.amount ?? 0) + (k?.taken ?? 0) - (k?.back ?? 0)];
  });
  return [summed({
    id: 'methods', title: w('भुगतान के तरीके से', 'By payment method'), columns, rows,
    chart: { type: 'doughnut', labelKey: 'method', valueKeys: ['net'] },
    note: w('बिल एक से ज़्यादा तरीकों से चुकाया गया हो तो हर तरीके में गिना जाता है।', 'A bill paid by two methods counts under each.'),
  })];
}

export function byCashier(db: DB, from: string, to: string): ReportSection[] {
  const sold = stmt<[string, string], { id: number; name: string; bills: number; gross: number; discount: number; total: number }>(db, SALES_RANGE_SQL.cashiers).all(from, to);
  const back = new Map(stmt<[string, string], { id: number; n: number; value: number }>(db, SALES_RANGE_SQL.cashierReturns).all(from, to).map((r) => [r.id, r]));
  const names = new Map(stmt<[], { id: number; name: string }>(db, 'SELECT id, name FROM users').all().map((u) => [u.id, u.name]));
  const ids = [...sold.map((s) => s.id), ...[...back.keys()].filter((id) => !sold.some((s) => s.id === id))];
  const columns = [
    col('cashier', 'text', 'विक्रेता', 'Cashier'), col('bills', 'count', 'बिल', 'Bills'), col('gross', 'money', 'सूची मूल्य', 'List value'),
    col('discounts', 'money', 'छूट', 'Discounts'), col('sales', 'money', 'बिक्री', 'Sales'), col('returns', 'count', 'वापसी', 'Returns'),
    col('returned', 'money', 'वापसी का मूल्य', 'Returned value'), col('net_sales', 'money', 'शुद्ध बिक्री', 'Net sales'),
  ];
  const rows = ids.map((id) => {
    const s = sold.find((x) => x.id === id);
    const r = back.get(id);
    return [names.get(id) ?? String(id), s?.bills ?? 0, s?.gross ?? 0, s?.discount ?? 0, s?.total ?? 0, r?.n ?? 0, r?.value ?? 0, (s?.total ?? 0) - (r?.value ?? 0)];
  });
  return [summed({ id: 'cashiers', title: w('विक्रेता के हिसाब से', 'By cashier'), columns, rows, chart: { type: 'bar', labelKey: 'cashier', valueKeys: ['net_sales'] } })];
}
