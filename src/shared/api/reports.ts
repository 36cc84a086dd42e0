import { z } from 'zod';
import { isBusinessDate } from '../dates';
import { method } from './define';
import { optionalText, paise, requestId, str } from './fields';
import type { CsvFile } from './csv';
import { approvalInput, type PaymentMethod } from './sales';
import { countsInput, type CashMove, type DayOpenRecord } from './till';
import type { Counts } from '../denominations';

const date = str().refine(isBusinessDate, { message: 'date' });
export const month = str().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'month' });

export interface MoneyByMethod {
  method: PaymentMethod;
  /** Bills (payments) or returns (refunds) that used the method. */
  count: number;
  amountPaise: number;
}

export interface TaxByRate {
  rateBps: number;
  taxablePaise: number;
  cgstPaise: number;
  sgstPaise: number;
}

/**
 * A shop day's rentals. Income is rent, late fees, damage and kept advances charged that day;
 * deposits and advances are the customers' money held by the shop (liabilities, never income).
 */
export interface DayRentals {
  /** Rentals handed over that day (walk-ins and pick-ups of bookings). */
  pickedUp: number;
  /** Check-ins that day (a rental may come back in parts: each counts). */
  returned: number;
  rentPaise: number;
  lateFeePaise: number;
  damagePaise: number;
  cancelKeptPaise: number;
  /** rent + late fees + damage + kept advances (GST-inclusive, as charged). */
  incomePaise: number;
  /** GST (CGST + SGST) inside that day's rent, late fees and damage (also in the day's GST-by-rate table); 0 without a GSTIN. */
  taxPaise: number;
  /** Deposits taken at pick-up that day, and released back at check-in (a positive amount). */
  depositsTakenPaise: number;
  depositsReleasedPaise: number;
  /** Advances paid on bookings that day. */
  advancesTakenPaise: number;
  /** Held for customers at the end of the day: deposits of rentals out, advances of bookings not yet picked up. */
  depositsHeldPaise: number;
  advancesHeldPaise: number;
  /** Money taken for rentals that day by method, net of money given back (may be negative). */
  payments: MoneyByMethod[];
}

/**
 * A shop day's custom-order advances: held for customers (liabilities) until a delivery's bill uses
 * them (then they are part of that bill's sales) or the shop keeps them at a cancel (income).
 */
export interface DayOrders {
  /** Advances taken that day, by method. */
  advancesTakenPaise: number;
  advances: MoneyByMethod[];
  /** Applied to the day's delivery bills (inside salesPaise, paid before the day). */
  appliedPaise: number;
  refundedPaise: number;
  /** Kept by the shop's rule at a cancel: the day's order income outside bills. */
  keptPaise: number;
  /** Held for customers at the end of the day. */
  advancesHeldPaise: number;
}

/** One shop day, as the day-close slip shows it. */
export interface DayCloseReport {
  date: string;
  bills: { count: number; firstNo: string | null; lastNo: string | null };
  lines: number;
  /** Sales: list value, discounts given, what the bills came to (incl. GST), and the GST in it. */
  grossSalesPaise: number;
  discountsPaise: number;
  salesPaise: number;
  taxPaise: number;
  /** Payments taken on the day's bills, by method (amounts net of change given). */
  payments: MoneyByMethod[];
  /**
   * Goods taken back on the day (their value, and the GST in it); money refunded by method;
   * the part of exchanges' value that paid for their new bill instead of going back as money.
   */
  returns: { count: number; valuePaise: number; taxPaise: number; refunds: MoneyByMethod[]; exchangeCreditPaise: number };
  /** Sales less returns: the day's takings. */
  netSalesPaise: number;
  /** GST by rate: sales less returns, plus the GST in the day's rent, late fees and damage (rentals.taxPaise). */
  tax: TaxByRate[];
  payouts: { count: number; amountPaise: number; byMethod: { method: 'cash' | 'upi' | 'bank'; count: number; amountPaise: number }[] };
  /** The drawer as its ledger says: everything before the day, the day's cash in and out by kind, what should be in it now. */
  cash: { openingPaise: number; inPaise: number; outPaise: number; expectedPaise: number; byKind: { kind: string; amountPaise: number }[] };
  /** The float the day was opened with (null: not opened), and the cash put in or taken out by hand with its reason. */
  opened: DayOpenRecord | null;
  cashMoves: CashMove[];
  byCraft: CraftTotals[];
  rentals: DayRentals;
  orders: DayOrders;
  /** The day's close when a manager has closed it (counted the drawer), else null. */
  closed: DayCloseRecord | null;
}

