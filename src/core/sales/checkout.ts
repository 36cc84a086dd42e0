import { uuidv7 } from '../uuid';
import type { Role, SessionUser } from '../../shared/api';
import type { Unit } from '../../shared/api/products';
import type { CheckoutInput, Sale, SaleLine } from '../../shared/api/sales';
import { AppError } from '../../shared/errors';
import { applyBps } from '../../shared/money';
import type { DB } from '../db/open';
import { stmt } from '../db/stmt';
import { tradingDay } from '../shop-day';
import { checkPin } from '../session/check-pin';
import { recordMovement } from '../stock/ledger';
import { priceBill } from './pricing';
import { nextBillNo } from './bill-number';
import { drawer, exactPayments } from './payments';
import { noteStockWarning, offlineBill } from './offline';
import { copyRowId } from '../lan/copy-ids';
import { taxesByRate } from './read';

interface ShopRow { time_zone: string; gstin: string; bill_prefix: string; counter_code: string; cashier_discount_limit_bps: number }
interface ProductRow {
  id: number; sku: string; name_hi: string; name_en: string; hsn: string; unit: Unit; price_paise: number; gst_rate_bps: number;
  status: 'active' | 'archived'; for_sale: number; artisan_id: number | null; commission_bps: number | null; artisan_commission_bps: number | null;
  artisan_fixed_paise: number | null; discount_rule: 'split' | 'shop';
}

export const isManager = (role: Role) => role === 'manager' || role === 'owner';

/** How her part of a line was worked out, kept with the line for her slip: 'percent:2500:split', 'fixed:15000:shop'. */
function shareRule(p: ProductRow, commission: number | null): string {
  if (p.artisan_id === null) return '';
  return p.artisan_fixed_paise !== null ? `fixed:${p.artisan_fixed_paise}:${p.discount_rule}` : `percent:${commission ?? 0}:${p.discount_rule}`;
}

/** A manager's PIN, checked before anything is written (a wrong PIN then commits only its count). */
export function approverOf(db: DB, input: Pick<CheckoutInput, 'approval'>, now: Date): SessionUser | null {
  if (!input.approval) return null;
  const u = checkPin(db, input.approval.userId, input.approval.pin, now, 'approval');
  if (!isManager(u.role)) throw new AppError('FORBIDDEN', { field: ['approval', 'userId'], reason: 'approver' });
  return u;
}

/**
 * Ring up one sale in the caller's transaction: sale, lines, payments, stock movements, each
 * artisan's share and the cash drawer, or (on any error) nothing at all.
 */
export interface CheckoutOptions {
  /** The manager's approval, already checked by the caller (an exchange checks the PIN once). */
  approver?: SessionUser | null;
  /**
   * Value already paid by goods returned in an exchange: up to this much of the total counts as
   * paid, and the payments cover the rest (min(credit, total) is the credit used).
   */
  creditPaise?: number;
  /** A custom order's delivery: its unit prices were agreed when it was ordered, so a price other than the shelf's needs no PIN now. */
  agreedPrices?: boolean;
  /**
   * A custom order's makers by line (undefined: the product's own share rule): each gets her
   * share (basis points) of the line's value before GST, instead of the product's rule.
   */
  makers?: (readonly { artisanId: number; shareBps: number }[] | undefined)[];
}

/** Each maker's part of a line's taxable value (the one rounding rule, a maker at a time). */
export function makerShares(taxablePaise: number, makers: readonly { artisanId: number; shareBps: number }[]): { artisanId: number; sharePaise: number }[] {
  return makers.map((m) => ({ artisanId: m.artisanId, sharePaise: applyBps(taxablePaise, m.shareBps) }));
}

