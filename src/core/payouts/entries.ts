import type { UnpaidEntry } from '../../shared/api/payouts';
import type { DB } from '../db/open';
import { stmt } from '../db/stmt';
import { businessDate, dayStartUtc, nextDate } from '../../shared/dates';

const shopZone = (db: DB) => stmt<[], { t: string }>(db, 'SELECT time_zone AS t FROM shop_settings WHERE id = 1').get()?.t ?? 'Asia/Kolkata';

/** A ledger entry is settled when a payout lists it and that payout was not reversed. */
export const SETTLED = `EXISTS (SELECT 1 FROM payout_items pi JOIN payouts p ON p.id = pi.payout_id
  WHERE pi.ledger_id = e.id AND NOT EXISTS (SELECT 1 FROM payouts r WHERE r.reverses_payout_id = p.id))`;

const ENTRY_SQL = `
  SELECT e.id AS ledger_id, e.kind, e.amount_paise, e.at, s.business_date,
         s.bill_no, COALESCE(l.name_hi, '') AS name_hi, COALESCE(l.name_en, '') AS name_en, COALESCE(l.qty_milli, 0) AS qty_milli,
         COALESCE(l.net_paise, 0) AS sale_paise, COALESCE(l.share_rule, '') AS share_rule, e.note
    FROM artisan_ledger e
    LEFT JOIN sale_lines l ON l.id = e.sale_line_id
    LEFT JOIN sales s ON s.id = l.sale_id`;

interface Row { ledger_id: number; kind: UnpaidEntry['kind']; amount_paise: number; at: string; business_date: string | null; bill_no: string | null; name_hi: string; name_en: string; qty_milli: number; sale_paise: number; share_rule: string; note: string }

function toEntry(r: Row, tz: string): UnpaidEntry {
  const accrual = r.kind === 'accrual';
  return {
    ledgerId: r.ledger_id, kind: r.kind, amountPaise: r.amount_paise, at: r.at, businessDate: r.business_date ?? businessDate(new Date(r.at), tz), billNo: r.bill_no, nameHi: r.name_hi,
    nameEn: r.name_en, qtyMilli: r.qty_milli, salePaise: accrual ? r.sale_paise : 0, shopSharePaise: accrual ? r.sale_paise - r.amount_paise : 0, shareRule: r.share_rule, note: r.note,
  };
}

/** Her unsettled accruals, reversals and adjustments dated on or before `periodEnd`, oldest first. */
export function unpaidEntries(db: DB, artisanId: number, periodEnd: string): UnpaidEntry[] {
  return stmt<[number, string, string], Row>(
    db,
    `${ENTRY_SQL} WHERE e.artisan_id = ? AND e.kind IN ('accrual', 'reversal', 'adjustment') AND NOT ${SETTLED}
       AND (s.business_date <= ? OR (s.business_date IS NULL AND e.at < ?)) ORDER BY e.id`,
  ).all(artisanId, periodEnd, dayStartUtc(nextDate(periodEnd), shopZone(db))).map((r) => toEntry(r, shopZone(db)));
}

export function entriesOfPayout(db: DB, payoutId: number): UnpaidEntry[] {
  return stmt<[number], Row>(db, `${ENTRY_SQL} JOIN payout_items pi ON pi.ledger_id = e.id WHERE pi.payout_id = ? ORDER BY e.id`).all(payoutId).map((r) => toEntry(r, shopZone(db)));
}

/** Her balance: accruals - reversals - payouts + reversed payouts + adjustments (the ledger's sum). */
export function balanceOf(db: DB, artisanId: number): number {
  return stmt<[number], { b: number }>(db, 'SELECT COALESCE(sum(amount_paise), 0) AS b FROM artisan_ledger WHERE artisan_id = ?').get(artisanId)!.b;
}
