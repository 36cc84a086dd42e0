import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RentalRules } from '../../../../src/shared/api/rentals';
import { call } from '../../api/client';
import { Field } from '../../components/Field';
import { bpsToPercent, percentToBps } from '../Artisans/format';
import { useRentals } from './context';
import { errorAt, useRentalErrorState } from './useRentalError';

const MAX_TERMS = 10;
const MAX_TERM_CHARS = 200;

/**
 * The shop's rental rules (नियम): how many days before pick-up a booking can be cancelled with the
 * whole advance back, the share kept after that (as %), and the numbered terms printed on every
 * rental slip. A manager edits them; a cashier reads them.
 */
export function RulesCard() {
  const { t } = useTranslation();
  const { manager } = useRentals();
  const [rules, setRules] = useState<RentalRules | null>(null);
  const [error, setError] = useRentalErrorState();

  useEffect(() => {
    void call('rentals.getRules', {}).then((r) => (r.ok ? setRules(r.value) : setError(r.error)));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return (
    <section className="card rent-rules" data-testid="rules-card">
      <h3>{t('rental.rules.title')}</h3>
      {!rules && error ? <p className="banner banner-error" role="alert">{error.message}</p> : null}
      {!rules && !error ? <p className="muted">{t('common.loading')}</p> : null}
      {rules && manager ? <RulesForm rules={rules} onSaved={setRules} /> : null}
      {rules && !manager ? <RulesView rules={rules} /> : null}
    </section>
  );
}

function RulesView({ rules }: { rules: RentalRules }) {
  const { t } = useTranslation();
  return (
    <div className="rent-rules-view" data-testid="rules-view">
      <p className="rent-rules-cancel" data-testid="rules-cancel">{t('rental.cancelRule', { days: rules.cancelFreeDays, percent: bpsToPercent(rules.cancelKeepBps) })}</p>
      <h4>{t('rental.rules.terms')}</h4>
      {rules.terms.length === 0 ? <p className="muted">{t('rental.rules.noTerms')}</p> : null}
      <ol className="rent-rules-terms" data-testid="rules-terms">
        {rules.terms.map((x, i) => <li key={i}>{x}</li>)}
      </ol>
      <p className="muted">{t('rental.rules.managerEdits')}</p>
    </div>
  );
}

function RulesForm({ rules, onSaved }: { rules: RentalRules; onSaved: (r: RentalRules) => void }) {
  const { t } = useTranslation();
  const [days, setDays] = useState(String(rules.cancelFreeDays));
  const [keep, setKeep] = useState(bpsToPercent(rules.cancelKeepBps));
  const [terms, setTerms] = useState<string[]>(rules.terms);
  const [error, setError] = useRentalErrorState();
  const [tried, setTried] = useState(false);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);

  const daysN = /^\d{1,3}$/.test(days.trim()) && Number(days.trim()) <= 365 ? Number(days.trim()) : null;
  const keepBps = percentToBps(keep.trim());
  // Checked here first, in words; the core checks again (its issue lands on the same field).
  const local: Record<string, string> = {};
  if (daysN === null) local.cancelFreeDays = t('rental.rules.daysBad');
  if (keepBps === null) local.cancelKeepBps = t('issues.percent');
  terms.forEach((x, i) => {
    if (x.trim() === '') local[`terms.${i}`] = t('rental.rules.termEmpty');
  });
  const err = (k: string) => (tried ? local[k] : undefined) ?? errorAt(error, k);
  const edit = (f: () => void) => {
    f();
    setSaved(false);
  };

  async function save() {
    setTried(true);
    if (busy || Object.keys(local).length) return;
    setBusy(true);
    const r = await call('rentals.updateRules', { cancelFreeDays: daysN!, cancelKeepBps: keepBps!, terms: terms.map((x) => x.trim()) });
    setBusy(false);
    if (!r.ok) {
      setSaved(false);
      return setError(r.error);
    }
    setError(null);
    setTried(false);
    setSaved(true);
    setTerms(r.value.terms);
    onSaved(r.value);
  }

  return (
    <form className="rent-rules-form" onSubmit={(e) => { e.preventDefault(); void save(); }} noValidate data-testid="rules-form">
      <p className="hint">{t('rental.rules.help')}</p>
      <div className="row">
        <Field id="rules-days" label={t('rental.rules.freeDays')} hint={t('rental.rules.freeDaysHint')} error={err('cancelFreeDays')}>
          <input id="rules-days" inputMode="numeric" value={days} onChange={(e) => edit(() => setDays(e.target.value))} aria-invalid={!!err('cancelFreeDays')} data-testid="rules-days" />
        </Field>
        <Field id="rules-keep" label={t('rental.rules.keepPercent')} hint={t('rental.rules.keepHint')} error={err('cancelKeepBps')}>
          <input id="rules-keep" inputMode="decimal" value={keep} onChange={(e) => edit(() => setKeep(e.target.value))} aria-invalid={!!err('cancelKeepBps')} data-testid="rules-keep" />
        </Field>
      </div>
      {daysN !== null && keepBps !== null ? (
        <p className="rent-rules-cancel" data-testid="rules-cancel">{t('rental.cancelRule', { days: daysN, percent: bpsToPercent(keepBps) })}</p>
      ) : null}
      <fieldset className="field plain">
        <legend>{t('rental.rules.terms')}</legend>
        <small className="hint">{t('rental.rules.termsHint', { max: MAX_TERMS })}</small>
        <ol className="rent-rules-edit" data-testid="rules-terms">
          {terms.map((x, i) => (
            <li key={i} data-testid={`rules-term-${i + 1}`}>
              <div className={err(`terms.${i}`) ? 'rent-rules-line field-error' : 'rent-rules-line'}>
                <input value={x} maxLength={MAX_TERM_CHARS} aria-label={t('rental.rules.termN', { n: i + 1 })} aria-invalid={!!err(`terms.${i}`)}
                  onChange={(e) => edit(() => setTerms((ts) => ts.map((y, j) => (j === i ? e.target.value : y))))} data-testid="rules-term-text" />
                <button type="button" onClick={() => edit(() => setTerms((ts) => ts.filter((_, j) => j !== i)))} aria-label={t('rental.rules.removeN', { n: i + 1 })} data-testid="rules-term-remove">
                  {t('rental.rules.remove')}
                </button>
              </div>
              {err(`terms.${i}`) ? <small className="error-text" role="alert">{err(`terms.${i}`)}</small> : null}
            </li>
          ))}
        </ol>
        {terms.length < MAX_TERMS ? (
          <button type="button" className="rent-rules-add" onClick={() => edit(() => setTerms((ts) => [...ts, '']))} data-testid="rules-term-add">+ {t('rental.rules.addTerm')}</button>
        ) : <small className="hint">{t('rental.rules.termsFull', { max: MAX_TERMS })}</small>}
        {errorAt(error, 'terms') && !terms.some((_, i) => errorAt(error, `terms.${i}`)) ? <small className="error-text" role="alert">{errorAt(error, 'terms')}</small> : null}
      </fieldset>
      {error ? <p className="banner banner-error" role="alert" data-testid="rules-error">{error.message}</p> : null}
      {tried && Object.keys(local).length ? <p className="banner banner-error" role="alert" data-testid="rules-error">{t('rental.rules.fixFirst')}</p> : null}
      {saved ? <p className="banner banner-ok" role="status" data-testid="rules-saved">{t('rental.rules.saved')}</p> : null}
      <button type="submit" className="primary big" disabled={busy} data-testid="rules-save">{busy ? t('common.saving') : t('rental.rules.save')}</button>
    </form>
  );
}
