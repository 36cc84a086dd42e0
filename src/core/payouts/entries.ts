import type { UnpaidEntry } from '../../shared/api/payouts';
import type { DB } from '../db/open';
import { stmt } from '../db/stmt';
import { businessDate, dayStartUtc, nextDate } from '../../shared/dates';

const shopZone = (db: DB) => stmt<[], { t: string }>(db, 'SELECT time_zone AS t FROM shop_settings WHERE id = 1').get()?.t ?? 'Asia/Kolkata';

/** A ledger entry is settled when a payout lists it and that payout was not reversed. */
export const SETTLED = `EXISTS (SELECT 1 FROM payout_items pi JOIN payouts p ON p.id = pi.payout_id
  WHERE pi.ledger_id = e.id AND NOT EXISTS (SELECT 1 FROM payouts r WHERE r.reverses_payout_id = p.id))`;

/**
 * An entry with what it was for: a sale line (item, bill no, sale day, line amount), or a rental
 * charge (item, rental no, the charge's day and amount; ref_id is the charge's uid). A rental
 * share rule reads 'percent:<shop bps>:rent' / ':late_fee', or 'full:0:damage' (her piece, all hers).
 */
const ENTRY_SQL = `
  SELECT e.id AS ledger_id, e.kind, e.amount_paise, e.at, COALESCE(s.business_date, c.business_date) AS business_date,
         COALESCE(s.bill_no, rn.rental_no) AS bill_no, COALESCE(l.name_hi, rl.name_hi, '') AS name_hi, COALESCE(l.name_en, rl.name_en, '') AS name_en,
         COALESCE(l.qty_milli, rl.qty * 1000, 0) AS qty_milli, COALESCE(l.net_paise, c.amount_paise, 0) AS sale_paise,
         COALESCE(l.share_rule, CASE c.kind WHEN 'damage' THEN 'full:0:damage' WHEN 'rent' THEN 'percent:' || rl.commission_bps || ':rent'
           WHEN 'late_fee' THEN 'percent:' || rl.commission_bps || ':late_fee' END, '') AS share_rule, e.note
    FROM artisan_ledger e
    LEFT JOIN sale_lines l ON l.id = e.sale_line_id
    LEFT JOIN sales s ON s.id = l.sale_id
    LEFT JOIN rental_lines rl ON rl.id = e.rental_line_id
    LEFT JOIN rentals rn ON rn.id = rl.rental_id
    LEFT JOIN rental_charges c ON e.rental_line_id IS NOT NULL AND c.uid = e.ref_id`;

interface Row { ledger_id: number; kind: UnpaidEntry['kind']; amount_paise: number; at: string; business_date: string | null; bill_no: string | null; name_hi: string; name_en: string; qty_milli: number; sale_paise: number; share_rule: string; note: string }

function toEntry(r: Row, tz: string): UnpaidEntry {
  const accrual = r.kind === 'accrual';
  return {
    ledgerId: r.ledger_id, kind: r.kind, amountPaise: r.amount_paise, at: r.at, businessDate: r.business_date ?? businessDate(new Date(r.at), tz), billNo: r.bill_no, nameHi: r.name_hi,
    nameEn: r.name_en, qtyMilli: r.qty_milli, salePaise: accrual ? r.sale_paise : 0, shopSharePaise: accrual ? r.sale_paise - r.amount_paise : 0, shareRule: r.share_rule, note: r.note,
  };
}

/**
 * Her unsettled accruals, reversals and adjustments dated on or before `periodEnd`, oldest first.
 * The open ones come from the artisan_unsettled cache (migration 18: her entries that are not SETTLED),
 * so this reads her open entries only, not every entry she ever had.
 */
export const UNPAID_SQL = `${ENTRY_SQL} WHERE e.id IN (SELECT u.ledger_id FROM artisan_unsettled u WHERE u.artisan_id = ?)
       AND (COALESCE(s.business_date, c.business_date) <= ? OR (COALESCE(s.business_date, c.business_date) IS NULL AND e.at < ?)) ORDER BY e.id`;

export function unpaidEntries(db: DB, artisanId: number, periodEnd: string): UnpaidEntry[] {
  const tz = shopZone(db);
  return stmt<[number, string, string], Row>(db, UNPAID_SQL).all(artisanId, periodEnd, dayStartUtc(nextDate(periodEnd), tz)).map((r) => toEntry(r, tz));
}

export function entriesOfPayout(db: DB, payoutId: number): UnpaidEntry[] {
  const tz = shopZone(db);
  return stmt<[number], Row>(db, `${ENTRY_SQL} JOIN payout_items pi ON pi.ledger_id = e.id WHERE pi.payout_id = ? ORDER BY e.id`).all(payoutId).map((r) => toEntry(r, tz));
}

/** Her balance: accruals - reversals - payouts + reversed payouts + adjustments (the ledger's sum). */
export function balanceOf(db: DB, artisanId: number): number {
  return stmt<[number], { b: number }>(db, 'SELECT COALESCE(sum(amount_paise), 0) AS b FROM artisan_ledger WHERE artisan_id = ?').get(artisanId)!.b;
}
