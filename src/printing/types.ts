/**
 * What each printed document needs, in the units the core stores: integer paise, basis
 * points, thousandths of a unit (qty_milli), UTC ISO instants and 'YYYY-MM-DD' business dates.
 * The checkout, rental, payout and stock code fill these from their rows; nothing here is
 * formatted yet: builders format at the edge (formatINR, dates in the shop's time zone).
 */
import type { Lang, Paise, Bps } from '../shared/money';
import type { BusinessDate } from '../shared/dates';

export interface ShopHeader {
  name: string; // 'हमर हटरी'
  nameEn?: string; // 'Hamar Hatri'
  address: string;
  phone?: string;
  /** Set only when the shop is GST-registered. */
  gstin?: string;
  /** IANA zone for printing times; Asia/Kolkata when absent. */
  timeZone?: string;
}

/** Common to every document. */
export interface DocBase {
  shop: ShopHeader;
  lang: Lang;
  /** A reprint: printed 'DUPLICATE / प्रति' at the top. */
  duplicate?: boolean;
}

export interface SaleLine {
  nameHi: string;
  nameEn: string;
  qtyMilli: number;
  unit?: 'piece' | 'pair' | 'set' | 'metre';
  unitPricePaise: Paise;
  /** The list price when a manager changed this line's price (printed beside the new one). */
  listPricePaise?: Paise;
  discountPaise: Paise;
  lineTotalPaise: Paise;
  hsn?: string;
  gstRateBps?: Bps;
}

export interface TaxRow {
  rateBps: Bps;
  taxablePaise: Paise;
  cgstPaise: Paise;
  sgstPaise: Paise;
}

export type PaymentMethod = 'cash' | 'upi' | 'card';

export interface Payment {
  method: PaymentMethod;
  amountPaise: Paise;
  /** UPI transaction id, last card digits … */
  ref?: string;
}

export interface UpiPayee {
  vpa: string; // 'hamarhatri@sbi'
  payeeName: string;
  /** The most one UPI payment may ask for: a QR never asks for more (default ₹1,00,000). */
  limitPaise?: Paise;
}

export interface SaleReceipt extends DocBase {
  billNo: string; // 'HH/2026-27/000123'
  at: string; // ISO instant
  cashier: string;
  customer?: { name?: string; phone?: string; gstin?: string };
  lines: SaleLine[];
  subtotalPaise: Paise;
  billDiscountPaise: Paise;
  /** Present (possibly empty) when GST is on: the bill is a 'Tax Invoice', else a 'Bill of Supply'. */
  taxes?: TaxRow[];
  roundOffPaise?: Paise;
  totalPaise: Paise;
  payments: Payment[];
  tenderedPaise?: Paise;
  changePaise?: Paise;
  /** The shop's UPI payee: a scan-to-pay QR is printed only for money still owed (upiDuePaise). */
  upi?: UpiPayee;
  /**
   * Money still owed that the customer may pay by UPI: the QR asks for exactly this. Unset, it is
   * the whole bill (less any exchange credit) when no payment is recorded yet (a bill printed before
   * payment), else nothing. UPI payments already received are printed as received, never as a QR.
   */
  upiDuePaise?: Paise;
  returnPolicy?: string;
  /** The new bill of an exchange: this much was settled by goods returned against an earlier bill. */
  exchangeCredit?: { billNo: string; returnNo: string; amountPaise: Paise };
}

export interface ReturnReceipt extends DocBase {
  returnNo: string; // 'HH/2026-27/C1-R-000004'
  billNo: string; // the bill the goods were bought on
  at: string;
  cashier: string;
  approvedBy?: string;
  lines: { nameHi: string; nameEn: string; qtyMilli: number; refundPaise: Paise; restocked: boolean }[];
  /** Value of the goods back. */
  totalPaise: Paise;
  /** Money given back and how (zero in an exchange that the new bill used up). */
  refundPaise: Paise;
  refundMethod?: PaymentMethod;
  /** An exchange: the part of the value that settled the new bill. */
  exchange?: { billNo: string; creditPaise: Paise };
  reason: string;
}

export interface RentalItem {
  nameHi: string;
  nameEn: string;
  /** A tagged piece's tag (RENT-001-2), so the right costume comes back. */
  tag?: string;
  qty: number;
  rentPaise: Paise;
  depositPaise: Paise;
  /** Both prices of a line that has a day rate and an event package (#19): the slip shows them beside the rent charged. */
  choices?: { dayPaise: Paise; eventPaise: Paise; eventPicked: boolean };
  /** Condition noted when it went out (or came back). */
  condition?: string;
}

export interface RentalSlip extends DocBase {
  rentalNo: string; // 'HH/R/2026-27/C1-000045'
  at: string;
  cashier: string;
  customer: { name: string; phone: string; address?: string; idProof?: string };
  fromDate: BusinessDate;
  dueDate: BusinessDate;
  items: RentalItem[];
  rentPaise: Paise;
  depositPaise: Paise;
  paidPaise: Paise;
  payments: Payment[];
  lateFeePerDayPaise?: Paise;
  terms: string[];
  /** A booking not yet picked up: printed as a booking slip, the pick-up date large. */
  booking?: boolean;
  /** Paid at booking; counted in paidPaise, listed on its own line. */
  advancePaise?: Paise;
  /** GST included in the rent (a shop with a GSTIN), by rate; absent or empty: no GST line. */
  taxes?: TaxRow[];
}

