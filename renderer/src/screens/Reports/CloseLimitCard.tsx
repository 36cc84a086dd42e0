import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TillSettings } from '../../../../src/shared/api/till';
import { formatINR, parseRupees, type Lang } from '../../../../src/shared/money';
import { call } from '../../api/client';
import { Field } from '../../components/Field';
import { useApiError } from '../../components/useApiError';

/** The owner's limit: a difference at the close above it needs a manager's PIN and a note. */
export function CloseLimitCard(props: { settings: TillSettings; onSaved: () => void }) {
  const { t, i18n } = useTranslation();
  const showError = useApiError();
  const start = props.settings.closeLimitPaise;
  const [text, setText] = useState(start === null ? '' : (start / 100).toFixed(2));
  const [error, setError] = useState('');
  const paise = text.trim() ? parseRupees(text) : null;
  async function save() {
    setError('');
    const r = await call('till.updateSettings', { closeLimitPaise: paise });
    if (r.ok) props.onSaved();
    else setError(showError(r.error).message);
  }
  return (
    <section className="card rep-card rep-limit" data-testid="till-limit">
      <h3>{t('till.limitTitle')}</h3>
      <Field id="till-limit-input" label={t('till.moveAmount')} hint={t('till.limitHint')} error={error}>
        <input id="till-limit-input" inputMode="decimal" value={text} onChange={(e) => setText(e.target.value)} data-testid="till-limit-input" />
      </Field>
      <p className="muted">{start === null ? t('till.limitNone') : t('till.limitIs', { amount: formatINR(start, i18n.language as Lang) })}</p>
      <button type="button" disabled={text.trim() !== '' && paise === null} onClick={() => void save()} data-testid="till-limit-save">{t('common.save')}</button>
    </section>
  );
}
