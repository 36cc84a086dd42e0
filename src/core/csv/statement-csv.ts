import type { DB } from '../db/open';
import { stmt } from '../db/stmt';
import { statement } from '../payouts/statement';
import { writeCsv } from './table';
import { formatRupees, formatScaled } from './values';

interface Row { business_date: string; bill_no: string; name_hi: string; name_en: string; qty_milli: number; net_paise: number; artisan_share_paise: number; returned_milli: number }

/**
 * Her statement as a spreadsheet: one row per item sold in the period (date, bill, item,
 * qty, price, shop's part, her part, returned), then the period's totals from payouts.getStatement.
 */
export function statementCsv(db: DB, artisanId: number, from: string, to: string): { csv: string; rows: number } {
  const lines = stmt<[number, string, string], Row>(
    db,
    `SELECT s.business_date, s.bill_no, l.name_hi, l.name_en, l.qty_milli, l.net_paise, l.artisan_share_paise,
            (SELECT COALESCE(sum(r.qty_milli), 0) FROM sale_return_lines r WHERE r.sale_line_id = l.id) AS returned_milli
       FROM sale_lines l JOIN sales s ON s.id = l.sale_id
      WHERE l.artisan_id = ? AND s.business_date BETWEEN ? AND ? ORDER BY s.id, l.line_no`,
  ).all(artisanId, from, to);
  const st = statement(db, artisanId, from, to);
  const rows: (string | number)[][] = lines.map((l) => [
    l.business_date, l.bill_no, l.name_hi, l.name_en, formatScaled(l.qty_milli, 3), formatRupees(l.net_paise),
    formatRupees(l.net_paise - l.artisan_share_paise), formatRupees(l.artisan_share_paise), formatScaled(l.returned_milli, 3),
  ]);
  const total = (label: string, paise: number) => ['', '', label, '', '', '', '', formatRupees(paise), ''];
  rows.push(
    total('opening balance', st.openingBalancePaise),
    total('earned', st.earnedPaise),
    total('paid', -st.paidPaise),
    total('adjustments', st.adjustmentsPaise),
    total('closing balance', st.closingBalancePaise),
  );
  return { csv: writeCsv(['date', 'bill_no', 'item_hi', 'item_en', 'qty', 'sale_price', 'shop_share', 'her_share', 'returned_qty'], rows), rows: lines.length };
}
