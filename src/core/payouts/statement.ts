import type { ArtisanStatement } from '../../shared/api/payouts';
import { AppError } from '../../shared/errors';
import type { DB } from '../db/open';
import { stmt } from '../db/stmt';
import { dayStartUtc, nextDate } from '../../shared/dates';

/**
 * Her statement for a period, every figure from a ledger: goods received, sold, returned by
 * customers and to her (stock movements of her products), on hand now, what she earned and what
 * she was paid (her account), and her balance before and after the period.
 * Dates are shop days: sales carry theirs, and ledger instants (UTC) are cut at the shop day's
 * start in the shop's time zone.
 */
export function statement(db: DB, artisanId: number, from: string, to: string): ArtisanStatement {
  if (!stmt(db, 'SELECT 1 FROM artisans WHERE id = ?').get(artisanId)) throw new AppError('NOT_FOUND', { what: 'artisan', field: 'artisanId', id: artisanId });
  if (from > to) throw new AppError('INVALID_INPUT', { issues: [{ path: ['to'], code: 'custom', message: 'date_order' }] });
  const tz = stmt<[], { t: string }>(db, 'SELECT time_zone AS t FROM shop_settings WHERE id = 1').get()?.t ?? 'Asia/Kolkata';
  const [start, end] = [dayStartUtc(from, tz), dayStartUtc(nextDate(to), tz)];
  const mv = stmt<[number, string, string], { kind: string; qty: number; value: number }>(
    db,
    `SELECT m.kind, COALESCE(sum(m.qty_milli), 0) AS qty, COALESCE(sum(m.qty_milli * COALESCE(m.unit_price_paise, 0) / 1000), 0) AS value
       FROM stock_movements m JOIN products p ON p.id = m.product_id
      WHERE p.artisan_id = ? AND m.at >= ? AND m.at < ? GROUP BY m.kind`,
  ).all(artisanId, start, end);
  const q = (kind: string) => mv.find((m) => m.kind === kind) ?? { qty: 0, value: 0 };
  // from her daily summary (migration 15): a row a day, not every line she ever sold
  const sales = stmt<[number, string, string], { qty: number; amount: number }>(
    db,
    `SELECT COALESCE(sum(qty_milli), 0) AS qty, COALESCE(sum(net_paise), 0) AS amount FROM artisan_daily WHERE artisan_id = ? AND business_date BETWEEN ? AND ?`,
  ).get(artisanId, from, to)!;
  const onHand = stmt<[number], { qty: number; value: number }>(
    db,
    `SELECT COALESCE(sum(s.qty_milli), 0) AS qty, COALESCE(sum(s.qty_milli * p.price_paise / 1000), 0) AS value
       FROM products p JOIN stock_on_hand s ON s.product_id = p.id WHERE p.artisan_id = ?`,
  ).get(artisanId)!;
  const account = stmt<[number, string, string], { kind: string; amount: number }>(
    db,
    `SELECT kind, COALESCE(sum(amount_paise), 0) AS amount FROM artisan_ledger WHERE artisan_id = ? AND at >= ? AND at < ? GROUP BY kind`,
  ).all(artisanId, start, end);
  const a = (...kinds: string[]) => account.filter((r) => kinds.includes(r.kind)).reduce((s, r) => s + r.amount, 0);
  const opening = stmt<[number, string], { b: number }>(db, 'SELECT COALESCE(sum(amount_paise), 0) AS b FROM artisan_ledger WHERE artisan_id = ? AND at < ?').get(artisanId, start)!.b;
  const net = a('accrual', 'reversal', 'payout', 'payout_reversal', 'adjustment');
  return {
    artisanId, from, to,
    receivedMilli: q('intake').qty, receivedValuePaise: q('intake').value,
    soldMilli: sales.qty, salesPaise: sales.amount,
    returnedByCustomersMilli: q('sale_return').qty, returnedToHerMilli: -q('return_to_artisan').qty,
    onHandMilli: onHand.qty, onHandValuePaise: onHand.value,
    earnedPaise: a('accrual', 'reversal'), paidPaise: -a('payout', 'payout_reversal'), adjustmentsPaise: a('adjustment'),
    openingBalancePaise: opening, closingBalancePaise: opening + net,
  };
}
