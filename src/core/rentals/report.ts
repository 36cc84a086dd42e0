/**
 * Rental income for a period (by the shop day it was charged) apart from what is only held for
 * customers: deposits of rentals out and advances of bookings are liabilities, never income.
 * Amounts are GST-inclusive as charged; gstPaise is the GST inside them.
 */
import type { RentalReport } from '../../shared/api/rentals';
import { dayStartUtc, nextDate } from '../../shared/dates';
import { AppError } from '../../shared/errors';
import type { DB } from '../db/open';
import { stmt } from '../db/stmt';
import { shopOf } from './money';
import { checkDate } from './plan';
import { invalid } from './checks';

export function rentalReport(db: DB, from: string, to: string): RentalReport {
  checkDate(from, 'from');
  checkDate(to, 'to');
  if (from > to) invalid(['to'], 'date_order');
  const kinds = stmt<[string, string], { kind: string; amount: number; tax: number }>(
    db,
    'SELECT kind, sum(amount_paise) AS amount, sum(tax_paise) AS tax FROM rental_charges_daily WHERE business_date BETWEEN ? AND ? GROUP BY kind',
  ).all(from, to);
  const k = (kind: string) => kinds.find((x) => x.kind === kind)?.amount ?? 0;
  const tz = shopOf(db).tz;
  const rentals = stmt<[string, string], { n: number }>(db, 'SELECT count(*) AS n FROM rentals WHERE picked_up_at >= ? AND picked_up_at < ?').get(dayStartUtc(from, tz), dayStartUtc(nextDate(to), tz))!.n;
  // Her accruals point at the charge they came from (ref_id), so they fall in the charge's period (rental_shares_daily: per charge day and artisan).
  const shares = stmt<[string, string], { s: number }>(db, 'SELECT COALESCE(sum(accrual_paise), 0) AS s FROM rental_shares_daily WHERE business_date BETWEEN ? AND ?').get(from, to)!.s;
  const deposits = stmt<[], { s: number }>(db, `SELECT COALESCE(sum(amount_paise), 0) AS s FROM rental_charges_daily WHERE kind IN ('deposit', 'deposit_release')`).get()!.s;
  const advances = stmt<[], { s: number }>(db, `SELECT COALESCE(sum(p.amount_paise), 0) AS s FROM rental_payments p JOIN rentals r ON r.id = p.rental_id WHERE r.status = 'booked'`).get()!.s;
  const income = k('rent') + k('late_fee') + k('damage') + k('cancel_keep');
  // Income is GST-inclusive as charged; the GST in it is the government's, so the group's part excludes it.
  const gst = kinds.reduce((a, x) => a + x.tax, 0);
  return {
    from, to, rentals, rentPaise: k('rent'), lateFeePaise: k('late_fee'), damagePaise: k('damage'), cancelKeptPaise: k('cancel_keep'),
    artisanSharePaise: shares, groupPaise: income - shares - gst, gstPaise: gst, depositsHeldPaise: deposits, advancesHeldPaise: advances,
  };
}
