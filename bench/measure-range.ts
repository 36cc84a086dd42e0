/**
 * The range reports (reports.getRange) through dispatch as a manager calls them, each over the
 * busiest month and over the last 365 days, against their bare SQL over the ledgers (bench/range-queries.ts).
 */
import type { App } from '../src/core/app';
import { RANGE_REPORTS, type RangeReportKind } from '../src/shared/api/range-reports';
import { addDays, dayStartUtc, nextDate } from '../src/shared/dates';
import type { DB } from '../src/core/db/open';
import { monthRange } from '../src/core/reports/monthly';
import { rangeRunner } from './range-queries';
import { summarize, timeLoop, withRatio, type Figure } from './stats';

export function measureRangeReports(app: App, token: string, bare: DB, shop: { lastDay: string; busyMonth: string }, n: number): Record<string, Figure> {
  const sql = rangeRunner(bare);
  const out: Record<string, Figure> = {};
  const ranges = { month: monthRange(shop.busyMonth), year: { from: addDays(shop.lastDay, -364), to: shop.lastDay } };
  for (const [span, { from, to }] of Object.entries(ranges)) {
    for (const kind of RANGE_REPORTS as readonly RangeReportKind[]) {
      const call = () => {
        const r = app.call('reports.getRange', { kind, from, to }, token).result;
        if (!r.ok) throw new Error(`reports.getRange ${kind}: ${JSON.stringify(r.error)}`);
      };
      const api = timeLoop(n, call, 3);
      const args = { from, to, end: dayStartUtc(nextDate(to)), slow: addDays(shop.lastDay, -89) };
      const base = timeLoop(n, () => sql(kind, args), 3);
      out[`range_${kind}_${span}`] = withRatio(summarize(api.samples, { note: `${from}..${to}` }), summarize(base.samples));
    }
  }
  return out;
}
