import { uuidv7 } from '../uuid';
import type { SessionUser } from '../../shared/api';
import type { PaymentMethod, ReturnInput, SaleReturn } from '../../shared/api/sales';
import { AppError } from '../../shared/errors';
import { allocate, mulDivRound } from '../../shared/money';
import type { DB } from '../db/open';
import { stmt } from '../db/stmt';
import { tradingDay } from '../shop-day';
import { checkPin } from '../session/check-pin';
import { recordMovement } from '../stock/ledger';
import { nextBillNo } from './bill-number';
import { getReturn } from './read';

interface LineRow {
  id: number; line_no: number; product_id: number; name_hi: string; name_en: string; qty_milli: number; net_paise: number; taxable_paise: number;
  cgst_paise: number; sgst_paise: number; artisan_id: number | null; artisan_share_paise: number; returned_milli: number;
  returned_net: number; returned_taxable: number; returned_cgst: number; returned_sgst: number; returned_share: number;
}

/**
 * A line's amounts for a partial return, exact over many returns: what is refunded so far is
 * always amount x (returned so far / sold), rounded once, so repeated small returns can never
 * add up to more (or less) than the line when it has all come back.
 */
function portion(total: number, soldMilli: number, beforeMilli: number, nowMilli: number, alreadyPaise: number): number {
  return mulDivRound(total, beforeMilli + nowMilli, soldMilli) - alreadyPaise;
}

/** What a return gives back: money by a method, or (in an exchange) partly credit on a new bill. */
export interface ReturnOptions {
  /** The manager's approval, already checked by the caller (an exchange checks the PIN once for both halves). */
  approver?: SessionUser | null;
  /**
   * An exchange: called once the goods are back on the books (so the new sale can sell what just
   * came back), with the value of the goods and the return's number; settles the new bill and says
   * how much of the value goes back to the customer as money.
   */
  settle?: (valuePaise: number, returnNo: string) => { refundPaise: number };
}

/** A return, or the return half of an exchange (refundMethod may be absent when no money goes back). */
export type ReturnRequest = Omit<ReturnInput, 'refundMethod'> & { refundMethod?: PaymentMethod | undefined };