export function checkout(db: DB, input: CheckoutInput, cashier: SessionUser, now: Date, opts: CheckoutOptions = {}): Sale {
  const shop = stmt<[], ShopRow>(db, 'SELECT time_zone, gstin, bill_prefix, counter_code, cashier_discount_limit_bps FROM shop_settings WHERE id = 1').get();
  if (!shop) throw new AppError('NOT_SET_UP');
  // A bill sold offline at a joined counter is recorded as it was sold (src/core/sales/offline.ts).
  const offline = input.offline ? offlineBill(db, input.offline, cashier, shop.bill_prefix, now) : null;
  const approver = opts.approver !== undefined ? opts.approver : input.approval || !offline ? approverOf(db, input, now) : offline.approver;
  const allowed = isManager(cashier.role) || approver !== null || offline !== null;
  // The shelf price of each line: the shop's now, or the one the offline receipt was priced at.
  const shelf = (i: number, p: ProductRow) => (offline ? input.lines[i]!.expectedPricePaise : p.price_paise);

  // Every line's product with its stock in one query (it was two a line: this one and recordMovement's),
  // only the columns used (p.* decoded 23 of them, photos' paths and all).
  const byId = new Map(
    stmt<[string], ProductRow & { on_hand: number }>(
      db,
      `SELECT p.id, p.sku, p.name_hi, p.name_en, p.hsn, p.unit, p.price_paise, p.gst_rate_bps, p.status, p.for_sale, p.artisan_id, p.commission_bps,
              p.artisan_fixed_paise, p.discount_rule, a.commission_bps AS artisan_commission_bps, COALESCE(s.qty_milli, 0) AS on_hand
         FROM products p LEFT JOIN artisans a ON a.id = p.artisan_id LEFT JOIN stock_on_hand s ON s.product_id = p.id
        WHERE p.id IN (SELECT value FROM json_each(?))`,
    )
      .all(JSON.stringify(input.lines.map((l) => l.productId)))
      .map((p) => [p.id, p]),
  );
  const products = input.lines.map((l, i) => {
    const p = byId.get(l.productId);
    const field = ['lines', i, 'productId'];
    if (!p) throw new AppError('NOT_FOUND', { what: 'product', field, id: l.productId });
    if (offline) return p; // sold and gone: archived since, or repriced, it is still what she bought
    if (p.status !== 'active') throw new AppError('PRODUCT_ARCHIVED', { field, id: p.id, sku: p.sku });
    if (p.for_sale !== 1) throw new AppError('NOT_FOR_SALE', { field, id: p.id, sku: p.sku });
    // The server's price wins: a cart priced before an edit is refused, and the cashier told.
    if (l.expectedPricePaise !== p.price_paise) throw new AppError('PRICE_CHANGED', { field: ['lines', i, 'expectedPricePaise'], id: p.id, sku: p.sku, pricePaise: p.price_paise });
    if (l.priceOverridePaise !== undefined && l.priceOverridePaise !== p.price_paise && !allowed && !opts.agreedPrices) {
      throw new AppError('APPROVAL_REQUIRED', { reason: 'priceOverride', field: ['lines', i, 'priceOverridePaise'] });
    }
    return p;
  });

  const gstOn = shop.gstin !== '';
  const bill = priceBill(
    input.lines.map((l, i) => {
      const p = products[i]!;
      return {
        qtyMilli: l.qtyMilli,
        unitPricePaise: l.priceOverridePaise ?? shelf(i, p),
        discount: l.discount,
        gstRateBps: p.gst_rate_bps,
        commissionBps: p.artisan_id === null ? null : (p.commission_bps ?? p.artisan_commission_bps ?? 0),
        artisanFixedPaise: p.artisan_fixed_paise,
        discountRule: p.discount_rule,
      };
    }),
    input.billDiscount,
    gstOn,
  );
  // Discounts beyond the manager's limit need a manager (present, or her PIN).
  if (!allowed && bill.discountPaise * 10_000 > shop.cashier_discount_limit_bps * bill.grossPaise) {
    throw new AppError('APPROVAL_REQUIRED', { reason: 'discount', limitBps: shop.cashier_discount_limit_bps, field: 'billDiscount' });
  }

  const credit = Math.min(opts.creditPaise ?? 0, bill.totalPaise);
  const payments = exactPayments(input.payments, bill.totalPaise - credit, { totalPaise: bill.totalPaise, ...(credit ? { creditPaise: credit } : {}) });

  // A closed day takes no more bills: they go to the next shop day (tradingDay).
  const soldAt = offline?.at ?? now;
  const date = tradingDay(db, soldAt, shop.time_zone);
  const at = soldAt.toISOString();
  const counter = cashier.counter ?? shop.counter_code; // a paired counter bills in its own series
  const { billNo, fy, seq } = offline ?? nextBillNo(db, shop.bill_prefix, counter, date);
  const uid = uuidv7();
  const saleId = Number(
    stmt(
      db,
      `INSERT INTO sales (id, uid, bill_no, counter_code, fy, seq, at, business_date, user_id, approved_by, invoice_kind, gstin, customer_name,
         customer_phone, discount_reason, gross_paise, discount_paise, total_paise, tax_paise)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      offline ? copyRowId(db, 'sales') : null, // in a joined counter's offline copy, an id the main counter never gives
      uid, billNo, counter, fy, seq, at, date, cashier.id, approver?.id ?? null, gstOn ? 'tax_invoice' : 'bill_of_supply', shop.gstin,
      input.customerName, input.customerPhone, input.discountReason, bill.grossPaise, bill.discountPaise, bill.totalPaise, bill.taxPaise,
    ).lastInsertRowid,
  );

  const lines = bill.lines.map((priced, i): SaleLine & { returnedMilli: number } => {
    const l = input.lines[i]!;
    const p = products[i]!;
    let b = priced;
    const lineUid = uuidv7();
    const makers = opts.makers?.[i]?.length ? makerShares(b.taxablePaise, opts.makers[i]!) : null;
    if (makers) b = { ...b, artisanSharePaise: makers.reduce((a, x) => a + x.sharePaise, 0) };
    // One maker reads as her sale line; several share a line that names none (each has her accrual).
    const artisanId = makers ? (makers.length === 1 ? makers[0]!.artisanId : null) : p.artisan_id;
    const commission = makers ? null : p.artisan_id === null ? null : (p.commission_bps ?? p.artisan_commission_bps ?? 0);
    const rule = makers ? `order:${opts.makers![i]!.map((m) => m.shareBps).join('+')}` : shareRule(p, commission);
    const line = {
      lineNo: i + 1, productId: p.id, sku: p.sku, nameHi: p.name_hi, nameEn: p.name_en, hsn: p.hsn, unit: p.unit, qtyMilli: l.qtyMilli,
      listPricePaise: shelf(i, p), unitPricePaise: l.priceOverridePaise ?? shelf(i, p), grossPaise: b.grossPaise, lineDiscountPaise: b.lineDiscountPaise,
      billDiscountPaise: b.billDiscountPaise, netPaise: b.netPaise, gstRateBps: gstOn ? p.gst_rate_bps : 0, taxablePaise: b.taxablePaise, cgstPaise: b.cgstPaise,
      sgstPaise: b.sgstPaise, artisanId, artisanSharePaise: b.artisanSharePaise, returnedMilli: 0,
    };
    const lineId = Number(
      stmt(
        db,
        `INSERT INTO sale_lines (uid, sale_id, line_no, product_id, name_hi, name_en, hsn, unit, qty_milli, list_price_paise, unit_price_paise,
           gross_paise, line_discount_paise, bill_discount_paise, net_paise, gst_rate_bps, taxable_paise, cgst_paise, sgst_paise,
           artisan_id, commission_bps, artisan_share_paise, share_rule)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        lineUid, saleId, line.lineNo, p.id, line.nameHi, line.nameEn, line.hsn, line.unit, line.qtyMilli, line.listPricePaise, line.unitPricePaise,
        b.grossPaise, b.lineDiscountPaise, b.billDiscountPaise, b.netPaise, line.gstRateBps, b.taxablePaise, b.cgstPaise, b.sgstPaise,
        artisanId, commission, b.artisanSharePaise, rule,
      ).lastInsertRowid,
    );
    // The row read above, its on_hand kept current when two lines sell the same product.
    const moved = recordMovement(db, {
      productId: p.id, qtyMilli: -l.qtyMilli, kind: 'sale', unitPricePaise: line.unitPricePaise, userId: cashier.id, at: soldAt,
      reason: 'sale', reference: billNo, refType: 'sale', refId: uid, path: ['lines', i, 'qtyMilli'], stock: p, allowNegative: offline !== null,
    });
    p.on_hand = moved.onHandMilli;
    if (offline) noteStockWarning(db, saleId, p.id, moved.onHandMilli, at);
    const accruals = makers ?? (p.artisan_id !== null ? [{ artisanId: p.artisan_id, sharePaise: b.artisanSharePaise }] : []);
    for (const a of accruals) {
      if (a.sharePaise <= 0) continue;
      stmt(db, `INSERT INTO artisan_ledger (uid, artisan_id, kind, amount_paise, sale_line_id, ref_type, ref_id, at, user_id) VALUES (?, ?, 'accrual', ?, ?, 'sale', ?, ?, ?)`).run(
        uuidv7(), a.artisanId, a.sharePaise, lineId, uid, at, cashier.id,
      );
    }
    return line;
  });

  for (const p of payments) {
    stmt(db, 'INSERT INTO sale_payments (uid, sale_id, method, amount_paise, tendered_paise, change_paise, ref) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
      uuidv7(), saleId, p.method, p.amountPaise, p.tenderedPaise ?? null, p.changePaise, p.ref,
    );
  }
  const cash = payments.filter((p) => p.method === 'cash').reduce((s, p) => s + p.amountPaise, 0);
  drawer(db, { kind: 'sale', amountPaise: cash, businessDate: date, at, userId: cashier.id, refType: 'sale', refId: uid });
  // The sale as sales.get would read it back, from what was just written (a new sale has
  // nothing returned and no exchange row yet): reading it back cost 4 queries a sale.
  const salePayments = payments.map((p) => ({ method: p.method, amountPaise: p.amountPaise, tenderedPaise: p.tenderedPaise ?? null, changePaise: p.changePaise, ref: p.ref }));
  return {
    id: saleId, uid, billNo, at, businessDate: date, invoiceKind: gstOn ? 'tax_invoice' : 'bill_of_supply', cashier: cashier.name, approvedBy: approver?.name ?? null,
    customerName: input.customerName, customerPhone: input.customerPhone, grossPaise: bill.grossPaise, discountPaise: bill.discountPaise, totalPaise: bill.totalPaise,
    taxPaise: bill.taxPaise, lines, payments: salePayments, changePaise: salePayments.reduce((c, p) => c + p.changePaise, 0), taxes: taxesByRate(lines),
  };
}
