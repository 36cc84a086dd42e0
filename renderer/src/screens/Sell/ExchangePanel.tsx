import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProductRow } from '../../../../src/shared/api';
import type { BillingSettings } from '../../../../src/shared/api/billing';
import type { ExchangeInput, PaymentMethod, Sale, SaleExchange } from '../../../../src/shared/api/sales';
import type { ApiError } from '../../../../src/shared/errors';
import { call } from '../../api/client';
import { Field } from '../../components/Field';
import { Money } from '../../components/Money';
import { pickName, twoNames } from '../Stock/names';
import { formatQty } from '../Stock/qty';
import { addProduct, cartTotals, notSellable, checkoutLines, emptyCart, setLine, type Cart } from './cart';
import { CartTable } from './CartTable';
import { DiscountBox } from './DiscountBox';
import { APPROVER_ERRORS, ManagerApproval, type Approval, type ApprovalReason } from './ManagerApproval';
import { METHODS, emptyPayments, paymentLines, readPayments, rupeesText, type PaymentDraft } from '../../components/payments';
import { PrintReceiptButton } from './PrintReceiptButton';
import { PrintReturnReceiptButton } from './PrintReturnReceiptButton';
import { ProductSearch } from './ProductSearch';
import { Receipt } from './Receipt';
import { useRequestId } from './requestId';
import { UpiQr } from './UpiQr';
import { useSaleError } from './useSaleError';
import { useLookupScanner } from './useScanner';


/** What comes back, as picked on the return screen. */
export interface ExchangeBack {
  lineNo: number;
  nameHi: string;
  nameEn: string;
  qtyMilli: number;
  restock: boolean;
  /** This line's share of the bill for that quantity. */
  valuePaise: number;
}

/** The exchange's errors worded like a sale's: the new items' problems placed on the cart's lines. */
function asCartError(e: ApiError): ApiError {
  const fix = (p: unknown) => (Array.isArray(p) && p[0] === 'newLines' ? ['lines', ...p.slice(1)] : p);
  if (!e.details) return e;
  const d = { ...e.details };
  if (d.field !== undefined) d.field = fix(d.field) as typeof d.field;
  if (d.issues) d.issues = d.issues.map((i) => ({ ...i, path: fix(i.path) as (string | number)[] }));
  return { ...e, details: d };
}

type Notice = { kind: 'api'; error: ApiError } | { kind: 'error' | 'ok'; key: string; values?: Record<string, unknown> };

/**
 * बदले में दूसरा सामान: the goods picked on the return screen come back, new ones go out on a new
 * bill with the goods' value as credit; the customer pays the rest, or the shop refunds it.
 * One sales.exchange per attempt (one requestId until it succeeds).
 */
