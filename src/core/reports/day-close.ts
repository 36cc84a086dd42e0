import type { DayCloseReport, DayOrders, DayRentals, MoneyByMethod, TaxByRate } from '../../shared/api/reports';
import { dayStartUtc, DEFAULT_TIME_ZONE, nextDate } from '../../shared/dates';
import type { PaymentMethod } from '../../shared/api/sales';
import type { DB } from '../db/open';
import { stmt } from '../db/stmt';
import { closedDay } from './closed';
import { cashMoves, dayOpen } from '../till/till';
import { craftTotals, DAILY_SUMS, type CraftRow } from './totals';

/**
 * The day close's SQL, each reaching its rows through an index on the shop day (checked by
 * tests/bench/query-plans.test.ts): the day's bills and payments, returns, payouts, tax by rate,
 * and the drawer and crafts from the daily summaries (cash_daily, sales_daily).
 */
export const DAY_CLOSE_SQL = {
  sales: `SELECT count(*) AS bills, min(bill_no) AS first_no, max(bill_no) AS last_no, COALESCE(sum(gross_paise), 0) AS gross,
                 COALESCE(sum(discount_paise), 0) AS discount, COALESCE(sum(total_paise), 0) AS total, COALESCE(sum(tax_paise), 0) AS tax
            FROM sales WHERE business_date = ?`,
  /** The day's payments by method, bills counted once a method (payments_daily, the range reports' summary). */
  payments: `SELECT method, bills AS count, amount_paise AS amount FROM payments_daily WHERE business_date = ? ORDER BY method`,
  returns: `SELECT count(*) AS count, COALESCE(sum(r.refund_paise), 0) AS value, COALESCE(sum(x.credit_paise), 0) AS credit
              FROM sale_returns r LEFT JOIN sale_exchanges x ON x.return_id = r.id WHERE r.business_date = ?`,
  /** Money back: a plain return's refund, or what an exchange paid out beyond its new bill. */
  refunds: `SELECT COALESCE(x.refund_method, r.refund_method) AS method, count(*) AS count, sum(COALESCE(x.refund_paise, r.refund_paise)) AS amount
              FROM sale_returns r LEFT JOIN sale_exchanges x ON x.return_id = r.id
             WHERE r.business_date = ? AND COALESCE(x.refund_paise, r.refund_paise) > 0 GROUP BY 1 ORDER BY 1`,
  /** The day's lines by rate, from GSTR-1's daily sums (gst_daily): a busy day is thousands of lines. */
  taxSold: `SELECT gst_rate_bps AS rate, sum(taxable_paise) AS taxable, sum(cgst_paise) AS cgst, sum(sgst_paise) AS sgst
              FROM gst_daily WHERE business_date = ? GROUP BY gst_rate_bps`,
  taxReturned: `SELECT l.gst_rate_bps AS rate, sum(rl.taxable_paise) AS taxable, sum(rl.cgst_paise) AS cgst, sum(rl.sgst_paise) AS sgst
                  FROM sale_returns r JOIN sale_return_lines rl ON rl.return_id = r.id JOIN sale_lines l ON l.id = rl.sale_line_id
                 WHERE r.business_date = ? GROUP BY l.gst_rate_bps`,
  payouts: `SELECT method, count(*) AS count, sum(amount_paise) AS amount FROM payouts WHERE business_date = ? GROUP BY method ORDER BY method`,
  cashBefore: `SELECT COALESCE(sum(in_paise + out_paise), 0) AS paise FROM cash_daily WHERE business_date < ?`,
  cashDay: `SELECT kind, in_paise, out_paise FROM cash_daily WHERE business_date = ? ORDER BY kind`,
  byCraft: `SELECT d.craft_id, c.name_hi, c.name_en, ${DAILY_SUMS}
              FROM sales_daily d JOIN crafts c ON c.id = d.craft_id WHERE d.business_date = ? GROUP BY d.craft_id ORDER BY c.sort, c.id`,
  rentalCharges: `SELECT kind, sum(amount_paise) AS amount, sum(tax_paise) AS tax FROM rental_charges WHERE business_date = ? GROUP BY kind`,
  /** GST in the day's rent, late fees and damage by the line's rate (the amounts include it, so taxable = amount - tax). */
  taxRented: `SELECT l.gst_rate_bps AS rate, sum(c.amount_paise - c.tax_paise) AS taxable, sum(c.cgst_paise) AS cgst, sum(c.sgst_paise) AS sgst
                FROM rental_charges c JOIN rental_lines l ON l.id = c.line_id
               WHERE c.business_date = ? AND c.kind IN ('rent', 'late_fee', 'damage') AND l.gst_rate_bps > 0 GROUP BY l.gst_rate_bps`,
  rentalPayments: `SELECT method, count(DISTINCT rental_id) AS count, sum(amount_paise) AS amount FROM rental_payments WHERE business_date = ? GROUP BY method ORDER BY method`,
  rentalAdvances: `SELECT COALESCE(sum(amount_paise), 0) AS paise FROM rental_payments WHERE business_date = ? AND event = 'booking'`,
  rentalReturns: `SELECT count(*) AS n FROM rental_returns WHERE business_date = ?`,
  /** Deposits still held when the day ended: every deposit charged up to then, less what was released. */
  depositsHeld: `SELECT COALESCE(sum(amount_paise), 0) AS paise FROM rental_charges_daily WHERE business_date <= ? AND kind IN ('deposit', 'deposit_release')`,
  orderMoney: `SELECT kind, method, count(DISTINCT order_id) AS count, sum(amount_paise) AS amount FROM order_money WHERE business_date = ? GROUP BY kind, method`,
  /** Advances still held when the day ended: the advance ledger's sum up to then. */
  orderHeld: `SELECT COALESCE(sum(amount_paise), 0) AS paise FROM order_money WHERE business_date <= ?`,
} as const;

