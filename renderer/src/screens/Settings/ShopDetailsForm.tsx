import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ShopSettings } from '../../../../src/shared/api';
import { call } from '../../api/client';
import { Field } from '../../components/Field';
import { useApiError, type ShownError } from '../../components/useApiError';

type Form = Omit<ShopSettings, 'updatedAt'>;

/** The shop's details; saving is the owner's call (the core refuses others), so anyone else reads them, without a form that would be refused. */
export function ShopDetailsForm({ onSaved, canEdit = true }: { onSaved: (s: ShopSettings) => void; canEdit?: boolean }) {
  const { t } = useTranslation();
  const showError = useApiError();
  const [form, setForm] = useState<Form | null>(null);
  const [error, setError] = useState<ShownError | null>(null);
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    void call('settings.get', {}).then((r) => {
      if (r.ok) {
        const { updatedAt: _u, ...rest } = r.value;
        setForm(rest);
      } else setError(showError(r.error));
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  if (!form) return <p>{error?.message ?? t('common.loading')}</p>;
  const set = (k: keyof Form) => (e: { target: { value: string } }) => { setSaved(false); setForm({ ...form, [k]: e.target.value }); };

  async function save(e: FormEvent) {
    e.preventDefault();
    if (!form) return;
    const r = await call('settings.update', form);
    if (r.ok) {
      setError(null);
      setSaved(true);
      onSaved(r.value);
    } else setError(showError(r.error));
  }

  const err = (k: string) => error?.fields[k];
  return (
    <form className="card settings-form" onSubmit={save} noValidate>
      <h3>{t('settings.shop')}</h3>
      {canEdit ? null : <p className="banner banner-info" data-testid="settings-readonly">{t('counter.ownerOnly')}</p>}
      <fieldset className="settings-fields" disabled={!canEdit}>
      <Field id="s-shopName" label={t('settings.shopName')} error={err('shopName')}>
        <input id="s-shopName" value={form.shopName} onChange={set('shopName')} />
      </Field>
      <Field id="s-address" label={t('settings.address')} error={err('address')}>
        <input id="s-address" value={form.address} onChange={set('address')} />
      </Field>
      <Field id="s-phone" label={t('settings.phone')} error={err('phone')}>
        <input id="s-phone" value={form.phone} onChange={set('phone')} inputMode="tel" />
      </Field>
      <Field id="s-gstin" label={t('settings.gstin')} error={err('gstin')} hint={t('settings.gstinHint')}>
        <input id="s-gstin" value={form.gstin} onChange={set('gstin')} />
      </Field>
      <div className="row">
        <Field id="s-language" label={t('settings.language')} error={err('language')}>
          <select id="s-language" value={form.language} onChange={set('language')}>
            <option value="hi">{t('languages.hi')}</option>
            <option value="en">{t('languages.en')}</option>
          </select>
        </Field>
        <Field id="s-timeZone" label={t('settings.timeZone')} error={err('timeZone')}>
          <input id="s-timeZone" value={form.timeZone} onChange={set('timeZone')} />
        </Field>
      </div>
      <label className="check-row">
        <input type="checkbox" checked={form.allowNegativeStock} onChange={(e) => { setSaved(false); setForm({ ...form, allowNegativeStock: e.target.checked }); }} data-testid="s-allowNegativeStock" />
        <span>
          {t('settings.allowNegativeStock')}
          <small className="hint"> {t('settings.allowNegativeStockHint')}</small>
        </span>
      </label>
      </fieldset>
      {error ? <p className="banner banner-error" role="alert">{error.message}</p> : null}
      {saved ? <p className="banner banner-ok" role="status">{t('common.saved')}</p> : null}
      {canEdit ? <button type="submit" className="primary big" data-testid="settings-save">{t('common.save')}</button> : null}
    </form>
  );
}
