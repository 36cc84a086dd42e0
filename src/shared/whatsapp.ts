import { formatINR } from './money';

/**
 * A WhatsApp "click to chat" link for an Indian number, with a prepared message: the counter
 * taps it and WhatsApp (phone or web) opens the chat with the text filled in, ready to send.
 * Only mobile numbers can have WhatsApp: a landline or a number that does not read gives null.
 */
export function whatsappLink(phone: string, text: string): string | null {
  const number = indianMobile(phone);
  return number ? `https://wa.me/91${number}?text=${encodeURIComponent(text)}` : null;
}

/** '+91 98765-43210', '098765 43210', '919876543210' -> '9876543210'; null if not a mobile number. */
export function indianMobile(phone: string): string | null {
  let d = phone.replace(/[\s\-().]/g, '');
  if (d.startsWith('+')) d = d.slice(1);
  if (!/^\d+$/.test(d)) return null;
  if (d.length === 12 && d.startsWith('91')) d = d.slice(2);
  else if (d.length === 11 && d.startsWith('0')) d = d.slice(1);
  return /^[6-9]\d{9}$/.test(d) ? d : null;
}

export interface OverdueInfo {
  shopName: string;
  customerName: string;
  rentalNo: string;
  /** What is still out, as the slip names it: 'छत्तीसगढ़ी वेशभूषा (महिला), कलशा x 20'. */
  items: string;
  /** The business date it was due, 'YYYY-MM-DD'. */
  dueDate: string;
  lateDays: number;
  lateFeePerDayPaise: number;
}

/** A business date in words, read the same everywhere: 'सोमवार, 30 नवंबर 2026' / 'Monday, 30 November 2026'. */
function dateWords(date: string, lang: 'hi' | 'en'): string {
  return new Intl.DateTimeFormat(lang === 'hi' ? 'hi-IN' : 'en-GB', { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', numberingSystem: 'latn' }).format(
    new Date(`${date}T00:00:00Z`),
  );
}

/**
 * The polite reminder for an overdue rental (Hindi by default: most customers read it first).
 * It names the items, the due date and the fee per day, and asks, never threatens.
 */
export function overdueMessage(o: OverdueInfo, lang: 'hi' | 'en' = 'hi'): string {
  const fee = formatINR(o.lateFeePerDayPaise, lang);
  if (lang === 'en') {
    return [
      `Namaste ${o.customerName} ji, this is ${o.shopName}.`,
      `The items you rented (${o.items}, slip ${o.rentalNo}) were due back on ${dateWords(o.dueDate, 'en')}; today they are ${o.lateDays} ${o.lateDays === 1 ? 'day' : 'days'} late.`,
      `Please return them soon. The late fee is ${fee} a day.`,
      'Thank you.',
    ].join('\n');
  }
  return [
    `नमस्ते ${o.customerName} जी, ${o.shopName} से।`,
    `आपने जो सामान किराए पर लिया था (${o.items}, पर्ची ${o.rentalNo}), उसे ${dateWords(o.dueDate, 'hi')} को लौटाना था; आज ${o.lateDays} दिन की देर हो गई है।`,
    `कृपया जल्दी लौटा दें। देर होने पर ${fee} प्रति दिन शुल्क लगता है।`,
    'धन्यवाद।',
  ].join('\n');
}

export interface ReadyInfo {
  shopName: string;
  customerName: string;
  orderNo: string;
  /** What was made, as the list names it: 'धान आर्ट बैज x 200'. */
  items: string;
  /** What is left to pay at collection (the advance already taken off). */
  balancePaise: number;
}

/** The message telling a customer her custom order is ready to collect (Hindi by default). */
export function readyMessage(o: ReadyInfo, lang: 'hi' | 'en' = 'hi'): string {
  const due = formatINR(o.balancePaise, lang);
  if (lang === 'en') {
    return [
      `Namaste ${o.customerName} ji, this is ${o.shopName}.`,
      `Your order ${o.orderNo} (${o.items}) is ready. Please come and collect it.`,
      o.balancePaise > 0 ? `Balance to pay at collection: ${due} (your advance is already taken off).` : 'Nothing is left to pay.',
      'Thank you.',
    ].join('\n');
  }
  return [
    `नमस्ते ${o.customerName} जी, ${o.shopName} से।`,
    `आपका ऑर्डर ${o.orderNo} (${o.items}) तैयार है। कृपया आकर ले जाएँ।`,
    o.balancePaise > 0 ? `लेते समय बाकी: ${due} (आपका एडवांस घटा दिया गया है)।` : 'कुछ भी बाकी नहीं है।',
    'धन्यवाद।',
  ].join('\n');
}
