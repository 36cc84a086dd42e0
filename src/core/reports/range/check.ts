import { rangeProblem } from '../../../shared/report-range';
import { AppError } from '../../../shared/errors';
import type { DB } from '../../db/open';
import { shopToday } from '../../shop-day';

/** Refuse a range that ends before it starts, runs past today (the shop's), or is over 5 years. */
export function checkRange(db: DB, now: Date, from: string, to: string): void {
  const today = shopToday(db, now);
  const problem = rangeProblem(from, to, today);
  if (problem) throw new AppError(problem, { from, to, today });
}
