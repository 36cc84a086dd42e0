/** The monthly report as a spreadsheet: a row per craft, then a row per day (UTF-8 with a BOM: Excel reads the Hindi names). */
import type { PeriodTotals } from '../../shared/api/reports';
import type { DB } from '../db/open';
import { csvOf } from '../csv/export-table';
import { col, type CellValue, type ExportTable } from '../xlsx/columns';
import { monthly } from './monthly';

const COLUMNS = [
  col('section', 'text', 'section', 8), col('date', 'date'), col('craft_hi', 'text', 'शिल्प'), col('craft_en', 'text', 'craft'), col('bills', 'count'), col('lines', 'count'),
  col('qty', 'qty'), col('gross', 'money'), col('after_discounts', 'money', 'after discounts'), col('returned', 'money'), col('net_sales', 'money', 'net sales'),
  col('gst', 'money', 'GST'), col('artisans_share', 'money', "artisans' share"), col('group_share', 'money', "group's share"),
];

const figures = (p: PeriodTotals): CellValue[] => [
  p.lines, p.qtyMilli - p.returnedMilli, p.grossPaise, p.netPaise, p.returnedPaise,
  p.netSalesPaise, p.taxPaise - p.returnedTaxPaise, p.artisanSharePaise - p.returnedSharePaise, p.shopSharePaise,
];

/** The month's table (crafts, days, then the month's row, each marked in `section`), for CSV and XLSX alike. */
export function monthlyTable(db: DB, month: string): ExportTable {
  const m = monthly(db, month);
  const bills = m.byDay.reduce((a, d) => a + d.bills, 0);
  const rows: CellValue[][] = [
    ...m.byCraft.map((k) => ['craft', null, k.nameHi, k.nameEn, null, ...figures(k)]),
    ...m.byDay.map((d) => ['day', d.date, null, null, d.bills, ...figures(d)]),
    ['month', month, null, null, bills, ...figures(m.totals)],
  ];
  return { name: `monthly ${month}`, columns: COLUMNS, rows };
}

export function monthlyCsv(db: DB, month: string): { fileName: string; csv: string; rows: number } {
  const t = monthlyTable(db, month);
  return { fileName: `monthly-${month}.csv`, csv: csvOf(t), rows: t.rows.length };
}
