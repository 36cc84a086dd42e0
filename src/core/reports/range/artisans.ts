/** Each artisan over a range (sold, her share, adjustments, paid, owed at the end) and the payouts (paid, owed now). */
import type { ReportSection } from '../../../shared/api/range-reports';
import { businessDate, dayStartUtc, nextDate } from '../../../shared/dates';
import type { DB } from '../../db/open';
import { stmt } from '../../db/stmt';
import { listBalances } from '../../payouts/lists';
import { shopZoneOf } from '../../shop-day';
import { methodWords } from './sales';
import { col, names, summed, w } from './model';

export const ARTISAN_RANGE_SQL = {
  /** Her lines' sales and her share of them, from artisan_daily (a row per artisan and day). */
  sold: `SELECT d.artisan_id AS id, sum(d.net_paise) AS net, sum(d.artisan_share_paise) AS share
           FROM artisans a CROSS JOIN artisan_daily d ON d.artisan_id = a.id AND d.business_date BETWEEN ? AND ? GROUP BY d.artisan_id`,
  /** What came back of her lines in the range (returns are few: the return's day index). */
  returned: `SELECT l.artisan_id AS id, sum(rl.refund_paise) AS net, sum(rl.artisan_share_paise) AS share
               FROM sale_returns r JOIN sale_return_lines rl ON rl.return_id = r.id JOIN sale_lines l ON l.id = rl.sale_line_id
              WHERE r.business_date BETWEEN ? AND ? AND l.artisan_id IS NOT NULL GROUP BY l.artisan_id`,
  /** Her share of rent, late fees and damage charged in the range (accruals less reversals, by the charge's day: rental_shares_daily, migration 0029). */
  rented: `SELECT artisan_id AS id, sum(accrual_paise + reversal_paise) AS share FROM rental_shares_daily WHERE business_date BETWEEN ? AND ? GROUP BY artisan_id`,
  /**
   * Her part of lines she made with others (a custom order's): such a line names no artisan, so
   * artisan_daily cannot hold it; her own accruals and reversals on them, by her ledger's index
   * (only members who ever made an order together are read).
   */
  shared: `SELECT e.artisan_id AS id, sum(e.amount_paise) AS share
             FROM artisan_ledger e JOIN sale_lines l ON l.id = e.sale_line_id
            WHERE e.artisan_id IN (SELECT artisan_id FROM order_makers) AND e.at >= ? AND e.at < ? AND e.kind IN ('accrual', 'reversal')
              AND l.artisan_id IS NULL
            GROUP BY e.artisan_id`,
  adjustments: `SELECT artisan_id AS id, sum(amount_paise) AS amount FROM artisan_ledger WHERE kind = 'adjustment' AND at >= ? AND at < ? GROUP BY artisan_id`,
  /** Payouts made in the range, less reversals of payouts (negative rows). */
  paid: `SELECT artisan_id AS id, sum(amount_paise) AS amount FROM payouts WHERE business_date BETWEEN ? AND ? GROUP BY artisan_id`,
  /** Her account after the range ended: taken off today's balance to give what she was owed at its end. */
  after: `SELECT COALESCE(sum(amount_paise), 0) AS amount FROM artisan_ledger WHERE artisan_id = ? AND at >= ?`,
  artisans: `SELECT a.id, a.name_hi, a.name_en, COALESCE(b.balance_paise, 0) AS balance FROM artisans a LEFT JOIN artisan_balances b ON b.artisan_id = a.id ORDER BY a.id`,
  payouts: `SELECT p.payout_no, p.business_date, p.method, p.amount_paise, a.name_hi, a.name_en, o.payout_no AS reverses_no
              FROM payouts p JOIN artisans a ON a.id = p.artisan_id LEFT JOIN payouts o ON o.id = p.reverses_payout_id
             WHERE p.business_date BETWEEN ? AND ? ORDER BY p.business_date, p.id`,
} as const;

type ById = { id: number; net?: number; share?: number; amount?: number };
const byId = (rows: ById[]) => new Map(rows.map((r) => [r.id, r]));