export function ExchangePanel(props: {
  sale: Sale;
  billing: BillingSettings | null;
  back: ExchangeBack[];
  reason: string;
  onBack: () => void;
  onDone: () => void;
}) {
  const { t, i18n } = useTranslation();
  const saleError = useSaleError();
  const rid = useRequestId();
  const [cart, setCart] = useState<Cart>(() => ({ ...emptyCart(), customerName: props.sale.customerName, customerPhone: props.sale.customerPhone }));
  const [notice, setNotice] = useState<Notice | null>(null);
  const [payMethod, setPayMethod] = useState<PaymentMethod>('cash');
  const [tendered, setTendered] = useState('');
  const [upiReceived, setUpiReceived] = useState(false);
  const [ref, setRef] = useState('');
  const refundMethods: PaymentMethod[] = ['cash', ...(['upi', 'card'] as const).filter((m) => props.sale.payments.some((p) => p.method === m))];
  const [refundMethod, setRefundMethod] = useState<PaymentMethod>('cash');
  const [approval, setApproval] = useState<ApprovalReason | null>(null);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<SaleExchange | null>(null);

  const totals = cartTotals(cart);
  const hasDiscount = totals.lineDiscountPaise + totals.billDiscountPaise > 0;
  const creditPaise = props.back.reduce((s, b) => s + b.valuePaise, 0);
  const diff = totals.totalPaise - creditPaise;
  const owes = Math.max(0, diff);
  const draft: PaymentDraft = {
    ...emptyPayments(),
    cash: { amount: payMethod === 'cash' ? rupeesText(owes) : '', tendered: payMethod === 'cash' ? tendered : '' },
    upi: { amount: payMethod === 'upi' ? rupeesText(owes) : '', received: upiReceived, ref: payMethod === 'upi' ? ref : '' },
    card: { amount: payMethod === 'card' ? rupeesText(owes) : '', ref: payMethod === 'card' ? ref : '' },
  };
  const read = readPayments(draft, owes);
  const err = notice?.kind === 'api' ? saleError(asCartError(notice.error)) : null;
  const ready = totals.ready && (owes === 0 || read.ready) && !busy;

  function change(next: Cart) {
    setCart(next);
    if (notice) setNotice(null);
  }

  function add(p: ProductRow): boolean {
    const refused = notSellable(p);
    if (refused) return setNotice({ kind: 'api', error: { code: refused } }), false;
    setCart((c) => addProduct(c, p));
    setNotice({ kind: 'ok', key: 'sale.added', values: { name: pickName(p, i18n.language) } });
    return true;
  }
  useLookupScanner(add, (code) => setNotice({ kind: 'error', key: 'sale.codeNotFound', values: { code } }), !result && !approval);

  async function send(a?: Approval): Promise<ApiError | null> {
    const { lines, ...rest } = checkoutLines(cart);
    const input: ExchangeInput = {
      requestId: rid.get(), billNo: props.sale.billNo, reason: props.reason,
      returnLines: props.back.map((b) => ({ lineNo: b.lineNo, qtyMilli: b.qtyMilli, restock: b.restock })),
      newLines: lines, ...rest,
      payments: owes > 0 ? paymentLines(draft, owes).payments : [],
      ...(diff < 0 ? { refundMethod } : {}),
      ...(a ? { approval: a } : {}),
    };
    const r = await call('sales.exchange', input);
    if (r.ok) {
      rid.done();
      setResult(r.value);
      setApproval(null);
      setNotice(null);
      return null;
    }
    const e = r.error;
    if (a && APPROVER_ERRORS.has(e.code)) return e;
    if (e.code === 'APPROVAL_REQUIRED') {
      setApproval((e.details?.reason as ApprovalReason) ?? (diff < 0 ? 'refund' : 'discount'));
      return null;
    }
    setApproval(null);
    const f = e.details?.field;
    if (e.code === 'PRICE_CHANGED' && Array.isArray(f) && f[0] === 'newLines' && typeof f[1] === 'number') {
      const i = f[1];
      setCart((c) => setLine(c, i, { pricePaise: Number(e.details?.pricePaise) }));
    }
    setNotice({ kind: 'api', error: e });
    return null;
  }

  async function submit() {
    if (!ready || !cart.lines.length) return;
    setBusy(true);
    try {
      await send();
    } finally {
      setBusy(false);
    }
  }

  if (result) {
    const x = result;
    return (
      <div className="sale-done" data-testid="exchange-result">
        <div className="card total-card sale-done-head">
          <span className="total-label">{t('exchange.done')}</span>
          <dl className="facts">
            <dt>{t('sale.returnNo')}</dt><dd data-testid="exchange-return-no">{x.return.returnNo}</dd>
            <dt>{t('exchange.newBill')}</dt><dd data-testid="exchange-bill-no">{x.sale.billNo}</dd>
            <dt>{t('exchange.credit')}</dt><dd><Money paise={x.creditPaise} /></dd>
            {x.paidPaise > 0 ? (<><dt>{t('exchange.paid')}</dt><dd data-testid="exchange-paid"><Money paise={x.paidPaise} /></dd></>) : null}
            {x.refundPaise > 0 ? (<><dt>{t('exchange.refunded')}</dt><dd data-testid="exchange-refunded"><Money paise={x.refundPaise} /> · {t(`sale.method.${x.return.exchange?.refundMethod ?? 'cash'}`)}</dd></>) : null}
          </dl>
          {x.sale.changePaise > 0 ? (
            <span className="sale-done-change" data-testid="done-change">{t('sale.giveChange')} <Money paise={x.sale.changePaise} className="total-amount" /></span>
          ) : null}
        </div>
        <Receipt
          sale={x.sale}
          billing={props.billing}
          printSlot={<PrintReceiptButton saleId={x.sale.id} />}
          actions={<button type="button" className="primary big" autoFocus onClick={props.onDone} data-testid="exchange-finish">{t('sale.backToCounter')}</button>}
        />
        <PrintReturnReceiptButton returnId={x.return.id} returnNo={x.return.returnNo} />
      </div>
    );
  }

  const banner = notice ? (
    <p className={`banner ${notice.kind === 'ok' ? 'banner-ok' : 'banner-error'}`} role={notice.kind === 'ok' ? 'status' : 'alert'} data-testid="exchange-notice">
      {notice.kind === 'api' ? err?.message : t(notice.key, notice.values ?? {})}
    </p>
  ) : null;

  return (
    <section className="sale-counter exchange" data-testid="exchange-screen">
      <div className="sale-main">
        <h3>{t('exchange.title')} · {props.sale.billNo}</h3>
        <div className="card">
          <h4>{t('exchange.comingBack')}</h4>
          <ul className="return-result-lines" data-testid="exchange-back">
            {props.back.map((b) => (
              <li key={b.lineNo}>
                {twoNames(b, i18n.language)[0]} × {formatQty(b.qtyMilli)} — <Money paise={b.valuePaise} /> · {b.restock ? t('sale.restock') : t('sale.damaged')}
              </li>
            ))}
          </ul>
        </div>
        <h4>{t('exchange.newItems')}</h4>
        <ProductSearch onAdd={add} onNotFound={(code) => setNotice({ kind: 'error', key: 'sale.codeNotFound', values: { code } })} />
        {banner}
        {cart.lines.length ? (
          <CartTable cart={cart} totals={totals} lineErrors={err?.lines ?? {}} onChange={change} />
        ) : (
          <p className="card muted" data-testid="exchange-empty">{t('exchange.addHelp')}</p>
        )}
      </div>
      <aside className="sale-side">
        <div className="card exchange-sums" data-testid="exchange-sums">
          <dl className="facts">
            <dt>{t('exchange.credit')}</dt><dd data-testid="exchange-credit"><Money paise={creditPaise} /></dd>
            {hasDiscount ? (
              <>
                <dt>{t('sale.gross')}</dt><dd><Money paise={totals.grossPaise} /></dd>
                <dt>{t('sale.discount')}</dt><dd data-testid="exchange-discount-total">−<Money paise={totals.lineDiscountPaise + totals.billDiscountPaise} /></dd>
              </>
            ) : null}
            <dt>{t('exchange.newTotal')}</dt><dd data-testid="exchange-new-total"><Money paise={totals.totalPaise} /></dd>
          </dl>
        </div>
        {cart.lines.length ? (
          <div className="card sale-bill-discount" data-testid="exchange-bill-discount-card">
            <Field id="exchange-bill-disc" label={t('sale.billDiscount')} error={!totals.billDiscountOk ? t('issues.discount_too_big') : err?.fields.billDiscount}>
              <DiscountBox id="exchange-bill-disc" label={t('sale.billDiscount')} value={cart.billDiscount} invalid={!totals.billDiscountOk}
                onChange={(d) => change({ ...cart, billDiscount: d })} testId="exchange-bill-discount" />
            </Field>
            {hasDiscount ? (
              <Field id="exchange-disc-reason" label={t('sale.discountReason')} error={err?.fields.discountReason}>
                <input id="exchange-disc-reason" maxLength={200} value={cart.discountReason} onChange={(e) => change({ ...cart, discountReason: e.target.value })} data-testid="exchange-discount-reason" />
              </Field>
            ) : null}
          </div>
        ) : null}
        <div className={`card total-card ${diff > 0 ? 'pay-due' : 'pay-settled'}`} data-testid="exchange-diff">
          <span className="total-label">{diff > 0 ? t('exchange.customerPays') : diff < 0 ? t('exchange.shopRefunds') : t('exchange.even')}</span>
          <Money paise={Math.abs(diff)} className="total-amount" />
        </div>
        {diff > 0 && cart.lines.length ? (
          <div className="card return-form">
            <fieldset className="field plain">
              <legend>{t('exchange.payBy')}</legend>
              <div className="choice">
                {METHODS.map((m) => (
                  <label key={m} className={payMethod === m ? 'chip chip-on' : 'chip'}>
                    <input type="radio" name="exchange-pay" checked={payMethod === m} onChange={() => { setPayMethod(m); setRef(''); }} data-testid={`exchange-pay-${m}`} />
                    {t(`sale.method.${m}`)}
                  </label>
                ))}
              </div>
            </fieldset>
            {payMethod === 'cash' ? (
              <Field id="exchange-tendered" label={t('sale.tendered')} hint={t('sale.tenderedHint')} error={read.badTendered ? t('issues.tendered_short') : undefined}>
                <input id="exchange-tendered" inputMode="decimal" autoComplete="off" value={tendered} onChange={(e) => setTendered(e.target.value)} data-testid="exchange-tendered" />
              </Field>
            ) : (
              <Field id="exchange-ref" label={`${t(payMethod === 'upi' ? 'sale.upiRef' : 'sale.cardRef')} (${t('common.optional')})`}>
                <input id="exchange-ref" autoComplete="off" maxLength={60} value={ref} onChange={(e) => setRef(e.target.value)} data-testid="exchange-ref" />
              </Field>
            )}
            {read.changePaise > 0 ? (
              <p className="banner banner-info" data-testid="exchange-change">{t('sale.change')}: <Money paise={read.changePaise} /></p>
            ) : null}
            {payMethod === 'upi' ? (
              <>
                <label className={upiReceived ? 'chip chip-on pay-received' : 'chip pay-received'}>
                  <input type="checkbox" checked={upiReceived} onChange={(e) => setUpiReceived(e.target.checked)} data-testid="exchange-upi-received" />
                  {t('sale.upiReceived')}
                </label>
                <div className="pay-upi">
                  <h4>{t('sale.scanToPay')}</h4>
                  <UpiQr billing={props.billing} amountPaise={owes} note={`${props.billing?.billPrefix || 'HH'}-${rid.get().slice(-8).toUpperCase()}`} testId="exchange-upi-qr" />
                </div>
              </>
            ) : null}
          </div>
        ) : null}
        {diff < 0 ? (
          <div className="card return-form">
            <fieldset className="field plain">
              <legend>{t('sale.refundBy')}</legend>
              <div className="choice">
                {refundMethods.map((m) => (
                  <label key={m} className={refundMethod === m ? 'chip chip-on' : 'chip'}>
                    <input type="radio" name="exchange-refund" checked={refundMethod === m} onChange={() => setRefundMethod(m)} data-testid={`exchange-refund-${m}`} />
                    {t(`sale.method.${m}`)}
                  </label>
                ))}
              </div>
            </fieldset>
          </div>
        ) : null}
        <button type="button" className="primary big sale-pay-btn" disabled={!ready || !cart.lines.length} onClick={() => void submit()} data-testid="exchange-submit">
          {t('exchange.submit')}
        </button>
        <button type="button" className="big" onClick={props.onBack} data-testid="exchange-back-btn">{t('exchange.backToReturn')}</button>
      </aside>
      {approval ? (
        <ManagerApproval reason={approval} onCancel={() => setApproval(null)} onApprove={async (a) => {
          const e = await send(a);
          return e ? saleError(e).message : null;
        }} />
      ) : null}
    </section>
  );
}
