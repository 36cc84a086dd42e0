/**
 * One column model for every table the shop exports (catalogue, statement, reports): each column
 * says what kind of value it holds, in the units the core stores, and each writer types it at the
 * edge. CSV (src/core/csv/table.ts `csvOf`) writes plain text ('4900.00', '2.5'); XLSX
 * (./write.ts `xlsxOf`) writes typed cells: codes as text (barcodes and HSN keep every digit and
 * leading zero), money as numbers in rupees, dates as dates, names as strings.
 */
export type ColumnKind =
  /** Free text: names, notes, yes/no words. */
  | 'text'
  /** An identifier that looks like a number but is not one: SKU, barcode, HSN, bill number. */
  | 'code'
  /** Integer paise; written in rupees with 2 decimals. */
  | 'money'
  /** Integer thousandths of a unit (qty_milli). */
  | 'qty'
  /** Basis points; written as a percentage figure ('5' for 5 %). */
  | 'percent'
  /** A business date 'YYYY-MM-DD'. */
  | 'date'
  /** A whole number (bills, lines). */
  | 'count';

export type CellValue = string | number | null;

export interface TableColumn {
  /** The CSV header and the import key ('her_share'); stable. */
  key: string;
  kind: ColumnKind;
  /** The XLSX header a person reads; the key when absent. */
  label?: string;
  /** Approximate width in characters for XLSX. */
  width?: number;
}

export interface ExportTable {
  /** Sheet name in XLSX (at most 31 characters). */
  name: string;
  columns: TableColumn[];
  rows: CellValue[][];
}

/** A column of each kind, briefly: `col('price', 'money')`. */
export const col = (key: string, kind: ColumnKind, label?: string, width?: number): TableColumn => ({ key, kind, ...(label ? { label } : {}), ...(width ? { width } : {}) });

/** A business date as a Date at UTC midnight: spreadsheets store days, not instants, so no zone moves it. */
export function dateCell(date: string): Date {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d!));
}