export function byArtisan(db: DB, from: string, to: string): ReportSection[] {
  const tz = shopZoneOf(db);
  const start = dayStartUtc(from, tz);
  const end = dayStartUtc(nextDate(to), tz);
  const q = (sql: string, ...a: string[]) => byId(stmt<string[], ById>(db, sql).all(...a));
  const sold = q(ARTISAN_RANGE_SQL.sold, from, to);
  const back = q(ARTISAN_RANGE_SQL.returned, from, to);
  const rented = q(ARTISAN_RANGE_SQL.rented, from, to);
  const shared = q(ARTISAN_RANGE_SQL.shared, start, end);
  const adjust = q(ARTISAN_RANGE_SQL.adjustments, start, end);
  const paid = q(ARTISAN_RANGE_SQL.paid, from, to);
  const after = stmt<[number, string], { amount: number }>(db, ARTISAN_RANGE_SQL.after);
  const columns = [
    col('artisan', 'text', 'कारीगर', 'Artisan'), col('sold', 'money', 'बिका (वापसी घटाकर)', 'Sold (less returns)'), col('share', 'money', 'उसका हिस्सा', 'Her share'),
    col('adjustments', 'money', 'समायोजन', 'Adjustments'), col('paid', 'money', 'भुगतान किया', 'Paid'), col('owed', 'money', 'अंत में बकाया', 'Owed at the end'),
  ];
  const rows = stmt<[], { id: number; name_hi: string; name_en: string; balance: number }>(db, ARTISAN_RANGE_SQL.artisans).all().flatMap((a) => {
    const soldNet = (sold.get(a.id)?.net ?? 0) - (back.get(a.id)?.net ?? 0);
    const share = (sold.get(a.id)?.share ?? 0) - (back.get(a.id)?.share ?? 0) + (rented.get(a.id)?.share ?? 0) + (shared.get(a.id)?.share ?? 0);
    const adj = adjust.get(a.id)?.amount ?? 0;
    const pay = paid.get(a.id)?.amount ?? 0;
    const owed = a.balance - after.get(a.id, end)!.amount;
    if (!soldNet && !share && !adj && !pay && !owed && !sold.has(a.id)) return [];
    return [[names(a.name_hi, a.name_en), soldNet, share, adj, pay, owed]];
  });
  return [summed({
    id: 'artisans', title: w('कारीगर के हिसाब से', 'By artisan'), columns, rows,
    chart: { type: 'bar', labelKey: 'artisan', valueKeys: ['sold', 'share'] },
    note: w(
      'उसका हिस्सा: बिक्री और किराये का, वापसी घटाकर (मिलकर बने ऑर्डर का उसका भाग भी; उसकी बिक्री में केवल उसके अपने नाम के सामान)। बकाया: अवधि के अंतिम दिन के अंत में।',
      'Her share: of sales and rentals, less returns (her part of orders made together included; "sold" counts only lines in her own name). Owed: at the end of the last day.',
    ),
  })];
}

export function payoutsReport(db: DB, from: string, to: string): ReportSection[] {
  const list = stmt<[string, string], { payout_no: string; business_date: string; method: string; amount_paise: number; name_hi: string; name_en: string; reverses_no: string | null }>(db, ARTISAN_RANGE_SQL.payouts).all(from, to);
  const artisans = new Map(stmt<[], { id: number; name_hi: string; name_en: string }>(db, ARTISAN_RANGE_SQL.artisans).all().map((a) => [a.id, a]));
  const paid = summed({
    id: 'paid', title: w('भुगतान किए गए', 'Payouts paid'),
    columns: [
      col('payout_no', 'text', 'भुगतान क्रमांक', 'Payout no.'), col('date', 'date', 'दिन', 'Day'), col('artisan', 'text', 'कारीगर', 'Artisan'),
      col('method', 'text', 'तरीका', 'Method'), col('reverses', 'text', 'उलटा किया', 'Reverses'), col('amount', 'money', 'राशि', 'Amount'),
    ],
    rows: list.map((p) => [p.payout_no, p.business_date, names(p.name_hi, p.name_en), methodWords(p.method), p.reverses_no, p.amount_paise]),
  });
  // Who is owed what now: the artisans' balances as the payout screen lists them (one piece serves both).
  const tz = shopZoneOf(db);
  const owedRows = listBalances(db).filter((b) => b.balancePaise !== 0).map((b) => {
    const a = artisans.get(b.artisanId)!;
    return [names(a.name_hi, a.name_en), b.unpaidEntries, b.lastPayoutAt ? businessDate(new Date(b.lastPayoutAt), tz) : null, b.balancePaise];
  });
  const owed = summed({
    id: 'owed', title: w('अभी बकाया', 'Owed now'),
    columns: [col('artisan', 'text', 'कारीगर', 'Artisan'), col('unpaid_entries', 'count', 'बिना भुगतान की प्रविष्टियाँ', 'Unpaid entries'), col('last_payout', 'date', 'पिछला भुगतान', 'Last payout'), col('owed', 'money', 'बकाया', 'Owed')],
    rows: owedRows,
    chart: { type: 'bar', labelKey: 'artisan', valueKeys: ['owed'] },
  });
  return [paid, owed];
}
