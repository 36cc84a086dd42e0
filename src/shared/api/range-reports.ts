/**
 * Reports for any date range. Each report is ONE model (sections of columns, rows and totals)
 * that the screen, the CSV file and the A4 page are all made from, so they cannot disagree.
 */
import { z } from 'zod';
import { isBusinessDate } from '../dates';
import { method } from './define';
import { str } from './fields';
import type { CsvFile } from './csv';

export const RANGE_REPORTS = [
  'salesByDay', 'salesByCraft', 'byArtisan', 'byProduct', 'byPayment', 'byCashier', 'discounts', 'returns', 'stock', 'rentals', 'payouts',
] as const;
export type RangeReportKind = (typeof RANGE_REPORTS)[number];

export interface Words { hi: string; en: string }

/** money: integer paise; qty: thousandths of a unit; count: whole number; pct: basis points. */
export type ColumnKind = 'text' | 'date' | 'money' | 'count' | 'qty' | 'pct';

/** A cell: a number in the column's kind, a plain string (a bill number, a date), words in both languages, or nothing. */
export type Cell = number | string | Words | null;

export interface ReportColumn {
  /** The CSV header (ASCII, stable for spreadsheets); a Words column writes `<key>_hi` and `<key>_en`. */
  key: string;
  kind: ColumnKind;
  label: Words;
}

export interface ReportChart {
  type: 'bar' | 'line' | 'doughnut';
  /** The column whose cells label the bars/slices, and the column(s) they show. */
  labelKey: string;
  valueKeys: string[];
}

export interface ReportSection {
  id: string;
  title: Words;
  columns: ReportColumn[];
  rows: Cell[][];
  /** Totals rows (a first cell says what they are): never mixed into rows, so a column of rows sums to them. */
  totals: Cell[][];
  chart?: ReportChart;
  note?: Words;
}

export interface RangeReport {
  kind: RangeReportKind;
  from: string;
  to: string;
  title: Words;
  sections: ReportSection[];
}

const date = str().refine(isBusinessDate, { message: 'date' });

export const rangeInput = z.object({
  kind: z.enum(RANGE_REPORTS),
  from: date,
  to: date,
  /** Slow movers: in stock with nothing sold in this many days (by product). */
  slowDays: z.number().int().min(1).max(3650).default(90),
});

export const rangeReportsApi = {
  /** One report over [from, to] (shop days, both included): at most 5 years, never past today. */
  'reports.getRange': method<RangeReport>()({ input: rangeInput, access: 'manager' }),
  /** A section of the report as a spreadsheet (UTF-8 with a BOM; rupees with 2 decimals; totals rows marked 'total'). */
  'reports.exportRange': method<CsvFile>()({ input: rangeInput.extend({ section: str().max(40) }), access: 'manager' }),
  /** The report as one A4 HTML page (fonts inside) for Chromium to print or save as PDF. */
  'reports.printRange': method<{ fileName: string; html: string }>()({ input: rangeInput.extend({ lang: z.enum(['hi', 'en']) }), access: 'manager' }),
};
