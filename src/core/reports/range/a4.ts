/** A range report as an A4 document (src/printing/a4): the same sections as the screen and the CSV, worded in one language. */
import type { RangeReport } from '../../../shared/api/range-reports';
import type { Lang } from '../../../shared/money';
import { dmy, formatCell, wordsIn } from '../../../shared/report-format';
import type { A4Doc } from '../../../printing/a4/model';
import type { DB } from '../../db/open';
import { stmt } from '../../db/stmt';

export function reportA4(db: DB, r: RangeReport, lang: Lang, printedAt: string): A4Doc {
  const shop = stmt<[], { shop_name: string; address: string; phone: string; gstin: string }>(db, 'SELECT shop_name, address, phone, gstin FROM shop_settings WHERE id = 1').get()!;
  const en = lang === 'en';
  return {
    lang,
    shop: { name: shop.shop_name, lines: [shop.address, [shop.phone, shop.gstin ? `GSTIN ${shop.gstin}` : ''].filter(Boolean).join(' · ')].filter(Boolean) },
    title: wordsIn(r.title, lang),
    meta: [[en ? 'Period' : 'अवधि', `${dmy(r.from)} – ${dmy(r.to)}`]],
    tables: r.sections.map((s) => ({
      heading: wordsIn(s.title, lang),
      columns: s.columns.map((c) => ({ label: wordsIn(c.label, lang), align: c.kind === 'text' || c.kind === 'date' ? 'left' as const : 'right' as const })),
      rows: s.rows.map((row) => s.columns.map((c, i) => formatCell(row[i] ?? null, c.kind, lang))),
      totals: s.totals.map((row) => s.columns.map((c, i) => formatCell(row[i] ?? null, c.kind, lang))),
      empty: en ? 'Nothing in this period.' : 'इस अवधि में कुछ नहीं।',
    })),
    footer: r.sections.flatMap((s) => (s.note ? [wordsIn(s.note, lang)] : [])),
    printedAt: `${en ? 'Printed' : 'छपा'} ${printedAt}`,
  };
}