export interface RentalReturnSlip extends DocBase {
  rentalNo: string;
  /** This check-in's number ('HH/R/2026-27/C1-000045/1'): a rental may come back in parts. */
  returnNo?: string;
  at: string;
  cashier: string;
  customer: { name: string; phone: string };
  fromDate: BusinessDate;
  dueDate: BusinessDate;
  returnedDate: BusinessDate;
  items: (RentalItem & { returnedQty: number; damagePaise: Paise })[];
  depositPaise: Paise;
  lateDays: number;
  lateFeePaise: Paise;
  damagePaise: Paise;
  /** Still owed from before (an extension's rent), settled here. */
  openChargesPaise?: Paise;
  /** Units still out after this check-in (0 or absent: everything is back or settled). */
  stillOut?: number;
  /** Deposit minus fees; negative when the customer owes more. */
  refundPaise: Paise;
  payments: Payment[];
  /** GST included in this check-in's late fee and damage (a shop with a GSTIN), by rate; absent or empty: no GST line. */
  taxes?: TaxRow[];
}

export interface PayoutItem {
  nameHi: string;
  nameEn: string;
  soldOn: BusinessDate;
  billNo: string;
  qtyMilli: number;
  pricePaise: Paise;
  shopSharePaise: Paise;
  artisanSharePaise: Paise;
  /** How her part was worked out, in words (e.g. 'दुकान 20% / shop 20%'). */
  rule?: string;
}

/** A custom order's slip: what is to be made, the due date large, the advance held, what is left to pay. */
export interface OrderSlip extends DocBase {
  orderNo: string;
  at: string;
  cashier: string;
  customer: { name: string; phone: string };
  dueDate: BusinessDate;
  status: string;
  items: { nameHi: string; nameEn: string; qtyMilli: number; deliveredMilli: number; unitPricePaise: Paise; linePaise: Paise; makers: string[] }[];
  pricePaise: Paise;
  advancePaise: Paise;
  heldPaise: Paise;
  /** Delivered so far (bill numbers), when some was. */
  deliveries: { billNo: string; totalPaise: Paise }[];
  balancePaise: Paise;
  payments: Payment[];
  note?: string;
}

export interface PayoutSlip extends DocBase {
  payoutNo: string;
  at: string;
  paidBy: string;
  artisan: { nameHi: string; nameEn: string; code?: string; village?: string; phone?: string };
  periodFrom: BusinessDate;
  periodTo: BusinessDate;
  items: PayoutItem[];
  salesPaise: Paise;
  shopSharePaise: Paise;
  artisanSharePaise: Paise;
  /** Earlier balance carried in (positive: owed to her). */
  openingBalancePaise: Paise;
  /** Deductions (advances, returns) with a reason each. */
  deductions: { reason: string; amountPaise: Paise }[];
  paidPaise: Paise;
  method: 'cash' | 'upi' | 'bank';
  ref?: string;
  closingBalancePaise: Paise;
  /** Her open work on custom orders (what is still to make, and by when). */
  openWork?: { orderNo: string; nameHi: string; nameEn: string; openMilli: number; dueDate: BusinessDate }[];
}

export interface IntakeLine {
  sku: string;
  nameHi: string;
  nameEn: string;
  qtyMilli: number;
  unit?: 'piece' | 'pair' | 'set' | 'metre';
  pricePaise: Paise;
}

export interface IntakeSlip extends DocBase {
  intakeNo: string;
  at: string;
  receivedBy: string;
  artisan?: { nameHi: string; nameEn: string; code?: string };
  lines: IntakeLine[];
  notes?: string;
}

export interface DayClose extends DocBase {
  day: BusinessDate;
  at: string;
  closedBy: string;
  counter: string;
  bills: { count: number; firstNo?: string; lastNo?: string };
  grossSalesPaise: Paise;
  discountsPaise: Paise;
  returnsPaise: Paise;
  taxPaise: Paise;
  netSalesPaise: Paise;
  byMethod: { method: PaymentMethod; count: number; amountPaise: Paise }[];
  rentals: {
    out: number;
    returned: number;
    depositsHeldPaise: Paise;
    rentPaise: Paise;
    /** Late fees, damage and kept advances (income, with the rent). */
    feesPaise?: Paise;
    /** Deposits taken and given back during the day. */
    depositsTakenPaise?: Paise;
    depositsReleasedPaise?: Paise;
    /** Advances of bookings held at the day's end (like deposits: the customers' money, not income). */
    advancesHeldPaise?: Paise;
  };
  /** Custom orders' advances: taken that day, applied to its bills, kept at a cancel, and held at its end. */
  orders?: { advancesTakenPaise: Paise; appliedPaise: Paise; keptPaise: Paise; refundedPaise: Paise; advancesHeldPaise: Paise };
  payoutsPaise: Paise;
  cash: { openingPaise: Paise; inPaise: Paise; outPaise: Paise; expectedPaise: Paise; countedPaise: Paise; differencePaise: Paise };
  /** The manager's note at closing. */
  note?: string;
  /** The float counted in when the day was opened. */
  floatPaise?: Paise;
  /** Cash put in (+) or taken out (-) by hand, with the reason. */
  moves?: { amountPaise: Paise; reason: string }[];
  /** The count by notes and coins (only what was counted). */
  counts?: { rupees: number; kind: 'note' | 'coin'; pieces: number; paise: Paise }[];
  /** The manager whose PIN allowed a difference above the limit. */
  approvedBy?: string;
  byCraft?: { nameHi: string; nameEn: string; qtyMilli: number; amountPaise: Paise }[];
}

export interface PriceLabel {
  lang: Lang;
  shopName: string;
  nameHi: string;
  nameEn: string;
  pricePaise: Paise;
  /** Printed as CODE128 and underneath in text. */
  barcode: string;
  sku: string;
  artisan?: string;
  craft?: string;
}
