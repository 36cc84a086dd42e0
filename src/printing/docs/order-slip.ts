/** Custom order slip: what is to be made, the due date in big type, the advance held, what is left to pay at delivery. */
import { center, cut, feed, pair, rule, text, type Block } from '../document';
import { bi, dateTime, dayWithWeekday, itemName, methodLabel, money, qty } from '../format';
import type { OrderSlip } from '../types';
import { shopHeader, signatureBox, title } from './common';

export function orderSlip(o: OrderSlip): Block[] {
  const L = o.lang;
  const m = (p: number) => money(p, L);
  const out: Block[] = [];
  // An advance taken in cash: open the drawer, as a cash sale does (never on a copy).
  if (!o.duplicate && o.payments.some((p) => p.method === 'cash' && p.amountPaise > 0)) out.push({ kind: 'drawer' });
  out.push(...shopHeader(o), title('ऑर्डर पर्ची', 'Order Slip', L));
  out.push(pair(bi('ऑर्डर', 'Order', L), o.orderNo, { bold: true }));
  out.push(pair(bi('दिनांक', 'Date', L), dateTime(o.at, o.shop.timeZone)));
  out.push(pair(bi('ग्राहक', 'Customer', L), o.customer.name, { bold: true }));
  if (o.customer.phone) out.push(pair(bi('मोबाइल', 'Mobile', L), o.customer.phone));
  out.push(rule('double'));
  // The due date is what everyone looks for: the largest thing on the slip.
  out.push(center(bi('देने की तारीख', 'Due on', L), { size: 'small' }));
  out.push(center(dayWithWeekday(o.dueDate, L), { size: 'huge', bold: true, invert: true }));
  out.push(rule('double'));
  o.items.forEach((it, i) => {
    out.push(text(`${i + 1}. ${itemName(it.nameHi, it.nameEn, L)} x ${qty(it.qtyMilli)}`, { bold: true }));
    out.push(pair(`  @ ${m(it.unitPricePaise)}`, m(it.linePaise)));
    if (it.deliveredMilli > 0) out.push(text(`  ${bi('दिया', 'Delivered', L)}: ${qty(it.deliveredMilli)} · ${bi('बाकी', 'Left', L)}: ${qty(it.qtyMilli - it.deliveredMilli)}`, { size: 'small' }));
    if (it.makers.length) out.push(text(`  ${bi('कारीगर', 'Made by', L)}: ${it.makers.join(', ')}`, { size: 'small' }));
  });
  out.push(rule());
  out.push(pair(bi('तय कीमत', 'Agreed price', L), m(o.pricePaise), { bold: true }));
  out.push(pair(bi('एडवांस', 'Advance', L), m(o.advancePaise)));
  for (const p of o.payments) out.push(pair(`  ${methodLabel(p.method, L)}${p.ref ? ` (${p.ref})` : ''}`, m(p.amountPaise), { size: 'small' }));
  for (const d of o.deliveries) out.push(pair(`  ${bi('बिल', 'Bill', L)} ${d.billNo}`, m(d.totalPaise), { size: 'small' }));
  out.push(pair(bi('जमा एडवांस (आपका)', 'Advance held (yours)', L), m(o.heldPaise)));
  out.push(pair(bi('देते समय बाकी', 'Balance at delivery', L), m(o.balancePaise), { size: 'large', bold: true }));
  if (o.note) out.push(text(o.note, { size: 'small' }));
  out.push(rule());
  out.push(text(bi('एडवांस आपका है और सामान देते समय बिल में जुड़ता है। रद्द करने पर दुकान के नियम से कटौती होगी।', 'The advance is yours until delivery, when it counts towards the bill. A cancel keeps part of it by the shop’s rule.', L), { size: 'small' }));
  out.push(feed(1));
  out.push(signatureBox('ग्राहक के हस्ताक्षर', 'Customer signature', L));
  out.push(text(`${bi('विक्रेता', 'Staff', L)}: ${o.cashier}`, { size: 'small' }));
  out.push(feed(1), cut());
  return out;
}
