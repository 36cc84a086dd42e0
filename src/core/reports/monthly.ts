import type { MonthlyReport } from '../../shared/api/reports';
import { lastDayOfMonth } from '../../shared/dates';
import type { DB } from '../db/open';
import { stmt } from '../db/stmt';
import { addUp, craftTotals, DAILY_SUMS, totals, type CraftRow, type DailySumsRow } from './totals';

/**
 * A month from the daily summary (sales_daily: a row per craft and day, ~400 a month) instead of
 * its lines (135,000 in the benchmark's busiest month); bills per day from cashier_daily (a row per cashier and day).
 */
export const MONTHLY_SQL = {
  byCraft: `SELECT d.craft_id, c.name_hi, c.name_en, ${DAILY_SUMS}
              FROM sales_daily d JOIN crafts c ON c.id = d.craft_id WHERE d.business_date BETWEEN ? AND ? GROUP BY d.craft_id ORDER BY c.sort, c.id`,
  byDay: `SELECT d.business_date, ${DAILY_SUMS} FROM sales_daily d WHERE d.business_date BETWEEN ? AND ? GROUP BY d.business_date ORDER BY d.business_date`,
  bills: `SELECT business_date, sum(bills) AS bills FROM cashier_daily WHERE business_date BETWEEN ? AND ? GROUP BY business_date`,
} as const;

/** 'YYYY-MM' -> its first and last day. */
export function monthRange(month: string): { from: string; to: string } {
  return { from: `${month}-01`, to: lastDayOfMonth(month) };
}

/** Any period's sales and returns by craft and by day from the daily summary (the month's report, and the range reports'). */
export function period(db: DB, from: string, to: string): Omit<MonthlyReport, 'month'> {
  const crafts = stmt<[string, string], CraftRow>(db, MONTHLY_SQL.byCraft).all(from, to);
  const bills = new Map(stmt<[string, string], { business_date: string; bills: number }>(db, MONTHLY_SQL.bills).all(from, to).map((b) => [b.business_date, b.bills]));
  const days = stmt<[string, string], DailySumsRow & { business_date: string }>(db, MONTHLY_SQL.byDay).all(from, to);
  return {
    from, to,
    totals: addUp(crafts),
    byCraft: crafts.map(craftTotals),
    byDay: days.map((d) => ({ date: d.business_date, bills: bills.get(d.business_date) ?? 0, ...totals(d) })),
  };
}

export function monthly(db: DB, month: string): MonthlyReport {
  const { from, to } = monthRange(month);
  return { month, ...period(db, from, to) };
}
