import type { reportsApi } from '../../shared/api/reports';
import { businessDate } from '../../shared/dates';
import { stmt } from '../db/stmt';
import type { HandlerMap } from '../dispatch';
import { caller } from '../context';
import { closeDay, listDayCloses } from './close';
import { dayClose } from './day-close';
import { monthly } from './monthly';
import { monthlyCsv } from './monthly-csv';
import { zReportA4 } from './z-report-a4';

export const reportsHandlers = {
  'reports.getDayClose': ({ date }, { db, now }) => {
    const tz = stmt<[], { t: string }>(db, 'SELECT time_zone AS t FROM shop_settings WHERE id = 1').get()?.t ?? 'Asia/Kolkata';
    return dayClose(db, date ?? businessDate(now, tz));
  },
  'reports.getMonthly': ({ month }, { db }) => monthly(db, month),
  'reports.closeDay': ({ requestId: _r, ...input }, ctx) => closeDay(ctx.db, input, ctx.now, caller(ctx).id),
  'reports.getZReport': ({ id, lang }, { db, now }) => zReportA4(db, id, now, lang),
  'reports.listDayCloses': ({ limit }, { db }) => listDayCloses(db, limit),
  'reports.exportMonthly': ({ month }, { db }) => monthlyCsv(db, month),
} satisfies HandlerMap<typeof reportsApi>;
