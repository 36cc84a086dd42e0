import type { DB } from '../db/open';
import { stmt } from '../db/stmt';
import { statement } from '../payouts/statement';
import { col, type CellValue, type ExportTable } from '../xlsx/columns';
import { csvOf } from './export-table';

interface Row { business_date: string; bill_no: string; name_hi: string; name_en: string; qty_milli: number; net_paise: number; artisan_share_paise: number; returned_milli: number }

const COLUMNS = [
  col('row_type', 'text', 'row', 8), col('date', 'date', 'date'), col('bill_no', 'code', 'bill no', 22), col('item_hi', 'text', 'सामान'), col('item_en', 'text', 'item'),
  col('qty', 'qty'), col('sale_price', 'money', 'sale price'), col('shop_share', 'money', 'shop share'), col('her_share', 'money', 'her share'), col('returned_qty', 'qty', 'returned qty'),
  col('total', 'text', 'total', 20), col('amount', 'money'),
];

/**
 * Her statement as a table: one 'item' row per item sold in the period (date, bill, item, qty,
 * price, shop's part, her part, returned), then 'total' rows (the items' her_share, and the
 * period's balance from payouts.getStatement) whose figures sit in their own `amount` column:
 * a spreadsheet's SUM of her_share counts each sale once, never a total with it.
 */
export function statementTable(db: DB, artisanId: number, from: string, to: string): ExportTable & { items: number } {
  const lines = stmt<[number, string, string], Row>(
    db,
    `SELECT s.business_date, s.bill_no, l.name_hi, l.name_en, l.qty_milli, l.net_paise, l.artisan_share_paise,
            (SELECT COALESCE(sum(r.qty_milli), 0) FROM sale_return_lines r WHERE r.sale_line_id = l.id) AS returned_milli
       FROM sale_lines l JOIN sales s ON s.id = l.sale_id
      WHERE l.artisan_id = ? AND s.business_date BETWEEN ? AND ? ORDER BY s.id, l.line_no`,
  ).all(artisanId, from, to);
  const st = statement(db, artisanId, from, to);
  const rows: CellValue[][] = lines.map((l) => [
    'item', l.business_date, l.bill_no, l.name_hi, l.name_en, l.qty_milli, l.net_paise, l.net_paise - l.artisan_share_paise, l.artisan_share_paise, l.returned_milli, null, null,
  ]);
  const total = (label: string, paise: number): CellValue[] => ['total', null, null, null, null, null, null, null, null, null, label, paise];
  rows.push(
    total('her_share of the items', lines.reduce((a, l) => a + l.artisan_share_paise, 0)),
    total('opening balance', st.openingBalancePaise),
    total('earned', st.earnedPaise),
    total('paid', -st.paidPaise),
    total('adjustments', st.adjustmentsPaise),
    total('closing balance', st.closingBalancePaise),
  );
  return { name: 'statement', columns: COLUMNS, rows, items: lines.length };
}

export function statementCsv(db: DB, artisanId: number, from: string, to: string): { csv: string; rows: number } {
  const t = statementTable(db, artisanId, from, to);
  return { csv: csvOf(t), rows: t.items };
}
