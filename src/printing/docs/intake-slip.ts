/** Stock intake slip: what an artisan (or the group) handed in, counted and priced. */
import { cut, feed, pair, rule, text, type Block } from '../document';
import { bi, dateTime, itemName, money, qtyByUnit, qtyUnit } from '../format';
import type { IntakeSlip } from '../types';
import { shopHeader, signatureBox, title } from './common';

export function intakeSlip(s: IntakeSlip): Block[] {
  const L = s.lang;
  const m = (p: number) => money(p, L);
  const out: Block[] = [...shopHeader(s), title('माल प्राप्ति पर्ची', 'Stock Intake Slip', L)];
  out.push(pair(bi('पर्ची नं.', 'Slip No', L), s.intakeNo, { bold: true }));
  out.push(pair(bi('दिनांक', 'Date', L), dateTime(s.at, s.shop.timeZone)));
  if (s.artisan) out.push(pair(bi('कारीगर', 'Artisan', L), itemName(s.artisan.nameHi, s.artisan.nameEn, L), { bold: true }));
  if (s.artisan?.code) out.push(pair(bi('कोड', 'Code', L), s.artisan.code));
  out.push(rule());
  let value = 0;
  s.lines.forEach((l, i) => {
    value += Math.round((l.pricePaise * l.qtyMilli) / 1000);
    out.push(text(`${i + 1}. ${itemName(l.nameHi, l.nameEn, L)}`, { bold: true }));
    out.push(pair(`  ${l.sku}`, `${qtyUnit(l.qtyMilli, l.unit, L)} x ${m(l.pricePaise)}`, { size: 'small' }));
  });
  out.push(rule());
  // Per unit: 12.5 m of cloth is not 12.5 more pieces.
  out.push(pair(bi('कुल मात्रा', 'Total qty', L), qtyByUnit(s.lines, L), { bold: true }));
  out.push(pair(bi('सामान', 'Lines', L), String(s.lines.length)));
  out.push(pair(bi('बिक्री मूल्य', 'Sale value', L), m(value), { bold: true }));
  if (s.notes) out.push(text(`${bi('टिप्पणी', 'Notes', L)}: ${s.notes}`, { size: 'small' }));
  out.push(feed(1));
  out.push(signatureBox('कारीगर के हस्ताक्षर / अँगूठा', 'Artisan signature / thumbprint', L));
  out.push(text(`${bi('प्राप्तकर्ता', 'Received by', L)}: ${s.receivedBy}`, { size: 'small' }));
  out.push(feed(1), cut());
  return out;
}
