import { z } from 'zod';
import { applyBps } from '../money';
import { method } from './define';
import { id, isoDate, name, optionalText, paise, phone, requestId, searchText, text } from './fields';
import { GST_RATES_BPS, qtyMilli } from './products';
import { PAYMENT_METHODS, approvalInput, checkoutInput, discountInput, type PaymentMethod, type Sale } from './sales';

/**
 * Custom orders (#16): pieces made to order (200 धान आर्ट badges for a school's event, a wedding's
 * decorations), with an advance held for the customer until delivery, delivered in one go or in
 * parts; each delivery is a sale through the ordinary checkout, the advance applied to its bill.
 * Dates are the shop's business dates; quantities qty_milli; money paise.
 */
export const ORDER_STATUSES = ['ordered', 'in_making', 'ready', 'delivered', 'cancelled'] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];
/** Open orders are the ones still to be made or collected: their advances are held. */
export const OPEN_STATUSES: readonly OrderStatus[] = ['ordered', 'in_making', 'ready'];
export const ORDER_VIEWS = ['open', 'due_week', 'overdue', 'ready', 'delivered', 'cancelled', 'all'] as const;
export type OrderView = (typeof ORDER_VIEWS)[number];

const payment = checkoutInput.shape.payments.element;

const maker = z.object({ artisanId: id, shareBps: z.number().int().min(1).max(10_000) });

export const orderLineInput = z
  .object({
    /** From the catalogue; or leave it out and describe the piece (names and craft). */
    productId: id.optional(),
    nameHi: optionalText(120),
    nameEn: optionalText(120),
    craftId: id.optional(),
    gstRateBps: z.number().int().refine((r) => (GST_RATES_BPS as readonly number[]).includes(r), { message: 'gst_rate' }).default(0),
    qtyMilli,
    /** The agreed price of one unit (GST inside, as on the shelf). */
    unitPricePaise: paise,
    /** Who makes it and her share of the line (of its value before GST); together at most 100 %. */
    makers: z.array(maker).max(10).default([]),
  })
  .superRefine((l, ctx) => {
    if (l.productId === undefined) {
      if (!l.nameHi && !l.nameEn) ctx.addIssue({ code: 'custom', path: ['nameHi'], message: 'one_name' });
      if (l.craftId === undefined) ctx.addIssue({ code: 'custom', path: ['craftId'], message: 'required' });
    }
  });
export type OrderLineInput = z.output<typeof orderLineInput>;

export const orderCreateInput = z.object({
  requestId,
  customer: z.object({ name, phone }),
  dueDate: isoDate,
  lines: z.array(orderLineInput).min(1).max(50),
  /** The advance, by cash, UPI or card (split allowed); held for the customer until delivery. */
  advance: z.array(payment).max(3).default([]),
  note: optionalText(200),
});
export type OrderCreateInput = z.output<typeof orderCreateInput>;

export const orderDeliverInput = z.object({
  requestId,
  orderId: id,
  /** What is handed over now (a part, or all that is left). */
  lines: z.array(z.object({ orderLineId: id, qtyMilli })).min(1).max(50),
  /** The bill's total less the advance still held, exactly (nothing when the advance covers it). */
  payments: z.array(payment).max(6).default([]),
  billDiscount: discountInput.optional(),
  discountReason: optionalText(200),
  /** At the last delivery, how an advance left over (after a discount) goes back. */
  refundMethod: z.enum(PAYMENT_METHODS).optional(),
  approval: approvalInput.optional(),
});
export type OrderDeliverInput = z.output<typeof orderDeliverInput>;

export const orderCancelInput = z.object({
  requestId,
  orderId: id,
  reason: text(200),
  /** How the advance less what is kept goes back. */
  refundMethod: z.enum(PAYMENT_METHODS).optional(),
  /** Keep another amount than the shop's rule (needs a manager's PIN). */
  keepPaise: paise.optional(),
  approval: approvalInput.optional(),
});

export interface OrderMaker {
  artisanId: number;
  nameHi: string;
  nameEn: string;
  shareBps: number;
}

export interface OrderLine {
  id: number;
  lineNo: number;
  productId: number | null;
  craftId: number;
  nameHi: string;
  nameEn: string;
  unit: string;
  qtyMilli: number;
  deliveredMilli: number;
  unitPricePaise: number;
  linePaise: number;
  gstRateBps: number;
  makers: OrderMaker[];
}

