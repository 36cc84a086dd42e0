/** CSV from the shared column model (src/core/xlsx/columns.ts): the same table an XLSX export writes, as text. */
import type { CellValue, ColumnKind, ExportTable } from '../xlsx/columns';
import { writeCsv } from './table';
import { formatRupees, formatScaled } from './values';

export function csvValue(kind: ColumnKind, v: CellValue): string | number {
  if (v === null) return '';
  switch (kind) {
    case 'money':
      return formatRupees(Number(v));
    case 'qty':
      return formatScaled(Number(v), 3);
    case 'percent':
      return formatScaled(Number(v), 2);
    default:
      return v;
  }
}

/** The table as CSV text: its keys as the header, one line per row. */
export function csvOf(t: ExportTable): string {
  return writeCsv(t.columns.map((c) => c.key), t.rows.map((r) => t.columns.map((c, i) => csvValue(c.kind, r[i] ?? null))));
}
