import { z } from 'zod';
import { applyBps } from '../money';
import type { CsvFile } from './csv';
import { method } from './define';
import { id, isoDate, name, optionalText, paise, phone, requestId, searchText, str, text } from './fields';
import { PHOTO_BODY_BYTES, PHOTO_MIMES, photoBase64, type Photo } from './photos';
import { PAYMENT_METHODS, approvalInput, checkoutInput, type PaymentMethod } from './sales';

/**
 * Rentals: costumes and wedding decorations lent for dates against a deposit.
 *
 * Dates are the shop's business dates (YYYY-MM-DD in its time zone). A rental from `fromDate` to
 * `dueDate` is charged for max(1, due - from) days; it occupies its items from fromDate through
 * dueDate + bufferDays (cleaning), or through max(dueDate, today) + bufferDays while it is out
 * and late, so a later booking can start the day after. Quantities are whole units.
 */
const date = isoDate;
const qty = z.number().int().min(1).max(10_000);
const qtyOrZero = z.number().int().min(0).max(10_000);

export const RENTAL_MODES = ['pieces', 'counted'] as const;
export type RentalMode = (typeof RENTAL_MODES)[number];
/** A tagged piece: out with a customer, being cleaned, waiting for repair, or retired for good. */
export const PIECE_STATUSES = ['ready', 'out', 'cleaning', 'repair', 'retired'] as const;
export type PieceStatus = (typeof PIECE_STATUSES)[number];
export const RENTAL_STATUSES = ['booked', 'out', 'returned', 'cancelled'] as const;
export type RentalStatus = (typeof RENTAL_STATUSES)[number];
export const RENTAL_VIEWS = ['due_today', 'overdue', 'pickups', 'out', 'booked', 'returned', 'cancelled', 'all'] as const;
export type RentalView = (typeof RENTAL_VIEWS)[number];

/**
 * How a product is rented. Rent for d days: with only a day price, d x day price; with an event
 * price, the event price covers up to eventDays and each further day costs the day price (or, with
 * no day price, each further block of eventDays is another event price). Per unit.
 */
export const rentalTermsInput = z
  .object({
    productId: id,
    /** 'pieces': each unit is a tagged piece with its own history; 'counted': a stack of alike units. */
    mode: z.enum(RENTAL_MODES),
    dayPricePaise: paise.nullable().default(null),
    eventPricePaise: paise.nullable().default(null),
    eventDays: z.number().int().min(1).max(30).nullable().default(null),
    depositPaise: paise,
    lateFeePerDayPaise: paise,
    /** Days after the due date kept free for cleaning before the next rental. */
    bufferDays: z.number().int().min(0).max(14).default(1),
  })
  .superRefine((t, ctx) => {
    if (t.dayPricePaise === null && t.eventPricePaise === null) ctx.addIssue({ code: 'custom', path: ['dayPricePaise'], message: 'rent_price' });
    if ((t.eventPricePaise === null) !== (t.eventDays === null)) ctx.addIssue({ code: 'custom', path: ['eventDays'], message: 'event_days' });
  });
export type RentalTermsInput = z.output<typeof rentalTermsInput>;
export type RentalTerms = Omit<RentalTermsInput, 'productId'>;

export interface RentableItem {
  productId: number;
  sku: string;
  nameHi: string;
  nameEn: string;
  craftId: number;
  /** The artisan whose piece it is (her share of rent and late fees accrues); null: the group's. */
  artisanId: number | null;
  artisanNameHi: string;
  artisanNameEn: string;
  status: 'active' | 'archived';
  /** null until a manager sets the terms; such items cannot be booked. */
  terms: RentalTerms | null;
  /** Units the shop owns for renting: on hand plus out with customers. */
  ownedQty: number;
  outQty: number;
  /** Pieces mode: pieces by status, and how many units have no tag yet. */
  pieces: Record<PieceStatus, number>;
  untagged: number;
}

export interface RentalPiece {
  id: number;
  productId: number;
  sku: string;
  nameHi: string;
  nameEn: string;
  tag: string;
  status: PieceStatus;
  /** The latest condition note. */
  note: string;
  updatedAt: string;
  /** The rental it is out on (status 'out'). */
  rentalId: number | null;
  rentalNo: string | null;
}

export interface PieceEvent {
  at: string;
  status: PieceStatus;
  note: string;
  by: string;
  rentalNo: string | null;
  photoId: number | null;
}

export type DayState = 'free' | 'booked' | 'out' | 'buffer' | 'unavailable';

