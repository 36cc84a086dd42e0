import type { Paise } from './money';

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