export interface OrderMoneyRow {
  kind: 'advance' | 'applied' | 'refund' | 'kept';
  method: PaymentMethod | null;
  amountPaise: number;
  ref: string;
  billNo: string | null;
  at: string;
}

export interface OrderDelivery {
  id: number;
  deliveryNo: number;
  saleId: number;
  billNo: string;
  at: string;
  totalPaise: number;
  appliedPaise: number;
  lines: { orderLineId: number; qtyMilli: number }[];
}

export interface Order {
  id: number;
  orderNo: string;
  customerName: string;
  customerPhone: string;
  dueDate: string;
  status: OrderStatus;
  note: string;
  /** The agreed price: the lines' qty x unit price. */
  pricePaise: number;
  /** Advance taken, and what is still held for the customer (taken - applied - refunded - kept). */
  advancePaise: number;
  heldPaise: number;
  /** Value of what is still to be delivered, at the agreed prices. */
  openValuePaise: number;
  createdAt: string;
  createdBy: string;
  cancelledAt: string | null;
  cancelReason: string;
  overdue: boolean;
  lines: OrderLine[];
  deliveries: OrderDelivery[];
  money: OrderMoneyRow[];
  /** What a cancel now would do by the shop's rule. */
  cancelRule: { keepPaise: number; refundPaise: number; rule: string };
}

export interface OrderSummary {
  id: number;
  orderNo: string;
  customerName: string;
  customerPhone: string;
  dueDate: string;
  status: OrderStatus;
  pricePaise: number;
  heldPaise: number;
  openValuePaise: number;
  /** Lines as the list shows them: 'धान आर्ट बैज x 200'. */
  itemsHi: string;
  itemsEn: string;
  overdue: boolean;
  /** With an artisan filter: her open work on it (qty still to make, by line). */
  work?: { nameHi: string; nameEn: string; openMilli: number; shareBps: number }[];
}

export interface DueBucket {
  count: number;
  /** The open orders' value still to be delivered, and the advances they hold. */
  valuePaise: number;
  heldPaise: number;
}

/** For the manager's dashboard: what is due and what waits to be collected. */
export interface OrdersDueSummary {
  today: string;
  dueToday: DueBucket;
  dueThisWeek: DueBucket;
  overdue: DueBucket;
  readyNotCollected: DueBucket;
  /** Every open order's advance held: equals the order advances held in the day close. */
  heldPaise: number;
}

export interface OrderDeliveryResult {
  order: Order;
  sale: Sale;
  appliedPaise: number;
  refundPaise: number;
}

/**
 * What the shop keeps of the advance held when an order is cancelled, by its rule: before work
 * begins ('ordered') it keeps keepBps and gives the rest back; once making has begun, all of it.
 * One function for the core and the screen.
 */
export function keptOnCancel(status: OrderStatus, heldPaise: number, keepBps: number): { keepPaise: number; rule: string } {
  if (status === 'ordered') return { keepPaise: applyBps(heldPaise, keepBps), rule: `keep:${keepBps}` };
  return { keepPaise: heldPaise, rule: 'made' };
}

export const ordersApi = {
  'orders.create': method<Order>()({ input: orderCreateInput, access: 'user', idempotent: true }),
  'orders.get': method<Order>()({ input: z.object({ orderId: id }), access: 'user' }),
  'orders.list': method<OrderSummary[]>()({
    input: z.object({ view: z.enum(ORDER_VIEWS).default('open'), artisanId: id.optional(), q: searchText(80).default(''), limit: z.number().int().min(1).max(500).default(200) }),
    access: 'user',
  }),
  /** ordered -> in making -> ready (forward only; delivery and cancel have their own calls). */
  'orders.setStatus': method<Order>()({
    input: z.object({ requestId, orderId: id, status: z.enum(['in_making', 'ready']) }),
    access: 'user',
    idempotent: true,
  }),
  /** Hand over pieces: received into stock and sold on one bill through the checkout, the advance applied. */
  'orders.deliver': method<OrderDeliveryResult>()({ input: orderDeliverInput, access: 'user', idempotent: true, maxBodyBytes: 64 * 1024 }),
  'orders.cancel': method<Order>()({ input: orderCancelInput, access: 'user', idempotent: true }),
  /** Counts and amounts due today, this week, overdue, and ready but not collected. */
  'orders.getDueSummary': method<OrdersDueSummary>()({ input: z.object({}), access: 'user' }),
};
