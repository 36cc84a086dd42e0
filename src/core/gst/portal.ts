/**
 * GSTR-1 in the GST portal's own layouts, for the accountant to upload.
 *
 * CSV: one file per section with the headers of the worksheets of the offline tool's "GSTR1 Excel
 * Workbook Template" V2.0 (the Phase-III template, return periods from May 2025: Table 12 split into
 * hsn(b2b) and hsn(b2c), each with a Rate column; Table 13 "doc" mandatory): b2cs, hsn (b2c: every
 * bill here is to an unregistered customer), docs. cdnur is not made: it holds credit notes of B2C
 * large and export invoices only, which this counter never issues (see gstr1.ts).
 * JSON: the GSTR-1 upload schema's sections b2cs, hsn.hsn_b2c and doc_issue.doc_det, keyed as the
 * offline tool writes them (gstin, fp 'MMYYYY', sply_ty, pos, typ, rt, txval, iamt, camt, samt, csamt,
 * hsn_sc, uqc, qty, doc_num, doc_typ, docs[].num/from/to/totnum/cancel/net_issue).
 * Amounts are rupees with 2 decimals from integer paise; rates are percentages.
 */
import type { Gstr1Report, TurnoverStatement } from '../../shared/api/gst';
import { writeCsv } from '../csv/table';
import { formatRupees, formatScaled } from '../csv/values';

/** The version tag the offline tool writes into its JSON (GST3.x); kept as the tool's JSON header has it. */
export const JSON_VERSION = 'GST3.2.1';

const DOC_TYPE = { 1: 'Invoices for outward supply', 5: 'Credit Note' } as const;
const UQC_LABEL: Record<string, string> = { PCS: 'PCS-PIECES', PRS: 'PRS-PAIRS', SET: 'SET-SETS', MTR: 'MTR-METERS', NA: 'NA', OTH: 'OTH-OTHERS' };

const rate = (bps: number) => formatScaled(bps, 2) || '0';
const rupees = (paise: number) => Number(formatRupees(paise));

export const CSV_HEADERS = {
  b2cs: ['Type', 'Place Of Supply', 'Rate', 'Applicable % of Tax Rate', 'Taxable Value', 'Cess Amount', 'E-Commerce GSTIN'],
  hsn: ['HSN', 'Description', 'UQC', 'Total Quantity', 'Total Value', 'Rate', 'Taxable Value', 'Integrated Tax Amount', 'Central Tax Amount', 'State/UT Tax Amount', 'Cess Amount'],
  docs: ['Nature of Document', 'Sr. No. From', 'Sr. No. To', 'Total Number', 'Cancelled'],
  turnover: ['month', 'bills', 'sales', 'returns', 'rentals', 'turnover'],
} as const;

export function gstr1Csv(r: Gstr1Report, section: 'b2cs' | 'hsn' | 'docs'): { csv: string; rows: number } {
  const rows: (string | number)[][] =
    section === 'b2cs'
      ? r.b2cs.map((b) => [b.type, b.placeOfSupply, rate(b.rateBps), '', formatRupees(b.taxablePaise), '0.00', ''])
      : section === 'hsn'
        ? r.hsn.map((h) => [
            h.hsn, h.description, UQC_LABEL[h.uqc] ?? h.uqc, formatScaled(h.qtyMilli, 3), formatRupees(h.valuePaise), rate(h.rateBps), formatRupees(h.taxablePaise),
            formatRupees(h.igstPaise), formatRupees(h.cgstPaise), formatRupees(h.sgstPaise), '0.00',
          ])
        : r.docs.map((d) => [DOC_TYPE[d.docNum], d.from, d.to, d.total, d.cancelled]);
  return { csv: writeCsv([...CSV_HEADERS[section]], rows), rows: rows.length };
}

export function turnoverCsv(t: TurnoverStatement): { csv: string; rows: number } {
  const rows = [...t.byMonth.map((m) => [m.month, m.bills, formatRupees(m.salesPaise), formatRupees(m.returnsPaise), formatRupees(m.rentalsPaise), formatRupees(m.turnoverPaise)]),
    [t.period, t.bills, formatRupees(t.salesPaise), formatRupees(t.returnsPaise), formatRupees(t.rentalsPaise), formatRupees(t.turnoverPaise)]];
  return { csv: writeCsv([...CSV_HEADERS.turnover], rows), rows: rows.length };
}

export function gstr1Json(r: Gstr1Report): object {
  const pos = r.gstin.slice(0, 2);
  const byDoc = (n: 1 | 5) => r.docs.filter((d) => d.docNum === n);
  return {
    gstin: r.gstin,
    fp: r.fp,
    version: JSON_VERSION,
    hash: 'hash',
    b2cs: r.b2cs.map((b) => ({ sply_ty: 'INTRA', rt: Number(rate(b.rateBps)), typ: b.type, pos, txval: rupees(b.taxablePaise), iamt: 0, camt: rupees(b.cgstPaise), samt: rupees(b.sgstPaise), csamt: 0 })),
    hsn: {
      hsn_b2c: r.hsn.map((h, i) => ({
        num: i + 1, hsn_sc: h.hsn, desc: h.description, uqc: h.uqc, qty: Number(formatScaled(h.qtyMilli, 3)), rt: Number(rate(h.rateBps)),
        txval: rupees(h.taxablePaise), iamt: rupees(h.igstPaise), camt: rupees(h.cgstPaise), samt: rupees(h.sgstPaise), csamt: 0,
      })),
    },
    doc_issue: {
      doc_det: ([1, 5] as const).filter((n) => byDoc(n).length).map((n) => ({
        doc_num: n, doc_typ: DOC_TYPE[n],
        docs: byDoc(n).map((d, i) => ({ num: i + 1, from: d.from, to: d.to, totnum: d.total, cancel: d.cancelled, net_issue: d.total - d.cancelled })),
      })),
    },
  };
}
