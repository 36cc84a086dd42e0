import type { Statement } from 'better-sqlite3';
import { createApp } from '../src/core/app';
import type { DB } from '../src/core/db/open';
import { dashboardSummary } from '../src/core/dashboard/summary';
import { addDays, dayStartUtc } from '../src/shared/dates';
import type { Rng } from './rng';
import { summarize, timeLoop, type Figure } from './stats';

/**
 * The dashboard's bare-SQL baseline: each tile's figure asked of the ledgers themselves on the
 * plain connection (no summary tables, no dispatch): the day's and last week's bills and returns,
 * the drawer from every cash movement before the day and the day's own, rentals out by due date,
 * low stock against the stock cache (summing stock_movements for 100,000 products is no tile's
 * business), the five largest balances and the last backup.
 */
export const DASHBOARD_BARE_SQL = {
  sales: `SELECT count(*) AS bills, sum(total_paise) AS total FROM sales WHERE business_date = ? AND at < ?`,
  returns: `SELECT sum(refund_paise) AS value FROM sale_returns WHERE business_date = ? AND at < ?`,
  cashBefore: `SELECT sum(amount_paise) AS paise FROM cash_movements WHERE business_date < ?`,
  cashDay: `SELECT kind, sum(max(amount_paise, 0)) AS in_paise, sum(min(amount_paise, 0)) AS out_paise FROM cash_movements WHERE business_date = ? GROUP BY kind`,
  rentals: `SELECT sum(due_date = ?) AS due, sum(due_date < ?) AS overdue FROM rentals WHERE status = 'out' AND due_date <= ?`,
  lowStock: `SELECT count(*) AS n FROM products p LEFT JOIN stock_on_hand s ON s.product_id = p.id
              WHERE p.status = 'active' AND p.low_stock_milli > 0 AND COALESCE(s.qty_milli, 0) <= p.low_stock_milli`,
  owed: `SELECT a.id, a.name_hi, a.name_en, b.balance_paise FROM artisan_balances b JOIN artisans a ON a.id = b.artisan_id
          WHERE b.balance_paise > 0 ORDER BY b.balance_paise DESC, a.id LIMIT 5`,
  backup: `SELECT at, reason FROM backups ORDER BY at DESC LIMIT 1`,
} as const;

const TZ = 'Asia/Kolkata'; // the generated shop's
const WHOLE_DAY = '9999';

function bareDashboard(db: DB): (today: string, soFar: string) => unknown {
  const q = Object.fromEntries(Object.entries(DASHBOARD_BARE_SQL).map(([k, sql]) => [k, db.prepare(sql)])) as Record<keyof typeof DASHBOARD_BARE_SQL, Statement<unknown[]>>;
  return db.transaction((today: string, soFar: string) => {
    const week = addDays(today, -7);
    return {
      today: [q.sales.get(today, WHOLE_DAY), q.returns.get(today, WHOLE_DAY)],
      lastWeekSoFar: [q.sales.get(week, soFar), q.returns.get(week, soFar)],
      lastWeek: [q.sales.get(week, WHOLE_DAY), q.returns.get(week, WHOLE_DAY)],
      drawer: [q.cashBefore.get(today), q.cashDay.all(today)],
      rentals: q.rentals.get(today, today, today), lowStock: q.lowStock.get(), owed: q.owed.all(), backup: q.backup.get(),
    };
  });
}

/** 18:00 in the shop on a day: the counter busy, the day mostly done. */
const evening = (date: string) => new Date(Date.parse(dayStartUtc(date, TZ)) + 18 * 3_600_000);

/**
 * dashboard.summary through dispatch as a manager (on its own app, whose clock stands at 18:00 on
 * a random day of the generated year, so "today" has a day's sales), the core function in a read
 * transaction, and the bare SQL over the same day.
 */
export function measureDashboard(file: string, bare: DB, ownerId: number, ownerPin: string, days: string[], r: Rng, n: number): { api: Figure; core: Figure; bare: Figure } {
  let now = evening(days.at(-1)!);
  // The clock jumps between days: keep the login alive across the jumps.
  const app = createApp(file, { clock: () => now, sessionIdleMs: 1e12 });
  try {
    const login = app.call('session.login', { userId: ownerId, pin: ownerPin });
    if (!login.session || !('set' in login.session)) throw new Error('owner login failed');
    const token = login.session.set;
    // A random day of the year (the last one while warming up); sets the app's clock to its evening.
    const pickDay = (i: number) => {
      const day = i < 0 ? days.at(-1)! : r.pick(days);
      now = evening(day);
      return day;
    };
    const api = timeLoop(n, (i) => {
      pickDay(i);
      const o = app.call('dashboard.summary', {}, token);
      if (!o.result.ok) throw new Error(`dashboard: ${JSON.stringify(o.result.error)}`);
    }, 3);
    const core = timeLoop(n, (i) => {
      pickDay(i);
      app.db.transaction(() => dashboardSummary(app.db, now)).deferred();
    }, 3);
    const sql = bareDashboard(bare);
    const base = timeLoop(n, (i) => {
      const today = pickDay(i);
      sql(today, new Date(now.getTime() - 7 * 86_400_000).toISOString());
    }, 3);
    return {
      api: summarize(api.samples),
      core: summarize(core.samples, { note: 'core function in a read transaction, no dispatch' }),
      bare: summarize(base.samples, { note: "bare SQL: the day's and last week's bills and returns, the drawer from cash_movements, rentals, low stock, top balances, last backup" }),
    };
  } finally {
    app.close();
  }
}
