/** Artisan payout slip: each item sold in the period, the shop's share and hers, what was paid. */
import { center, cut, feed, pair, row, rule, text, type Block, type Paper } from '../document';
import { bi, dateTime, day, itemName, methodLabel, minus, money, qty } from '../format';
import type { PayoutSlip } from '../types';
import { shopHeader, signatureBox, title } from './common';

export function payoutSlip(p: PayoutSlip, paper: Paper = '80mm'): Block[] {
  const L = p.lang;
  const m = (x: number) => money(x, L);
  const out: Block[] = [...shopHeader(p), title('कारीगर भुगतान पर्ची', 'Artisan Payout Slip', L)];
  out.push(pair(bi('पर्ची नं.', 'Slip No', L), p.payoutNo, { bold: true }));
  out.push(pair(bi('दिनांक', 'Date', L), dateTime(p.at, p.shop.timeZone)));
  out.push(rule());
  out.push(center(itemName(p.artisan.nameHi, p.artisan.nameEn, L), { size: 'large', bold: true }));
  const who = [p.artisan.code, p.artisan.village, p.artisan.phone].filter(Boolean).join(' · ');
  if (who) out.push(center(who, { size: 'small' }));
  out.push(center(`${bi('अवधि', 'Period', L)}: ${day(p.periodFrom)} - ${day(p.periodTo)}`, { bold: true }));
  out.push(rule());
  // 80 mm has room for three amount columns; 58 mm stacks them so lakh amounts never clip.
  const wide = paper === '80mm';
  if (wide) {
    out.push(row([
      { text: bi('मूल्य', 'Price', L), width: 0.34, align: 'right' },
      { text: bi('दुकान', 'Shop', L), width: 0.33, align: 'right' },
      { text: bi('आपका', 'Yours', L), width: 0.33, align: 'right' },
    ], { size: 'small', bold: true }));
    out.push(rule());
  }
  p.items.forEach((it, i) => {
    out.push(text(`${i + 1}. ${itemName(it.nameHi, it.nameEn, L)}${it.qtyMilli !== 1000 ? ` x ${qty(it.qtyMilli)}` : ''}`, { bold: true }));
    out.push(text(`  ${day(it.soldOn)}  ${it.billNo}`, { size: 'small' }));
    // how her part was worked out (commission %, or a fixed amount; who bore a discount)
    if (it.rule) out.push(text(`  ${it.rule}`, { size: 'small' }));
    if (wide) {
      out.push(row([
        { text: m(it.pricePaise), width: 0.34, align: 'right' },
        { text: m(it.shopSharePaise), width: 0.33, align: 'right' },
        { text: m(it.artisanSharePaise), width: 0.33, align: 'right' },
      ], { size: 'small' }));
    } else {
      out.push(pair(`  ${bi('मूल्य', 'Price', L)}`, m(it.pricePaise), { size: 'small' }));
      out.push(pair(`  ${bi('दुकान', 'Shop', L)}`, m(it.shopSharePaise), { size: 'small' }));
      out.push(pair(`  ${bi('आपका', 'Yours', L)}`, m(it.artisanSharePaise), { size: 'small', bold: true }));
    }
  });
  out.push(rule());
  out.push(pair(bi('कुल बिक्री', 'Total sales', L), m(p.salesPaise)));
  out.push(pair(bi('दुकान का हिस्सा', 'Shop share', L), m(p.shopSharePaise)));
  out.push(pair(bi('आपका हिस्सा', 'Your share', L), m(p.artisanSharePaise), { bold: true }));
  if (p.openingBalancePaise) out.push(pair(bi('पिछला बकाया', 'Previous balance', L), m(p.openingBalancePaise)));
  for (const d of p.deductions) out.push(pair(d.reason, minus(d.amountPaise, L)));
  out.push(rule('double'));
  out.push(row([{ text: bi('भुगतान', 'Paid', L), width: 0.4 }, { text: m(p.paidPaise), width: 0.6, align: 'right' }], { size: 'large', bold: true }));
  out.push(pair(bi('माध्यम', 'Method', L), methodLabel(p.method, L)));
  // A VPA or UTR is one long word: give it a line of its own rather than break it.
  if (p.ref) out.push(text(p.ref, { align: 'right', size: 'small' }));
  out.push(rule('double'));
  out.push(pair(bi('शेष बकाया', 'Balance due', L), m(p.closingBalancePaise)));
  if (p.openWork?.length) {
    // What she still has to make for custom orders, so the slip she takes home says it too.
    out.push(rule());
    out.push(text(bi('बाकी ऑर्डर का काम', 'Open order work', L), { bold: true }));
    for (const w of p.openWork) {
      out.push(text(`${itemName(w.nameHi, w.nameEn, L)} x ${qty(w.openMilli)}`));
      out.push(text(`  ${w.orderNo} · ${bi('देना है', 'due', L)} ${day(w.dueDate)}`, { size: 'small' }));
    }
  }
  out.push(feed(1));
  out.push(signatureBox('कारीगर के हस्ताक्षर / अँगूठा', 'Artisan signature / thumbprint', L));
  out.push(text(`${bi('भुगतानकर्ता', 'Paid by', L)}: ${p.paidBy}`, { size: 'small' }));
  out.push(feed(1), cut());
  return out;
}
