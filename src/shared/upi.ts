import { allocate, type Paise } from './money';

/** Who a UPI payment goes to: the shop's VPA ('hamarhatri@sbi') and the name the payer's app shows. */
export interface UpiPayeeInfo {
  vpa: string;
  payeeName: string;
}

/** RFC 3986 query encoding; '@' is legal in a query and UPI apps expect 'pa' to read as a VPA. */
function enc(s: string): string {
  return encodeURIComponent(s).replace(/%40/g, '@');
}

/** Paise to '1250.00' without going through a float. */
export function rupeesDecimal(paise: Paise): string {
  if (!Number.isSafeInteger(paise) || paise < 0) throw new RangeError(`UPI amount must be non-negative paise, got ${paise}`);
  return `${Math.floor(paise / 100)}.${String(paise % 100).padStart(2, '0')}`;
}

/**
 * The NPCI UPI deep link a customer's app scans: upi://pay?pa=…&pn=…&am=…&cu=INR&tn=…
 * One copy for the receipt printer (src/printing) and the counter screen (renderer).
 */
export function upiPayUri(payee: UpiPayeeInfo, amountPaise: Paise, note: string): string {
  const q = [
    `pa=${enc(payee.vpa.trim())}`,
    `pn=${enc(payee.payeeName)}`,
    `am=${rupeesDecimal(amountPaise)}`,
    'cu=INR',
    `tn=${enc(note)}`,
  ];
  return `upi://pay?${q.join('&')}`;
}

/** What one UPI payment may carry unless the shop sets otherwise: ₹1,00,000, the common payer's limit. */
export const DEFAULT_UPI_LIMIT_PAISE = 10_000_000;

/**
 * A UPI amount as the payments a payer can make, each within `limitPaise`: as few as will do, as
 * even as paise allow (₹1,20,000 at a ₹1,00,000 limit: ₹60,000 + ₹60,000). One part when it fits.
 */
export function upiParts(amountPaise: Paise, limitPaise: Paise = DEFAULT_UPI_LIMIT_PAISE): Paise[] {
  if (amountPaise <= 0) return [];
  if (!(limitPaise > 0) || amountPaise <= limitPaise) return [amountPaise];
  const n = Math.ceil(amountPaise / limitPaise);
  return allocate(amountPaise, Array.from({ length: n }, () => 1));
}
