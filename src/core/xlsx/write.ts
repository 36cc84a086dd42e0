/**
 * XLSX from the shared column model (./columns.ts) through write-excel-file: every cell typed, so a
 * spreadsheet opens it right with default options (no import dialog, no encoding guess): codes as
 * text cells (format '@'), money as numbers in rupees (format '#,##0.00'), dates as dates
 * (dd/mm/yyyy), Hindi as it is (XLSX is always UTF-8), headers bold and frozen.
 */
import writeXlsxFile from 'write-excel-file/node';
import { dateCell, type CellValue, type ColumnKind, type ExportTable } from './columns';

type Cell = { value: string | number | Date; type?: typeof String | typeof Number | typeof Date; format?: string; fontWeight?: 'bold' } | null;

/** Money is integer paise in the core; here, at the edge, rupees as a spreadsheet number. */
const rupees = (paise: number) => Math.round(paise) / 100;

export function xlsxCell(kind: ColumnKind, v: CellValue): Cell {
  if (v === null || v === '') return null;
  switch (kind) {
    case 'money':
      return { value: rupees(Number(v)), type: Number, format: '#,##0.00' };
    case 'qty':
      return { value: Number(v) / 1000, type: Number };
    case 'percent':
      return { value: Number(v) / 100, type: Number };
    case 'count':
      return { value: Number(v), type: Number };
    case 'date':
      // A month ('2026-11') or anything not a day stays as text.
      return /^\d{4}-\d{2}-\d{2}$/.test(String(v)) ? { value: dateCell(String(v)), type: Date, format: 'dd/mm/yyyy' } : { value: String(v), type: String, format: '@' };
    case 'code':
      return { value: String(v), type: String, format: '@' };
    case 'text':
      return { value: String(v), type: String };
  }
}

/** One workbook, a sheet per table. */
export async function xlsxOf(tables: ExportTable[]): Promise<Buffer> {
  const sheets = tables.map((t) => ({
    sheet: t.name.slice(0, 31),
    data: [
      t.columns.map((c) => ({ value: c.label ?? c.key, type: String, fontWeight: 'bold' as const })),
      ...t.rows.map((r) => t.columns.map((c, i) => xlsxCell(c.kind, r[i] ?? null))),
    ],
    columns: t.columns.map((c) => ({ width: c.width ?? (c.kind === 'text' ? 28 : c.kind === 'code' ? 18 : 12) })),
    stickyRowsCount: 1,
  }));
  return (await writeXlsxFile(sheets as never).toBuffer()) as Buffer;
}
