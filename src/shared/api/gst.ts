import { z } from 'zod';
import { method } from './define';
import { str } from './fields';
import type { CsvFile } from './csv';

/**
 * A return period: a month 'YYYY-MM', or a quarter of a financial year 'YYYY-Qn' (YYYY: the year
 * the financial year starts; Q1 April–June … Q4 January–March, as quarterly (QRMP) filers file).
 * A quarter other than Q1–Q4 is 'quarter'; a period still to come is refused by the core ('future_period').
 */
export const periodInput = str()
  .regex(/^\d{4}-(\d{2}|Q\d+)$/, { message: 'period' })
  .refine((p) => !/-Q/.test(p) || /-Q[1-4]$/.test(p), { message: 'quarter' })
  .refine((p) => /-Q/.test(p) || /-(0[1-9]|1[0-2])$/.test(p), { message: 'period' });

/** B2C (small) supplies of one rate and place of supply, net of the credit notes of the period. */
export interface B2csRow {
  /** 'OE' (not through an e-commerce operator). */
  type: 'OE';
  /** State code and name, e.g. '22-Chhattisgarh'. */
  placeOfSupply: string;
  rateBps: number;
  taxablePaise: number;
  igstPaise: number;
  cgstPaise: number;
  sgstPaise: number;
}

export interface HsnRow {
  /** The HSN cut to the digits the shop's turnover band requires. */
  hsn: string;
  description: string;
  /** Unit quantity code: PCS, PRS, SET, MTR; NA for rent (a service). */
  uqc: string;
  qtyMilli: number;
  rateBps: number;
  /** Taxable value + tax. */
  valuePaise: number;
  taxablePaise: number;
  igstPaise: number;
  cgstPaise: number;
  sgstPaise: number;
}

/** A return against a bill: a credit note (per rate), to an unregistered customer, intra-state. */
export interface CreditNoteRow {
  noteNo: string;
  date: string;
  billNo: string;
  rateBps: number;
  taxablePaise: number;
  cgstPaise: number;
  sgstPaise: number;
  valuePaise: number;
}

/** Table 13: one series of documents with its first and last number, how many, how many cancelled. */
export interface DocsRow {
  /** 1: invoices for outward supply; 5: credit notes (the portal's document numbers). */
  docNum: 1 | 5;
  from: string;
  to: string;
  total: number;
  cancelled: number;
}

export interface Gstr1Report {
  kind: 'gstr1';
  period: string;
  from: string;
  to: string;
  gstin: string;
  /** Filing period as the portal writes it: 'MMYYYY' of the period's last month. */
  fp: string;
  /** 4 up to ₹5 crore aggregate annual turnover, 6 above (the owner's setting). */
  hsnDigits: 4 | 6;
  b2cs: B2csRow[];
  hsn: HsnRow[];
  creditNotes: CreditNoteRow[];
  docs: DocsRow[];
  /** Supplies at 0% (nil rated: GSTR-1 table 8, not in b2cs). */
  nilRatedPaise: number;
  /** HSN codes shorter than required, or missing, on the period's lines. */
  warnings: { code: 'hsn_short' | 'hsn_missing'; hsn: string }[];
  totals: { taxablePaise: number; cgstPaise: number; sgstPaise: number; igstPaise: number };
}

/** A shop without a GSTIN issues bills of supply and files no GSTR-1: its turnover for the period. */
export interface TurnoverStatement {
  kind: 'turnover';
  period: string;
  from: string;
  to: string;
  bills: number;
  salesPaise: number;
  returnsPaise: number;
  rentalsPaise: number;
  /** Sales - returns + rental income (rent, fees, damage, kept advances). */
  turnoverPaise: number;
  byMonth: { month: string; bills: number; salesPaise: number; returnsPaise: number; rentalsPaise: number; turnoverPaise: number }[];
}

export interface GstSettings {
  /** Aggregate annual turnover (all the PAN's GSTINs, preceding financial year) above ₹5 crore: 6-digit HSN. */
  aatoOver5Crore: boolean;
}

export const GSTR1_SECTIONS = ['b2cs', 'hsn', 'docs', 'json', 'turnover'] as const;

export const gstApi = {
  /** GSTR-1 for a month or quarter (a registered shop), or the turnover statement of a bill-of-supply shop. */
  'gst.getReturn': method<Gstr1Report | TurnoverStatement>()({ input: z.object({ period: periodInput }), access: 'manager' }),
  /** One section as a CSV in the offline tool's layout, or the whole return as the portal's JSON (csv holds the JSON text then). */
  'gst.exportReturn': method<CsvFile>()({ input: z.object({ period: periodInput, section: z.enum(GSTR1_SECTIONS) }), access: 'manager' }),
  'gst.getSettings': method<GstSettings>()({ input: z.object({}), access: 'manager' }),
  'gst.updateSettings': method<GstSettings>()({ input: z.object({ aatoOver5Crore: z.boolean() }), access: 'owner' }),
};
