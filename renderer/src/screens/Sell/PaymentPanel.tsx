import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BillingSettings } from '../../../../src/shared/api/billing';
import type { PaymentMethod, Sale } from '../../../../src/shared/api/sales';
import type { ApiError } from '../../../../src/shared/errors';
import { call } from '../../api/client';
import { focusQuietly } from '../../components/focusQuietly';
import { CardConfirm, PaymentMethodFields, PaymentStatus, UpiConfirm, UpiLimitOffer } from '../../components/PaymentFields';
import { checkoutLines, type Cart } from './cart';
import { APPROVER_ERRORS, ManagerApproval, type Approval, type ApprovalReason } from './ManagerApproval';
import { emptyPayments, paymentLines, readPayments, rupeesText, type PaymentDraft, type ReadOptions } from '../../components/payments';
import { UpiQr } from './UpiQr';
import { useSaleError } from './useSaleError';


/**
 * Taking the money: cash (with change), UPI (the QR for exactly the UPI part, then "received"),
 * card, or a split, on one screen with the QR in view. Typing one method's amount puts the rest
 * on the other; confirming the last non-cash part finishes the sale when nothing else is owed.
 * Pay sends sales.checkout once per attempt (one requestId until it succeeds).
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
  /** The method the bill starts on (the cart's "Take UPI" starts on UPI). */
  start?: 'cash' | 'upi';
}) {
  const { t } = useTranslation();
  const saleError = useSaleError();
  const rid = props.rid;
  const start = props.start ?? 'cash';
  const [draft, setDraft] = useState<PaymentDraft>(() => {
    const d = emptyPayments();
    return { ...d, [start]: { ...d[start], amount: rupeesText(props.totalPaise) } };
  });
  const opts: ReadOptions = { upiLimitPaise: props.billing?.upiLimitPaise, confirmCard: true, cashAsTendered: true };
  const confirmRef = useRef<HTMLButtonElement>(null);
  const cardRef = useRef<HTMLButtonElement>(null);
  const [busy, setBusy] = useState(false);
  const [approval, setApproval] = useState<ApprovalReason | null>(null);
  const [payErrors, setPayErrors] = useState<Partial<Record<PaymentMethod, string>>>({});
  const read = readPayments(draft, props.totalPaise, opts);
  const upiPaise = read.amounts.upi ?? 0;
  // The payment the QR asks for now: the UPI part, or the next of a split one.
  const qrPaise = read.upiParts[Math.min(read.upiGot, read.upiParts.length - 1)] ?? 0;
  // What was last sent: a manager's approval resends exactly it.
  const sentDraft = useRef(draft);

  useEffect(() => {
    const box = document.getElementById(`pay-${start}-amount`);
    if (box instanceof HTMLInputElement) focusQuietly(box);
  }, [start]);

  async function send(a?: Approval): Promise<ApiError | null> {
    const { sent, payments } = paymentLines(sentDraft.current, props.totalPaise, opts);
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

  async function pay(d: PaymentDraft = draft) {
    if (busy || !readPayments(d, props.totalPaise, opts).ready) return;
    sentDraft.current = d;
    setBusy(true);
    setPayErrors({});
    try {
      await send();
    } finally {
      setBusy(false);
    }
  }

  /** Enter in a box: finish when all is paid, else go to the confirmation still wanted. */
  function next() {
    if (read.ready) return void pay();
    if (!read.upiConfirmed && !read.upiOverLimit) confirmRef.current?.focus();
    else if (!read.cardConfirmed) cardRef.current?.focus();
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
    <div className="pay-layout pay-counter" data-testid="payment">
      <PaymentMethodFields draft={draft} onDraft={(patch) => setDraft((d) => patch(d))} totalPaise={props.totalPaise} errors={payErrors} opts={opts} autoRest confirmElsewhere onEnter={next} />
      <aside className="pay-side">
        <PaymentStatus totalPaise={props.totalPaise} draft={draft} opts={opts} compact />
        <UpiLimitOffer draft={draft} onDraft={(patch) => setDraft((d) => patch(d))} read={read} prefix="pay" />
        {upiPaise > 0 && !read.upiOverLimit ? (
          <div className="card pay-upi">
            <h3>{t('sale.scanToPay')}{read.upiParts.length > 1 ? ` · ${t('counter.partOf', { k: Math.min(read.upiGot + 1, read.upiParts.length), n: read.upiParts.length })}` : ''}</h3>
            <UpiQr billing={props.billing} amountPaise={qrPaise} note={props.cartRef} testId="upi-qr" />
            {read.upiConfirmed ? null : <small className="muted">{t('counter.upiGotHint')}</small>}
            <UpiConfirm draft={draft} onDraft={(patch) => setDraft((d) => patch(d))} read={read} prefix="pay" big buttonRef={confirmRef} onConfirmed={(d) => void pay(d)} />
          </div>
        ) : null}
        <CardConfirm draft={draft} onDraft={(patch) => setDraft((d) => patch(d))} read={read} prefix="pay" big buttonRef={cardRef} onConfirmed={(d) => void pay(d)} />
        <div className="row pay-buttons">
          <button type="button" className="big" onClick={props.onBack} data-testid="pay-back">{t('sale.backToCart')} <kbd>{t('common.keyEsc')}</kbd></button>
          <button type="button" className="primary big" disabled={!read.ready || busy} onClick={() => void pay()} data-testid="pay-submit">
            {busy ? t('sale.paying') : t('sale.finish')} <kbd>F8</kbd>
          </button>
        </div>
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
