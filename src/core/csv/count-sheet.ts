import type { CountSheet } from '../../shared/api/counts';
import { writeCsv } from './table';
import { formatRupees, formatScaled } from './values';

const HEADERS = ['sku', 'name_hi', 'name_en', 'unit', 'price', 'expected', 'counted', 'difference', 'difference_value'];

/**
 * A count as a spreadsheet: blank "counted" cells on an open count make it a sheet to count
 * on paper; after posting, the same file is the variance report (with a total row).
 */
export function countSheetCsv(c: CountSheet): string {
  const rows: (string | number)[][] = c.lines.map((l) => [
    l.sku, l.nameHi, l.nameEn, l.unit, formatRupees(l.pricePaise), formatScaled(l.expectedMilli, 3),
    l.countedMilli === null ? '' : formatScaled(l.countedMilli, 3),
    l.varianceMilli === null ? '' : formatScaled(l.varianceMilli, 3),
    l.varianceValuePaise === null ? '' : formatRupees(l.varianceValuePaise),
  ]);
  rows.push(['TOTAL', '', '', '', '', '', '', '', formatRupees(c.varianceValuePaise)]);
  return writeCsv(HEADERS, rows);
}
