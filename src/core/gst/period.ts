/** A return period ('2026-11', or '2026-Q3': October–December of the financial year 2026-27) as its first and last day. */
import { lastDayOfMonth } from '../../shared/dates';
import { AppError } from '../../shared/errors';

export interface Period { period: string; from: string; to: string; months: string[]; fp: string }

export function periodRange(period: string, today: string): Period {
  let months: string[];
  const q = /^(\d{4})-Q([1-4])$/.exec(period);
  if (q) {
    const fy = Number(q[1]);
    const first = 4 + 3 * (Number(q[2]) - 1); // Q1 starts in April; Q4 (Jan–Mar) in the next calendar year
    months = [0, 1, 2].map((i) => {
      const m = first + i;
      return m > 12 ? `${fy + 1}-${String(m - 12).padStart(2, '0')}` : `${fy}-${String(m).padStart(2, '0')}`;
    });
  } else months = [period];
  const from = `${months[0]}-01`;
  // A period not yet begun has nothing to file (the running month or quarter may be looked at).
  if (from > today) throw new AppError('INVALID_INPUT', { issues: [{ path: ['period'], code: 'custom', message: 'future_period' }], today });
  const last = months[months.length - 1]!;
  return { period, from, to: lastDayOfMonth(last), months, fp: `${last.slice(5, 7)}${last.slice(0, 4)}` };
}
