import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BillingSettings } from '../../../../src/shared/api/billing';
import type { PaymentMethod, Sale } from '../../../../src/shared/api/sales';
import type { ApiError } from '../../../../src/shared/errors';
import { call } from '../../api/client';
import { Field } from '../../components/Field';
import { Money } from '../../components/Money';
import { checkoutLines, type Cart } from './cart';
import { ManagerApproval, type Approval, type ApprovalReason } from './ManagerApproval';
import { emptyPayments, METHODS, paymentLines, readPayments, rupeesText, type PaymentDraft } from './payments';
import { UpiQr } from './UpiQr';
import { useSaleError } from './useSaleError';

const APPROVER_ERRORS = new Set(['WRONG_PIN', 'LOCKED_OUT', 'FORBIDDEN']);

/**
 * Taking the money: cash (with change), UPI (the QR for exactly the UPI part, then "received"),
 * card, or a split. Pay sends sales.checkout once per attempt (one requestId until it succeeds).
 */
export function PaymentPanel(props: {
  cart: Cart;
  totalPaise: number;
  billing: BillingSettings | null;
  /** Written on the UPI request before the bill has a number. */
  cartRef: string;
  rid: { get: () => string; done: () => void };
  onBack: () => void;
  onSold: (sale: Sale) => void;
  onError: (e: ApiError | null) => void;
  onPriceChanged: (lineIndex: number, pricePaise: number) => void;
}) {
  const { t } = useTranslation();
  const saleError = useSaleError();
  const rid = props.rid;
  const [draft, setDraft] = useState<PaymentDraft>(() => ({ ...emptyPayments(), cash: { amount: rupeesText(props.totalPaise), tendered: '' } }));
  const [busy, setBusy] = useState(false);
  const [approval, setApproval] = useState<ApprovalReason | null>(null);
  const [payErrors, setPayErrors] = useState<Partial<Record<PaymentMethod, string>>>({});
  const read = readPayments(draft, props.totalPaise);
  const upiPaise = read.amounts.upi ?? 0;

  async function send(a?: Approval): Promise<ApiError | null> {
    const { sent, payments } = paymentLines(draft, props.totalPaise);
    const r = await call('sales.checkout', { requestId: rid.get(), ...checkoutLines(props.cart), payments, ...(a ? { approval: a } : {}) });
    if (r.ok) {
      rid.done();
      props.onError(null);
      props.onSold(r.value);
      return null;
    }
    const e = r.error;
    if (a && APPROVER_ERRORS.has(e.code)) return e;
    const shown = saleError(e);
    setPayErrors(Object.fromEntries(Object.entries(shown.payments).map(([i, m]) => [sent[Number(i)], m])));
    if (e.code === 'APPROVAL_REQUIRED') {
      setApproval((e.details?.reason as ApprovalReason) ?? 'discount');
      return null;
    }
    setApproval(null);
    const f = e.details?.field;
    if (e.code === 'PRICE_CHANGED' && Array.isArray(f) && typeof f[1] === 'number') props.onPriceChanged(f[1], Number(e.details?.pricePaise));
    props.onError(e);
    return null;
  }

  async function pay() {
    if (busy || !read.ready) return;
    setBusy(true);
    setPayErrors({});
    try {
      await send();
    } finally {
      setBusy(false);
    }
  }

  const keys = useRef({ pay, back: props.onBack, approval });
  keys.current = { pay, back: props.onBack, approval };
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (keys.current.approval) return;
      if (e.key === 'F8') {
        e.preventDefault();
        void keys.current.pay();
      } else if (e.key === 'Escape') {
        e.preventDefault();
        keys.current.back();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const set = (patch: (d: PaymentDraft) => PaymentDraft) => setDraft((d) => patch(d));
  const only = (m: PaymentMethod) =>
    set((d) => ({
      cash: { ...d.cash, amount: m === 'cash' ? rupeesText(props.totalPaise) : '' },
      upi: { ...d.upi, amount: m === 'upi' ? rupeesText(props.totalPaise) : '' },
      card: { ...d.card, amount: m === 'card' ? rupeesText(props.totalPaise) : '' },
    }));
  const rest = (m: PaymentMethod) => {
    const others = METHODS.filter((x) => x !== m).reduce((s, x) => s + (read.amounts[x] ?? 0), 0);
    const left = Math.max(0, props.totalPaise - others);
    set((d) => ({ ...d, [m]: { ...d[m], amount: left ? rupeesText(left) : '' } }));
  };
  const amountField = (m: PaymentMethod) => (
    <div className="pay-amount">
      <Field id={`pay-${m}-amount`} label={t('sale.amountRs')} error={read.amounts[m] === null ? t('issues.amount') : payErrors[m]}>
        <input id={`pay-${m}-amount`} inputMode="decimal" autoComplete="off" value={draft[m].amount} data-testid={`pay-${m}-amount`}
          onChange={(e) => { const v = e.target.value; set((d) => ({ ...d, [m]: { ...d[m], amount: v } })); }} />
      </Field>
      <button type="button" className="pay-rest" onClick={() => rest(m)} data-testid={`pay-${m}-rest`}>{t('sale.restHere')}</button>
    </div>
  );

  return (
    <div className="pay-layout" data-testid="payment">
      <div className="pay-methods">
        <div className="row pay-quick">
          {METHODS.map((m) => (
            <button key={m} type="button" className="big" onClick={() => only(m)} data-testid={`pay-all-${m}`}>{t(`sale.all.${m}`)}</button>
          ))}
        </div>
        <fieldset className={`card pay-method ${(read.amounts.cash ?? 0) > 0 ? 'pay-method-on' : ''}`}>
          <legend>{t('sale.method.cash')}</legend>
          {amountField('cash')}
          <Field id="pay-cash-tendered" label={t('sale.tendered')} hint={t('sale.tenderedHint')} error={read.badTendered ? t('issues.tendered_short') : undefined}>
            <input id="pay-cash-tendered" inputMode="decimal" autoComplete="off" value={draft.cash.tendered} data-testid="pay-cash-tendered"
              onChange={(e) => { const v = e.target.value; set((d) => ({ ...d, cash: { ...d.cash, tendered: v } })); }} />
          </Field>
        </fieldset>
        <fieldset className={`card pay-method ${upiPaise > 0 ? 'pay-method-on' : ''}`}>
          <legend>{t('sale.method.upi')}</legend>
          {amountField('upi')}
          <Field id="pay-upi-ref" label={`${t('sale.upiRef')} (${t('common.optional')})`}>
            <input id="pay-upi-ref" autoComplete="off" maxLength={60} value={draft.upi.ref} data-testid="pay-upi-ref"
              onChange={(e) => { const v = e.target.value; set((d) => ({ ...d, upi: { ...d.upi, ref: v } })); }} />
          </Field>
          <label className={draft.upi.received ? 'chip chip-on pay-received' : 'chip pay-received'}>
            <input type="checkbox" checked={draft.upi.received} disabled={upiPaise <= 0} data-testid="pay-upi-received"
              onChange={(e) => { const v = e.target.checked; set((d) => ({ ...d, upi: { ...d.upi, received: v } })); }} />
            {t('sale.upiReceived')}
          </label>
        </fieldset>
        <fieldset className={`card pay-method ${(read.amounts.card ?? 0) > 0 ? 'pay-method-on' : ''}`}>
          <legend>{t('sale.method.card')}</legend>
          {amountField('card')}
          <Field id="pay-card-ref" label={`${t('sale.cardRef')} (${t('common.optional')})`}>
            <input id="pay-card-ref" autoComplete="off" maxLength={60} value={draft.card.ref} data-testid="pay-card-ref"
              onChange={(e) => { const v = e.target.value; set((d) => ({ ...d, card: { ...d.card, ref: v } })); }} />
          </Field>
        </fieldset>
      </div>
      <aside className="pay-side">
        <div className="card total-card">
          <span className="total-label">{t('sale.toPay')}</span>
          <Money paise={props.totalPaise} className="total-amount" />
        </div>
        <div className={`card total-card ${read.remaining === 0 ? 'pay-settled' : 'pay-due'}`} data-testid="pay-remaining">
          <span className="total-label">{read.remaining === 0 ? t('sale.settled') : read.remaining > 0 ? t('sale.remaining') : t('sale.overpaid')}</span>
          <Money paise={Math.abs(read.remaining)} className="pay-big" />
        </div>
        {read.changePaise > 0 ? (
          <div className="card total-card pay-change" data-testid="pay-change">
            <span className="total-label">{t('sale.change')}</span>
            <Money paise={read.changePaise} className="total-amount" />
          </div>
        ) : null}
        {upiPaise > 0 && !draft.upi.received ? <p className="banner banner-info">{t('sale.confirmUpiFirst')}</p> : null}
        <div className="row">
          <button type="button" className="big" onClick={props.onBack} data-testid="pay-back">{t('sale.backToCart')} <kbd>Esc</kbd></button>
          <button type="button" className="primary big" disabled={!read.ready || busy} onClick={() => void pay()} data-testid="pay-submit">
            {busy ? t('sale.paying') : t('sale.finish')} <kbd>F8</kbd>
          </button>
        </div>
        {upiPaise > 0 ? (
          <div className="card pay-upi">
            <h3>{t('sale.scanToPay')}</h3>
            <UpiQr billing={props.billing} amountPaise={upiPaise} note={props.cartRef} testId="upi-qr" />
          </div>
        ) : null}
      </aside>
      {approval ? (
        <ManagerApproval
          reason={approval}
          onCancel={() => setApproval(null)}
          onApprove={async (a) => {
            const e = await send(a);
            return e ? saleError(e).message : null;
          }}
        />
      ) : null}
    </div>
  );
}
