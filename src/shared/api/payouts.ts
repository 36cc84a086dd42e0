import { z } from 'zod';
import { method } from './define';
import { id, optionalText, requestId } from './fields';

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'date' });

/** One entry of her account not yet paid: her share of a sold line, a return taking it back, an adjustment. */
export interface UnpaidEntry {
  ledgerId: number;
  kind: 'accrual' | 'reversal' | 'adjustment';
  amountPaise: number;
  at: string;
  businessDate: string;
  billNo: string | null;
  nameHi: string;
  nameEn: string;
  qtyMilli: number;
  /** What the customer paid for the line, and the shop's part of it (accruals only). */
  salePaise: number;
  shopSharePaise: number;
  /** How her part was worked out: 'percent:2000:split' or 'fixed:65000:shop' ('' for others). */
  shareRule: string;
  note: string;
}

export interface PayoutSlipData {
  id: number;
  payoutNo: string;
  at: string;
  paidBy: string;
  artisan: { id: number; nameHi: string; nameEn: string; village: string; phone: string };
  periodFrom: string;
  periodTo: string;
  items: UnpaidEntry[];
  method: 'cash' | 'upi' | 'bank';
  ref: string;
  note: string;
  paidPaise: number;
  balanceBeforePaise: number;
  balanceAfterPaise: number;
  reversed: boolean;
  reversesPayoutNo: string | null;
}

export interface ArtisanStatement {
  artisanId: number;
  from: string;
  to: string;
  receivedMilli: number;
  receivedValuePaise: number;
  soldMilli: number;
  salesPaise: number;
  returnedByCustomersMilli: number;
  returnedToHerMilli: number;
  onHandMilli: number;
  onHandValuePaise: number;
  earnedPaise: number;
  paidPaise: number;
  adjustmentsPaise: number;
  openingBalancePaise: number;
  closingBalancePaise: number;
}

export const payoutsApi = {
  /** Everything owed to her up to a date and not yet paid, oldest first, with her balance. */
  'payouts.listUnpaid': method<{ entries: UnpaidEntry[]; totalPaise: number; balancePaise: number }>()({
    input: z.object({ artisanId: id, periodEnd: date }),
    access: 'manager',
  }),
  /** Pay the chosen entries (all or part); each can be paid once, checked as the payment is written. */
  'payouts.pay': method<PayoutSlipData>()({
    input: z.object({
      requestId,
      artisanId: id,
      periodEnd: date,
      ledgerIds: z.array(id).min(1).max(5000),
      method: z.enum(['cash', 'upi', 'bank']),
      ref: optionalText(60),
      note: optionalText(200),
    }),
    access: 'manager',
    idempotent: true,
  }),
  /** A wrong payout is never edited: it is reversed by a new entry and its lines become payable again. */
  'payouts.reverse': method<PayoutSlipData>()({
    input: z.object({ requestId, payoutId: id, reason: z.string().trim().min(1).max(200) }),
    access: 'manager',
    idempotent: true,
  }),
  'payouts.get': method<PayoutSlipData>()({ input: z.object({ id }), access: 'manager' }),
  'payouts.list': method<PayoutSlipData[]>()({ input: z.object({ artisanId: id }), access: 'manager' }),
  /** A correction to her account (e.g. an advance given), with a reason; manager only. */
  'payouts.adjust': method<{ ledgerId: number; balancePaise: number }>()({
    input: z.object({ requestId, artisanId: id, amountPaise: z.number().int().min(-10_000_000_000).max(10_000_000_000).refine((n) => n !== 0, { message: 'zero' }), reason: z.string().trim().min(1).max(200) }),
    access: 'manager',
    idempotent: true,
  }),
  'payouts.getStatement': method<ArtisanStatement>()({ input: z.object({ artisanId: id, from: date, to: date }), access: 'manager' }),
};