/** Instants cut by the shop day's end (UTC), so they need the time zone: kept apart from the date-only SQL above. */
const RENTAL_TIME_SQL = {
  pickedUp: `SELECT count(*) AS n FROM rentals WHERE picked_up_at >= ? AND picked_up_at < ?`,
  /** Advances paid by the day's end on bookings neither picked up nor cancelled by then. */
  advancesHeld: `SELECT COALESCE(sum(p.amount_paise), 0) AS paise FROM rental_payments p JOIN rentals r ON r.id = p.rental_id
                  WHERE p.business_date <= ? AND p.event = 'booking' AND (r.picked_up_at IS NULL OR r.picked_up_at >= ?) AND (r.cancelled_at IS NULL OR r.cancelled_at >= ?)`,
} as const;

type MethodRow = { method: PaymentMethod; count: number; amount: number };
type TaxRow = { rate: number; taxable: number; cgst: number; sgst: number };

const q = <R>(db: DB, sql: string) => stmt<[string], R>(db, sql);

const byMethod = (rows: MethodRow[]): MoneyByMethod[] => rows.map((r) => ({ method: r.method, count: r.count, amountPaise: r.amount }));

/** GST by rate: what the day's bills and rentals charged less what its returns gave back. */
function taxByRate(sold: TaxRow[], returned: TaxRow[], rented: TaxRow[] = []): TaxByRate[] {
  const out = new Map<number, TaxByRate>();
  const add = (r: TaxRow, sign: 1 | -1) => {
    const t = out.get(r.rate) ?? { rateBps: r.rate, taxablePaise: 0, cgstPaise: 0, sgstPaise: 0 };
    t.taxablePaise += sign * r.taxable;
    t.cgstPaise += sign * r.cgst;
    t.sgstPaise += sign * r.sgst;
    out.set(r.rate, t);
  };
  for (const r of sold) add(r, 1);
  for (const r of returned) add(r, -1);
  for (const r of rented) add(r, 1);
  return [...out.values()].sort((a, b) => a.rateBps - b.rateBps);
}

/** The day's rentals: income apart from deposits and advances, which are held for customers. */
function dayRentals(db: DB, date: string): DayRentals {
  const tz = stmt<[], { t: string }>(db, 'SELECT time_zone AS t FROM shop_settings WHERE id = 1').get()?.t ?? DEFAULT_TIME_ZONE;
  const start = dayStartUtc(date, tz);
  const end = dayStartUtc(nextDate(date), tz);
  const kinds = q<{ kind: string; amount: number; tax: number }>(db, DAY_CLOSE_SQL.rentalCharges).all(date);
  const k = (kind: string) => kinds.find((x) => x.kind === kind)?.amount ?? 0;
  const num = <R>(sql: string, ...a: string[]) => stmt<string[], R>(db, sql).get(...a)!;
  return {
    pickedUp: num<{ n: number }>(RENTAL_TIME_SQL.pickedUp, start, end).n,
    returned: q<{ n: number }>(db, DAY_CLOSE_SQL.rentalReturns).get(date)!.n,
    rentPaise: k('rent'), lateFeePaise: k('late_fee'), damagePaise: k('damage'), cancelKeptPaise: k('cancel_keep'),
    incomePaise: k('rent') + k('late_fee') + k('damage') + k('cancel_keep'),
    taxPaise: kinds.reduce((a, x) => a + x.tax, 0),
    depositsTakenPaise: k('deposit'), depositsReleasedPaise: 0 - k('deposit_release'),
    advancesTakenPaise: q<{ paise: number }>(db, DAY_CLOSE_SQL.rentalAdvances).get(date)!.paise,
    depositsHeldPaise: q<{ paise: number }>(db, DAY_CLOSE_SQL.depositsHeld).get(date)!.paise,
    advancesHeldPaise: num<{ paise: number }>(RENTAL_TIME_SQL.advancesHeld, date, end, end).paise,
    payments: byMethod(q<MethodRow>(db, DAY_CLOSE_SQL.rentalPayments).all(date)),
  };
}

