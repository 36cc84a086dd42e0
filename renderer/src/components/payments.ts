import type { CheckoutInput, PaymentMethod } from '../../../src/shared/api/sales';
import { parseRupees } from '../../../src/shared/money';
import { DEFAULT_UPI_LIMIT_PAISE, upiParts } from '../../../src/shared/upi';

/** What the cashier typed for each way of paying; a bill may be split across all three. */
export interface PaymentDraft {
  cash: { amount: string; tendered: string };
  /**
   * `received`: the UPI money is seen on the shop's phone. Above the UPI limit the cashier may
   * `split` it into several UPI payments, each within the limit; `got` of them are confirmed.
   */
  upi: { amount: string; received: boolean; ref: string; split?: boolean; got?: number };
  /** `received`: the card machine said approved (asked on the Sell screen only: see ReadOptions). */
  card: { amount: string; ref: string; received?: boolean };
}

export const METHODS: PaymentMethod[] = ['cash', 'upi', 'card'];

export const emptyPayments = (): PaymentDraft => ({ cash: { amount: '', tendered: '' }, upi: { amount: '', received: false, ref: '' }, card: { amount: '', ref: '' } });

/** Rupees as the box shows them: 1250.5 -> "1250.50". */
export const rupeesText = (paise: number) => (paise % 100 === 0 ? String(paise / 100) : `${Math.floor(paise / 100)}.${String(paise % 100).padStart(2, '0')}`);

export interface ReadOptions {
  /** The most one UPI payment may ask for (the shop's setting). */
  upiLimitPaise?: number;
  /** The card part counts as paid only once confirmed (the Sell screen). */
  confirmCard?: boolean;
  /** Cash typed beyond what is owed is what was handed over (the Sell screen; an advance refuses it instead). */
  cashAsTendered?: boolean;
}

/**
 * Everything typed, read: amounts in paise (0 for an empty box; null for a box that does not read).
 * With `cashAsTendered`, cash typed beyond what the bill still needs is what the customer handed
 * over: the part is what is owed and the excess is change (1050 due, "2000" typed: ₹950 back).
 */
export function readPayments(p: PaymentDraft, totalPaise: number, opts: ReadOptions = {}) {
  const amt = (s: string) => (s.trim() === '' ? 0 : parseRupees(s));
  const typedCash = amt(p.cash.amount);
  const upi = amt(p.upi.amount);
  const card = amt(p.card.amount);
  const tenderedBox = p.cash.tendered.trim() === '' ? null : parseRupees(p.cash.tendered);
  const others = (upi ?? 0) + (card ?? 0);
  const cashOver = Boolean(opts.cashAsTendered) && tenderedBox === null && p.cash.tendered.trim() === '' && typedCash !== null && typedCash > 0 && others < totalPaise && typedCash + others > totalPaise;
  const cash = cashOver ? totalPaise - others : typedCash;
  const tendered = cashOver ? typedCash : tenderedBox;
  const paid = (cash ?? 0) + (upi ?? 0) + (card ?? 0);
  const badTendered = p.cash.tendered.trim() !== '' && (tendered === null || tendered < (cash ?? 0));
  const amounts: Record<PaymentMethod, number | null> = { cash, upi, card };
  const limit = opts.upiLimitPaise ?? DEFAULT_UPI_LIMIT_PAISE;
  const upiOverLimit = (upi ?? 0) > limit && !p.upi.split;
  const parts = p.upi.split ? upiParts(upi ?? 0, limit) : (upi ?? 0) > 0 ? [upi!] : [];
  const upiGot = p.upi.split ? Math.min(p.upi.got ?? 0, parts.length) : p.upi.received ? parts.length : 0;
  const upiConfirmed = (upi ?? 0) === 0 || upiGot >= parts.length;
  const cardConfirmed = !opts.confirmCard || (card ?? 0) === 0 || Boolean(p.card.received);
  const remaining = totalPaise - paid;
  return {
    amounts,
    tendered,
    paid,
    remaining,
    changePaise: tendered !== null && cash !== null && tendered > cash ? tendered - cash : 0,
    badTendered,
    /** The UPI payments the customer makes, in order, and how many of them are confirmed. */
    upiParts: parts,
    upiGot,
    upiOverLimit,
    upiLimitPaise: limit,
    upiConfirmed,
    cardConfirmed,
    /** Every part typed and every non-cash part confirmed: "fully paid" in green. */
    settled: remaining === 0 && upiConfirmed && cardConfirmed,
    ready: cash !== null && upi !== null && card !== null && paid === totalPaise && totalPaise > 0 && !badTendered && !upiOverLimit && upiConfirmed && cardConfirmed,
  };
}

/**
 * The rest of the bill onto another method when the cashier types `amount` into `m` (cash 500 of
 * 1050: UPI 550; UPI 550: cash 500). The other method is the one already carrying an amount the
 * cashier did not type herself, else the one carrying an amount, else cash's partner UPI (cash for the others).
 */
export function withRest(d: PaymentDraft, m: PaymentMethod, amount: string, totalPaise: number, typed: readonly PaymentMethod[]): PaymentDraft {
  const next: PaymentDraft = { ...d, [m]: { ...d[m], amount } };
  const typedPaise = amount.trim() === '' ? 0 : parseRupees(amount);
  if (typedPaise === null) return next;
  const r = readPayments(d, totalPaise);
  const has = (x: PaymentMethod) => x !== m && (r.amounts[x] ?? 0) > 0;
  const candidates = METHODS.filter(has);
  const target = candidates.find((x) => !typed.includes(x)) ?? candidates[0] ?? (m === 'cash' ? 'upi' : 'cash');
  const fixed = METHODS.filter((x) => x !== m && x !== target).reduce((s, x) => s + (r.amounts[x] ?? 0), 0);
  const left = Math.max(0, totalPaise - typedPaise - fixed);
  const reset = target === 'upi' ? { received: false, got: 0 } : target === 'card' ? { received: false } : {};
  return { ...next, [target]: { ...next[target], amount: left ? rupeesText(left) : '', ...reset } };
}

/** The payments to send, in a fixed order (cash, UPI, card), leaving out the empty ones; a split UPI part is one line a payment. */
export function paymentLines(p: PaymentDraft, totalPaise: number, opts: ReadOptions = {}): { sent: PaymentMethod[]; payments: CheckoutInput['payments'] } {
  const r = readPayments(p, totalPaise, opts);
  const lines: { method: PaymentMethod; payment: CheckoutInput['payments'][number] }[] = [];
  for (const m of METHODS) {
    const amountPaise = r.amounts[m] ?? 0;
    if (amountPaise <= 0) continue;
    if (m === 'cash') lines.push({ method: m, payment: { method: m, amountPaise, ref: '', ...(r.tendered !== null && r.tendered > amountPaise ? { tenderedPaise: r.tendered } : {}) } });
    else if (m === 'upi') r.upiParts.forEach((part) => lines.push({ method: m, payment: { method: m, amountPaise: part, ref: p.upi.ref.trim() } }));
    else lines.push({ method: m, payment: { method: m, amountPaise, ref: p.card.ref.trim() } });
  }
  return { sent: lines.map((l) => l.method), payments: lines.map((l) => l.payment) };
}
