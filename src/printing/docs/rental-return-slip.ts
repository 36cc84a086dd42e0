/** Rental return slip: what came back, late days and damage, the deposit settled. */
import { center, cut, feed, pair, rule, text, type Block } from '../document';
import { bi, dateTime, day, itemName, methodLabel, minus, money } from '../format';
import type { RentalReturnSlip } from '../types';
import { includedGst, shopHeader, signatureBox, title } from './common';

export function rentalReturnSlip(r: RentalReturnSlip): Block[] {
  const L = r.lang;
  const m = (p: number) => money(p, L);
  const out: Block[] = [];
  // Cash in or out of the drawer (a refund or a shortfall collected): open it, never on a copy.
  if (!r.duplicate && r.payments.some((p) => p.method === 'cash')) out.push({ kind: 'drawer' });
  out.push(...shopHeader(r), title('किराया वापसी पर्ची', 'Rental Return Slip', L));
  out.push(pair(bi('पर्ची', 'Slip', L), r.rentalNo, { bold: true }));
  if (r.returnNo) out.push(pair(bi('वापसी', 'Return', L), r.returnNo));
  out.push(pair(bi('दिनांक', 'Date', L), dateTime(r.at, r.shop.timeZone)));
  out.push(pair(bi('ग्राहक', 'Customer', L), r.customer.name, { bold: true }));
  out.push(pair(bi('मोबाइल', 'Mobile', L), r.customer.phone));
  out.push(rule());
  out.push(pair(bi('लिया', 'From', L), day(r.fromDate)));
  out.push(pair(bi('लौटाना था', 'Due', L), day(r.dueDate)));
  out.push(pair(bi('लौटाया', 'Returned', L), day(r.returnedDate), { bold: true }));
  out.push(rule());
  r.items.forEach((it, i) => {
    out.push(text(`${i + 1}. ${itemName(it.nameHi, it.nameEn, L)}${it.tag ? ` · ${it.tag}` : ''}`, { bold: true }));
    out.push(pair(`  ${bi('लौटाए', 'Returned', L)}`, `${it.returnedQty} / ${it.qty}`));
    if (it.condition) out.push(text(`  ${bi('हालत', 'Condition', L)}: ${it.condition}`, { size: 'small' }));
    if (it.damagePaise) out.push(pair(`  ${bi('नुकसान', 'Damage', L)}`, minus(it.damagePaise, L)));
  });
  out.push(rule());
  out.push(pair(bi('जमानत', 'Deposit', L), m(r.depositPaise)));
  if (r.lateDays > 0) out.push(pair(bi(`देरी ${r.lateDays} दिन`, `Late ${r.lateDays} ${r.lateDays === 1 ? 'day' : 'days'}`, L), minus(r.lateFeePaise, L)));
  if (r.damagePaise) out.push(pair(bi('नुकसान', 'Damage', L), minus(r.damagePaise, L)));
  if ((r.openChargesPaise ?? 0) > 0) out.push(pair(bi('बाकी किराया', 'Rent still owed', L), minus(r.openChargesPaise ?? 0, L)));
  out.push(...includedGst(r.taxes, L));
  out.push(rule('double'));
  if (r.refundPaise >= 0) out.push(pair(bi('वापस दिए', 'Refunded', L), m(r.refundPaise), { size: 'large', bold: true }));
  else out.push(pair(bi('ग्राहक से लिए', 'Collected', L), m(-r.refundPaise), { size: 'large', bold: true }));
  out.push(rule('double'));
  for (const p of r.payments) out.push(pair(`${methodLabel(p.method, L)}${p.ref ? ` (${p.ref})` : ''}`, m(p.amountPaise)));
  if (r.stillOut) out.push(center(bi(`${r.stillOut} सामान अभी ग्राहक के पास`, `${r.stillOut} still with the customer`, L), { bold: true }));
  else out.push(center(bi('सामान वापस मिला, हिसाब पूरा', 'Items received, account settled', L), { size: 'small' }));
  out.push(feed(1));
  out.push(signatureBox('ग्राहक के हस्ताक्षर / अँगूठा', 'Customer signature / thumbprint', L));
  out.push(text(`${bi('विक्रेता', 'Staff', L)}: ${r.cashier}`, { size: 'small' }));
  out.push(feed(1), cut());
  return out;
}
