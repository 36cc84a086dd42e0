/** Bills and payout slips in the printing documents' shapes, from the sales and payout ledgers. */
import type { Lang } from '../../shared/money';
import type { PayoutSlip, SaleReceipt } from '../../printing/types';
import { readBilling } from '../billing/handlers';
import type { DB } from '../db/open';
import { payoutSlip } from '../payouts/pay';
import { getSale } from '../sales/read';
import { shopOf, type Doc } from './documents';

export function receiptDoc(db: DB, saleId: number, lang?: Lang): Doc {
  const { shop, lang: shopLang } = shopOf(db);
  const s = getSale(db, saleId);
  const billing = readBilling(db);
  const upiPaid = s.payments.filter((p) => p.method === 'upi').reduce((a, p) => a + p.amountPaise, 0);
  const tendered = s.payments.filter((p) => p.method === 'cash' && p.tenderedPaise !== null).reduce((a, p) => a + (p.tenderedPaise ?? 0), 0);
  const payload: SaleReceipt = {
    shop, lang: lang ?? shopLang, billNo: s.billNo, at: s.at, cashier: s.cashier,
    customer: s.customerName || s.customerPhone ? { name: s.customerName || undefined, phone: s.customerPhone || undefined } : undefined,
    lines: s.lines.map((l) => ({
      nameHi: l.nameHi, nameEn: l.nameEn, qtyMilli: l.qtyMilli, unit: l.unit as SaleReceipt['lines'][number]['unit'], unitPricePaise: l.unitPricePaise,
      discountPaise: l.lineDiscountPaise, lineTotalPaise: l.grossPaise - l.lineDiscountPaise, hsn: l.hsn || undefined, gstRateBps: l.gstRateBps || undefined,
    })),
    subtotalPaise: s.lines.reduce((a, l) => a + l.grossPaise - l.lineDiscountPaise, 0),
    billDiscountPaise: s.lines.reduce((a, l) => a + l.billDiscountPaise, 0),
    taxes: s.invoiceKind === 'tax_invoice' ? s.taxes : undefined,
    totalPaise: s.totalPaise,
    payments: s.payments.map((p) => ({ method: p.method, amountPaise: p.amountPaise, ref: p.ref || undefined })),
    tenderedPaise: tendered || undefined,
    changePaise: s.changePaise || undefined,
    upi: billing.upiVpa && upiPaid > 0 ? { vpa: billing.upiVpa, payeeName: billing.upiPayeeName || shop.name } : undefined,
    upiAmountPaise: upiPaid || undefined,
    returnPolicy: billing.returnPolicy || undefined,
  };
  return { docType: 'receipt', ref: s.billNo, payload };
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
    items: sold.map((e) => ({ nameHi: e.nameHi, nameEn: e.nameEn, soldOn: e.businessDate, billNo: e.billNo ?? '', qtyMilli: e.qtyMilli, pricePaise: e.salePaise, shopSharePaise: e.shopSharePaise, artisanSharePaise: e.amountPaise })),
    salesPaise: sold.reduce((a, e) => a + e.salePaise, 0),
    shopSharePaise: sold.reduce((a, e) => a + e.shopSharePaise, 0),
    artisanSharePaise: sold.reduce((a, e) => a + e.amountPaise, 0),
    // What she was owed apart from the entries this payout settles.
    openingBalancePaise: p.balanceBeforePaise - settled,
    deductions: other.map((e) => ({ reason: e.note || (e.kind === 'reversal' ? `${e.nameHi} / ${e.nameEn} (${e.billNo ?? ''})` : e.kind), amountPaise: e.amountPaise })),
    paidPaise: p.paidPaise, method: p.method, ref: p.ref || undefined, closingBalancePaise: p.balanceAfterPaise,
  };
  return { docType: 'payout_slip', ref: p.payoutNo, payload };
}
