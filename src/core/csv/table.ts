import Papa from 'papaparse';
import { AppError } from '../../shared/errors';

export interface ColumnSpec {
  key: string;
  required?: boolean;
  /** Other headers people write for this column (Hindi, spaced, capitalised). */
  aliases?: string[];
}

export interface CsvTable {
  /** canonical key -> index in each row */
  index: Map<string, number>;
  rows: string[][];
}

const norm = (h: string) => h.trim().toLowerCase().replace(/[\s-]+/g, '_');

/**
 * Parse spreadsheet text into rows keyed by canonical column names. Refuses, naming the
 * problem: text that was not UTF-8 (replacement or NUL characters), unknown or missing
 * columns, and rows whose cell count does not match the header. Excel's BOM is dropped.
 */
export function readCsv(text: string, columns: ColumnSpec[]): CsvTable {
  if (/[\uFFFD\u0000]/.test(text)) throw new AppError('CSV_ENCODING', {});
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' });
  const [header, ...rows] = parsed.data;
  if (!header || header.length === 0) throw new AppError('CSV_COLUMNS', { missing: columns.filter((c) => c.required).map((c) => c.key), unknown: [] });
  const byName = new Map<string, string>();
  for (const c of columns) for (const name of [c.key, ...(c.aliases ?? [])]) byName.set(norm(name), c.key);
  const index = new Map<string, number>();
  const unknown: string[] = [];
  header.forEach((h, i) => {
    const key = byName.get(norm(h));
    if (!key) unknown.push(h);
    else if (index.has(key)) unknown.push(h); // the same column twice
    else index.set(key, i);
  });
  const missing = columns.filter((c) => c.required && !index.has(c.key)).map((c) => c.key);
  if (unknown.length || missing.length) throw new AppError('CSV_COLUMNS', { missing, unknown });
  const ragged = rows.findIndex((r) => r.length !== header.length);
  if (ragged >= 0) throw new AppError('CSV_COLUMNS', { missing: [], unknown: [], row: ragged + 2, cells: rows[ragged]!.length, expected: header.length });
  return { index, rows };
}

export function cell(t: CsvTable, row: string[], key: string): string {
  const i = t.index.get(key);
  return i === undefined ? '' : unguard((row[i] ?? '').trim());
}

/** Exactly the formula guard writeCsv adds is taken off again, so an export imports back unchanged. */
function unguard(v: string): string {
  return /^'[=+\-@\t\r]/.test(v) && !/^'-\d+(\.\d+)?$/.test(v) ? v.slice(1) : v;
}

/** A cell a spreadsheet would run as a formula is made inert (CSV injection); plain numbers stay numbers. */
function inert(v: string | number): string | number {
  return typeof v === 'string' && /^[=+\-@\t\r]/.test(v) && !/^-\d+(\.\d+)?$/.test(v) ? `'${v}` : v;
}

/** CSV text for spreadsheets: UTF-8 with a BOM (Excel then reads Devanagari), CRLF lines. */
export function writeCsv(headers: string[], rows: (string | number)[][]): string {
  return '\uFEFF' + Papa.unparse({ fields: headers, data: rows.map((r) => r.map(inert)) }, { newline: '\r\n' });
}
