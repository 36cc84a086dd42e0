/**
 * A rental's money as two append-only ledgers: charges (what she owes: rent, deposit, fees; a
 * deposit released is negative) and payments (what she paid; a refund is negative). Balance is
 * charges - payments. Cash goes through the drawer; an artisan's share accrues to her account.
 */
import { uuidv7 } from '../uuid';
import type { PaymentMethod } from '../../shared/api/sales';
import { businessDate } from '../../shared/dates';
import { AppError } from '../../shared/errors';
import { applyBps } from '../../shared/money';
import type { DB } from '../db/open';
import { stmt } from '../db/stmt';
import { drawer } from '../sales/payments';
import type { Stamp } from '../shop-day';
import { gstSplit, type GstSplit } from '../sales/pricing';

export type ChargeKind = 'rent' | 'deposit' | 'deposit_release' | 'late_fee' | 'damage' | 'cancel_keep';
export type PaymentEvent = 'booking' | 'pickup' | 'extend' | 'return' | 'cancel';

export interface Shop {
  tz: string;
  billPrefix: string;
  counterCode: string;
}

export function shopOf(db: DB): Shop {
  const s = stmt<[], { time_zone: string; bill_prefix: string; counter_code: string }>(db, 'SELECT time_zone, bill_prefix, counter_code FROM shop_settings WHERE id = 1').get();
  if (!s) throw new AppError('NOT_SET_UP');
  return { tz: s.time_zone, billPrefix: s.bill_prefix, counterCode: s.counter_code };
}

/** The shop day of `now` (never the computer's local day). */
export function todayOf(db: DB, now: Date): string {
  return businessDate(now, shopOf(db).tz);
}

export { stampOf, type Stamp } from '../shop-day';

export interface NewCharge {
  rentalId: number;
  lineId?: number | null;
  returnId?: number | null;
  kind: ChargeKind;
  amountPaise: number;
  note?: string;
  /** The GST inside the amount (rent, late fee, damage on a GST-registered shop's line); none when absent. */
  gst?: GstSplit;
}

/** Record a charge (zero records nothing); returns its uid, which her share's accrual points at. */
export function charge(db: DB, c: NewCharge, s: Stamp): string | null {
  if (c.amountPaise === 0) return null;
  const uid = uuidv7();
  const cgst = c.gst?.cgstPaise ?? 0;
  const sgst = c.gst?.sgstPaise ?? 0;
  stmt(db, `INSERT INTO rental_charges (uid, rental_id, line_id, return_id, kind, amount_paise, at, business_date, user_id, note, tax_paise, cgst_paise, sgst_paise)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(
    uid, c.rentalId, c.lineId ?? null, c.returnId ?? null, c.kind, c.amountPaise, s.at, s.moneyDay, s.userId, c.note ?? '', cgst + sgst, cgst, sgst,
  );
  return uid;
}

/** Kinds that are a supply and so carry GST; deposits and their release, and a kept advance, carry none. */
export const TAXED_KINDS: readonly ChargeKind[] = ['rent', 'late_fee', 'damage'];

/** The shop's GSTIN is set: rental lines made now snapshot the item's GST rate (else 0). */
export function gstOn(db: DB): boolean {
  return (stmt<[], { gstin: string }>(db, 'SELECT gstin FROM shop_settings WHERE id = 1').get()?.gstin ?? '') !== '';
}

export interface NewPayment {
  method: PaymentMethod;
  /** Positive: paid in; negative: given back. */
  amountPaise: number;
  tenderedPaise?: number | undefined;
  changePaise?: number;
  ref?: string;
}

/** Record payments of one event and move the drawer by the cash among them (net of change). */
export function pay(db: DB, r: { id: number; uid: string }, event: PaymentEvent, payments: NewPayment[], s: Stamp, returnId: number | null = null): void {
  for (const p of payments) {
    if (p.amountPaise === 0) continue;
    stmt(db, `INSERT INTO rental_payments (uid, rental_id, return_id, event, method, amount_paise, tendered_paise, change_paise, ref, at, business_date, user_id)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(
      uuidv7(), r.id, returnId, event, p.method, p.amountPaise, p.tenderedPaise ?? null, p.changePaise ?? 0, p.ref ?? '', s.at, s.moneyDay, s.userId,
    );
  }
  const cash = payments.filter((p) => p.method === 'cash').reduce((a, p) => a + p.amountPaise, 0);
  drawer(db, { kind: cash > 0 ? 'rental' : 'rental_refund', amountPaise: cash, businessDate: s.moneyDay, at: s.at, userId: s.userId, refType: 'rental', refId: r.uid });
}

/** Charges minus payments: positive is owed by the customer, negative is held for her. */
export function balanceOf(db: DB, rentalId: number): number {
  return stmt<[number, number], { b: number }>(
    db,
    `SELECT (SELECT COALESCE(sum(amount_paise), 0) FROM rental_charges WHERE rental_id = ?)
          - (SELECT COALESCE(sum(amount_paise), 0) FROM rental_payments WHERE rental_id = ?) AS b`,
  ).get(rentalId, rentalId)!.b;
}

/**
 * Her part of rental income on her piece, from the charge's taxable value (GST is the shop's to pay,
 * never part of her share, as on sales). Rent and late fees use her percent (the shop keeps its
 * commission: the product's override, else hers). A fixed-rupee share rule is a price per piece
 * sold, so it does not apply to rent. Damage to her piece is all hers (all of its taxable value).
 */
export function artisanPart(kind: ChargeKind, amountPaise: number, commissionBps: number): number {
  if (kind === 'damage') return amountPaise;
  if (kind === 'rent' || kind === 'late_fee') return amountPaise - applyBps(amountPaise, commissionBps);
  return 0;
}

export interface ShareLine {
  id: number;
  artisan_id: number | null;
  commission_bps: number | null;
  /** The line's GST rate as made (0: no GST, the shop had no GSTIN then). */
  gst_rate_bps: number;
}

/**
 * Charge a line (rent, late fee and damage carry GST at the line's rate, inside the amount) and,
 * when the piece is an artisan's, accrue her part of the taxable value against the same charge.
 */
export function chargeLine(db: DB, line: ShareLine, c: Omit<NewCharge, 'lineId' | 'gst'>, s: Stamp): void {
  const taxed = TAXED_KINDS.includes(c.kind) && line.gst_rate_bps > 0 && c.amountPaise > 0;
  const gst = taxed ? gstSplit(c.amountPaise, line.gst_rate_bps) : undefined;
  const uid = charge(db, { ...c, lineId: line.id, ...(gst ? { gst } : {}) }, s);
  if (!uid || line.artisan_id === null) return;
  const hers = artisanPart(c.kind, gst ? gst.taxablePaise : c.amountPaise, line.commission_bps ?? 0);
  if (hers <= 0) return;
  // ref_id is the charge's uid: her payout slip shows what it was for (rent, late fee, damage) and from how much.
  stmt(db, `INSERT INTO artisan_ledger (uid, artisan_id, kind, amount_paise, rental_line_id, ref_type, ref_id, at, user_id) VALUES (?, ?, 'accrual', ?, ?, 'rental', ?, ?, ?)`).run(
    uuidv7(), line.artisan_id, hers, line.id, uid, s.at, s.userId,
  );
}
