import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PayoutSlipData } from '../../../../src/shared/api/payouts';
import type { ApiError } from '../../../../src/shared/errors';
import { call } from '../../api/client';
import { Field } from '../../components/Field';
import { Money } from '../../components/Money';
import { useApiError } from '../../components/useApiError';
import { useRequestId } from './useRequestId';

/** Undo a wrong payout: a reason, then a confirmation; the money goes back on her account as a new entry. */
export function ReverseForm(props: { payout: PayoutSlipData; onCancel: () => void; onReversed: (reversal: PayoutSlipData) => void }) {
  const { t } = useTranslation();
  const showError = useApiError();
  const [reason, setReason] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [requestId, renewRequestId] = useRequestId();
  const [busy, setBusy] = useState(false);
  const busyRef = useRef(false);

  function ask(e: FormEvent) {
    e.preventDefault();
    if (!reason.trim()) return setFailure({ code: 'INVALID_INPUT', details: { issues: [{ path: ['reason'], code: 'custom', message: 'required' }] } });
    setFailure(null);
    setConfirming(true);
  }

  async function reverse() {
    if (busyRef.current) return;
    busyRef.current = true;
    setBusy(true);
    const r = await call('payouts.reverse', { requestId, payoutId: props.payout.id, reason });
    busyRef.current = false;
    setBusy(false);
    setConfirming(false);
    if (!r.ok) return setFailure(r.error);
    renewRequestId();
    props.onReversed(r.value);
  }

  const shown = failure ? showError(failure) : null;
  const message = failure?.code === 'CONFLICT' ? t('payout.alreadyReversed') : shown?.message;
  return (
    <form className="card po-reverse" onSubmit={ask} noValidate data-testid="reverse-form">
      <h3>{t('payout.reverseTitle', { no: props.payout.payoutNo })}</h3>
      <p className="hint po-p">{t('payout.reverseIntro')}</p>
      {message ? <p className="banner banner-error" role="alert">{message}</p> : null}
      <Field id="reverse-reason" label={t('payout.reason')} hint={t('payout.reverseReasonHint')} error={shown?.fields.reason}>
        <input id="reverse-reason" value={reason} maxLength={200} onChange={(e) => { setConfirming(false); setReason(e.target.value); }} aria-invalid={!!shown?.fields.reason} />
      </Field>
      {confirming ? (
        <div className="po-confirm" role="alertdialog" aria-labelledby="reverse-confirm-text" data-testid="reverse-confirm">
          <p id="reverse-confirm-text" className="po-confirm-text">
            {t('payout.reverseConfirm', { no: props.payout.payoutNo })} <Money paise={props.payout.paidPaise} />
          </p>
          <div className="row art-actions">
            <button type="button" onClick={() => setConfirming(false)} disabled={busy}>{t('common.cancel')}</button>
            <button type="button" className="primary danger-fill" onClick={() => void reverse()} disabled={busy} data-testid="reverse-yes">
              {busy ? t('common.saving') : t('payout.yesReverse')}
            </button>
          </div>
        </div>
      ) : (
        <div className="row art-actions">
          <button type="button" onClick={props.onCancel}>{t('common.cancel')}</button>
          <button type="submit" className="danger" data-testid="reverse-submit">{t('payout.reverse')}</button>
        </div>
      )}
    </form>
  );
}
