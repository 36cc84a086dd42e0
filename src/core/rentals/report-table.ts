/** The rentals report as one table (what was earned, what is held): the CSV and the A4 page print the same rows, in the tab's words. */
import type { RentalReport } from '../../shared/api/rentals';
import { csvOf } from '../csv/export-table';
import { col, type ExportTable } from '../xlsx/columns';

export function rentalsReportTable(r: RentalReport): ExportTable {
  const rows: [string, string, number][] = [
    ['rentals', 'किराए पर दिए', r.rentals],
    ['rent', 'किराया', r.rentPaise],
    ['late_fees', 'देरी शुल्क', r.lateFeePaise],
    ['damage', 'नुकसान शुल्क', r.damagePaise],
    ['cancel_kept', 'रद्द बुकिंग से रखा', r.cancelKeptPaise],
    ['income', 'किराए की कुल आमदनी', r.rentPaise + r.lateFeePaise + r.damagePaise + r.cancelKeptPaise],
    ['gst', 'इसमें जीएसटी (सरकार का)', r.gstPaise],
    ['artisans_share', 'कारीगरों का हिस्सा', r.artisanSharePaise],
    ['group_share', 'समूह का हिस्सा', r.groupPaise],
    ['deposits_held', 'बाहर गए सामान की जमानत', r.depositsHeldPaise],
    ['advances_held', 'बुकिंग का अग्रिम', r.advancesHeldPaise],
  ];
  return {
    name: `rentals ${r.from} ${r.to}`,
    columns: [col('item', 'text'), col('item_hi', 'text', 'मद'), col('amount', 'money'), col('count', 'count')],
    rows: rows.map(([k, hi, v]) => (k === 'rentals' ? [k, hi, null, v] : [k, hi, v, null])),
  };
}

export function rentalsReportCsv(r: RentalReport): { fileName: string; csv: string; rows: number } {
  const t = rentalsReportTable(r);
  return { fileName: `rentals-${r.from}_${r.to}.csv`, csv: csvOf(t), rows: t.rows.length };
}