export interface Availability {
  productId: number;
  mode: RentalMode;
  /** Units that can be rented at all (pieces not retired; counted: owned). */
  total: number;
  days: { date: string; booked: number; out: number; buffer: number; free: number }[];
  /** Pieces mode: each piece's state per day, in the order of `days`, with the rental holding it. */
  pieces: { pieceId: number; tag: string; status: PieceStatus; days: { state: DayState; rentalNo: string | null }[] }[];
}

const rentalLineInput = z.object({
  productId: id,
  qty,
  /** Pieces mode: the pieces wanted (e.g. the bride chose this costume); else free ones are picked. */
  pieceIds: z.array(id).max(100).optional(),
  /** 'event': the event package on purpose; by default the cheaper of the day rate and the package. */
  rentRule: z.enum(['cheaper', 'event']).optional(),
});

export const quoteInput = z.object({
  fromDate: date,
  dueDate: date,
  lines: z.array(rentalLineInput).min(1).max(50),
  /** Leave this rental out of the availability check (its own extension). */
  excludeRentalId: id.optional(),
});

export interface RentalQuote {
  days: number;
  /** rentPaise is charged by rentRule; dayRentPaise and eventRentPaise are the two prices (null: no such price), shown side by side. */
  lines: { productId: number; qty: number; rentPaise: number; dayRentPaise: number | null; eventRentPaise: number | null; rentRule: 'cheaper' | 'event'; depositPaise: number; lateFeePerDayPaise: number; free: number; ok: boolean }[];
  rentPaise: number;
  depositPaise: number;
  totalPaise: number;
  /** Every line can be had for the dates. */
  ok: boolean;
}

const payment = checkoutInput.shape.payments.element;
const customer = z.object({ name, phone, idNote: optionalText(80), address: optionalText(200) });

export const bookInput = z.object({
  requestId,
  customer,
  eventDate: date.nullable().default(null),
  fromDate: date,
  dueDate: date,
  lines: z.array(rentalLineInput).min(1).max(50),
  /** An advance, optional: it counts towards the rent and deposit at pick-up. */
  advance: z.array(payment).max(3).default([]),
  note: optionalText(200),
});
export type BookInput = z.output<typeof bookInput>;

/** A walk-in: booked and picked up at once, from today. */
export const walkInInput = bookInput.omit({ fromDate: true, advance: true }).extend({ payments: z.array(payment).max(3).default([]) });

export const pickUpInput = z.object({
  requestId,
  rentalId: id,
  /** Rent + deposit - advance, exactly (nothing when the advance covers it). */
  payments: z.array(payment).max(3).default([]),
  /** Pieces mode: hand over another free piece of the same product instead of the one booked. */
  swaps: z.array(z.object({ lineId: id, pieceId: id })).max(50).default([]),
  note: optionalText(200),
});

export const checkInInput = z.object({
  requestId,
  rentalId: id,
  lines: z
    .array(
      z.object({
        lineId: id,
        /** Units back now (partial returns allowed). */
        qty: qtyOrZero,
        /** Units that will not come back (charged through damagePaise). */
        missingQty: qtyOrZero.default(0),
        /** Damage or missing charge for this line, with a note saying what. */
        damagePaise: paise.default(0),
        damageNote: optionalText(200),
        /** A damage photo added to this rental with rentals.addPhoto. */
        photoId: id.optional(),
        /** Where a returned piece goes: cleaning (the usual), or repair. */
        condition: z.enum(['ok', 'repair']).default('ok'),
      }),
    )
    .min(1)
    .max(50),
  /** What the customer pays when the charges are more than the deposit released. */
  payments: z.array(payment).max(3).default([]),
  /** How the rest of the deposit goes back (required when there is something to refund). */
  refundMethod: z.enum(PAYMENT_METHODS).optional(),
  /** Forgive the late fee (needs a manager). */
  waiveLateFee: z.boolean().default(false),
  approval: approvalInput.optional(),
});
export type CheckInInput = z.output<typeof checkInInput>;

export const extendInput = z.object({
  requestId,
  rentalId: id,
  newDueDate: date,
  /** Pay the extra rent now; if empty it is owed and settled at return. */
  payments: z.array(payment).max(3).default([]),
});

export const cancelInput = z.object({
  requestId,
  rentalId: id,
  reason: text(200),
  /** How the advance (less what is kept) goes back. */
  refundMethod: z.enum(PAYMENT_METHODS).optional(),
  /** Keep a different amount than the shop's rule says (needs a manager). */
  keepPaise: paise.optional(),
  approval: approvalInput.optional(),
});

export const rentalRulesInput = z.object({
  /** A booking cancelled at least this many days before pick-up gets its whole advance back... */
  cancelFreeDays: z.number().int().min(0).max(365),
  /** ...otherwise the shop keeps this share of the advance. */
  cancelKeepBps: z.number().int().min(0).max(10_000),
  /** Printed on every rental slip, numbered. */
  terms: z.array(text(200)).max(10),
});
export type RentalRules = z.output<typeof rentalRulesInput>;

