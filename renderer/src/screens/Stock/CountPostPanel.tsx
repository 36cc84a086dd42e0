import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../components/Field';

/** Posting needs a reason and a choice for lines nobody counted; cancelling only a confirmation. */
export function CountPostPanel(props: {
  uncountedLines: number;
  busy: boolean;
  reasonError?: string;
  onPost: (reason: string, uncounted: 'skip' | 'zero') => void;
  onCancel: (reason: string) => void;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [uncounted, setUncounted] = useState<'skip' | 'zero'>('skip');
  const [confirmCancel, setConfirmCancel] = useState(false);
  return (
    <section className="card count-post" data-testid="count-post">
      <h3>{t('count.postTitle')}</h3>
      <Field id="cp-reason" label={t('count.reason')} error={props.reasonError} hint={t('count.reasonHint')}>
        <input id="cp-reason" value={reason} onChange={(e) => setReason(e.target.value)} data-testid="count-reason" />
      </Field>
      {props.uncountedLines > 0 ? (
        <fieldset className="field">
          <legend>{t('count.uncountedQuestion', { count: props.uncountedLines })}</legend>
          <div className="choice">
            <label className={uncounted === 'skip' ? 'chip chip-on' : 'chip'}>
              <input type="radio" name="uncounted" checked={uncounted === 'skip'} onChange={() => setUncounted('skip')} /> {t('count.skip')}
            </label>
            <label className={uncounted === 'zero' ? 'chip chip-on' : 'chip'}>
              <input type="radio" name="uncounted" checked={uncounted === 'zero'} onChange={() => setUncounted('zero')} /> {t('count.zero')}
            </label>
          </div>
        </fieldset>
      ) : null}
      <div className="row form-actions">
        <button type="button" className="primary big" disabled={props.busy} onClick={() => props.onPost(reason, uncounted)} data-testid="count-post-btn">{t('count.post')}</button>
        {confirmCancel ? (
          <button type="button" className="big danger" disabled={props.busy} onClick={() => props.onCancel(reason)} data-testid="count-cancel-yes">{t('count.cancelSure')}</button>
        ) : (
          <button type="button" className="big" disabled={props.busy} onClick={() => setConfirmCancel(true)} data-testid="count-cancel">{t('count.cancelCount')}</button>
        )}
      </div>
    </section>
  );
}