/**
 * The drawer on a shop day as its ledger says: everything before the day, the day's cash in and
 * out by kind, what should be in it now. The day close and the dashboard both read it from here.
 */
export function drawer(db: DB, date: string): DayCloseReport['cash'] {
  const opening = q<{ paise: number }>(db, DAY_CLOSE_SQL.cashBefore).get(date)!.paise;
  const cashDay = q<{ kind: string; in_paise: number; out_paise: number }>(db, DAY_CLOSE_SQL.cashDay).all(date);
  const cashIn = cashDay.reduce((a, c) => a + c.in_paise, 0);
  const cashOut = -cashDay.reduce((a, c) => a + c.out_paise, 0);
  return {
    openingPaise: opening, inPaise: cashIn, outPaise: cashOut, expectedPaise: opening + cashIn - cashOut,
    byKind: cashDay.map((c) => ({ kind: c.kind, amountPaise: c.in_paise + c.out_paise })),
  };
}

/** The day's custom-order advances: taken, applied to bills, refunded, kept; and held at the day's end. */
function dayOrders(db: DB, date: string): DayOrders {
  const rows = q<{ kind: string; method: PaymentMethod | null; count: number; amount: number }>(db, DAY_CLOSE_SQL.orderMoney).all(date);
  const sum = (kind: string) => rows.filter((r) => r.kind === kind).reduce((a, r) => a + r.amount, 0);
  return {
    advancesTakenPaise: sum('advance'),
    advances: rows.filter((r) => r.kind === 'advance').map((r) => ({ method: r.method!, count: r.count, amountPaise: r.amount })).sort((a, b) => a.method.localeCompare(b.method)),
    appliedPaise: 0 - sum('applied'), refundedPaise: 0 - sum('refund'), keptPaise: 0 - sum('kept'),
    advancesHeldPaise: q<{ paise: number }>(db, DAY_CLOSE_SQL.orderHeld).get(date)!.paise,
  };
}

/** One shop day's close, from the ledgers (in the caller's read transaction: one consistent snapshot). */
export function dayClose(db: DB, date: string): DayCloseReport {
  const s = q<{ bills: number; first_no: string | null; last_no: string | null; gross: number; discount: number; total: number; tax: number }>(db, DAY_CLOSE_SQL.sales).get(date)!;
  const ret = q<{ count: number; value: number; credit: number }>(db, DAY_CLOSE_SQL.returns).get(date)!;
  const crafts = q<CraftRow>(db, DAY_CLOSE_SQL.byCraft).all(date).map(craftTotals);
  const payouts = q<{ method: 'cash' | 'upi' | 'bank'; count: number; amount: number }>(db, DAY_CLOSE_SQL.payouts).all(date);
  const returnedTax = crafts.reduce((a, c) => a + c.returnedTaxPaise, 0);
  return {
    date,
    bills: { count: s.bills, firstNo: s.first_no, lastNo: s.last_no },
    lines: crafts.reduce((a, c) => a + c.lines, 0),
    grossSalesPaise: s.gross, discountsPaise: s.discount, salesPaise: s.total, taxPaise: s.tax,
    payments: byMethod(q<MethodRow>(db, DAY_CLOSE_SQL.payments).all(date)),
    returns: { count: ret.count, valuePaise: ret.value, taxPaise: returnedTax, refunds: byMethod(q<MethodRow>(db, DAY_CLOSE_SQL.refunds).all(date)), exchangeCreditPaise: ret.credit },
    netSalesPaise: s.total - ret.value,
    tax: taxByRate(q<TaxRow>(db, DAY_CLOSE_SQL.taxSold).all(date), q<TaxRow>(db, DAY_CLOSE_SQL.taxReturned).all(date), q<TaxRow>(db, DAY_CLOSE_SQL.taxRented).all(date)),
    payouts: {
      count: payouts.reduce((a, p) => a + p.count, 0), amountPaise: payouts.reduce((a, p) => a + p.amount, 0),
      byMethod: payouts.map((p) => ({ method: p.method, count: p.count, amountPaise: p.amount })),
    },
    cash: drawer(db, date),
    opened: dayOpen(db, date),
    cashMoves: cashMoves(db, date),
    byCraft: crafts,
    rentals: dayRentals(db, date),
    orders: dayOrders(db, date),
    closed: closedDay(db, date),
  };
}
