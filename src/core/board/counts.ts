/** The board by month, in the shop's time zone: raised (by the shop day raised), resolved and declined (by the shop day closed). */
import type { BoardMonth, BoardMonthlyCounts } from '../../shared/api/board';
import { lastDayOfMonth } from '../../shared/dates';
import { AppError } from '../../shared/errors';
import type { DB } from '../db/open';
import { stmt } from '../db/stmt';
import { shopToday } from '../shop-day';

/** At most five years on one chart. */
const MAX_MONTHS = 60;

const monthIndex = (m: string) => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7)) - 1;
const monthAt = (i: number) => `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;

/** The months asked for, oldest first: default the 12 months up to the shop's current month. */
export function monthRange(db: DB, now: Date, range: { from?: string; to?: string }): { months: string[]; fromDay: string; toDay: string } {
  const to = range.to ?? shopToday(db, now).slice(0, 7);
  const from = range.from ?? monthAt(monthIndex(to) - 11);
  const n = monthIndex(to) - monthIndex(from) + 1;
  if (n < 1) throw new AppError('INVALID_INPUT', { issues: [{ path: ['to'], code: 'custom', message: 'date_order' }] });
  if (n > MAX_MONTHS) throw new AppError('INVALID_INPUT', { issues: [{ path: ['from'], code: 'too_big', message: 'too_big', maximum: MAX_MONTHS }] });
  const months = Array.from({ length: n }, (_, i) => monthAt(monthIndex(from) + i));
  return { months, fromDay: `${from}-01`, toDay: lastDayOfMonth(to) };
}

export function monthlyCounts(db: DB, now: Date, range: { from?: string; to?: string }): BoardMonthlyCounts {
  const { months, fromDay, toDay } = monthRange(db, now, range);
  const byMonth = new Map<string, BoardMonth>(months.map((month) => [month, { month, raised: 0, resolved: 0, declined: 0 }]));
  const raised = stmt<[string, string], { m: string; n: number }>(
    db, 'SELECT substr(raised_on, 1, 7) AS m, count(*) AS n FROM board_items WHERE raised_on BETWEEN ? AND ? GROUP BY m',
  ).all(fromDay, toDay);
  for (const r of raised) byMonth.get(r.m)!.raised = r.n;
  const closed = stmt<[string, string], { m: string; status: 'resolved' | 'declined'; n: number }>(
    db, 'SELECT substr(closed_on, 1, 7) AS m, status, count(*) AS n FROM board_items WHERE closed_on BETWEEN ? AND ? GROUP BY m, status',
  ).all(fromDay, toDay);
  for (const r of closed) byMonth.get(r.m)![r.status] = r.n;
  const list = [...byMonth.values()];
  const sum = (k: 'raised' | 'resolved' | 'declined') => list.reduce((a, m) => a + m[k], 0);
  const stillOpen = stmt<[], { n: number }>(db, "SELECT count(*) AS n FROM board_items WHERE status IN ('open', 'in_progress')").get()!.n;
  return { from: months[0]!, to: months.at(-1)!, months: list, totals: { raised: sum('raised'), resolved: sum('resolved'), declined: sum('declined') }, stillOpen };
}
