import { z } from 'zod';
import { method } from './define';
import type { BoardMonthlyCounts } from './board';
import type { OrdersDueSummary } from './orders';
import type { DayCloseReport } from './reports';

/** A shop day's bills, up to an instant (the whole day when it has ended). */
export interface DaySales {
  date: string;
  bills: number;
  /** What the bills came to (incl. GST), as the day close's salesPaise. */
  salesPaise: number;
  /** Goods taken back that day (as the day close's returns.valuePaise). */
  returnsPaise: number;
  /** salesPaise - returnsPaise: the day close's netSalesPaise. */
  netPaise: number;
}

/** One member the shop owes (her cached balance, which equals her ledger). */
export interface OwedArtisan {
  artisanId: number;
  nameHi: string;
  nameEn: string;
  balancePaise: number;
}

/**
 * The manager's home, read in one transaction (one consistent snapshot of the ledgers).
 * A new tile is one field here, one line in src/core/dashboard/summary.ts and one in the renderer's tile list.
 */
export interface DashboardSummary {
  /** The shop day now, and the same weekday a week before. */
  today: string;
  lastWeekDate: string;
  sales: {
    today: DaySales;
    /** Last week's same weekday up to this time of the day: a fair comparison in the morning. */
    lastWeekSoFar: DaySales;
    /** Last week's same weekday, the whole day. */
    lastWeek: DaySales;
  };
  /** The drawer today (the day close's own arithmetic: opening + in - out = expected). */
  drawer: DayCloseReport['cash'];
  rentals: { dueToday: number; overdue: number };
  /** Active products at or below their low-stock level (the Stock area's low-stock list counts the same). */
  lowStock: { count: number };
  /** The five members owed the most (balance above zero), most owed first. */
  artisansOwed: OwedArtisan[];
  /** The newest backup the shop recorded, and how old it is in minutes; null when none was made. */
  backup: { at: string; reason: string; ageMinutes: number } | null;
  /** Custom work: due today, this week, overdue, ready and not collected (orders.getDueSummary's figures). */
  customDue: OrdersDueSummary;
  /** The members' board over the last four months (board.getMonthlyCounts' figures). */
  board: BoardMonthlyCounts;
}

export const dashboardApi = {
  /** The manager's home: today's figures against last week's, the drawer, rentals due, low stock, members owed, the last backup. */
  'dashboard.summary': method<DashboardSummary>()({ input: z.object({}), access: 'manager' }),
};