/** What the shop keeps of an advance by its rule when a booking is cancelled `daysBefore` pick-up (the core's and the screen's one rule). */
export function keptByRule(rules: Pick<RentalRules, 'cancelFreeDays' | 'cancelKeepBps'>, advancePaise: number, daysBefore: number): number {
  return daysBefore >= rules.cancelFreeDays ? 0 : applyBps(advancePaise, rules.cancelKeepBps);
}

export interface RentalLine {
  lineId: number;
  lineNo: number;
  productId: number;
  sku: string;
  nameHi: string;
  nameEn: string;
  mode: RentalMode;
  pieceId: number | null;
  tag: string | null;
  qty: number;
  /** For the whole line (all units, all days charged so far). */
  rentPaise: number;
  /** The line's two prices for the booked days (null: no such price) and the rule that chose between them. */
  dayRentPaise: number | null;
  eventRentPaise: number | null;
  rentRule: 'cheaper' | 'event';
  depositPaise: number;
  lateFeePerDayPaise: number;
  bufferDays: number;
  returnedQty: number;
  missingQty: number;
  artisanId: number | null;
  /** GST rate of the line as it was made (basis points; 0: no GST, the shop had no GSTIN then). Rent, late fees and damage include it. */
  gstRateBps: number;
}

export interface RentalPayment {
  at: string;
  event: 'booking' | 'pickup' | 'extend' | 'return' | 'cancel';
  method: PaymentMethod;
  /** Positive: paid by the customer; negative: given back. */
  amountPaise: number;
  tenderedPaise: number | null;
  changePaise: number;
  ref: string;
}

export interface RentalReturn {
  id: number;
  returnNo: string;
  at: string;
  businessDate: string;
  cashier: string;
  approvedBy: string | null;
  lateDays: number;
  lateFeePaise: number;
  lateFeeWaived: boolean;
  damagePaise: number;
  /** Deposit of the units settled in this return. */
  depositReleasedPaise: number;
  /** Earlier charges still owed (an extension's rent) settled here. */
  openChargesPaise: number;
  /** Deposit released - charges: positive was refunded, negative was collected. */
  refundPaise: number;
  lines: { lineId: number; nameHi: string; nameEn: string; tag: string | null; qty: number; missingQty: number; lateFeePaise: number; damagePaise: number; damageNote: string; photoId: number | null; condition: 'ok' | 'repair' }[];
}

export interface Rental {
  id: number;
  rentalNo: string;
  status: RentalStatus;
  customer: { name: string; phone: string; idNote: string; address: string };
  eventDate: string | null;
  fromDate: string;
  dueDate: string;
  days: number;
  createdAt: string;
  createdBy: string;
  pickedUpAt: string | null;
  pickedUpBy: string | null;
  closedAt: string | null;
  cancelledAt: string | null;
  cancelReason: string;
  note: string;
  lines: RentalLine[];
  returns: RentalReturn[];
  payments: RentalPayment[];
  rentPaise: number;
  depositPaise: number;
  /** Deposit still held (not yet released by returns). */
  depositHeldPaise: number;
  /** Paid before pick-up (held until then). */
  advancePaise: number;
  /** Charges (rent, deposit, fees) minus payments: positive is owed by the customer. */
  balancePaise: number;
  /** GST (CGST + SGST) included in its charges so far (rent, late fees, damage; never deposits or advances). */
  taxPaise: number;
  /** While out and past due: days late today and the late fee so far. */
  lateDaysNow: number;
  lateFeeNowPaise: number;
}

export interface RentalSummary {
  id: number;
  rentalNo: string;
  status: RentalStatus;
  customerName: string;
  customerPhone: string;
  eventDate: string | null;
  fromDate: string;
  dueDate: string;
  /** 'मौर, कलशा x 20' style summary, both languages. */
  itemsHi: string;
  itemsEn: string;
  units: number;
  outstandingUnits: number;
  lateDays: number;
  /** Late fee a day for the units still out (0 unless out), and so far (lateDays x that). */
  lateFeePerDayPaise: number;
  lateFeeNowPaise: number;
  depositHeldPaise: number;
  balancePaise: number;
}

