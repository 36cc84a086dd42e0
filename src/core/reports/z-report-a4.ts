/**
 * The Z report on A4: the day close as it was stored when the drawer was counted, with the count by
 * notes and coins, the opening float and cash moved by hand. Built as an A4Doc (src/printing/a4)
 * and turned into one HTML page for Chromium to print (the renderer's printA4).
 */
import type { A4Doc } from '../../printing/a4/model';
import { a4Html } from '../../printing/a4/html';
import { dateTime, day, methodLabel } from '../../printing/format';
import { countLines } from '../../shared/denominations';
import { formatINR, type Lang } from '../../shared/money';
import type { DB } from '../db/open';
import { shopOf } from '../print/documents';
import { dayClose } from './day-close';
import { dayCloseById, storedZReport } from './closed';

/** The drawer's movement kinds in words (cash_in/cash_out are listed one by one with their reasons). */
const KINDS: Record<string, [string, string]> = {
  sale: ['बिक्री', 'Sales'], refund: ['वापसी', 'Refunds'], payout: ['कारीगर भुगतान', 'Artisan payouts'], float: ['दिन खोलते समय मिलान (गिनी रकम तक)', 'Set to the counted float at opening'],
  cash_in: ['डाले', 'Cash in'], cash_out: ['निकाले', 'Cash out'], deposit: ['जमा', 'Deposits'], rental: ['किराया', 'Rentals'], rental_refund: ['किराया वापसी', 'Rental refunds'],
};

export function zReportDoc(db: DB, id: number, now: Date, lang?: Lang): A4Doc {
  const { shop, lang: shopLang } = shopOf(db);
  const L = lang ?? shopLang;
  const w = (hi: string, en: string) => (L === 'hi' ? hi : en);
  const m = (p: number) => formatINR(p, L);
  /** A deduction: '-₹250.00', and a plain ₹0.00 when there is none. */
  const less = (p: number) => (p ? m(-p) : m(0));
  const c = dayCloseById(db, id);
  const r = storedZReport(db, id) ?? dayClose(db, c.date);
  const money2 = [{ label: '' }, { label: w('राशि', 'Amount'), align: 'right' as const }];
  const drawer: string[][] = [
    [w('पिछले दिन से', 'Carried from the day before'), m(r.cash.openingPaise)],
    ...r.cash.byKind.filter((k) => k.kind !== 'cash_in' && k.kind !== 'cash_out').map((k) => [KINDS[k.kind] ? w(...KINDS[k.kind]!) : k.kind, m(k.amountPaise)]),
    ...r.cashMoves.map((x) => [`${x.direction === 'in' ? w('डाले', 'Cash in') : w('निकाले', 'Cash out')}: ${x.reason} (${x.by})`, m(x.direction === 'in' ? x.amountPaise : -x.amountPaise)]),
  ];
  const counted = countLines(c.counts);
  return {
    lang: L,
    shop: { name: shop.name, lines: [shop.address, shop.gstin ? `GSTIN ${shop.gstin}` : ''].filter(Boolean) },
    title: w(`Z रिपोर्ट: दिन का हिसाब ${day(c.date)}`, `Z report: day close ${day(c.date)}`),
    meta: [
      [w('बंद किया', 'Closed by'), `${c.closedBy}, ${dateTime(c.at, shop.timeZone)}`],
      ...(c.approvedBy ? [[w('अंतर की मंज़ूरी', 'Difference approved by'), c.approvedBy] as [string, string]] : []),
      ...(r.opened ? [[w('शुरुआती रकम (गिनी)', 'Opening float (counted)'), `${m(r.opened.floatPaise)}, ${r.opened.openedBy}, ${dateTime(r.opened.at, shop.timeZone)}`] as [string, string]] : []),
      [w('बिल', 'Bills'), r.bills.count ? `${r.bills.count} (${r.bills.firstNo} – ${r.bills.lastNo})` : '0'],
    ],
    tables: [
      {
        heading: w('बिक्री', 'Sales'), columns: money2,
        rows: [
          [w('कुल बिक्री', 'Gross sales'), m(r.grossSalesPaise)], [w('छूट', 'Discounts'), less(r.discountsPaise)], [w('वापसी', 'Returns'), less(r.returns.valuePaise)],
          [w('कर (GST)', 'Tax (GST)'), m(r.taxPaise - r.returns.taxPaise)],
        ],
        totals: [[w('शुद्ध बिक्री', 'Net sales'), m(r.netSalesPaise)]],
      },
      { heading: w('भुगतान', 'Payments'), columns: money2, rows: r.payments.map((p) => [`${methodLabel(p.method, L)} (${p.count})`, m(p.amountPaise)]), empty: '—' },
      {
        heading: w('गल्ला', 'Cash drawer'), columns: money2, rows: drawer,
        totals: [[w('होना चाहिए', 'Expected'), m(c.expectedPaise)], [w('गिना', 'Counted'), m(c.countedPaise)], [w('अंतर', 'Difference'), m(c.differencePaise)]],
      },
      {
        heading: w('नोट और सिक्के', 'Notes and coins'),
        columns: [{ label: w('मूल्य', 'Value') }, { label: w('गिनती', 'Pieces'), align: 'right' }, { label: w('राशि', 'Amount'), align: 'right' }],
        rows: counted.map((d) => [`₹${d.rupees} ${d.kind === 'note' ? w('नोट', 'note') : w('सिक्का', 'coin')}`, String(d.pieces), m(d.paise)]),
        totals: counted.length ? [[w('कुल', 'Total'), '', m(c.countedPaise)]] : undefined,
        empty: w('कुल रकम ही लिखी गई', 'Counted as a total only'),
      },
    ],
    footer: [...(c.note ? [`${w('टिप्पणी', 'Note')}: ${c.note}`] : []), w('प्रबंधक के हस्ताक्षर: ____________', 'Manager signature: ____________')],
    printedAt: dateTime(now.toISOString(), shop.timeZone),
  };
}

export function zReportA4(db: DB, id: number, now: Date, lang?: Lang): { fileName: string; html: string } {
  const doc = zReportDoc(db, id, now, lang);
  return { fileName: `z-report-${dayCloseById(db, id).date}.pdf`, html: a4Html(doc) };
}
