/**
 * GSTR-1 from the ledgers, for a month or a quarter. Every bill is to a walk-in customer at the
 * counter in the shop's own state (no customer GSTIN is taken), so every supply is B2C (small),
 * intra-state: CGST + SGST, no IGST, place of supply = the shop's state (its GSTIN's first digits).
 * Returns are credit notes to unregistered customers: for B2C (small) supplies the portal takes them
 * netted into b2cs and hsn of the period they are issued in (cdnur is only for B2C large and exports,
 * which this counter never makes), and they are listed apart as the credit-note register.
 * Rent, late fees and damage carry GST at the rented item's rate (0019-rental-gst) and count in too.
 * Bills cannot be cancelled in this shop (a bill is undone by a return), and numbers are gapless,
 * so documents issued show 0 cancelled unless a number is missing from a series.
 */
import type { CreditNoteRow, DocsRow, Gstr1Report, HsnRow } from '../../shared/api/gst';
import type { DB } from '../db/open';
import { stmt } from '../db/stmt';
import type { Period } from './period';
import { stateOf } from './states';

export const GSTR1_SQL = {
  /** The period's tax invoices' lines by HSN, unit and rate, from their daily sums (gst_daily, migration 0029). */
  sold: `SELECT hsn, unit, gst_rate_bps AS rate, sum(qty_milli) AS qty, sum(taxable_paise) AS taxable, sum(cgst_paise) AS cgst, sum(sgst_paise) AS sgst
           FROM gst_daily WHERE business_date BETWEEN ? AND ? AND invoice_kind = 'tax_invoice' GROUP BY hsn, unit, gst_rate_bps`,
  returned: `SELECT l.hsn, l.unit, l.gst_rate_bps AS rate, sum(rl.qty_milli) AS qty, sum(rl.taxable_paise) AS taxable, sum(rl.cgst_paise) AS cgst, sum(rl.sgst_paise) AS sgst
               FROM sale_returns r JOIN sale_return_lines rl ON rl.return_id = r.id JOIN sale_lines l ON l.id = rl.sale_line_id JOIN sales s ON s.id = l.sale_id
              WHERE r.business_date BETWEEN ? AND ? AND s.invoice_kind = 'tax_invoice' GROUP BY l.hsn, l.unit, l.gst_rate_bps`,
  rented: `SELECT l.hsn, 'rent' AS unit, l.gst_rate_bps AS rate, 0 AS qty, sum(c.amount_paise - c.tax_paise) AS taxable, sum(c.cgst_paise) AS cgst, sum(c.sgst_paise) AS sgst
             FROM rental_charges c JOIN rental_lines l ON l.id = c.line_id
            WHERE c.business_date BETWEEN ? AND ? AND c.kind IN ('rent', 'late_fee', 'damage') AND l.gst_rate_bps > 0 GROUP BY l.hsn, l.gst_rate_bps`,
  creditNotes: `SELECT r.return_no AS noteNo, r.business_date AS date, s.bill_no AS billNo, l.gst_rate_bps AS rateBps, sum(rl.taxable_paise) AS taxablePaise,
                       sum(rl.cgst_paise) AS cgstPaise, sum(rl.sgst_paise) AS sgstPaise, sum(rl.refund_paise) AS valuePaise
                  FROM sale_returns r JOIN sale_return_lines rl ON rl.return_id = r.id JOIN sale_lines l ON l.id = rl.sale_line_id JOIN sales s ON s.id = l.sale_id
                 WHERE r.business_date BETWEEN ? AND ? AND s.invoice_kind = 'tax_invoice' GROUP BY r.id, l.gst_rate_bps ORDER BY r.id, l.gst_rate_bps`,
  /** A series is the number without its 6-digit tail (prefix, financial year, counter). */
  bills: `SELECT series, min(first_no) AS first, max(last_no) AS last, min(lo) AS lo, max(hi) AS hi, sum(bills) AS n
            FROM bill_series_daily WHERE business_date BETWEEN ? AND ? AND invoice_kind = 'tax_invoice' GROUP BY series ORDER BY first`,
  notes: `SELECT substr(r.return_no, 1, length(r.return_no) - 6) AS series, min(r.return_no) AS first, max(r.return_no) AS last,
                 min(CAST(substr(r.return_no, -6) AS INTEGER)) AS lo, max(CAST(substr(r.return_no, -6) AS INTEGER)) AS hi, count(*) AS n
            FROM sale_returns r JOIN sales s ON s.id = r.sale_id WHERE r.business_date BETWEEN ? AND ? AND s.invoice_kind = 'tax_invoice' GROUP BY series ORDER BY first`,
} as const;

