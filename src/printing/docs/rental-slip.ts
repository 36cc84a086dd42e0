/** Rental slip: what went out, the dates in big type, deposit, terms, customer's signature. */
import { center, cut, feed, pair, rule, text, type Block } from '../document';
import { bi, dateTime, dayWithWeekday, itemName, methodLabel, money } from '../format';
import type { RentalSlip } from '../types';
import { includedGst, shopHeader, signatureBox, title } from './common';

export function rentalSlip(r: RentalSlip): Block[] {
  const L = r.lang;
  const m = (p: number) => money(p, L);
  const out: Block[] = [];
  // Cash taken: open the drawer, as a cash sale does (never on a copy).
  if (!r.duplicate && r.payments.some((p) => p.method === 'cash' && p.amountPaise > 0)) out.push({ kind: 'drawer' });
  out.push(...shopHeader(r), r.booking ? title('बुकिंग पर्ची', 'Booking Slip', L) : title('किराया पर्ची', 'Rental Slip', L));
  out.push(pair(bi('पर्ची', 'Slip', L), r.rentalNo, { bold: true }));
  out.push(pair(bi('दिनांक', 'Date', L), dateTime(r.at, r.shop.timeZone)));
  out.push(pair(bi('ग्राहक', 'Customer', L), r.customer.name, { bold: true }));
  out.push(pair(bi('मोबाइल', 'Mobile', L), r.customer.phone));
  if (r.customer.address) out.push(text(`${bi('पता', 'Address', L)}: ${r.customer.address}`, { size: 'small' }));
  if (r.customer.idProof) out.push(text(`${bi('पहचान', 'ID', L)}: ${r.customer.idProof}`, { size: 'small' }));
  out.push(rule('double'));
  // The dates are what people come back for: large, with the weekday spelt out; the next one largest
  // (pick-up on a booking slip, the return on a rental slip).
  out.push(center(bi('लेने की तारीख', 'From', L), { size: 'small' }));
  out.push(center(dayWithWeekday(r.fromDate, L), r.booking ? { size: 'huge', bold: true, invert: true } : { size: 'large', bold: true }));
  out.push(center(bi('वापसी की तारीख', 'Return by', L), { size: 'small' }));
  out.push(center(dayWithWeekday(r.dueDate, L), r.booking ? { size: 'large', bold: true } : { size: 'huge', bold: true, invert: true }));
  out.push(rule('double'));
  r.items.forEach((it, i) => {
    out.push(text(`${i + 1}. ${itemName(it.nameHi, it.nameEn, L)}${it.tag ? ` · ${it.tag}` : ''}${it.qty > 1 ? ` x ${it.qty}` : ''}`, { bold: true }));
    out.push(pair(`  ${bi('किराया', 'Rent', L)}`, m(it.rentPaise)));
    if (it.choices) {
      const c = it.choices;
      const why = c.eventPicked ? bi('पैकेज चुना', 'package chosen', L) : bi('कम वाला', 'the cheaper', L);
      out.push(text(`  ${bi('दिन से', 'By day', L)} ${m(c.dayPaise)} · ${bi('पैकेज', 'Package', L)} ${m(c.eventPaise)} (${why})`, { size: 'small' }));
    }
    out.push(pair(`  ${bi('जमानत', 'Deposit', L)}`, m(it.depositPaise)));
    if (it.condition) out.push(text(`  ${bi('हालत', 'Condition', L)}: ${it.condition}`, { size: 'small' }));
  });
  out.push(rule());
  out.push(pair(bi('कुल किराया', 'Total rent', L), m(r.rentPaise)));
  out.push(...includedGst(r.taxes, L));
  out.push(pair(bi('कुल जमानत', 'Total deposit', L), m(r.depositPaise)));
  if (r.advancePaise && !r.booking) out.push(pair(bi('एडवांस', 'Advance', L), m(r.advancePaise)));
  out.push(pair(r.booking ? bi('एडवांस', 'Advance', L) : bi('जमा किया', 'Paid', L), m(r.paidPaise), { size: 'large', bold: true }));
  for (const p of r.payments) out.push(pair(`  ${methodLabel(p.method, L)}${p.ref ? ` (${p.ref})` : ''}`, m(p.amountPaise), { size: 'small' }));
  // What is left to pay when the items are picked up.
  if (r.booking) out.push(pair(bi('बाकी', 'Balance due', L), m(r.rentPaise + r.depositPaise - r.paidPaise), { bold: true }));
  if (r.lateFeePerDayPaise) out.push(text(`${bi('देर से लौटाने पर प्रति दिन', 'Late fee per day', L)}: ${m(r.lateFeePerDayPaise)}`, { bold: true }));
  out.push(rule());
  out.push(text(bi('शर्तें', 'Terms', L), { bold: true }));
  r.terms.forEach((t, i) => out.push(text(`${i + 1}. ${t}`, { size: 'small' })));
  out.push(feed(1));
  out.push(signatureBox('ग्राहक के हस्ताक्षर / अँगूठा', 'Customer signature / thumbprint', L));
  out.push(text(`${bi('विक्रेता', 'Staff', L)}: ${r.cashier}`, { size: 'small' }));
  out.push(feed(1), cut());
  return out;
}
