import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Order } from '../../../../src/shared/api';
import { PAYMENT_METHODS, type PaymentMethod } from '../../../../src/shared/api/sales';
import type { ApiError } from '../../../../src/shared/errors';
import { formatINR, parseRupees, type Lang } from '../../../../src/shared/money';
import { call } from '../../api/client';
import { Field } from '../../components/Field';
import { useApiError } from '../../components/useApiError';
import type { Approval } from '../Sell/ManagerApproval';
import { useApprovedSend } from '../Rentals/useApprovedSend';

/**
 * Cancel an order: the screen says what the shop's rule does with the advance held (kept, or part
 * back); keeping another amount is a manager's call, so a cashier's PIN pad opens first.
 */
export function OrderCancel(props: { order: Order; manager: boolean; onDone: (o: Order) => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Lang;
  const showError = useApiError();
  const o = props.order;
  const [reason, setReason] = useState('');
  const [method, setMethod] = useState<PaymentMethod>('cash');
  const [override, setOverride] = useState(false);
  const [keepText, setKeepText] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [requestId, setRequestId] = useState(() => crypto.randomUUID());
  const typed = override ? parseRupees(keepText) : null;
  const keep = override ? (typed ?? 0) : o.cancelRule.keepPaise;
  const refund = Math.max(0, o.heldPaise - keep);

  const { busy, submit, pinPad } = useApprovedSend({
    send: (approval?: Approval) =>
      call('orders.cancel', {
        requestId, orderId: o.id, reason, ...(refund > 0 ? { refundMethod: method } : {}), ...(override && typed !== null ? { keepPaise: typed } : {}), ...(approval ? { approval } : {}),
      }),
    pinFirst: override && !props.manager,
    onDone: (v) => {
      setRequestId(crypto.randomUUID());
      props.onDone(v);
    },
    onError: setError,
  });

  return (
    <form className="card" onSubmit={(e) => { e.preventDefault(); void submit(); }} data-testid="order-cancel-form">
      <h3>{t('orders.cancelTitle')}</h3>
      <p className="banner banner-info" data-testid="order-cancel-rule">{t('orders.cancelRule', { keep: formatINR(o.cancelRule.keepPaise, lang), refund: formatINR(o.cancelRule.refundPaise, lang) })}</p>
      <div className="ord-row">
        <Field id="ord-reason" label={t('orders.reason')} error={error ? showError(error).fields.reason : undefined}>
          <input id="ord-reason" value={reason} onChange={(e) => setReason(e.target.value)} data-testid="order-cancel-reason" />
        </Field>
        {o.heldPaise > 0 ? (
          <label className={override ? 'chip chip-on' : 'chip'}>
            <input type="checkbox" checked={override} onChange={(e) => { setOverride(e.target.checked); setKeepText(String(o.cancelRule.keepPaise / 100)); }} data-testid="order-cancel-override" />
            {t('orders.keepOther')}
          </label>
        ) : null}
        {override ? (
          <Field id="ord-keep" label={t('orders.keepAmount')}>
            <input id="ord-keep" inputMode="decimal" value={keepText} onChange={(e) => setKeepText(e.target.value)} data-testid="order-cancel-keep" />
          </Field>
        ) : null}
        {refund > 0 ? (
          <Field id="ord-refund" label={`${t('orders.refundBy')} (${formatINR(refund, lang)})`}>
            <select id="ord-refund" value={method} onChange={(e) => setMethod(e.target.value as PaymentMethod)} data-testid="order-cancel-method">
              {PAYMENT_METHODS.map((m) => <option key={m} value={m}>{t(`orders.methods.${m}`)}</option>)}
            </select>
          </Field>
        ) : null}
        <button type="submit" disabled={busy} data-testid="order-cancel">{t('orders.cancel')}</button>
      </div>
      {error ? <p className="banner banner-error" role="alert" data-testid="order-cancel-error">{showError(error).message}</p> : null}
      {pinPad(t('orders.keepOther'))}
    </form>
  );
}
