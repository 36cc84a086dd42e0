import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DemoLoaded, SessionUser } from '../../../../src/shared/api';
import { call } from '../../api/client';
import { Field } from '../../components/Field';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { useApiError, type ShownError } from '../../components/useApiError';
import { setLanguage } from '../../i18n';
import { JoinShopCard } from './JoinShopCard';
import { langOf } from '../../i18n/lang';

/** First run: the shop's name, the first manager and her PIN, the language; or a demo shop. */
export function SetupScreen({ onDone, onJoined }: { onDone: (user: SessionUser, demoPins?: DemoLoaded['pins']) => void; onJoined: () => void }) {
  const { t, i18n } = useTranslation();
  const showError = useApiError();
  const [form, setForm] = useState({ shopName: '', address: '', phone: '', managerName: '', pin: '', pinConfirm: '' });
  const [error, setError] = useState<ShownError | null>(null);
  const [busy, setBusy] = useState(false);
  const language = langOf(i18n.language);
  const set = (k: keyof typeof form) => (e: { target: { value: string } }) => setForm({ ...form, [k]: e.target.value });

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (form.pin !== form.pinConfirm) {
      setError({ message: t('errors.INVALID_INPUT'), fields: { pinConfirm: t('setup.pinMismatch') } });
      return;
    }
    setBusy(true);
    const r = await call('setup.complete', { shopName: form.shopName, address: form.address, phone: form.phone, managerName: form.managerName, pin: form.pin, language });
    setBusy(false);
    if (r.ok) onDone(r.value);
    else setError(showError(r.error));
  }

  async function demo() {
    setBusy(true);
    const r = await call('setup.loadDemo', { language });
    setBusy(false);
    if (!r.ok) return setError(showError(r.error));
    onDone(r.value.user, r.value.pins);
  }

  const err = (k: string) => error?.fields[k];
  return (
    <div className="setup">
      <header className="setup-head">
        <div>
          <h1 className="brand">{t('app.name')}</h1>
          <p className="tagline">{t('app.tagline')}</p>
        </div>
        <LanguageSwitch />
      </header>
      <div className="setup-body">
        <form className="card setup-form" onSubmit={submit} noValidate>
          <h2>{t('setup.title')}</h2>
          <p>{t('setup.intro')}</p>
          <Field id="shopName" label={t('setup.shopName')} error={err('shopName')}>
            <input id="shopName" value={form.shopName} onChange={set('shopName')} autoFocus autoComplete="organization" />
          </Field>
          <Field id="address" label={`${t('setup.address')} (${t('common.optional')})`} error={err('address')}>
            <input id="address" value={form.address} onChange={set('address')} />
          </Field>
          <Field id="phone" label={`${t('setup.phone')} (${t('common.optional')})`} error={err('phone')}>
            <input id="phone" value={form.phone} onChange={set('phone')} inputMode="tel" />
          </Field>
          <Field id="managerName" label={t('setup.managerName')} error={err('managerName')}>
            <input id="managerName" value={form.managerName} onChange={set('managerName')} />
          </Field>
          <div className="row">
            <Field id="pin" label={t('setup.pin')} error={err('pin')}>
              <input id="pin" type="password" inputMode="numeric" maxLength={6} value={form.pin} onChange={set('pin')} autoComplete="new-password" />
            </Field>
            <Field id="pinConfirm" label={t('setup.pinConfirm')} error={err('pinConfirm')}>
              <input id="pinConfirm" type="password" inputMode="numeric" maxLength={6} value={form.pinConfirm} onChange={set('pinConfirm')} autoComplete="new-password" />
            </Field>
          </div>
          <fieldset className="field">
            <legend>{t('setup.language')}</legend>
            <div className="choice">
              {(['hi', 'en'] as const).map((l) => (
                <label key={l} className={language === l ? 'chip chip-on' : 'chip'}>
                  <input type="radio" name="language" value={l} checked={language === l} onChange={() => setLanguage(l)} />
                  {t(`languages.${l}`)}
                </label>
              ))}
            </div>
          </fieldset>
          {error ? <p className="banner banner-error" role="alert">{error.message}</p> : null}
          <button type="submit" className="primary big" disabled={busy} data-testid="setup-submit">
            {t('setup.start')}
          </button>
        </form>
        <div className="setup-side">
        <aside className="card demo-card">
          <h2>{t('setup.demoTitle')}</h2>
          <p>{t('setup.demoText')}</p>
          <button type="button" className="big" onClick={demo} disabled={busy} data-testid="load-demo">
            {t('setup.loadDemo')}
          </button>
        </aside>
        <JoinShopCard onJoined={onJoined} />
        </div>
      </div>
    </div>
  );
}
