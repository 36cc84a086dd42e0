import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { Field } from '../../components/Field';
import { useApiError, type ShownError } from '../../components/useApiError';

/** First run on a second computer: join the main counter instead of starting a shop of its own. */
export function JoinShopCard({ onJoined }: { onJoined: () => void }) {
  const { t } = useTranslation();
  const showError = useApiError();
  const [form, setForm] = useState({ address: '', code: '', deviceName: '' });
  const [error, setError] = useState<ShownError | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (k: keyof typeof form) => (e: { target: { value: string } }) => setForm({ ...form, [k]: e.target.value });

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    const r = await call('lan.join', { address: form.address.trim(), code: form.code, deviceName: form.deviceName });
    setBusy(false);
    if (!r.ok) return setError(showError(r.error));
    onJoined();
  }

  const err = (k: string) => error?.fields[k];
  return (
    <form className="card join-card" onSubmit={submit} noValidate data-testid="join-shop">
      <h2>{t('lan.joinTitle')}</h2>
      <p className="hint">{t('lan.joinIntro')}</p>
      <Field id="join-address" label={t('lan.address')} error={err('address')}>
        <input id="join-address" value={form.address} onChange={set('address')} inputMode="url" autoComplete="off" lang="en" />
      </Field>
      <Field id="join-code" label={t('lan.code')} error={err('code')}>
        <input id="join-code" value={form.code} onChange={set('code')} autoComplete="off" maxLength={20} lang="en" />
      </Field>
      <Field id="join-name" label={t('lan.deviceName')} error={err('deviceName')}>
        <input id="join-name" value={form.deviceName} onChange={set('deviceName')} maxLength={60} />
      </Field>
      {error && !Object.keys(error.fields).length ? <p className="banner banner-error" role="alert">{error.message}</p> : null}
      <button type="submit" className="big" disabled={busy} data-testid="join-submit">{busy ? t('lan.joining') : t('lan.join')}</button>
    </form>
  );
}
