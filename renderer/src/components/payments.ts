import type { CheckoutInput, PaymentMethod } from '../../../src/shared/api/sales';
import { parseRupees } from '../../../src/shared/money';

/** What the cashier typed for each way of paying; a bill may be split across all three. */
export interface PaymentDraft {
  cash: { amount: string; tendered: string };
  upi: { amount: string; received: boolean; ref: string };
  card: { amount: string; ref: string };
}

export const METHODS: PaymentMethod[] = ['cash', 'upi', 'card'];

export const emptyPayments = (): PaymentDraft => ({ cash: { amount: '', tendered: '' }, upi: { amount: '', received: false, ref: '' }, card: { amount: '', ref: '' } });

/** Rupees as the box shows them: 1250.5 -> "1250.50". */
export const rupeesText = (paise: number) => (paise % 100 === 0 ? String(paise / 100) : `${Math.floor(paise / 100)}.${String(paise % 100).padStart(2, '0')}`);

/** Everything typed, read: amounts in paise (0 for an empty box; null for a box that does not read). */
export function readPayments(p: PaymentDraft, totalPaise: number) {
  const amt = (s: string) => (s.trim() === '' ? 0 : parseRupees(s));
  const cash = amt(p.cash.amount);
  const upi = amt(p.upi.amount);
  const card = amt(p.card.amount);
  const tendered = p.cash.tendered.trim() === '' ? null : parseRupees(p.cash.tendered);
  const paid = (cash ?? 0) + (upi ?? 0) + (card ?? 0);
  const badTendered = p.cash.tendered.trim() !== '' && (tendered === null || tendered < (cash ?? 0));
  const amounts: Record<PaymentMethod, number | null> = { cash, upi, card };
  return {
    amounts,
    tendered,
    paid,
    remaining: totalPaise - paid,
    changePaise: tendered !== null && cash !== null && tendered > cash ? tendered - cash : 0,
    badTendered,
    ready: cash !== null && upi !== null && card !== null && paid === totalPaise && totalPaise > 0 && !badTendered && (upi === 0 || p.upi.received),
  };
}

/** The payments to send, in a fixed order (cash, UPI, card), leaving out the empty ones. */
export function paymentLines(p: PaymentDraft, totalPaise: number): { sent: PaymentMethod[]; payments: CheckoutInput['payments'] } {
  const r = readPayments(p, totalPaise);
  const sent = METHODS.filter((m) => (r.amounts[m] ?? 0) > 0);
  return {
    sent,
    payments: sent.map((m) => {
      const amountPaise = r.amounts[m]!;
      if (m === 'cash') return { method: m, amountPaise, ref: '', ...(r.tendered !== null && r.tendered > amountPaise ? { tenderedPaise: r.tendered } : {}) };
      return { method: m, amountPaise, ref: (m === 'upi' ? p.upi.ref : p.card.ref).trim() };
    }),
  };
}
