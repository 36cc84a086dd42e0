import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Rental } from '../../../../src/shared/api/rentals';
import type { PaymentMethod } from '../../../../src/shared/api/sales';
import { call } from '../../api/client';
import { Field } from '../../components/Field';
import { emptyPayments, type PaymentDraft } from '../../components/payments';
import { useRequestId } from '../Sell/requestId';
import { CalendarDialog } from './CalendarDialog';
import { useRentals } from './context';
import { CustomerFields, emptyCustomer, type CustomerDraft } from './CustomerFields';
import { DateField } from './DateField';
import { addDays, dateWords } from './dates';
import { ItemLines, type DraftLine } from './ItemLines';
import { PayBox, payErrors, payLines, payReady } from './PayBox';
import { QuoteBox } from './QuoteBox';
import { useQuote } from './useQuote';
import { useRentableItems } from './useRentableItems';
import { errorAt, useRentalErrorState } from './useRentalError';

/**
 * A booking for later dates (`book`), or a walk-in who takes the things now (`walkin`): the
 * customer, the dates, the items with a live price and availability, and money: an optional
 * advance for a booking, rent + deposit in full for a walk-in. Sent once per attempt.
 */
export function BookingForm(props: { mode: 'book' | 'walkin'; onDone: (r: Rental) => void }) {
  const { t, i18n } = useTranslation();
  const { today } = useRentals();
  const rid = useRequestId();
  const walkIn = props.mode === 'walkin';
  const { items, error: itemsError } = useRentableItems();
  const [customer, setCustomer] = useState<CustomerDraft>(emptyCustomer);
  const [eventDate, setEventDate] = useState('');
  const [fromDate, setFromDate] = useState('');
  const [dueDate, setDueDate] = useState('');
  const [lines, setLines] = useState<DraftLine[]>([]);
  const [note, setNote] = useState('');
  const [takeAdvance, setTakeAdvance] = useState(false);
  const [draft, setDraft] = useState<PaymentDraft>(emptyPayments);
  const [error, setError] = useRentalErrorState();
  const [busy, setBusy] = useState(false);
  const [calendar, setCalendar] = useState<number | null>(null);
  const [sent, setSent] = useState<PaymentMethod[]>([]);

  // The shop's day arrives from the core: a walk-in starts today; a booking starts today until changed.
  useEffect(() => {
    if (!today) return;
    if (walkIn || !fromDate) setFromDate(today);
    if (!dueDate) setDueDate(addDays(today, 1));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [today]);

  const sendLines = lines.map((l) => ({ productId: l.productId, qty: l.qty, ...(l.pieceIds.length ? { pieceIds: l.pieceIds } : {}), ...(l.eventPackage ? { rentRule: 'event' as const } : {}) }));
  const { quote, error: quoteError } = useQuote(fromDate, dueDate, sendLines);
  const totalPaise = quote?.totalPaise ?? 0;
  const paying = walkIn ? totalPaise > 0 : takeAdvance;
  const moneyReady = !paying || (quote !== null && payReady(draft, totalPaise, walkIn));
  const at = (path: string) => errorAt(error, path);

  function change<T>(set: (v: T) => void) {
    return (v: T) => {
      set(v);
      if (error) setError(null);
    };
  }

  async function submit() {
    if (busy) return;
    setBusy(true);
    const { sent, payments } = paying ? payLines(draft, totalPaise) : { sent: [], payments: [] };
    const common = {
      requestId: rid.get(),
      customer: { name: customer.name, phone: customer.phone, idNote: customer.idNote, address: customer.address },
      eventDate: eventDate || null,
      dueDate,
      lines: sendLines,
      note,
    };
    const r = walkIn ? await call('rentals.walkIn', { ...common, payments }) : await call('rentals.book', { ...common, fromDate, advance: payments });
    setBusy(false);
    if (r.ok) {
      rid.done();
      props.onDone(r.value);
      return;
    }
    setSent(sent);
    setError(r.error);
  }

  // Payment problems sit on the method box they came from (advance.N / payments.N as sent).
  const boxErrors = payErrors(sent, at, walkIn ? 'payments' : 'advance');

  return (
    // Enter in a box never books by accident (a scanner ends with Enter): only the button does.
    <form className="rent-form" onSubmit={(e) => e.preventDefault()} data-testid={walkIn ? 'walkin-form' : 'booking-form'} noValidate>
      <h3>{walkIn ? t('rental.walkInTitle') : t('rental.newTitle')}</h3>
      <p className="hint">{walkIn ? t('rental.walkInHelp') : t('rental.newHelp')}</p>
      <CustomerFields value={customer} onChange={change(setCustomer)} error={at} />
      <fieldset className="card rent-dates">
        <legend>{t('rental.dates')}</legend>
        <div className="rent-date-grid">
          {walkIn ? (
            <div className="field">
              <span className="rent-label">{t('rental.pickUpDate')}</span>
              <strong className="date-words">{today ? dateWords(today, i18n.language) : ''} <span className="muted">· {t('rental.date.today')}</span></strong>
            </div>
          ) : (
            <DateField id="rent-from" label={t('rental.pickUpDate')} value={fromDate} onChange={change(setFromDate)} today={today} error={at('fromDate')} testId="rent-from" />
          )}
          <DateField id="rent-due" label={t('rental.dueDate')} value={dueDate} onChange={change(setDueDate)} today={today} error={at('dueDate')} testId="rent-due" hint={t('rental.dueHint')} />
          <DateField id="rent-event" label={t('rental.eventDate')} value={eventDate} onChange={change(setEventDate)} today={today} error={at('eventDate')} optional testId="rent-event" />
        </div>
      </fieldset>
      <fieldset className="card">
        <legend>{t('rental.items')}</legend>
        {itemsError ? <p className="banner banner-error" role="alert">{itemsError}</p> : null}
        {items ? (
          <ItemLines items={items} lines={lines} onLines={change(setLines)} quote={quote} lineError={(i) => at(`lines.${i}`)} onCalendar={setCalendar} scanning={calendar === null && !busy} />
        ) : (
          <p className="muted">{t('common.loading')}</p>
        )}
        {at('lines') && !Object.keys(error?.fields ?? {}).some((k) => /^lines\.\d/.test(k)) ? <small className="error-text" role="alert">{at('lines')}</small> : null}
      </fieldset>
      <QuoteBox quote={quote} error={quoteError} empty={lines.length === 0} names={lines.map((l) => items?.find((i) => i.productId === l.productId) ?? null)} picked={lines.map((l) => !!l.eventPackage)} onEventPackage={(i, on) => change(setLines)(lines.map((l, j) => (j === i ? { ...l, eventPackage: on } : l)))} />
      {walkIn ? (
        totalPaise > 0 ? (
          <fieldset className="card">
            <legend>{t('rental.payNow')}</legend>
            <PayBox prefix="rent-pay" totalPaise={totalPaise} draft={draft} onDraft={(p) => setDraft((d) => p(d))} errors={boxErrors} totalLabel={t('rental.rentAndDeposit')} note={rid.get().slice(-8).toUpperCase()} />
          </fieldset>
        ) : null
      ) : (
        <fieldset className="card">
          <legend>{t('rental.advance')}</legend>
          <label className={takeAdvance ? 'chip chip-on' : 'chip'}>
            <input type="checkbox" checked={takeAdvance} onChange={(e) => setTakeAdvance(e.target.checked)} disabled={!quote} data-testid="rent-take-advance" />
            {t('rental.takeAdvance')}
          </label>
          {takeAdvance && quote ? (
            <>
              <PayBox prefix="rent-adv" upTo totalPaise={totalPaise} draft={draft} onDraft={(p) => setDraft((d) => p(d))} errors={boxErrors} totalLabel={t('rental.rentAndDeposit')} note={rid.get().slice(-8).toUpperCase()} />
            </>
          ) : (
            <p className="hint">{t('rental.noAdvance')}</p>
          )}
          {at('advance') ? <small className="error-text" role="alert">{at('advance')}</small> : null}
        </fieldset>
      )}
      <Field id="rent-note" label={`${t('rental.note')} (${t('common.optional')})`} error={at('note')}>
        <input id="rent-note" value={note} maxLength={200} onChange={(e) => setNote(e.target.value)} data-testid="rent-note" />
      </Field>
      {error ? <p className="banner banner-error" role="alert" data-testid="rent-form-error">{error.message}</p> : null}
      <button type="button" className="primary big" onClick={() => void submit()} disabled={busy || lines.length === 0 || !moneyReady} data-testid="rent-submit">
        {busy ? t('common.saving') : walkIn ? t('rental.walkInSubmit') : t('rental.bookSubmit')}
      </button>
      {calendar !== null ? <CalendarDialog productId={calendar} start={fromDate || today} range={fromDate && dueDate ? { from: fromDate, to: dueDate } : undefined} onClose={() => setCalendar(null)} /> : null}
    </form>
  );
}
