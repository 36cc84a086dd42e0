import { z } from 'zod';
import { method } from './define';
import { id, isoDate, optionalPhone, optionalText, paise, pin, requestId, searchText, str, text } from './fields';
import { qtyMilli } from './products';

/** A discount as the cashier types it: rupees (paise) or a percentage (basis points). */
export const discountInput = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('amount'), paise }),
  z.object({ kind: z.literal('percent'), bps: z.number().int().min(0).max(10_000) }),
]);
export type DiscountInput = z.output<typeof discountInput>;

export const PAYMENT_METHODS = ['cash', 'upi', 'card'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

/** A manager's PIN typed at the counter to allow what a cashier may not do alone. */
export const approvalInput = z.object({ userId: id, pin });

export const checkoutInput = z.object({
  requestId,
  lines: z
    .array(
      z.object({
        productId: id,
        qtyMilli,
        /** The price the cashier saw; if the product's price changed since, the sale is refused. */
        expectedPricePaise: paise,
        /** A different unit price for this sale (needs a manager's approval). */
        priceOverridePaise: paise.optional(),
        discount: discountInput.optional(),
      }),
    )
    .min(1)
    .max(200),
  billDiscount: discountInput.optional(),
  discountReason: optionalText(200),
  payments: z
    .array(
      z.object({
        method: z.enum(PAYMENT_METHODS),
        amountPaise: paise.refine((p) => p > 0, { message: 'too_small' }),
        /** Cash handed over, when more than the amount (change is given back). */
        tenderedPaise: paise.optional(),
        ref: optionalText(60),
      }),
    )
    .min(1)
    .max(6),
  customerName: optionalText(80),
  customerPhone: optionalPhone,
  approval: approvalInput.optional(),
  /**
   * Sent only by a joined counter for a bill it sold while the main counter was unreachable: the
   * number on the receipt, when it was sold, and who approved there (src/core/sales/offline.ts).
   */
  offline: z
    .object({
      no: str().regex(/^[A-Za-z0-9/-]{1,60}$/, { message: 'bill_no' }),
      at: str().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/, { message: 'datetime' }),
      approvedBy: id.optional(),
    })
    .optional(),
});
export type CheckoutInput = z.output<typeof checkoutInput>;
export type OfflineMark = NonNullable<CheckoutInput['offline']>;

export interface SaleLine {
  lineNo: number;
  productId: number;
  sku: string;
  nameHi: string;
  nameEn: string;
  hsn: string;
  unit: string;
  qtyMilli: number;
  /** The product's price at the sale; differs from unitPricePaise when a manager changed the price. */
  listPricePaise: number;
  unitPricePaise: number;
  grossPaise: number;
  lineDiscountPaise: number;
  billDiscountPaise: number;
  netPaise: number;
  gstRateBps: number;
  taxablePaise: number;
  cgstPaise: number;
  sgstPaise: number;
  artisanId: number | null;
  artisanSharePaise: number;
}

export interface SalePayment {
  method: PaymentMethod;
  amountPaise: number;
  tenderedPaise: number | null;
  changePaise: number;
  ref: string;
}

export interface Sale {
  id: number;
  uid: string;
  billNo: string;
  at: string;
  businessDate: string;
  invoiceKind: 'tax_invoice' | 'bill_of_supply';
  cashier: string;
  approvedBy: string | null;
  customerName: string;
  customerPhone: string;
  grossPaise: number;
  discountPaise: number;
  totalPaise: number;
  taxPaise: number;
  lines: (SaleLine & { returnedMilli: number })[];
  payments: SalePayment[];
  changePaise: number;
  taxes: { rateBps: number; taxablePaise: number; cgstPaise: number; sgstPaise: number }[];
  /** Set on the new bill of an exchange: this much of the total was settled by the goods returned on `billNo`. */
  exchangeCredit?: { billNo: string; returnNo: string; creditPaise: number };
  /**
   * The returns made against this bill (an exchange's return half too), oldest first; absent when none.
   * `id` is what print.preview / print.slipPdf take for doc 'return_receipt'.
   */
  returns?: SaleReturnRef[];
}

/** A return as its bill lists it: enough to reprint, preview or save its receipt. */
export interface SaleReturnRef {
  id: number;
  returnNo: string;
  at: string;
  /** Value of the goods back (on an exchange, part or all of it was credit on the new bill). */
  refundPaise: number;
}

export const returnInput = z.object({
  requestId,
  billNo: text(40),
  lines: z
    .array(
      z.object({
        lineNo: z.number().int().min(1),
        qtyMilli,
        /** Back on the shelf; false writes it off as damaged. */
        restock: z.boolean().default(true),
      }),
    )
    .min(1)
    .max(200),
  refundMethod: z.enum(PAYMENT_METHODS),
  reason: text(200),
  approval: approvalInput.optional(),
});
export type ReturnInput = z.output<typeof returnInput>;

