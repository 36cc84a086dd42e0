/**
 * The report date ranges the manager picks (today, this week, this month, last month, this
 * financial year, custom) on the shop's calendar, and the one rule that refuses a bad range:
 * shared so the screen says it at once and the core refuses it anyway.
 */
import { addDays, daysBetween, lastDayOfMonth, type BusinessDate } from './dates';

export const RANGE_PRESETS = ['today', 'week', 'month', 'lastMonth', 'fy', 'custom'] as const;
export type RangePreset = (typeof RANGE_PRESETS)[number];

/** Longest range a report reads: 5 years (a leap day or two inside). */
export const MAX_RANGE_DAYS = 5 * 366;

/** Monday of the week of `date` (the shop's week starts on Monday). */
function weekStart(date: BusinessDate): BusinessDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const dow = new Date(Date.UTC(y, m - 1, d)).getUTCDay(); // 0 Sunday: a calendar date, no zone
  return addDays(date, -((dow + 6) % 7));
}

function previousMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

/** The range a preset stands for on shop day `today`; ranges that would run past today stop at today. */
export function presetRange(preset: Exclude<RangePreset, 'custom'>, today: BusinessDate): { from: BusinessDate; to: BusinessDate } {
  const month = today.slice(0, 7);
  switch (preset) {
    case 'today':
      return { from: today, to: today };
    case 'week':
      return { from: weekStart(today), to: today };
    case 'month':
      return { from: `${month}-01`, to: today };
    case 'lastMonth': {
      const last = previousMonth(month);
      return { from: `${last}-01`, to: lastDayOfMonth(last) };
    }
    case 'fy': {
      const y = Number(today.slice(0, 4));
      const start = Number(today.slice(5, 7)) >= 4 ? y : y - 1;
      return { from: `${start}-04-01`, to: today };
    }
  }
}

export type RangeProblem = 'REPORT_RANGE_ORDER' | 'REPORT_RANGE_TOO_LONG' | 'REPORT_RANGE_FUTURE';

/** What is wrong with a range on shop day `today`, or null. */
export function rangeProblem(from: BusinessDate, to: BusinessDate, today: BusinessDate): RangeProblem | null {
  if (to < from) return 'REPORT_RANGE_ORDER';
  if (to > today) return 'REPORT_RANGE_FUTURE';
  if (daysBetween(from, to) + 1 > MAX_RANGE_DAYS) return 'REPORT_RANGE_TOO_LONG';
  return null;
}
