import { uuidv7 } from '../uuid';
import type { PaymentMethod } from '../../shared/api/sales';
import { AppError } from '../../shared/errors';
import type { DB } from '../db/open';
import { stmt } from '../db/stmt';

/** A payment as the counter enters it (checkout, rentals): amount, and for cash what was handed over. */
export interface PaymentIn {
  method: PaymentMethod;
  amountPaise: number;
  tenderedPaise?: number | undefined;
  ref: string;
}

/**
 * Payments that must add up to exactly `duePaise` (else PAYMENT_MISMATCH with `details`), each with
 * its change worked out: cash may be tendered (at least the amount), other methods may not.
 */
export function exactPayments<P extends PaymentIn>(payments: readonly P[], duePaise: number, details: Record<string, unknown>, field: string = 'payments'): (P & { changePaise: number })[] {
  const paid = payments.reduce((s, p) => s + p.amountPaise, 0);
  if (paid !== duePaise) throw new AppError('PAYMENT_MISMATCH', { field, paidPaise: paid, ...details });
  return payments.map((p, i) => {
    if (p.tenderedPaise !== undefined && p.method !== 'cash') throw new AppError('INVALID_INPUT', { issues: [{ path: [field, i, 'tenderedPaise'], code: 'custom', message: 'cash_only' }] });
    if (p.tenderedPaise !== undefined && p.tenderedPaise < p.amountPaise) {
      throw new AppError('INVALID_INPUT', { issues: [{ path: [field, i, 'tenderedPaise'], code: 'too_small', message: 'tendered_short', minimum: p.amountPaise }] });
    }
    return { ...p, changePaise: p.tenderedPaise === undefined ? 0 : p.tenderedPaise - p.amountPaise };
  });
}

/** 'order' / 'order_refund': a custom order's advance in, or given back (held for the customer, not a sale). */
export type DrawerKind = 'sale' | 'refund' | 'payout' | 'rental' | 'rental_refund' | 'order' | 'order_refund';

/** One movement of the cash drawer (signed: money in is positive); zero moves nothing. */
export function drawer(db: DB, m: { kind: DrawerKind; amountPaise: number; businessDate: string; at: string; userId: number; refType: string; refId: string }): void {
  if (m.amountPaise === 0) return;
  stmt(db, 'INSERT INTO cash_movements (uid, kind, amount_paise, business_date, at, user_id, ref_type, ref_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)').run(
    uuidv7(), m.kind, m.amountPaise, m.businessDate, m.at, m.userId, m.refType, m.refId,
  );
}
