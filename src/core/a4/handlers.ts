import type { a4Api } from '../../shared/api/a4';
import { AppError } from '../../shared/errors';
import { a4Html } from '../../printing/a4/html';
import { labelSheetHtml } from '../../printing/a4/label-sheet-html';
import { LABEL_SHEET } from '../../printing/label-sheet';
import type { HandlerMap } from '../dispatch';
import { labelData } from '../labels/handlers';
import { requireSettings } from '../settings/handlers';
import { shopToday } from '../shop-day';
import { statementA4 } from './statement';

/** At most this many labels on one A4 run: 20 sheets, as for the PDF sheet. */
const MAX_LABELS = LABEL_SHEET.cols * LABEL_SHEET.rows * 20;

export const a4Handlers = {
  'a4.statement': ({ artisanId, from, to, lang }, { db, now }) => ({
    fileName: `statement-${artisanId}-${from}-${to}.pdf`,
    html: a4Html(statementA4(db, artisanId, from, to, lang, now)),
  }),
  'a4.labels': ({ items, lang }, { db, now }) => {
    const total = items.reduce((s, i) => s + i.copies, 0);
    if (total > MAX_LABELS) throw new AppError('INVALID_INPUT', { issues: [{ path: ['items'], code: 'too_big', message: 'too_big', maximum: MAX_LABELS }] });
    const shopName = requireSettings(db).shopName;
    const labels = items.flatMap((i, n) => {
      const l = labelData(db, i.productId, n, lang, shopName);
      return Array.from({ length: i.copies }, () => l);
    });
    return { fileName: `labels-${shopToday(db, now)}.pdf`, html: labelSheetHtml(labels, lang === 'hi' ? 'मूल्य लेबल' : 'Price labels') };
  },
} satisfies HandlerMap<typeof a4Api>;
