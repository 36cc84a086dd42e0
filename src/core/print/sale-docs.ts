/** Bills and payout slips in the printing documents' shapes, from the sales and payout ledgers. */
import { formatINR, type Lang } from '../../shared/money';
import type { PayoutSlip, ReturnReceipt, SaleReceipt } from '../../printing/types';
import { readBilling } from '../billing/handlers';
import type { DB } from '../db/open';
import { payoutSlip } from '../payouts/pay';
import { getReturn, getSale } from '../sales/read';
import { openWorkLines } from './order-docs';
import { shopOf, type Doc } from './documents';

export function receiptDoc(db: DB, saleId: number, lang?: Lang): Doc {
  const { shop, lang: shopLang } = shopOf(db);
  const s = getSale(db, saleId);
  const billing = readBilling(db);
  // A recorded sale is settled at checkout: what is still owed is normally nothing, so its bill
  // says what was received by UPI and carries no scan-to-pay QR (a customer who scanned it would pay twice).
  const paid = s.payments.reduce((a, p) => a + p.amountPaise, 0);
  const due = Math.max(0, s.totalPaise - (s.exchangeCredit?.creditPaise ?? 0) - paid);
  const tendered = s.payments.filter((p) => p.method === 'cash' && p.tenderedPaise !== null).reduce((a, p) => a + (p.tenderedPaise ?? 0), 0);
  const payload: SaleReceipt = {
    shop, lang: lang ?? shopLang, billNo: s.billNo, at: s.at, cashier: s.cashier,
    customer: s.customerName || s.customerPhone ? { name: s.customerName || undefined, phone: s.customerPhone || undefined } : undefined,
    lines: s.lines.map((l) => ({
      nameHi: l.nameHi, nameEn: l.nameEn, qtyMilli: l.qtyMilli, unit: l.unit as SaleReceipt['lines'][number]['unit'], unitPricePaise: l.unitPricePaise,
      ...(l.listPricePaise !== l.unitPricePaise ? { listPricePaise: l.listPricePaise } : {}), discountPaise: l.lineDiscountPaise, lineTotalPaise: l.grossPaise - l.lineDiscountPaise, hsn: l.hsn || undefined, gstRateBps: l.gstRateBps || undefined,
    })),
    subtotalPaise: s.lines.reduce((a, l) => a + l.grossPaise - l.lineDiscountPaise, 0),
    billDiscountPaise: s.lines.reduce((a, l) => a + l.billDiscountPaise, 0),
    taxes: s.invoiceKind === 'tax_invoice' ? s.taxes : undefined,
    totalPaise: s.totalPaise,
    payments: s.payments.map((p) => ({ method: p.method, amountPaise: p.amountPaise, ref: p.ref || undefined })),
    tenderedPaise: tendered || undefined,
    changePaise: s.changePaise || undefined,
    upi: billing.upiVpa && due > 0 ? { vpa: billing.upiVpa, payeeName: billing.upiPayeeName || shop.name, limitPaise: billing.upiLimitPaise } : undefined,
    upiDuePaise: due,
    returnPolicy: billing.returnPolicy || undefined,
    exchangeCredit: s.exchangeCredit ? { billNo: s.exchangeCredit.billNo, returnNo: s.exchangeCredit.returnNo, amountPaise: s.exchangeCredit.creditPaise } : undefined,
  };
  return { docType: 'receipt', ref: s.billNo, payload };
}

/**
 * 'percent:2000:split' -> 'दुकान 20% · छूट दोनों से / shop 20% · discount shared'; a rental's
 * 'percent:2000:rent' -> 'दुकान 20% · किराया / shop 20% · rent'; 'full:0:damage' -> her piece's damage, all hers.
 */
