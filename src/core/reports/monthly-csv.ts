/** The monthly report as a spreadsheet: a row per craft, then a row per day (UTF-8 with a BOM: Excel reads the Hindi names). */
import type { PeriodTotals } from '../../shared/api/reports';
import type { DB } from '../db/open';
import { writeCsv } from '../csv/table';
import { formatRupees, formatScaled } from '../csv/values';
import { monthly } from './monthly';

const HEADERS = ['section', 'date', 'craft_hi', 'craft_en', 'bills', 'lines', 'qty', 'gross', 'after_discounts', 'returned', 'net_sales', 'gst', 'artisans_share', 'group_share'];

const figures = (p: PeriodTotals) => [
  p.lines, formatScaled(p.qtyMilli - p.returnedMilli, 3), formatRupees(p.grossPaise), formatRupees(p.netPaise), formatRupees(p.returnedPaise),
  formatRupees(p.netSalesPaise), formatRupees(p.taxPaise - p.returnedTaxPaise), formatRupees(p.artisanSharePaise - p.returnedSharePaise), formatRupees(p.shopSharePaise),
];

export function monthlyCsv(db: DB, month: string): { fileName: string; csv: string; rows: number } {
  const m = monthly(db, month);
  const bills = m.byDay.reduce((a, d) => a + d.bills, 0);
  const rows: (string | number)[][] = [
    ...m.byCraft.map((k) => ['craft', '', k.nameHi, k.nameEn, '', ...figures(k)]),
    ...m.byDay.map((d) => ['day', d.date, '', '', d.bills, ...figures(d)]),
    ['month', month, '', '', bills, ...figures(m.totals)],
  ];
  return { fileName: `monthly-${month}.csv`, csv: writeCsv(HEADERS, rows), rows: rows.length };
}
