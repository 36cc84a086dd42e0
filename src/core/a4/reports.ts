/**
 * The older report tabs on A4 (#15 "every report prints as an A4 PDF"): the monthly report, the
 * rentals report and the GST return, from the same figures as their screens and spreadsheets.
 * Tables of the shared column model (src/core/xlsx/columns.ts) are printed cell by cell with the
 * range reports' own formatter, so a rupee or a date reads the same on every page.
 */
import type { A4Doc, A4Table } from '../../printing/a4/model';
import { bi, dateTime, day } from '../../printing/format';
import type { Gstr1Report, TurnoverStatement } from '../../shared/api/gst';
import type { ColumnKind as CellKind } from '../../shared/api/range-reports';
import type { Lang } from '../../shared/money';
import { formatCell } from '../../shared/report-format';
import type { DB } from '../db/open';
import { gstReport } from '../gst/handlers';
import { monthlyTable } from '../reports/monthly-csv';
import { rentalReport } from '../rentals/report';
import { rentalsReportTable } from '../rentals/report-table';
import { requireSettings } from '../settings/handlers';
import { col, type CellValue, type ColumnKind, type TableColumn } from '../xlsx/columns';

const CELL: Record<ColumnKind, CellKind> = { text: 'text', code: 'text', money: 'money', qty: 'qty', percent: 'pct', date: 'date', count: 'count' };
const RIGHT = new Set<ColumnKind>(['money', 'qty', 'percent', 'count']);

/** A column-model table's rows (and totals) as printed words, each cell by its column's kind. */
function a4Table(t: { columns: TableColumn[]; rows: CellValue[][] }, lang: Lang, labels: Record<string, string>, heading?: string, totals: CellValue[][] = []): A4Table {
  const cell = (row: CellValue[]) => t.columns.map((c, i) => formatCell(row[i] ?? null, CELL[c.kind], lang));
  return {
    ...(heading ? { heading } : {}),
    columns: t.columns.map((c) => ({ label: labels[c.key] ?? c.label ?? c.key, align: RIGHT.has(c.kind) ? 'right' as const : 'left' as const })),
    rows: t.rows.map(cell),
    totals: totals.map(cell),
    empty: bi('इस अवधि में कुछ नहीं।', 'Nothing in this period.', lang),
  };
}

function page(db: DB, lang: Lang, now: Date, title: string, period: string, tables: A4Table[], footer: string[] = []): A4Doc {
  const s = requireSettings(db);
  return {
    lang,
    shop: { name: s.shopName, lines: [s.address, [s.phone, s.gstin ? `GSTIN ${s.gstin}` : ''].filter(Boolean).join(' · ')].filter(Boolean) },
    title,
    meta: [[bi('अवधि', 'Period', lang), period]],
    tables,
    footer,
    printedAt: `${bi('छपा', 'Printed', lang)} ${dateTime(now.toISOString(), s.timeZone)}`,
  };
}

const MONTHLY_LABELS = (L: Lang): Record<string, string> => ({
  date: bi('दिन', 'Day', L), craft_hi: bi('शिल्प', 'Craft', L), craft_en: 'Craft (English)', bills: bi('बिल', 'Bills', L), lines: bi('लाइनें', 'Lines', L),
  qty: bi('मात्रा', 'Qty', L), gross: bi('कुल', 'Gross', L), after_discounts: bi('छूट के बाद', 'After discounts', L), returned: bi('वापसी', 'Returned', L),
  net_sales: bi('शुद्ध बिक्री', 'Net sales', L), gst: 'GST', artisans_share: bi('कारीगरों का हिस्सा', "Artisans' share", L), group_share: bi('समूह का हिस्सा', "Group's share", L),
});

