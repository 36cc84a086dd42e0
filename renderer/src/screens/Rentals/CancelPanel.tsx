import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { keptByRule, type Rental, type RentalRules } from '../../../../src/shared/api/rentals';
import type { PaymentMethod } from '../../../../src/shared/api/sales';
import { parseRupees } from '../../../../src/shared/money';
import { call } from '../../api/client';
import { Field } from '../../components/Field';
import { Money } from '../../components/Money';
import { rupeesText } from '../../components/payments';
import type { Approval } from '../Sell/ManagerApproval';
import { useApprovedSend } from './useApprovedSend';
import { useRequestId } from '../Sell/requestId';
import { useRentals } from './context';
import { daysBetween } from './dates';
import { errorAt, useRentalErrorState } from './useRentalError';
import { RefundMethodChoice } from './RefundMethodChoice';

const METHODS: PaymentMethod[] = ['cash', 'upi', 'card'];

/**
 * Cancelling a booking: the reason, the shop's rule said plainly (whole advance back if cancelled
 * N days before pick-up, else the shop keeps X %), what that means here, and how the rest goes
 * back. A manager may keep a different amount (her PIN at the counter).
 */
export function CancelPanel(props: { rental: Rental; manager: boolean; onDone: (r: Rental) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const r = props.rental;
  const { today } = useRentals();
  const rid = useRequestId();
  const [rules, setRules] = useState<RentalRules | null>(null);
  const [reason, setReason] = useState('');
  // The advance goes back the way it came, unless the counter chooses otherwise.
  const [method, setMethod] = useState<PaymentMethod>(() => r.payments.find((p) => p.event === 'booking')?.method ?? 'cash');
  const [override, setOverride] = useState(false);
  const [keepText, setKeepText] = useState('');
  const [error, setError] = useRentalErrorState();

  useEffect(() => {
    void call('rentals.getRules', {}).then((res) => res.ok && setRules(res.value));
  }, []);

  const daysBefore = today ? daysBetween(today, r.fromDate) : 0;
  const byRule = rules ? keptByRule(rules, r.advancePaise, daysBefore) : 0;
  const typedKeep = override ? parseRupees(keepText) : null;
  const keep = override ? (typedKeep ?? 0) : byRule;
  const refund = Math.max(0, r.advancePaise - keep);
  const badKeep = override && (typedKeep === null || typedKeep > r.advancePaise);

  async function send(approval?: Approval) {
    return call('rentals.cancel', {
      requestId: rid.get(),
      rentalId: r.id,
      reason,
      ...(refund > 0 ? { refundMethod: method } : {}),
      ...(override && typedKeep !== null ? { keepPaise: typedKeep } : {}),
      ...(approval ? { approval } : {}),
    });
  }

  const { busy, submit, pinPad } = useApprovedSend({
    send,
    // Keeping another amount than the rule says is a manager's call: her PIN first.
    pinFirst: override && !props.manager,
    onDone: (v) => {
      rid.done();
      props.onDone(v);
    },
    onError: setError,
  });

  return (
    <section className="card rent-action" data-testid="cancel-panel">
      <h3>{t('rental.cancelTitle')}</h3>
      {rules ? (
        <p className="banner banner-info" data-testid="cancel-rule">
          {t('rental.cancelRule', { days: rules.cancelFreeDays, percent: rules.cancelKeepBps / 100 })}
        </p>
      ) : null}
      <Field id="cancel-reason" label={t('rental.cancelReason')} error={errorAt(error, 'reason')}>
        <input id="cancel-reason" value={reason} maxLength={200} onChange={(e) => { setReason(e.target.value); setError(null); }} data-testid="cancel-reason" />
      </Field>
      <dl className="facts rent-sum">
        <dt>{t('rental.advancePaid')}</dt><dd><Money paise={r.advancePaise} /></dd>
        <dt>{t('rental.daysBeforePickUp')}</dt><dd>{daysBefore}</dd>
        <dt>{t('rental.keptByRule')}</dt><dd data-testid="cancel-kept-rule"><Money paise={byRule} /></dd>
      </dl>
      {r.advancePaise > 0 ? (
        <label className={override ? 'chip chip-on' : 'chip'}>
          <input type="checkbox" checked={override} onChange={(e) => { setOverride(e.target.checked); setKeepText(rupeesText(byRule)); }} data-testid="cancel-override" />
          {t('rental.keepOther')}
        </label>
      ) : null}
      {override ? (
        <Field id="cancel-keep" label={t('rental.keepAmount')} hint={t('rental.keepHint')} error={badKeep ? (typedKeep === null ? t('issues.amount') : t('issues.keep_over_advance')) : errorAt(error, 'keepPaise')}>
          <input id="cancel-keep" inputMode="decimal" value={keepText} onChange={(e) => setKeepText(e.target.value)} data-testid="cancel-keep" />
        </Field>
      ) : null}
      <div className={`card total-card ${refund > 0 ? 'pay-settled' : ''}`} data-testid="cancel-refund">
        <span className="total-label">{t('rental.refundToGive')}</span>
        <Money paise={refund} className="total-amount" />
      </div>
      {refund > 0 ? (
        <RefundMethodChoice name="cancel-refund" methods={METHODS} value={method} onChange={setMethod} error={errorAt(error, 'refundMethod')} />
      ) : null}
      {error ? <p className="banner banner-error" role="alert" data-testid="cancel-error">{error.message}</p> : null}
      <div className="row">
        <button type="button" className="big" onClick={props.onCancel}>{t('rental.keepBooking')}</button>
        <button type="button" className="big danger-fill" disabled={busy || badKeep} onClick={() => void submit()} data-testid="cancel-submit">
          {busy ? t('common.saving') : t('rental.cancelSubmit')}
        </button>
      </div>
      {pinPad(t('rental.keepWhy'))}
    </section>
  );
}