export interface RentalReport {
  from: string;
  to: string;
  rentals: number;
  /**
   * Income, by kind, earned in the period (rent at pick-up and extension, fees at return, kept advances at cancel).
   * GST-inclusive, as charged: gstPaise says how much of it is GST (owed to the government, not the group's).
   */
  rentPaise: number;
  lateFeePaise: number;
  damagePaise: number;
  cancelKeptPaise: number;
  /** Of that income: artisans' shares (accrued to them) and the group's part; income = shares + group + gstPaise. */
  artisanSharePaise: number;
  groupPaise: number;
  /** GST (CGST + SGST) inside the period's rent, late fees and damage; 0 for a shop without a GSTIN. */
  gstPaise: number;
  /** Held for customers now (liabilities, not income): deposits of rentals out, advances of bookings. */
  depositsHeldPaise: number;
  advancesHeldPaise: number;
}

export const rentalsApi = {
  'rentals.listItems': method<RentableItem[]>()({ input: z.object({ includeArchived: z.boolean().default(false) }), access: 'user' }),
  'rentals.setTerms': method<RentableItem>()({ input: rentalTermsInput, access: 'manager' }),
  /** Tag more pieces of a pieces-mode product (given tags, or `count` made from the SKU). */
  'rentals.addPieces': method<RentalPiece[]>()({
    input: z.object({
      productId: id,
      tags: z.array(str().trim().regex(/^[0-9A-Za-z._/-]{2,32}$/, { message: 'invalid_format' })).max(100).default([]),
      count: z.number().int().min(0).max(100).default(0),
    }),
    access: 'manager',
  }),
  'rentals.listPieces': method<RentalPiece[]>()({ input: z.object({ productId: id.optional(), status: z.enum(PIECE_STATUSES).optional() }), access: 'user' }),
  'rentals.getPiece': method<RentalPiece & { history: PieceEvent[] }>()({ input: z.object({ pieceId: id }), access: 'user' }),
  /** Cleaned -> ready, sent for repair, retired (manager); 'out' is set only by pick-up. */
  'rentals.setPieceStatus': method<RentalPiece>()({
    input: z.object({ pieceId: id, status: z.enum(['ready', 'cleaning', 'repair', 'retired']), note: optionalText(200), photoId: id.optional() }),
    access: 'user',
  }),
  /** A scanned tag or barcode: the piece and the rental it is out on or booked for next. */
  'rentals.lookup': method<{ productId: number; pieceId: number | null; tag: string | null; rentalId: number | null } | null>()({
    input: z.object({ code: searchText(40).min(1) }),
    access: 'user',
  }),
  'rentals.getAvailability': method<Availability>()({
    input: z.object({ productId: id, from: date, to: date }),
    access: 'user',
  }),
  'rentals.previewQuote': method<RentalQuote>()({ input: quoteInput, access: 'user' }),
  'rentals.book': method<Rental>()({ input: bookInput, access: 'user', idempotent: true }),
  'rentals.walkIn': method<Rental>()({ input: walkInInput, access: 'user', idempotent: true }),
  'rentals.pickUp': method<Rental>()({ input: pickUpInput, access: 'user', idempotent: true }),
  'rentals.checkIn': method<Rental & { returnId: number }>()({ input: checkInInput, access: 'user', idempotent: true }),
  'rentals.extend': method<Rental>()({ input: extendInput, access: 'user', idempotent: true }),
  'rentals.cancel': method<Rental>()({ input: cancelInput, access: 'user', idempotent: true }),
  'rentals.get': method<Rental>()({ input: z.object({ id }), access: 'user' }),
  /** `today`: the shop's business date now (screens never take 'today' from the computer's clock). */
  'rentals.list': method<{ rows: RentalSummary[]; total: number; today: string }>()({
    input: z.object({
      view: z.enum(RENTAL_VIEWS).default('all'),
      q: searchText(80).default(''),
      limit: z.number().int().min(1).max(200).default(50),
      offset: z.number().int().min(0).default(0),
    }),
    access: 'user',
  }),
  /** A photo of damage, for a rental that is out (its id goes on a check-in line). Append-only. */
  'rentals.addPhoto': method<{ photoId: number }>()({
    input: z.object({ rentalId: id, mime: z.enum(PHOTO_MIMES), base64: photoBase64.min(1) }),
    access: 'user',
    maxBodyBytes: PHOTO_BODY_BYTES,
  }),
  'rentals.getPhoto': method<Photo>()({ input: z.object({ photoId: id }), access: 'user' }),
  'rentals.getRules': method<RentalRules>()({ input: z.object({}), access: 'user' }),
  'rentals.updateRules': method<RentalRules>()({ input: rentalRulesInput, access: 'manager' }),
  'rentals.report': method<RentalReport>()({ input: z.object({ from: date, to: date }), access: 'manager' }),
  /** The same report as a spreadsheet (UTF-8 with a BOM; a row per figure, money in rupees). */
  'rentals.exportReport': method<CsvFile>()({ input: z.object({ from: date, to: date }), access: 'manager' }),
};
