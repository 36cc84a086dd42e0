import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Artisan } from '../../../../src/shared/api';
import type { ApiError } from '../../../../src/shared/errors';
import { call } from '../../api/client';
import { Field } from '../../components/Field';
import { useApiError } from '../../components/useApiError';
import { bpsToPercent, namePair, percentToBps } from './format';

type Text = 'nameHi' | 'nameEn' | 'phone' | 'village' | 'upiId' | 'bankDetails' | 'notes';
const EMPTY: Record<Text, string> = { nameHi: '', nameEn: '', phone: '', village: '', upiId: '', bankDetails: '', notes: '' };

/** Create or edit a member. Never a delete: untick "active" instead (sales and payouts point at her). */
export function ArtisanForm(props: { artisan: Artisan | null; onCancel: () => void; onSaved: (a: Artisan) => void }) {
  const { t, i18n } = useTranslation();
  const showError = useApiError();
  const a = props.artisan;
  const [text, setText] = useState<Record<Text, string>>(a ? { nameHi: a.nameHi, nameEn: a.nameEn, phone: a.phone, village: a.village, upiId: a.upiId, bankDetails: a.bankDetails, notes: a.notes } : EMPTY);
  const [commission, setCommission] = useState(a ? bpsToPercent(a.commissionBps) : '20');
  const [active, setActive] = useState(a?.active ?? true);
  const [busy, setBusy] = useState(false);
  // Kept as the core's coded error and translated at render, so a language switch re-words it.
  const [failure, setFailure] = useState<ApiError | null>(null);

  async function save(e: FormEvent) {
    e.preventDefault();
    const commissionBps = percentToBps(commission);
    if (commissionBps === null) return setFailure({ code: 'INVALID_INPUT', details: { issues: [{ path: ['commissionBps'], code: 'custom', message: 'percent' }] } });
    setBusy(true);
    const input = { ...text, commissionBps, active };
    const r = a ? await call('artisans.update', { id: a.id, ...input }) : await call('artisans.create', input);
    setBusy(false);
    if (r.ok) props.onSaved(r.value);
    else setFailure(r.error);
  }

  const error = failure ? showError(failure) : null;
  const err = (k: string) => error?.fields[k];
  const input = (k: Text, extra: { type?: string; inputMode?: 'tel' | 'email'; lang?: string } = {}) => (
    <Field id={`artisan-${k}`} label={t(`artisan.${k}`)} error={err(k)} hint={t(`artisan.${k}Hint`, { defaultValue: '' })}>
      <input id={`artisan-${k}`} value={text[k]} onChange={(e) => setText({ ...text, [k]: e.target.value })} aria-invalid={!!err(k)} {...extra} />
    </Field>
  );
  const area = (k: Text) => (
    <Field id={`artisan-${k}`} label={t(`artisan.${k}`)} error={err(k)}>
      <textarea id={`artisan-${k}`} rows={2} value={text[k]} onChange={(e) => setText({ ...text, [k]: e.target.value })} aria-invalid={!!err(k)} />
    </Field>
  );

  return (
    <section className="screen">
      <div className="screen-head">
        <h2>{a ? t('artisan.editTitle', { name: namePair(i18n.language === 'hi', a).main }) : t('artisan.newTitle')}</h2>
      </div>
      <form className="card artisan-form" onSubmit={(e) => void save(e)} noValidate data-testid="artisan-form">
        {error ? <p className="banner banner-error" role="alert">{error.message}</p> : null}
        <div className="row">
          {input('nameHi', { lang: 'hi' })}
          {input('nameEn', { lang: 'en' })}
        </div>
        <div className="row">
          {input('phone', { type: 'tel', inputMode: 'tel' })}
          <Field id="artisan-commission" label={t('artisan.commissionPercent')} error={err('commissionBps')} hint={t('artisan.commissionHint')}>
            <input id="artisan-commission" inputMode="decimal" value={commission} onChange={(e) => setCommission(e.target.value)} aria-invalid={!!err('commissionBps')} />
          </Field>
        </div>
        {input('village')}
        <div className="row">
          {input('upiId', { inputMode: 'email' })}
          {area('bankDetails')}
        </div>
        {area('notes')}
        <label className={active ? 'chip chip-on' : 'chip'}>
          <input type="checkbox" checked={active} onChange={(e) => setActive(e.target.checked)} data-testid="artisan-active" />
          {t('artisan.activeLabel')}
        </label>
        <p className="hint">{t('artisan.activeHint')}</p>
        <div className="row art-actions">
          <button type="button" onClick={props.onCancel}>{t('common.cancel')}</button>
          <button type="submit" className="primary" disabled={busy} data-testid="artisan-save">
            {busy ? t('common.saving') : t('common.save')}
          </button>
        </div>
      </form>
    </section>
  );
}
