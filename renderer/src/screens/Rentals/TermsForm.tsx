import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RentableItem, RentalMode } from '../../../../src/shared/api/rentals';
import { parseRupees } from '../../../../src/shared/money';
import { call } from '../../api/client';
import { Field } from '../../components/Field';
import { rupeesText } from '../../components/payments';
import { errorAt, useRentalErrorState } from './useRentalError';

const text = (p: number | null | undefined) => (p === null || p === undefined ? '' : rupeesText(p));

/**
 * A manager sets how an item is rented: as tagged pieces or a counted stack, a price per day and/or
 * per event (a fixed price for up to N days), the deposit, the late fee a day, and the days kept
 * free after a return for cleaning. Empty price boxes mean "no such price".
 */
export function TermsForm(props: { item: RentableItem; onSaved: (i: RentableItem) => void }) {
  const { t } = useTranslation();
  const x = props.item.terms;
  const [mode, setMode] = useState<RentalMode>(x?.mode ?? 'counted');
  const [day, setDay] = useState(text(x?.dayPricePaise));
  const [event, setEvent] = useState(text(x?.eventPricePaise));
  const [eventDays, setEventDays] = useState(x?.eventDays ? String(x.eventDays) : '');
  const [deposit, setDeposit] = useState(text(x?.depositPaise ?? 0));
  const [late, setLate] = useState(text(x?.lateFeePerDayPaise ?? 0));
  const [buffer, setBuffer] = useState(String(x?.bufferDays ?? 1));
  const [error, setError] = useRentalErrorState();
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);

  const money = (s: string) => (s.trim() === '' ? null : parseRupees(s));
  const bad = (s: string, optional: boolean) => (s.trim() === '' ? !optional : parseRupees(s) === null);
  const whole = (s: string) => (/^\d{1,3}$/.test(s.trim()) ? Number(s.trim()) : null);
  const local: Record<string, string> = {};
  if (bad(day, true)) local.dayPricePaise = t('issues.amount');
  if (bad(event, true)) local.eventPricePaise = t('issues.amount');
  if (bad(deposit, false)) local.depositPaise = t('issues.amount');
  if (bad(late, false)) local.lateFeePerDayPaise = t('issues.amount');
  if (eventDays.trim() !== '' && whole(eventDays) === null) local.eventDays = t('issues.quantity');
  if (whole(buffer) === null) local.bufferDays = t('issues.quantity');
  const err = (k: string) => local[k] ?? errorAt(error, k);

  async function save() {
    if (busy || Object.keys(local).length) return;
    setBusy(true);
    setSaved(false);
    const r = await call('rentals.setTerms', {
      productId: props.item.productId,
      mode,
      dayPricePaise: money(day),
      eventPricePaise: money(event),
      eventDays: eventDays.trim() === '' ? null : whole(eventDays),
      depositPaise: money(deposit) ?? 0,
      lateFeePerDayPaise: money(late) ?? 0,
      bufferDays: whole(buffer) ?? 1,
    });
    setBusy(false);
    if (!r.ok) return setError(r.error);
    setError(null);
    setSaved(true);
    props.onSaved(r.value);
  }

  return (
    <form className="card rent-terms-form" onSubmit={(e) => { e.preventDefault(); void save(); }} data-testid="terms-form" noValidate>
      <h3>{t('rental.terms.title')}</h3>
      <fieldset className="field plain">
        <legend>{t('rental.terms.mode')}</legend>
        <div className="choice">
          {(['pieces', 'counted'] as const).map((m) => (
            <label key={m} className={mode === m ? 'chip chip-on' : 'chip'}>
              <input type="radio" name="terms-mode" checked={mode === m} onChange={() => setMode(m)} data-testid={`terms-mode-${m}`} />
              {t(`rental.mode.${m}`)}
            </label>
          ))}
        </div>
        <small className="hint">{t(`rental.terms.modeHint.${mode}`)}</small>
        {errorAt(error, 'mode') ? <small className="error-text">{errorAt(error, 'mode')}</small> : null}
      </fieldset>
      <div className="row">
        <Field id="terms-event" label={`${t('rental.terms.eventPriceRs')} (${t('common.optional')})`} error={err('eventPricePaise')}>
          <input id="terms-event" inputMode="decimal" value={event} onChange={(e) => setEvent(e.target.value)} data-testid="terms-event" />
        </Field>
        <Field id="terms-event-days" label={t('rental.terms.eventDays')} hint={t('rental.terms.eventDaysHint')} error={err('eventDays')}>
          <input id="terms-event-days" inputMode="numeric" value={eventDays} onChange={(e) => setEventDays(e.target.value)} data-testid="terms-event-days" />
        </Field>
        <Field id="terms-day" label={`${t('rental.terms.dayPriceRs')} (${t('common.optional')})`} error={err('dayPricePaise')}>
          <input id="terms-day" inputMode="decimal" value={day} onChange={(e) => setDay(e.target.value)} data-testid="terms-day" />
        </Field>
      </div>
      <div className="row">
        <Field id="terms-deposit" label={t('rental.terms.depositRs')} error={err('depositPaise')}>
          <input id="terms-deposit" inputMode="decimal" value={deposit} onChange={(e) => setDeposit(e.target.value)} data-testid="terms-deposit" />
        </Field>
        <Field id="terms-late" label={t('rental.terms.lateRs')} error={err('lateFeePerDayPaise')}>
          <input id="terms-late" inputMode="decimal" value={late} onChange={(e) => setLate(e.target.value)} data-testid="terms-late" />
        </Field>
        <Field id="terms-buffer" label={t('rental.terms.buffer')} hint={t('rental.terms.bufferHint')} error={err('bufferDays')}>
          <input id="terms-buffer" inputMode="numeric" value={buffer} onChange={(e) => setBuffer(e.target.value)} data-testid="terms-buffer" />
        </Field>
      </div>
      {error ? <p className="banner banner-error" role="alert" data-testid="terms-error">{error.message}</p> : null}
      {saved ? <p className="banner banner-ok" role="status" data-testid="terms-saved">{t('rental.terms.saved')}</p> : null}
      <button type="submit" className="primary big" disabled={busy} data-testid="terms-save">{busy ? t('common.saving') : t('rental.terms.save')}</button>
    </form>
  );
}