/** A closed shop day: the drawer as counted against what its ledger said (difference: counted - expected; negative is short). */
export interface DayCloseRecord {
  id: number;
  date: string;
  countedPaise: number;
  expectedPaise: number;
  differencePaise: number;
  note: string;
  closedBy: string;
  at: string;
  /** The count by denomination ({} when only a total was typed). */
  counts: Counts;
  /** The manager whose PIN allowed a difference above the owner's limit, else null. */
  approvedBy: string | null;
}

/** What a craft (or the whole shop) sold and took back over a period, from the daily summary. */
export interface PeriodTotals {
  lines: number;
  qtyMilli: number;
  grossPaise: number;
  /** What the sold lines came to after discounts (incl. GST). */
  netPaise: number;
  taxPaise: number;
  artisanSharePaise: number;
  returnLines: number;
  returnedMilli: number;
  returnedPaise: number;
  returnedTaxPaise: number;
  returnedSharePaise: number;
  /** Sold less returned. */
  netSalesPaise: number;
  /** The shop's part: net of tax and of the artisans' shares, returns taken off. */
  shopSharePaise: number;
}

export interface CraftTotals extends PeriodTotals {
  craftId: number;
  nameHi: string;
  nameEn: string;
}

export interface MonthlyReport {
  month: string;
  from: string;
  to: string;
  totals: PeriodTotals;
  byCraft: CraftTotals[];
  /** Every day of the month with sales or returns, in order. */
  byDay: (PeriodTotals & { date: string; bills: number })[];
}

export const reportsApi = {
  /** The day close: sales, payments by method, returns and refunds, payouts, the drawer, tax (default: today). */
  'reports.getDayClose': method<DayCloseReport>()({ input: z.object({ date: date.optional() }), access: 'manager' }),
  /** A month's sales and returns by craft and by day (from sales_daily, never the month's lines). */
  'reports.getMonthly': method<MonthlyReport>()({ input: z.object({ month }), access: 'manager' }),
  /**
   * Close a shop day: record the drawer as counted against the expected cash of the day close.
   * Once a day (a second close is CONFLICT, reason 'dayClosed'); never a day still to come.
   * Counted by denomination (`counts`) or as a total; both given must agree. A difference above the
   * owner's limit needs a manager's PIN (`approval`; APPROVAL_REQUIRED, reason 'closeDifference')
   * and a note (CLOSE_NOTE_REQUIRED). The Z report as it stands is stored with the close.
   */
  'reports.closeDay': method<DayCloseRecord>()({
    input: z
      .object({ requestId, date, countedPaise: paise.optional(), counts: countsInput.optional(), note: optionalText(200), approval: approvalInput.optional() })
      .refine((i) => i.countedPaise !== undefined || i.counts !== undefined, { message: 'required', path: ['counts'] }),
    access: 'manager',
    idempotent: true,
  }),
  /** The month as a spreadsheet: a row per craft, a row per day, the month's total (UTF-8 with a BOM). */
  'reports.exportMonthly': method<CsvFile>()({ input: z.object({ month }), access: 'manager' }),
  /** A closed day's Z report as one A4 HTML page (the report stored at its close) for Chromium to print. */
  'reports.getZReport': method<{ fileName: string; html: string }>()({ input: z.object({ id: z.number().int().positive(), lang: z.enum(['hi', 'en']).optional() }), access: 'manager' }),
  /** The latest closes, newest day first. */
  'reports.listDayCloses': method<DayCloseRecord[]>()({
    input: z.object({ limit: z.number().int().min(1).max(366).default(31) }),
    access: 'manager',
  }),
};
