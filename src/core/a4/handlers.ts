import type { a4Api } from '../../shared/api/a4';
import { a4Html } from '../../printing/a4/html';
import { labelSheetHtml } from '../../printing/a4/label-sheet-html';
import type { Lang } from '../../shared/money';
import type { DB } from '../db/open';
import type { HandlerMap } from '../dispatch';
import { checkLabelCount, labelData } from '../labels/handlers';
import { requireSettings } from '../settings/handlers';
import { shopToday } from '../shop-day';
import { gstReturnA4, monthlyA4, rentalsReportA4 } from './reports';
import { statementA4 } from './statement';

/** The language asked for, else the shop's own. */
const langOf = (db: DB, lang: Lang | undefined): Lang => lang ?? requireSettings(db).language;

export const a4Handlers = {
  'pages.statement': ({ artisanId, from, to, lang }, { db, now }) => ({
    fileName: `statement-${artisanId}-${from}-${to}.pdf`,
    html: a4Html(statementA4(db, artisanId, from, to, lang, now)),
  }),
  'pages.labels': ({ items, lang }, { db, now }) => {
    checkLabelCount(items);
    const shopName = requireSettings(db).shopName;
    const labels = items.flatMap((i, n) => {
      const l = labelData(db, i.productId, n, lang, shopName);
      return Array.from({ length: i.copies }, () => l);
    });
    return { fileName: `labels-${shopToday(db, now)}.pdf`, html: labelSheetHtml(labels, lang === 'hi' ? 'मूल्य लेबल' : 'Price labels') };
  },
  'pages.monthly': ({ month, lang }, { db, now }) => ({ fileName: `monthly-${month}.pdf`, html: a4Html(monthlyA4(db, month, langOf(db, lang), now)) }),
  'pages.rentalsReport': ({ from, to, lang }, { db, now }) => ({ fileName: `rentals-${from}_${to}.pdf`, html: a4Html(rentalsReportA4(db, from, to, langOf(db, lang), now)) }),
  'pages.gstReturn': ({ period, lang }, { db, now }) => ({ fileName: `gst-${period}.pdf`, html: a4Html(gstReturnA4(db, period, langOf(db, lang), now)) }),
} satisfies HandlerMap<typeof a4Api>;
