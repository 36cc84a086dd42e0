import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CountSheet } from '../../../../src/shared/api';
import { call } from '../../api/client';
import { Field } from '../../components/Field';
import { pickName } from './names';
import { useLookups } from './useLookups';
import { useStockError } from './useStockError';

type Scope = 'all' | 'craft' | 'artisan';

/** Start a count of the whole shop, one craft, or one artisan's goods. */
export function CountStart({ onStarted }: { onStarted: (c: CountSheet) => void }) {
  const { t, i18n } = useTranslation();
  const showError = useStockError();
  const { crafts, artisans } = useLookups();
  const [scope, setScope] = useState<Scope>('artisan');
  const [craftId, setCraftId] = useState('');
  const [artisanId, setArtisanId] = useState('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<{ message: string; fields: Record<string, string> } | null>(null);
  const [busy, setBusy] = useState(false);

  async function start() {
    const missing = scope === 'craft' ? !craftId && 'craftId' : scope === 'artisan' ? !artisanId && 'artisanId' : false;
    if (missing) return setError({ message: t('errors.INVALID_INPUT'), fields: { [missing]: t('issues.required') } });
    setBusy(true);
    const input = scope === 'all' ? { scope, note } : scope === 'craft' ? { scope, craftId: Number(craftId), note } : { scope, artisanId: Number(artisanId), note };
    const r = await call('counts.start', input);
    setBusy(false);
    if (!r.ok) return setError(showError(r.error));
    setError(null);
    onStarted(r.value);
  }

  return (
    <section className="card count-start" data-testid="count-start">
      <h3>{t('count.startTitle')}</h3>
      <div className="choice" role="radiogroup" aria-label={t('count.scope')}>
        {(['artisan', 'craft', 'all'] as const).map((s) => (
          <label key={s} className={scope === s ? 'chip chip-on' : 'chip'}>
            <input type="radio" name="count-scope" checked={scope === s} onChange={() => setScope(s)} /> {t(`count.scopes.${s}`)}
          </label>
        ))}
      </div>
      <div className="row">
        {scope === 'craft' ? (
          <Field id="cs-craft" label={t('stock.craft')} error={error?.fields.craftId}>
            <select id="cs-craft" value={craftId} onChange={(e) => setCraftId(e.target.value)}>
              <option value="">{t('product.choose')}</option>
              {crafts.map((c) => <option key={c.id} value={c.id}>{pickName(c, i18n.language)}</option>)}
            </select>
          </Field>
        ) : null}
        {scope === 'artisan' ? (
          <Field id="cs-artisan" label={t('count.artisan')} error={error?.fields.artisanId}>
            <select id="cs-artisan" value={artisanId} onChange={(e) => setArtisanId(e.target.value)} data-testid="count-artisan">
              <option value="">{t('product.choose')}</option>
              {artisans.map((a) => <option key={a.id} value={a.id}>{pickName(a, i18n.language)}</option>)}
            </select>
          </Field>
        ) : null}
        <Field id="cs-note" label={t('count.note')} error={error?.fields.note} hint={t('common.optional')}>
          <input id="cs-note" value={note} onChange={(e) => setNote(e.target.value)} />
        </Field>
      </div>
      {error ? <p className="banner banner-error" role="alert">{error.message}</p> : null}
      <button type="button" className="primary big" disabled={busy} onClick={() => void start()} data-testid="count-begin">{t('count.begin')}</button>
    </section>
  );
}