export function ruleWords(rule: string): string | undefined {
  const [kind, amount, what] = rule.split(':');
  if (!kind || amount === undefined) return undefined;
  if (kind === 'full') return 'नुकसान, पूरा कारीगर का / damage, all hers';
  if (kind === 'order') {
    const parts = amount.split('+').map((b) => `${Number(b) / 100}%`).join(' + ');
    return `ऑर्डर, कारीगर हिस्सा ${parts} / custom order, makers' share ${parts}`;
  }
  const share = kind === 'fixed' ? `तय ${formatINR(Number(amount), 'hi')}/नग / fixed ${formatINR(Number(amount), 'en')} each` : `दुकान ${Number(amount) / 100}% / shop ${Number(amount) / 100}%`;
  const words: Record<string, string> = { shop: 'छूट दुकान से / discount from shop', rent: 'किराया / rent', late_fee: 'देर शुल्क / late fee' };
  return `${share} · ${words[what ?? ''] ?? 'छूट दोनों से / discount shared'}`;
}

export function payoutDoc(db: DB, payoutId: number, lang?: Lang): Doc {
  const { shop, lang: shopLang } = shopOf(db);
  const p = payoutSlip(db, payoutId);
  const sold = p.items.filter((e) => e.kind === 'accrual');
  const other = p.items.filter((e) => e.kind !== 'accrual');
  const settled = p.items.reduce((a, e) => a + e.amountPaise, 0);
  const payload: PayoutSlip = {
    shop, lang: lang ?? shopLang, payoutNo: p.payoutNo, at: p.at, paidBy: p.paidBy,
    artisan: { nameHi: p.artisan.nameHi, nameEn: p.artisan.nameEn, village: p.artisan.village || undefined, phone: p.artisan.phone || undefined },
    periodFrom: p.periodFrom, periodTo: p.periodTo,
    items: sold.map((e) => ({ nameHi: e.nameHi, nameEn: e.nameEn, soldOn: e.businessDate, billNo: e.billNo ?? '', qtyMilli: e.qtyMilli, pricePaise: e.salePaise, shopSharePaise: e.shopSharePaise, artisanSharePaise: e.amountPaise, rule: ruleWords(e.shareRule) })),
    salesPaise: sold.reduce((a, e) => a + e.salePaise, 0),
    shopSharePaise: sold.reduce((a, e) => a + e.shopSharePaise, 0),
    artisanSharePaise: sold.reduce((a, e) => a + e.amountPaise, 0),
    // What she was owed apart from the entries this payout settles.
    openingBalancePaise: p.balanceBeforePaise - settled,
    deductions: other.map((e) => ({ reason: e.note || (e.kind === 'reversal' ? `${e.nameHi} / ${e.nameEn} (${e.billNo ?? ''})` : e.kind), amountPaise: e.amountPaise })),
    paidPaise: p.paidPaise, method: p.method, ref: p.ref || undefined, closingBalancePaise: p.balanceAfterPaise,
  };
  const work = openWorkLines(db, p.artisan.id, p.periodTo);
  if (work.length) payload.openWork = work;
  return { docType: 'payout_slip', ref: p.payoutNo, payload };
}

/** A return (or the return half of an exchange) as its printed slip. */
export function returnReceiptDoc(db: DB, returnId: number, lang?: Lang): Doc {
  const { shop, lang: shopLang } = shopOf(db);
  const r = getReturn(db, returnId);
  const money = r.exchange ? r.exchange.refundPaise : r.refundPaise;
  const method = r.exchange ? (r.exchange.refundMethod ?? undefined) : r.refundMethod;
  const payload: ReturnReceipt = {
    shop, lang: lang ?? shopLang, returnNo: r.returnNo, billNo: r.billNo, at: r.at, cashier: r.cashier, approvedBy: r.approvedBy ?? undefined,
    lines: r.lines.map((l) => ({ nameHi: l.nameHi, nameEn: l.nameEn, qtyMilli: l.qtyMilli, refundPaise: l.refundPaise, restocked: l.restocked })),
    totalPaise: r.refundPaise, refundPaise: money, refundMethod: method,
    exchange: r.exchange ? { billNo: r.exchange.billNo, creditPaise: r.exchange.creditPaise } : undefined,
    reason: r.reason,
  };
  return { docType: 'return_receipt', ref: r.returnNo, payload };
}
