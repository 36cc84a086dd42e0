import type { PaymentMethod, Sale, SaleLine, SalePayment, SaleReturn } from '../../shared/api/sales';
import { AppError } from '../../shared/errors';
import type { DB } from '../db/open';
import { stmt } from '../db/stmt';

interface SaleRow {
  id: number; uid: string; bill_no: string; at: string; business_date: string; invoice_kind: Sale['invoiceKind']; cashier: string;
  approver: string | null; customer_name: string; customer_phone: string; gross_paise: number; discount_paise: number; total_paise: number; tax_paise: number;
}
interface LineRow {
  line_no: number; product_id: number; sku: string; name_hi: string; name_en: string; hsn: string; unit: string; qty_milli: number; list_price_paise: number; unit_price_paise: number;
  gross_paise: number; line_discount_paise: number; bill_discount_paise: number; net_paise: number; gst_rate_bps: number; taxable_paise: number;
  cgst_paise: number; sgst_paise: number; artisan_id: number | null; artisan_share_paise: number; returned_milli: number;
}

export function saleIdByBillNo(db: DB, billNo: string): number | null {
  return stmt<[string], { id: number }>(db, 'SELECT id FROM sales WHERE bill_no = ?').get(billNo)?.id ?? null;
}

/** The bill's GST summary: taxable value and tax per rate (lines without GST left out). */
export function taxesByRate(lines: SaleLine[]): Sale['taxes'] {
  const byRate = new Map<number, Sale['taxes'][number]>();
  for (const l of lines) {
    if (l.gstRateBps === 0 && l.cgstPaise === 0) continue;
    const t = byRate.get(l.gstRateBps) ?? { rateBps: l.gstRateBps, taxablePaise: 0, cgstPaise: 0, sgstPaise: 0 };
    t.taxablePaise += l.taxablePaise;
    t.cgstPaise += l.cgstPaise;
    t.sgstPaise += l.sgstPaise;
    byRate.set(l.gstRateBps, t);
  }
  return [...byRate.values()].sort((a, b) => a.rateBps - b.rateBps);
}

/** A sale as the bill shows it, with the GST summary per rate. */
export function getSale(db: DB, id: number): Sale {
  const s = stmt<[number], SaleRow>(
    db,
    `SELECT s.*, u.name AS cashier, a.name AS approver FROM sales s JOIN users u ON u.id = s.user_id
       LEFT JOIN users a ON a.id = s.approved_by WHERE s.id = ?`,
  ).get(id);
  if (!s) throw new AppError('NOT_FOUND', { what: 'sale', id });
  const lines = stmt<[number], LineRow>(
    db,
    `SELECT l.*, p.sku, (SELECT COALESCE(sum(r.qty_milli), 0) FROM sale_return_lines r WHERE r.sale_line_id = l.id) AS returned_milli
       FROM sale_lines l JOIN products p ON p.id = l.product_id WHERE sale_id = ? ORDER BY line_no`,
  ).all(id).map(
    (l): SaleLine & { returnedMilli: number } => ({
      lineNo: l.line_no, productId: l.product_id, sku: l.sku, nameHi: l.name_hi, nameEn: l.name_en, hsn: l.hsn, unit: l.unit, qtyMilli: l.qty_milli,
      listPricePaise: l.list_price_paise, unitPricePaise: l.unit_price_paise, grossPaise: l.gross_paise, lineDiscountPaise: l.line_discount_paise, billDiscountPaise: l.bill_discount_paise,
      netPaise: l.net_paise, gstRateBps: l.gst_rate_bps, taxablePaise: l.taxable_paise, cgstPaise: l.cgst_paise, sgstPaise: l.sgst_paise,
      artisanId: l.artisan_id, artisanSharePaise: l.artisan_share_paise, returnedMilli: l.returned_milli,
    }),
  );
  const payments = stmt<[number], { method: SalePayment['method']; amount_paise: number; tendered_paise: number | null; change_paise: number; ref: string }>(
    db,
    'SELECT * FROM sale_payments WHERE sale_id = ? ORDER BY id',
  ).all(id).map((p): SalePayment => ({ method: p.method, amountPaise: p.amount_paise, tenderedPaise: p.tendered_paise, changePaise: p.change_paise, ref: p.ref }));
  const exchange = stmt<[number], { bill_no: string; return_no: string; credit_paise: number }>(
    db,
    `SELECT o.bill_no, r.return_no, x.credit_paise FROM sale_exchanges x JOIN sale_returns r ON r.id = x.return_id
       JOIN sales o ON o.id = r.sale_id WHERE x.sale_id = ?`,
  ).get(id);
  const returns = stmt<[number], { id: number; return_no: string; at: string; refund_paise: number }>(
    db,
    'SELECT id, return_no, at, refund_paise FROM sale_returns WHERE sale_id = ? ORDER BY id',
  ).all(id).map((r) => ({ id: r.id, returnNo: r.return_no, at: r.at, refundPaise: r.refund_paise }));
  return {
    ...(returns.length ? { returns } : {}),
    ...(exchange ? { exchangeCredit: { billNo: exchange.bill_no, returnNo: exchange.return_no, creditPaise: exchange.credit_paise } } : {}),
    id: s.id, uid: s.uid, billNo: s.bill_no, at: s.at, businessDate: s.business_date, invoiceKind: s.invoice_kind, cashier: s.cashier, approvedBy: s.approver,
    customerName: s.customer_name, customerPhone: s.customer_phone, grossPaise: s.gross_paise, discountPaise: s.discount_paise, totalPaise: s.total_paise,
    taxPaise: s.tax_paise, lines, payments, changePaise: payments.reduce((c, p) => c + p.changePaise, 0), taxes: taxesByRate(lines),
  };
}

