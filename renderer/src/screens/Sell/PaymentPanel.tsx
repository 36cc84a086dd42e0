import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BillingSettings } from '../../../../src/shared/api/billing';
import type { PaymentMethod, Sale } from '../../../../src/shared/api/sales';
import type { ApiError } from '../../../../src/shared/errors';
import { call } from '../../api/client';
import { PaymentMethodFields, PaymentStatus } from '../../components/PaymentFields';
import { checkoutLines, type Cart } from './cart';
import { APPROVER_ERRORS, ManagerApproval, type Approval, type ApprovalReason } from './ManagerApproval';
import { emptyPayments, paymentLines, readPayments, rupeesText, type PaymentDraft } from '../../components/payments';
import { UpiQr } from './UpiQr';
import { useSaleError } from './useSaleError';


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

  return (
    <div className="pay-layout" data-testid="payment">
      <PaymentMethodFields draft={draft} onDraft={(patch) => setDraft((d) => patch(d))} totalPaise={props.totalPaise} errors={payErrors} />
      <aside className="pay-side">
        <PaymentStatus totalPaise={props.totalPaise} draft={draft} />
        <div className="row">
          <button type="button" className="big" onClick={props.onBack} data-testid="pay-back">{t('sale.backToCart')} <kbd>{t('common.keyEsc')}</kbd></button>
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
