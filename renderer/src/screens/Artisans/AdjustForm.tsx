import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { parseRupees } from '../../../../src/shared/money';
import type { ApiError } from '../../../../src/shared/errors';
import { call } from '../../api/client';
import { Field } from '../../components/Field';
import { useApiError } from '../../components/useApiError';
import { useRequestId } from './useRequestId';

/** A correction to her account with a reason: add to what she is owed, or deduct (an advance given). */
export function AdjustForm(props: { artisanId: number; onCancel: () => void; onDone: (amountPaise: number, balancePaise: number) => void }) {
  const { t } = useTranslation();
  const showError = useApiError();
  const [direction, setDirection] = useState<'add' | 'deduct'>('deduct');
  const [amount, setAmount] = useState('');
  const [reason, setReason] = useState('');
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [requestId, renewRequestId] = useRequestId();
  const [busy, setBusy] = useState(false);
  const busyRef = useRef(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busyRef.current) return;
    const paise = parseRupees(amount);
    if (paise === null || paise === 0) return setFailure({ code: 'INVALID_INPUT', details: { issues: [{ path: ['amountPaise'], code: 'custom', message: paise === 0 ? 'zero' : 'amount' }] } });
    const amountPaise = direction === 'add' ? paise : -paise;
    busyRef.current = true;
    setBusy(true);
    const r = await call('payouts.adjust', { requestId, artisanId: props.artisanId, amountPaise, reason });
    busyRef.current = false;
    setBusy(false);
    if (!r.ok) return setFailure(r.error);
    renewRequestId();
    props.onDone(amountPaise, r.value.balancePaise);
  }

  const shown = failure ? showError(failure) : null;
  return (
    <form className="po-adjust" onSubmit={(e) => void submit(e)} noValidate data-testid="adjust-form">
      <h3>{t('payout.adjustTitle')}</h3>
      <p className="hint po-p">{t('payout.adjustIntro')}</p>
      {shown ? <p className="banner banner-error" role="alert">{shown.message}</p> : null}
      <div className="choice po-directions" role="radiogroup">
        {(['add', 'deduct'] as const).map((d) => (
          <label key={d} className={d === direction ? 'chip chip-on po-chip' : 'chip po-chip'}>
            <input type="radio" name="adjust-direction" checked={d === direction} onChange={() => setDirection(d)} data-testid={`adjust-${d}`} />
            {t(`payout.adjust.${d}`)}
          </label>
        ))}
      </div>
      <div className="row">
        <Field id="adjust-amount" label={t('payout.adjustAmount')} hint={t('payout.adjustAmountHint')} error={shown?.fields.amountPaise}>
          <input id="adjust-amount" inputMode="decimal" value={amount} onChange={(e) => setAmount(e.target.value)} aria-invalid={!!shown?.fields.amountPaise} />
        </Field>
        <Field id="adjust-reason" label={t('payout.reason')} hint={t('payout.adjustReasonHint')} error={shown?.fields.reason}>
          <input id="adjust-reason" value={reason} maxLength={200} onChange={(e) => setReason(e.target.value)} aria-invalid={!!shown?.fields.reason} />
        </Field>
      </div>
      <div className="row art-actions">
        <button type="button" onClick={props.onCancel}>{t('common.cancel')}</button>
        <button type="submit" className="primary" disabled={busy} data-testid="adjust-save">
          {busy ? t('common.saving') : t('payout.adjustSave')}
        </button>
      </div>
    </form>
  );
}