/** The monthly report: by craft, then by day, the month's totals under each. */
export function monthlyA4(db: DB, month: string, lang: Lang, now: Date): A4Doc {
  const t = monthlyTable(db, month);
  const section = (name: string, keys: string[]) => {
    const idx = keys.map((k) => t.columns.findIndex((c) => c.key === k));
    const pick = (rows: CellValue[][]) => rows.map((r) => idx.map((i) => r[i] ?? null));
    return { columns: idx.map((i) => t.columns[i]!), rows: pick(t.rows.filter((r) => r[0] === name)), month: pick(t.rows.filter((r) => r[0] === 'month')) };
  };
  const figures = ['lines', 'qty', 'gross', 'after_discounts', 'returned', 'net_sales', 'gst', 'artisans_share', 'group_share'];
  const crafts = section('craft', [lang === 'hi' ? 'craft_hi' : 'craft_en', ...figures]);
  const days = section('day', ['date', 'bills', ...figures]);
  const labels = MONTHLY_LABELS(lang);
  const monthRow = (rows: CellValue[][], first: string) => rows.map((r) => [first, ...r.slice(1)]);
  const total = bi('महीना', 'Month', lang);
  const [y, m] = month.split('-');
  return page(db, lang, now, bi('मासिक रिपोर्ट', 'Monthly report', lang), `${m}/${y}`, [
    a4Table(crafts, lang, labels, bi('शिल्प के हिसाब से', 'By craft', lang), monthRow(crafts.month, total)),
    a4Table(days, lang, labels, bi('दिन के हिसाब से', 'By day', lang), monthRow(days.month, total)),
  ]);
}

const RENTAL_EN: Record<string, string> = {
  rentals: 'Rentals handed over', rent: 'Rent', late_fees: 'Late fees', damage: 'Damage charges', cancel_kept: 'Kept from cancelled bookings', income: 'Rental income in all',
  gst: 'GST in it (goes to the government)', artisans_share: 'Artisans’ share (for their pieces)', group_share: 'Group’s part', deposits_held: 'Deposits of rentals out', advances_held: 'Advances of bookings',
};

export function rentalsReportA4(db: DB, from: string, to: string, lang: Lang, now: Date): A4Doc {
  const t = rentalsReportTable(rentalReport(db, from, to));
  const rows = t.rows.map((r) => [lang === 'hi' ? r[1]! : RENTAL_EN[r[0] as string]!, r[2] ?? r[3] ?? null]);
  const kinds = t.rows.map((r) => (r[2] === null ? 'count' : 'money') as ColumnKind);
  const table: A4Table = {
    heading: bi('किराये का हिसाब', 'Rentals', lang),
    columns: [{ label: bi('मद', 'Item', lang) }, { label: bi('राशि', 'Amount', lang), align: 'right' }],
    rows: rows.map((r, i) => [String(r[0]), formatCell(r[1] as number, CELL[kinds[i]!], lang)]),
  };
  const note = bi('आय: इस अवधि में लिया किराया और शुल्क (जीएसटी सहित)। जमानत और अग्रिम ग्राहकों के हैं, आय नहीं।', 'Income: rent and fees charged in the period (GST included). Deposits and advances belong to customers, not income.', lang);
  return page(db, lang, now, bi('किराये की रिपोर्ट', 'Rentals report', lang), `${day(from)} – ${day(to)}`, [table], [note]);
}

const GST_LABELS = (L: Lang): Record<string, string> => ({
  type: bi('प्रकार', 'Type', L), pos: bi('आपूर्ति का स्थान', 'Place of supply', L), rate: bi('दर %', 'Rate %', L), taxable: bi('कर योग्य मूल्य', 'Taxable value', L),
  igst: 'IGST', cgst: 'CGST', sgst: 'SGST', hsn: 'HSN', description: bi('विवरण', 'Description', L), uqc: 'UQC', qty: bi('मात्रा', 'Quantity', L), value: bi('कुल मूल्य', 'Total value', L),
  note: bi('क्रेडिट नोट', 'Credit note', L), date: bi('तारीख', 'Date', L), bill: bi('बिल', 'Bill', L), nature: bi('दस्तावेज़', 'Document', L), from: bi('से', 'From', L), to: bi('तक', 'To', L),
  total: bi('कुल', 'Total', L), cancelled: bi('रद्द', 'Cancelled', L), month: bi('महीना', 'Month', L), bills: bi('बिल', 'Bills', L), sales: bi('बिक्री', 'Sales', L),
  returns: bi('वापसी', 'Returns', L), rentals: bi('किराया', 'Rentals', L), turnover: bi('कुल कारोबार', 'Turnover', L),
});