export function returnItems(db: DB, input: ReturnRequest, cashier: SessionUser, now: Date, opts: ReturnOptions = {}): SaleReturn {
  let approver = opts.approver ?? null;
  if (opts.approver === undefined && input.approval) approver = checkPin(db, input.approval.userId, input.approval.pin, now, 'approval');
  if (approver && approver.role === 'cashier') throw new AppError('FORBIDDEN', { field: ['approval', 'userId'], reason: 'approver' });
  const sale = stmt<[string], { id: number; uid: string; bill_no: string }>(db, 'SELECT id, uid, bill_no FROM sales WHERE bill_no = ?').get(input.billNo);
  if (!sale) throw new AppError('NOT_FOUND', { what: 'sale', field: 'billNo', billNo: input.billNo });
  const shop = stmt<[], { time_zone: string; bill_prefix: string; counter_code: string; cashier_refund_limit_paise: number }>(
    db,
    'SELECT time_zone, bill_prefix, counter_code, cashier_refund_limit_paise FROM shop_settings WHERE id = 1',
  ).get()!;
  const methods = new Set(stmt<[number], { method: string }>(db, 'SELECT method FROM sale_payments WHERE sale_id = ?').all(sale.id).map((p) => p.method));
  // Money goes back in cash or the way it came in.
  const checkMethod = () => {
    if (input.refundMethod === undefined) throw new AppError('INVALID_INPUT', { issues: [{ path: ['refundMethod'], code: 'custom', message: 'required' }] });
    if (input.refundMethod !== 'cash' && !methods.has(input.refundMethod)) {
      throw new AppError('INVALID_INPUT', { issues: [{ path: ['refundMethod'], code: 'custom', message: 'refund_method' }] });
    }
  };
  if (!opts.settle || input.refundMethod !== undefined) checkMethod();

  const seen = new Set<number>();
  const lines = input.lines.map((l, i) => {
    const row = stmt<[number, number], LineRow>(
      db,
      `SELECT l.*, COALESCE(sum(r.qty_milli), 0) AS returned_milli, COALESCE(sum(r.refund_paise), 0) AS returned_net,
              COALESCE(sum(r.taxable_paise), 0) AS returned_taxable, COALESCE(sum(r.cgst_paise), 0) AS returned_cgst,
              COALESCE(sum(r.sgst_paise), 0) AS returned_sgst, COALESCE(sum(r.artisan_share_paise), 0) AS returned_share
         FROM sale_lines l LEFT JOIN sale_return_lines r ON r.sale_line_id = l.id
        WHERE l.sale_id = ? AND l.line_no = ? GROUP BY l.id`,
    ).get(sale.id, l.lineNo);
    if (!row) throw new AppError('NOT_FOUND', { what: 'saleLine', field: ['lines', i, 'lineNo'], lineNo: l.lineNo });
    if (seen.has(l.lineNo)) throw new AppError('CONFLICT', { field: ['lines', i, 'lineNo'], reason: 'twice' });
    seen.add(l.lineNo);
    const left = row.qty_milli - row.returned_milli;
    if (l.qtyMilli > left) throw new AppError('RETURN_TOO_MANY', { field: ['lines', i, 'qtyMilli'], soldMilli: row.qty_milli, returnedMilli: row.returned_milli, leftMilli: left });
    const part = (total: number, already: number) => portion(total, row.qty_milli, row.returned_milli, l.qtyMilli, already);
    const refund = part(row.net_paise, row.returned_net);
    const cgst = part(row.cgst_paise, row.returned_cgst);
    const sgst = part(row.sgst_paise, row.returned_sgst);
    // Taxable is the rest, so refund = taxable + CGST + SGST on every return as on the line
    // (three separate roundings could be a paisa off); all back, it is still the line's taxable.
    return { input: l, row, refund, taxable: refund - cgst - sgst, cgst, sgst, share: part(row.artisan_share_paise, row.returned_share) };
  });
  // The value of the goods back; all of it is money back, unless an exchange settles part of it.
  const refund = lines.reduce((s, l) => s + l.refund, 0);
  const limitCheck = (money: number) => {
    if (money > shop.cashier_refund_limit_paise && cashier.role === 'cashier' && !approver) {
      throw new AppError('APPROVAL_REQUIRED', { reason: 'refund', limitPaise: shop.cashier_refund_limit_paise, field: 'lines' });
    }
  };
  if (!opts.settle) limitCheck(refund);

  // A closed day takes no more bills: they go to the next shop day (tradingDay).
  const date = tradingDay(db, now);
  const at = now.toISOString();
  const { billNo: returnNo } = nextBillNo(db, shop.bill_prefix, `${cashier.counter ?? shop.counter_code}-R`, date);
  const uid = uuidv7();
  // Goods first: an exchange's new sale may sell what just came back.
  lines.forEach((l, i) => {
    const base = { productId: l.row.product_id, userId: cashier.id, at: now, reference: returnNo, refType: 'sale_return', refId: uid, path: ['lines', i, 'qtyMilli'] };
    recordMovement(db, { ...base, qtyMilli: l.input.qtyMilli, kind: 'sale_return', reason: input.reason });
    // Damaged: it came back (the sale is undone) and leaves the shelf again as a write-off.
    if (!l.input.restock) recordMovement(db, { ...base, qtyMilli: -l.input.qtyMilli, kind: 'write_off', reason: `damaged return: ${input.reason}` });
  });
  const money = opts.settle ? opts.settle(refund, returnNo).refundPaise : refund;
  if (opts.settle) {
    if (money > 0) checkMethod();
    limitCheck(money);
  }
  const returnId = Number(
    stmt(db, 'INSERT INTO sale_returns (uid, return_no, sale_id, at, business_date, user_id, approved_by, reason, refund_method, refund_paise) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)').run(
      // With no money back (an even exchange) the method is moot; 'cash' moves no cash (see sale_exchanges).
      uid, returnNo, sale.id, at, date, cashier.id, approver?.id ?? null, input.reason, input.refundMethod ?? 'cash', refund,
    ).lastInsertRowid,
  );
  lines.forEach((l) => {
    stmt(db, 'INSERT INTO sale_return_lines (return_id, sale_line_id, qty_milli, refund_paise, taxable_paise, cgst_paise, sgst_paise, artisan_share_paise, restocked) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)').run(
      returnId, l.row.id, l.input.qtyMilli, l.refund, l.taxable, l.cgst, l.sgst, l.share, l.input.restock ? 1 : 0,
    );
    if (l.row.artisan_id !== null && l.share > 0) {
      stmt(db, `INSERT INTO artisan_ledger (uid, artisan_id, kind, amount_paise, sale_line_id, ref_type, ref_id, at, user_id, note) VALUES (?, ?, 'reversal', ?, ?, 'sale_return', ?, ?, ?, ?)`).run(
        uuidv7(), l.row.artisan_id, -l.share, l.row.id, uid, at, cashier.id, input.reason,
      );
    } else if (l.share > 0) {
      // A line several makers share (a custom order's): each gives back her part, in proportion to what she accrued on it.
      const makers = stmt<[number], { a: number; p: number }>(db, `SELECT artisan_id AS a, sum(amount_paise) AS p FROM artisan_ledger WHERE sale_line_id = ? AND kind = 'accrual' GROUP BY artisan_id ORDER BY min(id)`).all(l.row.id);
      const parts = allocate(l.share, makers.map((m) => m.p));
      makers.forEach((m, i) => {
        if (parts[i]! <= 0) return;
        stmt(db, `INSERT INTO artisan_ledger (uid, artisan_id, kind, amount_paise, sale_line_id, ref_type, ref_id, at, user_id, note) VALUES (?, ?, 'reversal', ?, ?, 'sale_return', ?, ?, ?, ?)`).run(
          uuidv7(), m.a, -parts[i]!, l.row.id, uid, at, cashier.id, input.reason,
        );
      });
    }
  });
  if (input.refundMethod === 'cash' && money > 0) {
    stmt(db, `INSERT INTO cash_movements (uid, kind, amount_paise, business_date, at, user_id, ref_type, ref_id) VALUES (?, 'refund', ?, ?, ?, ?, 'sale_return', ?)`).run(
      uuidv7(), -money, date, at, cashier.id, uid,
    );
  }
  return getReturn(db, returnId);
}
