/**
 * A report section as a spreadsheet: UTF-8 with a BOM, formula-safe cells (writeCsv), plain
 * numbers a spreadsheet sums (rupees with 2 decimals, no ₹ or grouping; quantities in units;
 * shares in percent), names in two columns (<key>_hi, <key>_en), and totals on their own rows
 * marked 'total' in the first column, so a column of rows sums to them and nothing counts twice.
 */
import type { Cell, RangeReport, ReportColumn, ReportSection } from '../../../shared/api/range-reports';
import { isWords } from '../../../shared/report-format';
import { writeCsv } from '../../csv/table';
import { formatRupees, formatScaled } from '../../csv/values';

const bilingual = (s: ReportSection, i: number) => s.columns[i]!.kind === 'text' && s.rows.some((r) => isWords(r[i] ?? null));

function value(c: Cell, col: ReportColumn): string | number {
  if (c === null || isWords(c)) return '';
  if (typeof c === 'string') return c;
  switch (col.kind) {
    case 'money':
      return formatRupees(c);
    case 'qty':
      return formatScaled(c, 3);
    case 'pct':
      return (c / 100).toFixed(2);
    default:
      return c;
  }
}

export function sectionCsv(s: ReportSection): string {
  const two = s.columns.map((_, i) => bilingual(s, i));
  const headers = ['row', ...s.columns.flatMap((c, i) => (two[i] ? [`${c.key}_hi`, `${c.key}_en`] : [c.key]))];
  const line = (mark: string, r: Cell[]) => [mark, ...s.columns.flatMap((c, i) => {
    const cell = r[i] ?? null;
    if (two[i]) return isWords(cell) ? [cell.hi, cell.en] : [value(cell, c), value(cell, c)];
    return [value(cell, c)];
  })];
  return writeCsv(headers, [...s.rows.map((r) => line('', r)), ...s.totals.map((r) => line('total', r))]);
}

export function reportCsv(r: RangeReport, sectionId: string): { fileName: string; csv: string; rows: number } | null {
  const s = r.sections.find((x) => x.id === sectionId);
  if (!s) return null;
  return { fileName: `${r.kind}-${s.id}-${r.from}_${r.to}.csv`, csv: sectionCsv(s), rows: s.rows.length + s.totals.length };
}