export function returnIdByNo(db: DB, returnNo: string): number | null {
  return stmt<[string], { id: number }>(db, 'SELECT id FROM sale_returns WHERE return_no = ?').get(returnNo)?.id ?? null;
}

/** A past return as its slip shows it; on an exchange, how its value was settled. */
export function getReturn(db: DB, id: number): SaleReturn {
  const r = stmt<[number], { id: number; return_no: string; bill_no: string; at: string; refund_method: PaymentMethod; refund_paise: number; reason: string; cashier: string; approver: string | null }>(
    db,
    `SELECT r.*, s.bill_no, u.name AS cashier, a.name AS approver FROM sale_returns r JOIN sales s ON s.id = r.sale_id JOIN users u ON u.id = r.user_id
       LEFT JOIN users a ON a.id = r.approved_by WHERE r.id = ?`,
  ).get(id);
  if (!r) throw new AppError('NOT_FOUND', { what: 'saleReturn', id });
  const lines = stmt<[number], { line_no: number; name_hi: string; name_en: string; qty_milli: number; refund_paise: number; restocked: number }>(
    db,
    `SELECT l.line_no, l.name_hi, l.name_en, rl.qty_milli, rl.refund_paise, rl.restocked FROM sale_return_lines rl
       JOIN sale_lines l ON l.id = rl.sale_line_id WHERE rl.return_id = ? ORDER BY rl.id`,
  ).all(id);
  const x = stmt<[number], { bill_no: string; credit_paise: number; refund_paise: number; refund_method: PaymentMethod | null }>(
    db,
    'SELECT s.bill_no, x.credit_paise, x.refund_paise, x.refund_method FROM sale_exchanges x JOIN sales s ON s.id = x.sale_id WHERE x.return_id = ?',
  ).get(id);
  return {
    id: r.id, returnNo: r.return_no, billNo: r.bill_no, at: r.at, refundMethod: r.refund_method, refundPaise: r.refund_paise, reason: r.reason,
    cashier: r.cashier, approvedBy: r.approver,
    lines: lines.map((l) => ({ lineNo: l.line_no, nameHi: l.name_hi, nameEn: l.name_en, qtyMilli: l.qty_milli, refundPaise: l.refund_paise, restocked: l.restocked === 1 })),
    ...(x ? { exchange: { billNo: x.bill_no, creditPaise: x.credit_paise, refundPaise: x.refund_paise, refundMethod: x.refund_method } } : {}),
  };
}
