import type { rangeReportsApi } from '../../../shared/api/range-reports';
import { AppError } from '../../../shared/errors';
import { a4Html } from '../../../printing/a4/html';
import type { HandlerMap } from '../../dispatch';
import { dateTime } from '../../../printing/format';
import { shopZoneOf } from '../../shop-day';
import { reportA4 } from './a4';
import { reportCsv } from './csv';
import { rangeReport } from './index';

export const rangeReportsHandlers = {
  'reports.getRange': (input, { db, now }) => rangeReport(db, now, input),
  'reports.exportRange': ({ section, ...input }, { db, now }) => {
    const csv = reportCsv(rangeReport(db, now, input), section);
    if (!csv) throw new AppError('NOT_FOUND', { what: 'section', field: 'section', id: section });
    return csv;
  },
  'reports.printRange': ({ lang, ...input }, { db, now }) => {
    const r = rangeReport(db, now, input);
    // printed in the shop's time as the statement is (23/11/2026 13:30)
    return { fileName: `${r.kind}-${r.from}_${r.to}.pdf`, html: a4Html(reportA4(db, r, lang, dateTime(now.toISOString(), shopZoneOf(db)))) };
  },
} satisfies HandlerMap<typeof rangeReportsApi>;
