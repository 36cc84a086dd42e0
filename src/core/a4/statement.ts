/**
 * An artisan's statement as an A4 document (src/printing/a4/model.ts): her account for the period,
 * the goods, and every item sold with her share, in the language asked for (Hindi first in Hindi).
 * a4Html turns it into the page Chromium prints to a PDF with real, searchable text.
 */
import type { A4Doc } from '../../printing/a4/model';
import { bi, dateTime, day, qty } from '../../printing/format';
import { formatINR, type Lang } from '../../shared/money';
import { getArtisan } from '../artisans/artisans';
import { statementTable } from '../csv/statement-csv';
import type { DB } from '../db/open';
import { statement } from '../payouts/statement';
import { requireSettings } from '../settings/handlers';

export function statementA4(db: DB, artisanId: number, from: string, to: string, lang: Lang | undefined, now: Date): A4Doc {
  const settings = requireSettings(db);
  const L = lang ?? settings.language;
  const m = (p: number) => formatINR(p, L);
  const a = getArtisan(db, artisanId, 'artisanId');
  const st = statement(db, artisanId, from, to);
  const items = statementTable(db, artisanId, from, to).rows.filter((r) => r[0] === 'item');
  const name = L === 'hi' ? [a.nameHi || a.nameEn, a.nameEn] : [a.nameEn || a.nameHi, a.nameHi];
  const herName = name[1] && name[1] !== name[0] ? `${name[0]} (${name[1]})` : (name[0] ?? '');
  const n = (v: unknown) => Number(v ?? 0);
  return {
    lang: L,
    shop: { name: settings.shopName, lines: [settings.address, settings.phone ? `${bi('फ़ोन', 'Phone', L)}: ${settings.phone}` : ''].filter(Boolean) },
    title: bi('कारीगर का हिसाब-पत्र', 'Artisan statement', L),
    subtitle: `${day(from)} – ${day(to)}`,
    meta: [
      [bi('कारीगर', 'Artisan', L), herName],
      ...(a.village ? [[bi('गाँव', 'Village', L), a.village] as [string, string]] : []),
      ...(a.phone ? [[bi('मोबाइल', 'Mobile', L), a.phone] as [string, string]] : []),
      [bi('अवधि', 'Period', L), `${day(from)} – ${day(to)}`],
    ],
    tables: [
      {
        heading: bi('खाता', 'Account', L),
        columns: [{ label: bi('विवरण', 'Item', L) }, { label: bi('राशि', 'Amount', L), align: 'right' }],
        rows: [
          [bi('शुरुआती बकाया', 'Opening balance', L), m(st.openingBalancePaise)],
          [bi('इस अवधि में कमाई', 'Earned in the period', L), m(st.earnedPaise)],
          [bi('इन्हें भुगतान', 'Paid to her', L), m(-st.paidPaise)],
          [bi('सुधार', 'Adjustments', L), m(st.adjustmentsPaise)],
        ],
        totals: [[bi('अंतिम बकाया', 'Closing balance', L), m(st.closingBalancePaise)]],
      },
      {
        heading: bi('माल', 'Goods', L),
        columns: [{ label: bi('विवरण', 'Item', L) }, { label: bi('मात्रा', 'Qty', L), align: 'right' }, { label: bi('मूल्य', 'Value', L), align: 'right' }],
        rows: [
          [bi('प्राप्त', 'Received', L), qty(st.receivedMilli), m(st.receivedValuePaise)],
          [bi('बिका', 'Sold', L), qty(st.soldMilli), m(st.salesPaise)],
          [bi('ग्राहकों ने लौटाया', 'Returned by customers', L), qty(st.returnedByCustomersMilli), ''],
          [bi('उन्हें लौटाया', 'Returned to her', L), qty(st.returnedToHerMilli), ''],
          [bi('अभी दुकान में', 'On hand now', L), qty(st.onHandMilli), m(st.onHandValuePaise)],
        ],
      },
      {
        heading: bi('बिका सामान', 'Items sold', L),
        columns: [
          { label: bi('दिनांक', 'Date', L) }, { label: bi('बिल', 'Bill', L) }, { label: bi('सामान', 'Item', L) }, { label: bi('मात्रा', 'Qty', L), align: 'right' },
          { label: bi('बिक्री', 'Sale', L), align: 'right' }, { label: bi('उनका हिस्सा', 'Her share', L), align: 'right' },
        ],
        rows: items.map((r) => [day(String(r[1])), String(r[2]), L === 'hi' ? String(r[3] || r[4]) : String(r[4] || r[3]), qty(n(r[5])), m(n(r[6])), m(n(r[8]))]),
        totals: items.length ? [[bi('कुल', 'Total', L), '', '', '', m(items.reduce((s, r) => s + n(r[6]), 0)), m(items.reduce((s, r) => s + n(r[8]), 0))]] : undefined,
        empty: bi('इस अवधि में कुछ नहीं बिका।', 'Nothing sold in the period.', L),
      },
    ],
    footer: [`${bi('कारीगर के हस्ताक्षर', 'Artisan’s signature', L)}: ____________________`, `${bi('अध्यक्ष / प्रबंधक', 'President / manager', L)}: ____________________`],
    printedAt: dateTime(now.toISOString(), settings.timeZone),
  };
}
