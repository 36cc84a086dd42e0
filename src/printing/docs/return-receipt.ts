/** The return receipt (वापसी रसीद): goods back against a bill, the refund, or the exchange credit. */
import { center, cut, feed, pair, row, rule, text, type Block } from '../document';
import { bi, dateTime, itemName, methodLabel, money, qty } from '../format';
import type { ReturnReceipt } from '../types';
import { note, shopHeader, signatureBox, title } from './common';

export function returnReceipt(r: ReturnReceipt): Block[] {
  const L = r.lang;
  const m = (p: number) => money(p, L);
  const out: Block[] = [];
  // Cash going out of the drawer: open it, as a cash sale does.
  if (!r.duplicate && r.refundMethod === 'cash' && r.refundPaise > 0) out.push({ kind: 'drawer' });
  out.push(...shopHeader(r));
  out.push(title('वापसी रसीद', 'Return receipt', L));
  out.push(pair(bi('वापसी नं.', 'Return No', L), r.returnNo, { bold: true }));
  out.push(pair(bi('मूल बिल नं.', 'Original bill', L), r.billNo));
  out.push(pair(bi('दिनांक', 'Date', L), dateTime(r.at, r.shop.timeZone)));
  out.push(pair(bi('विक्रेता', 'Cashier', L), r.cashier));
  if (r.approvedBy) out.push(pair(bi('स्वीकृति', 'Approved by', L), r.approvedBy));
  out.push(rule());
  out.push(row([{ text: bi('लौटाया सामान', 'Item returned', L), width: 0.6 }, { text: bi('वापसी', 'Refund', L), width: 0.4, align: 'right' }], { bold: true }));
  out.push(rule());
  r.lines.forEach((l, i) => {
    out.push(text(`${i + 1}. ${itemName(l.nameHi, l.nameEn, L)}`, { bold: true }));
    out.push(pair(`  ${bi('मात्रा', 'Qty', L)} ${qty(l.qtyMilli)} · ${l.restocked ? bi('स्टॉक में', 'restocked', L) : bi('खराब', 'damaged', L)}`, m(l.refundPaise)));
  });
  out.push(rule('double'));
  out.push(row([{ text: bi('कुल', 'Total', L), width: 0.4 }, { text: m(r.totalPaise), width: 0.6, align: 'right' }], { size: 'large', bold: true }));
  out.push(rule('double'));
  if (r.exchange) {
    out.push(pair(bi('बदले में नया बिल', 'Exchanged on bill', L), r.exchange.billNo, { bold: true }));
    out.push(pair(bi('नए बिल में जमा', 'Credit on new bill', L), m(r.exchange.creditPaise)));
  }
  if (r.refundPaise > 0 || !r.exchange) {
    const how = r.refundMethod ? ` (${methodLabel(r.refundMethod, L)})` : '';
    out.push(pair(`${bi('ग्राहक को लौटाए', 'Refunded', L)}${how}`, m(r.refundPaise), { bold: true }));
  }
  out.push(text(`${bi('कारण', 'Reason', L)}: ${r.reason}`, { size: 'small' }));
  out.push(feed(1));
  out.push(signatureBox('ग्राहक के हस्ताक्षर', 'Customer signature', L));
  out.push(note(bi('यह रसीद मूल बिल के साथ रखें', 'Keep this slip with the original bill', L)));
  out.push(center(bi('धन्यवाद!', 'Thank you', L), { bold: true }));
  out.push(feed(1), cut());
  return out;
}