function gstTables(r: Gstr1Report, L: Lang): A4Table[] {
  const labels = GST_LABELS(L);
  const c = col;
  return [
    a4Table({ columns: [c('type', 'text'), c('pos', 'text'), c('rate', 'percent'), c('taxable', 'money'), c('cgst', 'money'), c('sgst', 'money'), c('igst', 'money')],
      rows: r.b2cs.map((b) => [b.type, b.placeOfSupply, b.rateBps, b.taxablePaise, b.cgstPaise, b.sgstPaise, b.igstPaise]) }, L, labels, bi('बी2सी (छोटे)', 'B2C (small)', L)),
    a4Table({ columns: [c('hsn', 'code'), c('description', 'text'), c('uqc', 'code'), c('qty', 'qty'), c('value', 'money'), c('rate', 'percent'), c('taxable', 'money'), c('cgst', 'money'), c('sgst', 'money'), c('igst', 'money')],
      rows: r.hsn.map((h) => [h.hsn, h.description, h.uqc, h.qtyMilli, h.valuePaise, h.rateBps, h.taxablePaise, h.cgstPaise, h.sgstPaise, h.igstPaise]) }, L, labels, bi('एचएसएन सारांश', 'HSN summary', L),
      [[bi('कुल', 'Total', L), null, null, null, null, null, r.totals.taxablePaise, r.totals.cgstPaise, r.totals.sgstPaise, r.totals.igstPaise]]),
    a4Table({ columns: [c('note', 'code'), c('date', 'date'), c('bill', 'code'), c('rate', 'percent'), c('taxable', 'money'), c('cgst', 'money'), c('sgst', 'money'), c('value', 'money')],
      rows: r.creditNotes.map((n) => [n.noteNo, n.date, n.billNo, n.rateBps, n.taxablePaise, n.cgstPaise, n.sgstPaise, n.valuePaise]) }, L, labels, bi('क्रेडिट नोट (वापसी)', 'Credit notes (returns)', L)),
    a4Table({ columns: [c('nature', 'text'), c('from', 'code'), c('to', 'code'), c('total', 'count'), c('cancelled', 'count')],
      rows: r.docs.map((d) => [d.docNum === 1 ? bi('बिक्री के बिल', 'Invoices for outward supply', L) : bi('क्रेडिट नोट', 'Credit notes', L), d.from, d.to, d.total, d.cancelled]) }, L, labels, bi('जारी दस्तावेज़', 'Documents issued', L)),
  ];
}

function turnoverTable(t: TurnoverStatement, L: Lang): A4Table {
  const c = col;
  const row = (m: TurnoverStatement['byMonth'][number] | TurnoverStatement, label: string): CellValue[] => [label, m.bills, m.salesPaise, m.returnsPaise, m.rentalsPaise, m.turnoverPaise];
  return a4Table({ columns: [c('month', 'text'), c('bills', 'count'), c('sales', 'money'), c('returns', 'money'), c('rentals', 'money'), c('turnover', 'money')],
    rows: t.byMonth.map((m) => row(m, m.month)) }, L, GST_LABELS(L), bi('कारोबार (बिल ऑफ़ सप्लाई)', 'Turnover (bill of supply)', L), [row(t, bi('कुल', 'Total', L))]);
}

/** GSTR-1's summary for a month or quarter, or a bill-of-supply shop's turnover statement. */
export function gstReturnA4(db: DB, period: string, lang: Lang, now: Date): A4Doc {
  const r = gstReport(db, period, now);
  const range = `${day(r.from)} – ${day(r.to)}`;
  if (r.kind === 'turnover') return page(db, lang, now, bi('कारोबार का विवरण', 'Turnover statement', lang), range, [turnoverTable(r, lang)]);
  return page(db, lang, now, `GSTR-1 · ${r.gstin}`, range, gstTables(r, lang), [bi('फ़ाइल करने के लिए: जीएसटी टैब से CSV या JSON।', 'To file: the CSV or JSON from the GST tab.', lang)]);
}
