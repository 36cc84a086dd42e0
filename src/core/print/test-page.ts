/** The printer test page: proves Hindi shaping, the rupee sign, Indian grouping, QR, barcode and cut. */
import { center, cut, feed, pair, rule, text, type Block, type Paper } from '../../printing/document';
import { shopHeader, title } from '../../printing/docs/common';
import { bi, dateTime, money } from '../../printing/format';
import type { DocBase } from '../../printing/types';

export interface TestPage extends DocBase {
  at: string;
  printer: { type: string; paper: Paper; interface: string; codePage: string };
}

/** Matras (ि ी ु ृ ें ाँ), conjuncts (श्र क्ष त्र स्व), a reph (र्व) and a nukta (ढ़). */
export const TEST_SENTENCE = 'श्रीमती क्षमा त्रिपाठी ने पर्व के लिए छत्तीसगढ़ के स्व-सहायता समूह की सुंदर कृतियाँ बनाईं।';
export const TEST_AMOUNT_PAISE = 12_500_000; // ₹1,25,000.00
export const TEST_BARCODE = 'HH-TEST-0001';

export function testPage(d: TestPage): Block[] {
  const L = d.lang;
  return [
    ...shopHeader(d),
    title('परीक्षण पृष्ठ', 'Test page', L),
    pair(bi('दिनांक', 'Date', L), dateTime(d.at, d.shop.timeZone)),
    rule(),
    text(TEST_SENTENCE),
    center(money(TEST_AMOUNT_PAISE, L), { size: 'huge', bold: true }),
    rule(),
    text('ASCII: ABCDEFGHIJKLM abcdefghijklm 0123456789'),
    text(`Printer: ${d.printer.type} ${d.printer.paper} ${d.printer.codePage}`),
    text(d.printer.interface.replace(/[^\x20-\x7e]/g, '?'), { size: 'small' }),
    rule(),
    { kind: 'qr', data: `HAMAR-HATRI TEST ${d.at}`, size: 6 },
    { kind: 'barcode', data: TEST_BARCODE, height: 70 },
    text(bi('यह पृष्ठ साफ़ छपा है तो प्रिंटर तैयार है।', 'If this page is clear, the printer is ready.', L), { align: 'center' }),
    feed(1),
    cut(),
  ];
}
