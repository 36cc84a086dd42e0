/**
 * The manager's home (dashboard.summary): each tile's figures from the same ledgers and the same
 * pieces the screens behind the tiles use (the day close's drawer, the low-stock list's count,
 * the balance cache of payouts.listBalances), in the one read transaction dispatch opens for the call.
 */
import type { DashboardSummary, DaySales, OwedArtisan } from '../../shared/api/dashboard';
import { addDays, businessDate, dayStartUtc } from '../../shared/dates';
import { pageSql } from '../catalog/handlers';
import type { DB } from '../db/open';
import { stmt } from '../db/stmt';
import { monthlyCounts } from '../board/counts';
import { dueSummary } from '../orders/list';
import { drawer } from '../reports/day-close';
import { shopZoneOf } from '../shop-day';

/** 'YYYY-MM' n months on (or back). */
function addMonths(month: string, n: number): string {
  const i = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + n;
  return `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
}

/** An instant after every timestamp: "the whole day". */
const WHOLE_DAY = '9999';

/** The SQL of this file, exported for the query-plan test and the bench. */
export const DASHBOARD_SQL = {
  /** A day's bills (and goods taken back) written before an instant: sales_date / sale_returns_date. */
  sales: `SELECT count(*) AS bills, COALESCE(sum(total_paise), 0) AS total FROM sales WHERE business_date = ? AND at < ?`,
  returns: `SELECT COALESCE(sum(refund_paise), 0) AS value FROM sale_returns WHERE business_date = ? AND at < ?`,
  /** The Rentals area's "due today" and "overdue" lists, counted (rentals_status_due). */
  rentals: `SELECT COALESCE(sum(due_date = ?), 0) AS due, COALESCE(sum(due_date < ?), 0) AS overdue
              FROM rentals WHERE status = 'out' AND due_date <= ?`,
  lastBackup: `SELECT at, reason FROM backups ORDER BY at DESC, id DESC LIMIT 1`,
  /**
   * The members owed the most, from the balance cache payouts.listBalances reads (kept by the
   * ledger's trigger; the tests recompute it from artisan_ledger). listBalances itself also counts
   * every unsettled entry of every member, which a tile of five names does not need.
   */
  owed: `SELECT a.id, a.name_hi, a.name_en, b.balance_paise FROM artisan_balances b JOIN artisans a ON a.id = b.artisan_id
          WHERE b.balance_paise > 0 ORDER BY b.balance_paise DESC, a.id LIMIT ?`,
  /** The low-stock list's own count (catalog.page with lowStockOnly, as the Stock area asks it). */
  lowStock: pageSql({ lowStockOnly: true, sort: 'id', offset: 0 }).count!,
} as const;

function daySales(db: DB, date: string, before: string): DaySales {
  const s = stmt<[string, string], { bills: number; total: number }>(db, DASHBOARD_SQL.sales).get(date, before)!;
  const r = stmt<[string, string], { value: number }>(db, DASHBOARD_SQL.returns).get(date, before)!;
  return { date, bills: s.bills, salesPaise: s.total, returnsPaise: r.value, netPaise: s.total - r.value };
}

/** Today so far, and the same weekday last week both up to the same time of its day and whole. */
function salesVsLastWeek(db: DB, today: string, lastWeek: string, now: Date, tz: string): DashboardSummary['sales'] {
  // The same time into last week's day (counted from each day's own start, so a clock change between them cannot shift it).
  const sinceStart = now.getTime() - Date.parse(dayStartUtc(today, tz));
  const soFar = new Date(Date.parse(dayStartUtc(lastWeek, tz)) + sinceStart).toISOString();
  return { today: daySales(db, today, WHOLE_DAY), lastWeekSoFar: daySales(db, lastWeek, soFar), lastWeek: daySales(db, lastWeek, WHOLE_DAY) };
}

function topOwed(db: DB, n: number): OwedArtisan[] {
  return stmt<[number], { id: number; name_hi: string; name_en: string; balance_paise: number }>(db, DASHBOARD_SQL.owed)
    .all(n)
    .map((a) => ({ artisanId: a.id, nameHi: a.name_hi, nameEn: a.name_en, balancePaise: a.balance_paise }));
}

function lastBackup(db: DB, now: Date): DashboardSummary['backup'] {
  const b = stmt<[], { at: string; reason: string }>(db, DASHBOARD_SQL.lastBackup).get();
  return b ? { at: b.at, reason: b.reason, ageMinutes: Math.max(0, Math.floor((now.getTime() - Date.parse(b.at)) / 60_000)) } : null;
}

export function dashboardSummary(db: DB, now: Date): DashboardSummary {
  const tz = shopZoneOf(db);
  const today = businessDate(now, tz);
  const lastWeekDate = addDays(today, -7);
  const rentals = stmt<[string, string, string], { due: number; overdue: number }>(db, DASHBOARD_SQL.rentals).get(today, today, today)!;
  return {
    today,
    lastWeekDate,
    sales: salesVsLastWeek(db, today, lastWeekDate, now, tz),
    drawer: drawer(db, today),
    rentals: { dueToday: rentals.due, overdue: rentals.overdue },
    lowStock: { count: stmt<{ status: string }, { n: number }>(db, DASHBOARD_SQL.lowStock).get({ status: 'active' })!.n },
    artisansOwed: topOwed(db, 5),
    backup: lastBackup(db, now),
    customDue: dueSummary(db, today),
    board: monthlyCounts(db, now, { from: addMonths(today.slice(0, 7), -3) }),
  };
}
