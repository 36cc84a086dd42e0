/** A bill-of-supply shop (no GSTIN) files no GSTR-1: its turnover for the period, month by month, for the accountant. */
import type { TurnoverStatement } from '../../shared/api/gst';
import type { DB } from '../db/open';
import { stmt } from '../db/stmt';
import type { Period } from './period';

export const TURNOVER_SQL = {
  sales: `SELECT substr(business_date, 1, 7) AS month, count(*) AS bills, COALESCE(sum(total_paise), 0) AS paise FROM sales WHERE business_date BETWEEN ? AND ? GROUP BY month`,
  returns: `SELECT substr(business_date, 1, 7) AS month, COALESCE(sum(refund_paise), 0) AS paise FROM sale_returns WHERE business_date BETWEEN ? AND ? GROUP BY month`,
  rentals: `SELECT substr(business_date, 1, 7) AS month, COALESCE(sum(amount_paise), 0) AS paise FROM rental_charges
             WHERE business_date BETWEEN ? AND ? AND kind IN ('rent', 'late_fee', 'damage', 'cancel_keep') GROUP BY month`,
} as const;

export function turnover(db: DB, p: Period): TurnoverStatement {
  const by = <R extends { month: string }>(sql: string) => new Map(stmt<[string, string], R>(db, sql).all(p.from, p.to).map((r) => [r.month, r]));
  const sales = by<{ month: string; bills: number; paise: number }>(TURNOVER_SQL.sales);
  const returns = by<{ month: string; paise: number }>(TURNOVER_SQL.returns);
  const rentals = by<{ month: string; paise: number }>(TURNOVER_SQL.rentals);
  const byMonth = p.months.map((month) => {
    const s = sales.get(month);
    const row = { month, bills: s?.bills ?? 0, salesPaise: s?.paise ?? 0, returnsPaise: returns.get(month)?.paise ?? 0, rentalsPaise: rentals.get(month)?.paise ?? 0 };
    return { ...row, turnoverPaise: row.salesPaise - row.returnsPaise + row.rentalsPaise };
  });
  const total = (k: 'bills' | 'salesPaise' | 'returnsPaise' | 'rentalsPaise' | 'turnoverPaise') => byMonth.reduce((a, m) => a + m[k], 0);
  return {
    kind: 'turnover', period: p.period, from: p.from, to: p.to,
    bills: total('bills'), salesPaise: total('salesPaise'), returnsPaise: total('returnsPaise'), rentalsPaise: total('rentalsPaise'), turnoverPaise: total('turnoverPaise'), byMonth,
  };
}
