import { z } from 'zod';
import { method } from './define';
import { id, isoDate, optionalText, requestId, text } from './fields';

const date = isoDate;

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

/** One payout in her history (payouts.list): the slip itself (its entries) comes from payouts.get. */
export interface PayoutSummary {
  id: number;
  payoutNo: string;
  at: string;
  method: 'cash' | 'upi' | 'bank';
  ref: string;
  paidPaise: number;
  /** Undone by a later reversal. */
  reversed: boolean;
  /** Set on a reversal: the payout it undid. */
  reversesPayoutNo: string | null;
  /** How many of her entries it settled (0 for a reversal). */
  itemCount: number;
}

/** What the shop owes one member (payouts.listBalances). */
export interface ArtisanBalance {
  artisanId: number;
  /** From the artisan_balances cache (the ledger's sum, kept in each write's transaction). */
  balancePaise: number;
  /** Entries (accruals, reversals, adjustments) not settled by a payout in force, from the unsettled-entries cache. */
  unpaidEntries: number;
  /** When she was last paid by a payout still in force (not reversed); null if never. */
  lastPayoutAt: string | null;
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
    input: z.object({ requestId, payoutId: id, reason: text(200) }),
    access: 'manager',
    idempotent: true,
  }),
  'payouts.get': method<PayoutSlipData>()({ input: z.object({ id }), access: 'manager' }),
  /** Her payouts, newest first, a page at a time (summaries; open one with payouts.get). */
  'payouts.list': method<{ rows: PayoutSummary[]; total: number }>()({
    input: z.object({ artisanId: id, limit: z.number().int().min(1).max(200).default(20), offset: z.number().int().min(0).default(0) }),
    access: 'manager',
  }),
  /** Every member's balance in one call (the artisans list), members who never had an entry included. */
  'payouts.listBalances': method<ArtisanBalance[]>()({ input: z.object({}), access: 'manager' }),
  /** A correction to her account (e.g. an advance given), with a reason; manager only. */
  'payouts.adjust': method<{ ledgerId: number; balancePaise: number }>()({
    input: z.object({ requestId, artisanId: id, amountPaise: z.number().int().min(-10_000_000_000).max(10_000_000_000).refine((n) => n !== 0, { message: 'zero' }), reason: text(200) }),
    access: 'manager',
    idempotent: true,
  }),
  'payouts.getStatement': method<ArtisanStatement>()({ input: z.object({ artisanId: id, from: date, to: date }), access: 'manager' }),
};
