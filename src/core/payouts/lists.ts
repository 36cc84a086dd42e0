import type { ArtisanBalance, PayoutSummary } from '../../shared/api/payouts';
import { AppError } from '../../shared/errors';
import type { DB } from '../db/open';
import { stmt } from '../db/stmt';

/** The SQL of this file, exported for the query-plan test (tests/bench/query-plans.test.ts). */
export const LIST_SQL = {
  /** A page of her payouts, newest first, straight off payouts_artisan (artisan_id, at). */
  page: `SELECT p.id, p.payout_no, p.at, p.method, p.ref, p.amount_paise, o.payout_no AS reverses_no,
                EXISTS (SELECT 1 FROM payouts r WHERE r.reverses_payout_id = p.id) AS reversed,
                (SELECT count(*) FROM payout_items pi WHERE pi.payout_id = p.id) AS items
           FROM payouts p LEFT JOIN payouts o ON o.id = p.reverses_payout_id
          WHERE p.artisan_id = ? ORDER BY p.at DESC, p.id DESC LIMIT ? OFFSET ?`,
  count: 'SELECT count(*) AS n FROM payouts WHERE artisan_id = ?',
  /**
   * Every member's balance: the cached balance, her unsettled entries counted from their cache
   * (migration 18), and her last payout in force; members with no entry yet read 0. Both per member
   * off her own range of an index (the unary + keeps the planner off the reversal index, which read
   * every payout once per member: 73 ms at 300 members and 3,600 payouts).
   */
  balances: `SELECT a.id AS artisan_id, COALESCE(b.balance_paise, 0) AS balance_paise, (SELECT count(*) FROM artisan_unsettled u WHERE u.artisan_id = a.id) AS unpaid,
                    (SELECT max(p.at) FROM payouts p WHERE p.artisan_id = a.id AND +p.reverses_payout_id IS NULL
                        AND NOT EXISTS (SELECT 1 FROM payouts r WHERE r.reverses_payout_id = p.id)) AS last_at
               FROM artisans a LEFT JOIN artisan_balances b ON b.artisan_id = a.id
              ORDER BY a.id`,
};

interface PageRow { id: number; payout_no: string; at: string; method: PayoutSummary['method']; ref: string; amount_paise: number; reverses_no: string | null; reversed: number; items: number }

export function listPayouts(db: DB, artisanId: number, limit: number, offset: number): { rows: PayoutSummary[]; total: number } {
  if (!stmt(db, 'SELECT 1 FROM artisans WHERE id = ?').get(artisanId)) throw new AppError('NOT_FOUND', { what: 'artisan', field: 'artisanId', id: artisanId });
  const rows = stmt<[number, number, number], PageRow>(db, LIST_SQL.page).all(artisanId, limit, offset).map((p) => ({
    id: p.id, payoutNo: p.payout_no, at: p.at, method: p.method, ref: p.ref, paidPaise: p.amount_paise, reversed: p.reversed === 1, reversesPayoutNo: p.reverses_no, itemCount: p.items,
  }));
  return { rows, total: stmt<[number], { n: number }>(db, LIST_SQL.count).get(artisanId)!.n };
}

export function listBalances(db: DB): ArtisanBalance[] {
  return stmt<[], { artisan_id: number; balance_paise: number; unpaid: number; last_at: string | null }>(db, LIST_SQL.balances)
    .all()
    .map((r) => ({ artisanId: r.artisan_id, balancePaise: r.balance_paise, unpaidEntries: r.unpaid, lastPayoutAt: r.last_at }));
}