export interface SaleReturn {
  id: number;
  returnNo: string;
  billNo: string;
  at: string;
  refundMethod: PaymentMethod;
  refundPaise: number;
  reason: string;
  cashier: string;
  approvedBy: string | null;
  lines: { lineNo: number; nameHi: string; nameEn: string; qtyMilli: number; refundPaise: number; restocked: boolean }[];
  /**
   * Set when the return was part of an exchange: refundPaise above is the value of the goods back;
   * creditPaise of it settled the new bill `billNo`, and refundPaise here went back as money.
   */
  exchange?: { billNo: string; creditPaise: number; refundPaise: number; refundMethod: PaymentMethod | null };
}

/**
 * An exchange: items back against a bill and a new bill in one step. The goods' value is credit
 * on the new bill; `payments` cover what the new bill costs beyond it (empty when it costs less
 * or the same), `refundMethod` says how the rest is given back when it costs less.
 */
export const exchangeInput = z.object({
  requestId,
  billNo: returnInput.shape.billNo,
  returnLines: returnInput.shape.lines,
  newLines: checkoutInput.shape.lines,
  billDiscount: discountInput.optional(),
  discountReason: optionalText(200),
  payments: z.array(checkoutInput.shape.payments.element).max(6).default([]),
  refundMethod: z.enum(PAYMENT_METHODS).optional(),
  reason: returnInput.shape.reason,
  customerName: optionalText(80),
  customerPhone: optionalPhone,
  approval: approvalInput.optional(),
});
export type ExchangeInput = z.output<typeof exchangeInput>;

export interface SaleExchange {
  return: SaleReturn;
  sale: Sale;
  /** Value of the goods back that settled the new bill. */
  creditPaise: number;
  /** What the customer paid on top (the new bill beyond the credit). */
  paidPaise: number;
  /** What went back to the customer as money (the credit beyond the new bill). */
  refundPaise: number;
}

export interface SaleSummary {
  id: number;
  billNo: string;
  at: string;
  businessDate: string;
  cashier: string;
  customerName: string;
  customerPhone: string;
  totalPaise: number;
  items: number;
  methods: PaymentMethod[];
  returnedPaise: number;
}

export interface HeldCart {
  id: number;
  label: string;
  totalPaise: number;
  createdAt: string;
  by: string;
  /** Whatever the Sell screen saved: its cart lines, discounts and customer. */
  cart: Record<string, unknown>;
}

const date = isoDate;

export const salesApi = {
  /** Ring up a sale: all of it (sale, lines, payments, stock, artisans' shares, drawer) or nothing. */
  'sales.checkout': method<Sale>()({ input: checkoutInput, access: 'cashier', idempotent: true }),
  /** Take items back against a bill: refund, stock back (or written off), her share reversed. */
  'sales.return': method<SaleReturn>()({ input: returnInput, access: 'cashier', idempotent: true }),
  /** A return and a new sale in one step, the difference paid or refunded: all of it or nothing. */
  'sales.exchange': method<SaleExchange>()({ input: exchangeInput, access: 'cashier', idempotent: true }),
  /** A past return (for its slip): by number or id. */
  'sales.getReturn': method<SaleReturn>()({
    input: z.object({ returnNo: text(40).optional(), id: id.optional() }),
    access: 'user',
  }),
  /** The bills list: by number, date, amount or the customer's phone; newest first, a page at a time. */
  'sales.list': method<{ rows: SaleSummary[]; total: number }>()({
    input: z.object({
      billNo: searchText(40).optional(),
      from: date.optional(),
      to: date.optional(),
      totalPaise: paise.optional(),
      customerPhone: searchText(20).optional(),
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(200).default(50),
    }),
    access: 'user',
  }),
  /** Park a cart (a customer steps away) and pick it up later, at this or another counter. */
  'sales.hold': method<HeldCart>()({
    input: z.object({ requestId, label: optionalText(60), totalPaise: paise, cart: z.record(z.string(), z.unknown()) }),
    access: 'cashier',
    idempotent: true,
  }),
  'sales.listHeld': method<HeldCart[]>()({ input: z.object({}), access: 'user' }),
  /** Take a parked cart back (it leaves the list, so two counters can't both resume it). */
  'sales.takeHeld': method<HeldCart>()({ input: z.object({ id }), access: 'cashier' }),
  'sales.get': method<Sale>()({ input: z.object({ id: id.optional(), billNo: searchText(40).optional() }), access: 'user' }),
};
