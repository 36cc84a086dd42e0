/** Small builders for the report model (src/shared/api/range-reports.ts): columns, words, totals. */
import type { Cell, ColumnKind, ReportColumn, ReportSection, Words } from '../../../shared/api/range-reports';

export const w = (hi: string, en: string): Words => ({ hi, en });

export const col = (key: string, kind: ColumnKind, hi: string, en: string): ReportColumn => ({ key, kind, label: w(hi, en) });

/** A name in both languages, either filling in for a missing other. */
export const names = (hi: string, en: string): Words => w(hi || en, en || hi);

export const TOTAL = w('कुल', 'Total');

/** The sum of each numeric column (money, count, qty) over the rows; other cells blank, the first says Total. */
export function sumRow(columns: ReportColumn[], rows: Cell[][], first: Cell = TOTAL): Cell[] {
  return columns.map((c, i) => {
    if (i === 0) return first;
    if (c.kind !== 'money' && c.kind !== 'count' && c.kind !== 'qty') return null;
    return rows.reduce<number>((a, r) => a + (typeof r[i] === 'number' ? (r[i] as number) : 0), 0);
  });
}

/** A section whose totals row sums its numeric columns. */
export function summed(s: Omit<ReportSection, 'totals'> & { totals?: Cell[][] }): ReportSection {
  return { ...s, totals: s.totals ?? (s.rows.length ? [sumRow(s.columns, s.rows)] : []) };
}

/** A share in basis points of a whole (0 when the whole is 0), rounded half away from zero. */
export const shareBps = (part: number, whole: number): number => (whole === 0 ? 0 : Math.round((part * 10_000) / whole));
