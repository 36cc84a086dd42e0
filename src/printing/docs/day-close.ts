/** Day-close report: the day's sales, payments by method, rentals, payouts and the cash count. */
import { center, cut, feed, pair, rule, text, type Block } from '../document';
import { bi, dateTime, day, itemName, methodLabel, minus, money, qty } from '../format';
import type { DayClose } from '../types';
import { shopHeader, signatureBox, title } from './common';

export function dayClose(d: DayClose): Block[] {
  const L = d.lang;
  const m = (p: number) => money(p, L);
  const head = (hi: string, en: string) => text(bi(hi, en, L), { bold: true });
  const out: Block[] = [...shopHeader(d), title('दिन का हिसाब', 'Day Close', L)];
  out.push(center(day(d.day), { size: 'large', bold: true }));
  out.push(pair(bi('काउंटर', 'Counter', L), d.counter));
  out.push(pair(bi('बंद किया', 'Closed by', L), d.closedBy));
  out.push(pair(bi('समय', 'Time', L), dateTime(d.at, d.shop.timeZone)));
  out.push(rule());
  out.push(head('बिक्री', 'Sales'));
  out.push(pair(bi('बिल', 'Bills', L), String(d.bills.count)));
  if (d.bills.firstNo) out.push(text(`  ${d.bills.firstNo} - ${d.bills.lastNo ?? ''}`, { size: 'small' }));
  out.push(pair(bi('कुल बिक्री', 'Gross sales', L), m(d.grossSalesPaise)));
  out.push(pair(bi('छूट', 'Discounts', L), minus(d.discountsPaise, L)));
  out.push(pair(bi('वापसी', 'Returns', L), minus(d.returnsPaise, L)));
  out.push(pair(bi('कर', 'Tax', L), m(d.taxPaise)));
  out.push(pair(bi('शुद्ध बिक्री', 'Net sales', L), m(d.netSalesPaise), { bold: true }));
  out.push(rule());
  out.push(head('भुगतान', 'Payments'));
  for (const x of d.byMethod) out.push(pair(`${methodLabel(x.method, L)} (${x.count})`, m(x.amountPaise)));
  out.push(rule());
  out.push(head('किराया', 'Rentals'));
  out.push(pair(bi('दिए', 'Out', L), String(d.rentals.out)));
  out.push(pair(bi('लौटे', 'Returned', L), String(d.rentals.returned)));
  out.push(pair(bi('किराया', 'Rent', L), m(d.rentals.rentPaise)));
  if (d.rentals.feesPaise) out.push(pair(bi('देर/नुकसान शुल्क', 'Fees kept', L), m(d.rentals.feesPaise)));
  if (d.rentals.depositsTakenPaise !== undefined) out.push(pair(bi('जमानत ली', 'Deposits taken', L), m(d.rentals.depositsTakenPaise)));
  if (d.rentals.depositsReleasedPaise) out.push(pair(bi('जमानत लौटाई', 'Deposits returned', L), minus(d.rentals.depositsReleasedPaise, L)));
  out.push(pair(bi('रखी जमानत', 'Deposits held', L), m(d.rentals.depositsHeldPaise)));
  if (d.rentals.advancesHeldPaise) out.push(pair(bi('रखा अग्रिम', 'Advances held', L), m(d.rentals.advancesHeldPaise)));
  if (d.rentals.depositsTakenPaise !== undefined) out.push(text(bi('जमानत/अग्रिम ग्राहकों का पैसा है, आय नहीं', 'Deposits/advances are customers\' money, not income', L), { size: 'small' }));
  const o = d.orders;
  if (o && (o.advancesTakenPaise || o.appliedPaise || o.keptPaise || o.refundedPaise || o.advancesHeldPaise)) {
    out.push(rule());
    out.push(head('ऑर्डर', 'Custom orders'));
    if (o.advancesTakenPaise) out.push(pair(bi('एडवांस लिया', 'Advances taken', L), m(o.advancesTakenPaise)));
    if (o.appliedPaise) out.push(pair(bi('बिलों में घटाया', 'Applied to bills', L), minus(o.appliedPaise, L)));
    if (o.refundedPaise) out.push(pair(bi('लौटाया', 'Given back', L), minus(o.refundedPaise, L)));
    if (o.keptPaise) out.push(pair(bi('रद्द पर रखा (आय)', 'Kept at cancel (income)', L), m(o.keptPaise)));
    out.push(pair(bi('रखा एडवांस', 'Advances held', L), m(o.advancesHeldPaise), { bold: true }));
  }
  out.push(rule());
  out.push(pair(bi('कारीगर भुगतान', 'Artisan payouts', L), m(d.payoutsPaise), { bold: true }));
  out.push(rule());
  out.push(head('गल्ला', 'Cash drawer'));
  const c = d.cash;
  out.push(pair(bi('शुरुआती', 'Opening', L), m(c.openingPaise)));
  if (d.floatPaise !== undefined) out.push(pair(bi('शुरुआती रकम', 'Opening float', L), m(d.floatPaise)));
  for (const x of d.moves ?? []) out.push(pair(`${x.amountPaise < 0 ? bi('निकाले', 'Out', L) : bi('डाले', 'In', L)}: ${x.reason}`, x.amountPaise < 0 ? minus(x.amountPaise, L) : m(x.amountPaise), { size: 'small' }));
  out.push(pair(bi('आया', 'In', L), m(c.inPaise)));
  out.push(pair(bi('गया', 'Out', L), minus(c.outPaise, L)));
  out.push(pair(bi('होना चाहिए', 'Expected', L), m(c.expectedPaise), { bold: true }));
  out.push(pair(bi('गिना', 'Counted', L), m(c.countedPaise), { bold: true }));
  const diff = c.differencePaise;
  out.push(pair(bi('अंतर', 'Difference', L), diff < 0 ? minus(diff, L) : `${diff > 0 ? '+' : ''}${m(diff)}`, { size: 'large', bold: true }));
  if (diff !== 0) out.push(text(diff < 0 ? bi('कम', 'Short', L) : bi('ज़्यादा', 'Over', L), { bold: true }));
  if (d.note) out.push(text(d.note, { size: 'small' }));
  if (d.approvedBy) out.push(pair(bi('मंज़ूरी', 'Approved by', L), d.approvedBy, { size: 'small' }));
  if (d.counts?.length) {
    out.push(rule());
    out.push(head('नोट और सिक्के', 'Notes and coins'));
    for (const k of d.counts) out.push(pair(`₹${k.rupees} ${k.kind === 'note' ? bi('नोट', 'note', L) : bi('सिक्का', 'coin', L)} × ${k.pieces}`, m(k.paise), { size: 'small' }));
  }
  if (d.byCraft?.length) {
    out.push(rule());
    out.push(head('शिल्प अनुसार', 'By craft'));
    for (const k of d.byCraft) out.push(pair(`${itemName(k.nameHi, k.nameEn, L)} (${qty(k.qtyMilli)})`, m(k.amountPaise), { size: 'small' }));
  }
  out.push(feed(1));
  out.push(signatureBox('प्रबंधक के हस्ताक्षर', 'Manager signature', L));
  out.push(feed(1), cut());
  return out;
}