type LineSum = { hsn: string; unit: string; rate: number; qty: number; taxable: number; cgst: number; sgst: number };

/** The unit quantity codes of the portal for the catalogue's units; rent is a service (NA). */
export const UQC: Record<string, string> = { piece: 'PCS', pair: 'PRS', set: 'SET', metre: 'MTR', rent: 'NA' };

/** The HSN as reported: its first 4 or 6 digits (Notification 78/2020-CT: 4 up to ₹5 crore AATO, 6 above). */
export function hsnCut(hsn: string, digits: 4 | 6): string {
  return hsn.replace(/\D/g, '').slice(0, digits);
}

export function gstr1(db: DB, p: Period, gstin: string, digits: 4 | 6): Gstr1Report {
  const all = <R>(sql: string) => stmt<[string, string], R>(db, sql).all(p.from, p.to);
  const pos = stateOf(gstin);
  const hsn = new Map<string, HsnRow>();
  const b2cs = new Map<number, { taxable: number; cgst: number; sgst: number }>();
  const warnings = new Map<string, Gstr1Report['warnings'][number]>();
  let nil = 0;
  const add = (r: LineSum, sign: 1 | -1) => {
    const code = hsnCut(r.hsn, digits);
    if (code.length < digits) warnings.set(code, { code: code ? 'hsn_short' : 'hsn_missing', hsn: r.hsn });
    const uqc = UQC[r.unit] ?? 'OTH';
    const key = `${code}|${uqc}|${r.rate}`;
    const h = hsn.get(key) ?? { hsn: code, description: '', uqc, qtyMilli: 0, rateBps: r.rate, valuePaise: 0, taxablePaise: 0, igstPaise: 0, cgstPaise: 0, sgstPaise: 0 };
    h.qtyMilli += sign * r.qty;
    h.taxablePaise += sign * r.taxable;
    h.cgstPaise += sign * r.cgst;
    h.sgstPaise += sign * r.sgst;
    h.valuePaise += sign * (r.taxable + r.cgst + r.sgst);
    hsn.set(key, h);
    if (r.rate === 0) {
      nil += sign * r.taxable;
      return;
    }
    const b = b2cs.get(r.rate) ?? { taxable: 0, cgst: 0, sgst: 0 };
    b.taxable += sign * r.taxable;
    b.cgst += sign * r.cgst;
    b.sgst += sign * r.sgst;
    b2cs.set(r.rate, b);
  };
  for (const r of all<LineSum>(GSTR1_SQL.sold)) add(r, 1);
  for (const r of all<LineSum>(GSTR1_SQL.returned)) add(r, -1);
  for (const r of all<LineSum>(GSTR1_SQL.rented)) add(r, 1);

  type Series = { series: string; first: string; last: string; lo: number; hi: number; n: number };
  const docs = (docNum: 1 | 5, rows: Series[]): DocsRow[] =>
    rows.map((s) => ({ docNum, from: s.first, to: s.last, total: s.hi - s.lo + 1, cancelled: s.hi - s.lo + 1 - s.n }));
  const b2csRows = [...b2cs.entries()].sort((a, b) => a[0] - b[0]).map(([rate, b]) => ({
    type: 'OE' as const, placeOfSupply: pos.label, rateBps: rate, taxablePaise: b.taxable, igstPaise: 0, cgstPaise: b.cgst, sgstPaise: b.sgst,
  }));
  const hsnRows = [...hsn.values()].filter((h) => h.taxablePaise !== 0 || h.qtyMilli !== 0).sort((a, b) => a.hsn.localeCompare(b.hsn) || a.rateBps - b.rateBps || a.uqc.localeCompare(b.uqc));
  const sum = (k: 'taxablePaise' | 'cgstPaise' | 'sgstPaise' | 'igstPaise') => hsnRows.reduce((a, h) => a + h[k], 0);
  return {
    kind: 'gstr1', period: p.period, from: p.from, to: p.to, gstin, fp: p.fp, hsnDigits: digits,
    b2cs: b2csRows, hsn: hsnRows,
    creditNotes: all<CreditNoteRow>(GSTR1_SQL.creditNotes),
    docs: [...docs(1, all<Series>(GSTR1_SQL.bills)), ...docs(5, all<Series>(GSTR1_SQL.notes))],
    nilRatedPaise: nil,
    warnings: [...warnings.values()],
    totals: { taxablePaise: sum('taxablePaise'), cgstPaise: sum('cgstPaise'), sgstPaise: sum('sgstPaise'), igstPaise: sum('igstPaise') },
  };
}
