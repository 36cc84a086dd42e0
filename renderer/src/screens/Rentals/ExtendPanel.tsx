import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Rental } from '../../../../src/shared/api/rentals';
import { call } from '../../api/client';
import { Money } from '../../components/Money';
import { emptyPayments, type PaymentDraft } from '../../components/payments';
import { useRequestId } from '../Sell/requestId';
import { useRentals } from './context';
import { DateField } from './DateField';
import { addDays, dateWords } from './dates';
import { PayBox, payErrors, payLines, payReady } from './PayBox';
import { useQuote } from './useQuote';
import { errorAt, useRentalErrorState } from './useRentalError';

/**
 * A later due date: availability is checked again for the new days (leaving this rental itself
 * out), the extra rent is shown, and it is paid now or owed until the return.
 */
export function ExtendPanel(props: { rental: Rental; onDone: (r: Rental) => void; onCancel: () => void }) {
  const { t, i18n } = useTranslation();
  const r = props.rental;
  const { today } = useRentals();
  const rid = useRequestId();
  const [due, setDue] = useState(() => addDays(r.dueDate, 1));
  const [payNow, setPayNow] = useState(false);
  const [draft, setDraft] = useState<PaymentDraft>(emptyPayments);
  const [error, setError] = useRentalErrorState();
  const [busy, setBusy] = useState(false);
  const lines = r.lines.map((l) => ({ productId: l.productId, qty: l.qty - l.returnedQty - l.missingQty, ...(l.pieceId ? { pieceIds: [l.pieceId] } : {}), rentRule: l.rentRule })).filter((l) => l.qty > 0);
  const { quote, error: quoteError } = useQuote(r.fromDate, due, lines, r.id);
  // A booking only moves its dates (its rent is charged at pick-up); a rental out pays the extra days.
  const booked = r.status === 'booked';
  const extra = quote && !booked ? Math.max(0, quote.rentPaise - r.rentPaise) : 0;
  const [sent, setSent] = useState<ReturnType<typeof payLines>['sent']>([]);

  async function submit() {
    if (busy) return;
    setBusy(true);
    const { sent: methods, payments } = payNow && extra > 0 ? payLines(draft, extra) : { sent: [], payments: [] };
    setSent(methods);
    const res = await call('rentals.extend', { requestId: rid.get(), rentalId: r.id, newDueDate: due, payments });
    setBusy(false);
    if (res.ok) {
      rid.done();
      props.onDone(res.value);
    } else setError(res.error);
  }

  const ready = quote !== null && quote.ok && (!payNow || extra === 0 || payReady(draft, extra, true));
  return (
    <section className="card rent-action" data-testid="extend-panel">
      <h3>{t('rental.extendTitle')}</h3>
      <p>{t('rental.dueNow', { date: dateWords(r.dueDate, i18n.language) })}</p>
      <DateField id="extend-due" label={t('rental.newDueDate')} value={due} onChange={(d) => { setDue(d); setError(null); }} today={today} error={errorAt(error, 'newDueDate')} testId="extend-due" />
      {quoteError ? <p className="banner banner-error" role="alert">{quoteError.message}</p> : null}
      {quote ? (
        <>
          <dl className="facts rent-sum">
            <dt>{t('rental.days')}</dt><dd>{t('rental.daysN', { count: quote.days })}</dd>
            {booked ? (
              <><dt>{t('rental.newRent')}</dt><dd data-testid="extend-new-rent"><Money paise={quote.rentPaise} /></dd></>
            ) : (
              <><dt>{t('rental.extraRent')}</dt><dd data-testid="extend-extra"><Money paise={extra} /></dd></>
            )}
          </dl>
          {!quote.ok ? <p className="banner banner-error" role="alert" data-testid="extend-notfree">{t('rental.extendNotFree')}</p> : null}
        </>
      ) : null}
      {extra > 0 ? (
        <label className={payNow ? 'chip chip-on' : 'chip'}>
          <input type="checkbox" checked={payNow} onChange={(e) => setPayNow(e.target.checked)} data-testid="extend-pay-now" />
          {t('rental.payExtraNow')}
        </label>
      ) : null}
      {payNow && extra > 0 ? (
        <PayBox prefix="extend-pay" totalPaise={extra} draft={draft} onDraft={(f) => setDraft((d) => f(d))} errors={payErrors(sent, (x) => errorAt(error, x))} totalLabel={t('rental.extraRent')} note={r.rentalNo} />
      ) : extra > 0 ? (
        <p className="hint">{t('rental.extraLater')}</p>
      ) : null}
      {error ? <p className="banner banner-error" role="alert" data-testid="extend-error">{error.message}</p> : null}
      <div className="row">
        <button type="button" className="big" onClick={props.onCancel}>{t('common.back')}</button>
        <button type="button" className="primary big" disabled={busy || !ready} onClick={() => void submit()} data-testid="extend-submit">
          {busy ? t('common.saving') : t('rental.extendSubmit')}
        </button>
      </div>
    </section>
  );
}
