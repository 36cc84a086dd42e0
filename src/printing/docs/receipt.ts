/** The sale receipt: a Tax Invoice when GST is on, else a Bill of Supply. */
import { center, cut, feed, pair, row, rule, text, type Block } from '../document';
import { bi, dateTime, itemName, methodLabel, minus, money, percent, qtyByUnit, qtyUnit } from '../format';
import { DEFAULT_UPI_LIMIT_PAISE, upiPayUri, upiParts } from '../upi';
import type { SaleReceipt } from '../types';
import { note, shopHeader, title } from './common';

export function receipt(s: SaleReceipt): Block[] {
  const L = s.lang;
  const m = (p: number) => money(p, L);
  const hasCash = s.payments.some((p) => p.method === 'cash');
  const out: Block[] = [];
  // Kick first: the drawer is open by the time the paper is torn off. Never on a copy: no money moves.
  if (hasCash && !s.duplicate) out.push({ kind: 'drawer' });
  out.push(...shopHeader(s));
  out.push(s.taxes ? title('कर बीजक', 'Tax Invoice', L) : title('आपूर्ति का बिल', 'Bill of Supply', L));
  out.push(pair(bi('बिल नं.', 'Bill No', L), s.billNo, { bold: true }));
  out.push(pair(bi('दिनांक', 'Date', L), dateTime(s.at, s.shop.timeZone)));
  out.push(pair(bi('विक्रेता', 'Cashier', L), s.cashier));
  if (s.customer?.name) out.push(pair(bi('ग्राहक', 'Customer', L), s.customer.name));
  if (s.customer?.phone) out.push(pair(bi('मोबाइल', 'Mobile', L), s.customer.phone));
  if (s.customer?.gstin) out.push(pair('GSTIN', s.customer.gstin));
  out.push(rule());
  out.push(row([{ text: bi('सामान', 'Item', L), width: 0.6 }, { text: bi('राशि', 'Amount', L), width: 0.4, align: 'right' }], { bold: true }));
  out.push(rule());
  s.lines.forEach((l, i) => {
    out.push(text(`${i + 1}. ${itemName(l.nameHi, l.nameEn, L)}`, { bold: true }));
    // Gross before the line discount, so the discount line below subtracts from it.
    out.push(pair(`  ${qtyUnit(l.qtyMilli, l.unit, L)} x ${m(l.unitPricePaise)}`, m(l.lineTotalPaise + l.discountPaise)));
    if (l.listPricePaise !== undefined && l.listPricePaise !== l.unitPricePaise) {
      out.push(text(`  ${bi('बदला हुआ मूल्य', 'Price changed', L)} (${bi('सूची', 'list', L)} ${m(l.listPricePaise)})`, { size: 'small' }));
    }
    if (l.discountPaise) out.push(pair(`  ${bi('छूट', 'Discount', L)}`, minus(l.discountPaise, L)));
    if (s.taxes && (l.hsn || l.gstRateBps !== undefined)) {
      out.push(text(`  HSN ${l.hsn ?? '-'}  GST ${percent(l.gstRateBps ?? 0)}`, { size: 'small' }));
    }
  });
  out.push(rule());
  out.push(pair(bi('उप-कुल', 'Subtotal', L), m(s.subtotalPaise)));
  if (s.billDiscountPaise) out.push(pair(bi('बिल पर छूट', 'Bill discount', L), minus(s.billDiscountPaise, L)));
  for (const t of s.taxes ?? []) {
    const half = percent(t.rateBps / 2);
    out.push(pair(`${bi('कर योग्य', 'Taxable', L)} @${percent(t.rateBps)}`, m(t.taxablePaise), { size: 'small' }));
    out.push(pair(`  CGST ${half}`, m(t.cgstPaise), { size: 'small' }));
    out.push(pair(`  SGST ${half}`, m(t.sgstPaise), { size: 'small' }));
  }
  if (s.roundOffPaise) out.push(pair(bi('राउंड ऑफ', 'Round off', L), s.roundOffPaise < 0 ? minus(s.roundOffPaise, L) : m(s.roundOffPaise)));
  out.push(rule('double'));
  out.push(row([{ text: bi('कुल', 'Total', L), width: 0.4 }, { text: m(s.totalPaise), width: 0.6, align: 'right' }], { size: 'large', bold: true }));
  out.push(rule('double'));
  if (s.exchangeCredit) {
    out.push(pair(bi('बदली का जमा', 'Exchange credit', L), m(s.exchangeCredit.amountPaise)));
    out.push(text(`  ${bi('बिल', 'from bill', L)} ${s.exchangeCredit.billNo} (${bi('वापसी', 'return', L)} ${s.exchangeCredit.returnNo})`, { size: 'small' }));
  }
  for (const p of s.payments) {
    out.push(pair(`${methodLabel(p.method, L)}${p.ref ? ` (${p.ref})` : ''}`, m(p.amountPaise)));
  }
  if (s.tenderedPaise !== undefined) out.push(pair(bi('दिए गए', 'Tendered', L), m(s.tenderedPaise)));
  if (s.changePaise !== undefined) out.push(pair(bi('वापसी', 'Change', L), m(s.changePaise), { bold: true }));
  // Counted per unit (metres of cloth are not pieces), with the number of lines.
  out.push(text(`${bi('कुल मात्रा', 'Items', L)}: ${qtyByUnit(s.lines, L)} (${s.lines.length} ${bi('पंक्ति', s.lines.length === 1 ? 'line' : 'lines', L)})`, { size: 'small' }));
  // Money already received by UPI is said so, with its reference: never a QR, or it is paid twice.
  const upiPaid = s.payments.filter((p) => p.method === 'upi' && p.amountPaise > 0);
  if (upiPaid.length) out.push(rule());
  for (const p of upiPaid) {
    out.push(center(`${bi('UPI से प्राप्त', 'Received by UPI', L)}: ${m(p.amountPaise)}`, { bold: true }));
    if (p.ref) out.push(center(`${bi('संदर्भ', 'Ref', L)}: ${p.ref}`, { size: 'small' }));
  }
  // A scan-to-pay QR only for money still owed.
  const upiDue = upiDuePaise(s);
  if (s.upi && upiDue > 0) {
    out.push(rule());
    // One payment never asks for more than the UPI limit: above it the QR is the first of the payments that will do.
    const parts = upiParts(upiDue, s.upi.limitPaise ?? DEFAULT_UPI_LIMIT_PAISE);
    const first = parts[0]!;
    out.push(center(`${bi('UPI से भुगतान करें', 'Pay by UPI', L)}: ${m(first)}${parts.length > 1 ? ` (1/${parts.length})` : ''}`, { bold: true }));
    out.push({ kind: 'qr', data: upiPayUri(s.upi, first, s.billNo), size: 6 });
    out.push(center(s.upi.vpa, { size: 'small' }));
    if (parts.length > 1) out.push(note(bi(`एक UPI भुगतान की सीमा ${m(s.upi.limitPaise ?? DEFAULT_UPI_LIMIT_PAISE)}: बाकी ${m(upiDue - first)} अगले भुगतान में`, `UPI limit ${m(s.upi.limitPaise ?? DEFAULT_UPI_LIMIT_PAISE)} a payment: the other ${m(upiDue - first)} in further payments`, L)));
  }
  out.push(rule());
  if (s.returnPolicy) out.push(note(s.returnPolicy));
  out.push(center(bi('धन्यवाद! फिर पधारें', 'Thank you, visit again', L), { bold: true }));
  out.push(feed(1), cut());
  return out;
}

/** What the customer still owes that a UPI QR may ask for: the stated amount, else the whole bill when nothing is paid yet. */
export function upiDuePaise(s: SaleReceipt): number {
  if (s.upiDuePaise !== undefined) return Math.max(0, s.upiDuePaise);
  if (s.payments.length) return 0;
  return Math.max(0, s.totalPaise - (s.exchangeCredit?.amountPaise ?? 0));
}
