import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Rental } from '../../../../src/shared/api/rentals';
import { call } from '../../api/client';
import { Money } from '../../components/Money';
import { useErrorMessage } from './useRentalError';
import { formatWhen } from '../../shopZone';
import { pickName } from '../Stock/names';
import { CancelPanel } from './CancelPanel';
import { CheckInPanel } from './CheckInPanel';
import { useRentals } from './context';
import { dateWords, daysBetween } from './dates';
import { ExtendPanel } from './ExtendPanel';
import { OverdueContact } from './OverdueContact';
import { dueAtPickUp, PickUpPanel } from './PickUpPanel';
import { RentalPhoto } from './RentalPhoto';
import { SlipPanel } from './SlipPanel';
import { StatusBadge } from './StatusBadge';
import { langOf } from '../../i18n/lang';

type Action = 'pickup' | 'checkin' | 'extend' | 'cancel';
export type JustDone = 'booked' | 'walkin' | 'pickup' | 'checkin' | 'extend' | 'cancel';

/** 'छत्तीसगढ़ी वेशभूषा (महिला) x 2' list of what is on a rental (still out, when `outOnly`). */
function itemsText(r: Rental, lang: 'hi' | 'en', outOnly: boolean): string {
  return r.lines
    .map((l) => ({ l, n: outOnly ? l.qty - l.returnedQty - l.missingQty : l.qty }))
    .filter((x) => x.n > 0)
    .map(({ l, n }) => `${pickName(l, lang)}${n > 1 ? ` x ${n}` : ''}`)
    .join(', ');
}

/** Units still with the customer after the rental's return number `n` (0-based), as its return slip says. */
function stillOutAfter(r: Rental, n: number): number {
  const units = r.lines.reduce((a, l) => a + l.qty, 0);
  return units - r.returns.slice(0, n + 1).reduce((a, x) => a + x.lines.reduce((b, l) => b + l.qty + l.missingQty, 0), 0);
}

/**
 * One rental: its state, the customer, the dates with the due date large, what is on it, the money
 * and every payment and return; what can be done now (pick up, check in, extend, cancel); its slips.
 */
export function RentalDetail(props: { id: number; justDone: JustDone | null; onBack: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = langOf(i18n.language);
  const { manager, today } = useRentals();
  const [rental, setRental] = useState<Rental | null>(null);
  const [error, setError] = useErrorMessage();
  const [action, setAction] = useState<Action | null>(null);
  const [done, setDone] = useState<JustDone | null>(props.justDone);
  const [returnId, setReturnId] = useState<number | null>(null);

  useEffect(() => {
    let live = true;
    void call('rentals.get', { id: props.id }).then((r) => {
      if (!live) return;
      if (r.ok) setRental(r.value);
      else setError(r.error);
    });
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [props.id]);

  if (!rental) {
    return (
      <section className="screen">
        <button type="button" onClick={props.onBack}>← {t('rental.backToList')}</button>
        {error ? <p className="banner banner-error" role="alert">{error}</p> : <p className="muted">{t('common.loading')}</p>}
      </section>
    );
  }

  const r = rental;
  const finish = (next: Rental, what: JustDone) => {
    setRental(next);
    setAction(null);
    setDone(what);
    window.scrollTo?.({ top: 0 });
  };
  const late = r.status === 'out' && r.lateDaysNow > 0;
  // The one date that matters now, large: pick-up day for a booking, return day while out, the day it came back.
  const lastReturn = r.returns[r.returns.length - 1];
  const bigDate = r.status === 'booked' || r.status === 'cancelled' ? r.fromDate : r.status === 'returned' && lastReturn ? lastReturn.businessDate : r.dueDate;
  const relative = (d: string) => {
    if (!today) return '';
    const n = daysBetween(today, d);
    return n === 0 ? t('rental.date.today') : n === 1 ? t('rental.date.tomorrow') : n === -1 ? t('rental.date.yesterday') : n > 0 ? t('rental.date.inDays', { n }) : t('rental.date.daysAgo', { n: -n });
  };

  return (
    <section className="screen rent-detail" data-testid="rental-detail">
      <div className="screen-head rent-detail-head">
        <button type="button" onClick={props.onBack} data-testid="rental-back">← {t('rental.backToList')}</button>
        <h2 data-testid="rental-no">{r.rentalNo}</h2>
        <StatusBadge status={r.status} lateDays={r.lateDaysNow} />
      </div>
      {done ? <p className="banner banner-ok" role="status" data-testid="rental-done">{t(`rental.done.${done}`, { no: r.rentalNo })}</p> : null}

      <div className="rent-top">
        <div className={`card rent-due-card ${late ? 'rent-due-late' : ''}`} data-testid="rental-due">
          <span className="rent-label">{t(`rental.bigDate.${r.status}`)}</span>
          <strong className="rent-due-big" data-testid="rental-due-words">{dateWords(bigDate, lang)}</strong>
          {r.status === 'booked' || r.status === 'out' ? <span className="rent-relative">{relative(bigDate)}</span> : null}
          {late ? (
            <strong className="rent-late-line" data-testid="rental-late">
              {t('rental.lateNow', { count: r.lateDaysNow })} · {t('rental.lateFeeSoFar')} <Money paise={r.lateFeeNowPaise} />
            </strong>
          ) : null}
          <dl className="facts rent-dates-list">
            <dt>{t('rental.pickUpDate')}</dt><dd>{dateWords(r.fromDate, lang)}</dd>
            <dt>{t('rental.dueDate')}</dt><dd data-testid="rental-due-date">{dateWords(r.dueDate, lang)}</dd>
            {r.eventDate ? (<><dt>{t('rental.eventDate')}</dt><dd>{dateWords(r.eventDate, lang)}</dd></>) : null}
            <dt>{t('rental.days')}</dt><dd>{t('rental.daysN', { count: r.days })}</dd>
          </dl>
        </div>
        <div className="card rent-customer-card" data-testid="rental-customer">
          <span className="rent-label">{t('rental.customer')}</span>
          <strong className="rent-cust-name">{r.customer.name}</strong>
          <a href={`tel:${r.customer.phone.replace(/[^\d+]/g, '')}`} className="rent-phone" data-testid="rental-phone">{t('rental.call')} {r.customer.phone}</a>
          {r.customer.idNote ? <span>{t('rental.idNote')}: {r.customer.idNote}</span> : null}
          {r.customer.address ? <span className="muted">{r.customer.address}</span> : null}
          {late ? (
            <OverdueContact summary={{ id: r.id, rentalNo: r.rentalNo, customerName: r.customer.name, customerPhone: r.customer.phone, itemsHi: itemsText(r, 'hi', true), itemsEn: itemsText(r, 'en', true), dueDate: r.dueDate, lateDays: r.lateDaysNow, lateFeePerDayPaise: Math.round(r.lateFeeNowPaise / r.lateDaysNow) }} showCall={false} />
          ) : null}
          {r.note ? <span className="muted">{t('rental.note')}: {r.note}</span> : null}
          {r.status === 'cancelled' ? <span className="rent-bad">{t('rental.cancelledBecause', { reason: r.cancelReason })}</span> : null}
        </div>
      </div>

      {action === null ? (
        <div className="row rent-actions" data-testid="rental-actions">
          {r.status === 'booked' ? <button type="button" className="primary big" onClick={() => setAction('pickup')} data-testid="action-pickup">{t('rental.actions.pickup')}</button> : null}
          {r.status === 'out' ? <button type="button" className="primary big" onClick={() => setAction('checkin')} data-testid="action-checkin">{t('rental.actions.checkin')}</button> : null}
          {r.status === 'out' || r.status === 'booked' ? <button type="button" className="big" onClick={() => setAction('extend')} data-testid="action-extend">{t('rental.actions.extend')}</button> : null}
          {r.status === 'booked' ? <button type="button" className="big" onClick={() => setAction('cancel')} data-testid="action-cancel">{t('rental.actions.cancel')}</button> : null}
        </div>
      ) : null}
      {action === 'pickup' ? <PickUpPanel rental={r} onCancel={() => setAction(null)} onDone={(x) => finish(x, 'pickup')} /> : null}
      {action === 'checkin' ? <CheckInPanel rental={r} manager={manager} onCancel={() => setAction(null)} onDone={(x, id) => { setReturnId(id); finish(x, 'checkin'); }} /> : null}
      {action === 'extend' ? <ExtendPanel rental={r} onCancel={() => setAction(null)} onDone={(x) => finish(x, 'extend')} /> : null}
      {action === 'cancel' ? <CancelPanel rental={r} manager={manager} onCancel={() => setAction(null)} onDone={(x) => finish(x, 'cancel')} /> : null}

      {returnId !== null ? (
        <SlipPanel key={`ret-${returnId}`} doc="rental_return" id={returnId} title={t('rental.returnSlip')} printLabel={t('rental.printReturnSlip')} testId="return-slip" />
      ) : null}
      {action === null && r.status !== 'cancelled' ? (
        <SlipPanel key={`slip-${r.status}`} doc="rental" id={r.id} title={r.status === 'booked' ? t('rental.bookingSlip') : t('rental.rentalSlip')}
          printLabel={r.status === 'booked' ? t('rental.printBookingSlip') : t('rental.printRentalSlip')} testId="rental-slip" duplicate={r.status === 'returned'} />
      ) : null}

      <div className="card">
        <h3>{t('rental.items')}</h3>
        <table className="grid rent-detail-lines" data-testid="rental-lines">
          <thead>
            <tr>
              <th>{t('rental.col.item')}</th>
              <th>{t('rental.col.tag')}</th>
              <th className="num">{t('rental.col.qty')}</th>
              <th className="num">{t('rental.col.returned')}</th>
              <th className="num">{t('rental.col.missing')}</th>
              <th className="num">{t('rental.col.rent')}</th>
              <th className="num">{t('rental.col.deposit')}</th>
            </tr>
          </thead>
          <tbody>
            {r.lines.map((l) => (
              <tr key={l.lineId}>
                <td><span className="name-main">{pickName(l, lang)}</span><span className="name-sub">{l.sku}</span></td>
                <td>{l.tag ?? '—'}</td>
                <td className="num">{l.qty}</td>
                <td className="num">{l.returnedQty}</td>
                <td className="num">{l.missingQty}</td>
                <td className="num"><Money paise={l.rentPaise} /></td>
                <td className="num"><Money paise={l.depositPaise} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <div className="rent-money-row">
        <div className="card" data-testid="rental-money">
          <h3>{t('rental.money')}</h3>
          <dl className="facts rent-sum">
            <dt>{t('rental.rent')}</dt><dd><Money paise={r.rentPaise} /></dd>
            <dt>{t('rental.deposit')}</dt><dd><Money paise={r.depositPaise} /></dd>
            {r.advancePaise > 0 ? (<><dt>{t('rental.advancePaid')}</dt><dd data-testid="rental-advance"><Money paise={r.advancePaise} /></dd></>) : null}
            {r.status !== 'booked' ? (<><dt>{t('rental.depositHeld')}</dt><dd data-testid="rental-deposit-held"><Money paise={r.depositHeldPaise} /></dd></>) : null}
            {r.status === 'booked' ? (
              <><dt>{t('rental.toPayAtPickUp')}</dt><dd data-testid="rental-balance"><Money paise={dueAtPickUp(r)} /></dd></>
            ) : r.balancePaise !== 0 ? (
              <><dt>{r.balancePaise > 0 ? t('rental.balanceOwed') : t('rental.balanceCredit')}</dt><dd data-testid="rental-balance"><Money paise={Math.abs(r.balancePaise)} /></dd></>
            ) : null}
          </dl>
        </div>
        <div className="card" data-testid="rental-payments">
          <h3>{t('rental.payments')}</h3>
          {r.payments.length === 0 ? <p className="muted">{t('rental.noPayments')}</p> : null}
          <ul className="receipt-payments">
            {r.payments.map((p, i) => (
              <li key={i}>
                <span>{t(`rental.event.${p.event}`)} · {t(`sale.method.${p.method}`)}{p.amountPaise < 0 ? ` · ${t('rental.givenBack')}` : ''}</span>
                <Money paise={Math.abs(p.amountPaise)} className={p.amountPaise < 0 ? 'rent-refund' : undefined} />
                <span className="muted">{formatWhen(p.at, lang)}{p.ref ? ` · ${p.ref}` : ''}</span>
              </li>
            ))}
          </ul>
        </div>
      </div>

      {r.returns.length > 0 ? (
        <div className="card" data-testid="rental-returns">
          <h3>{t('rental.returns')}</h3>
          {r.returns.map((x, n) => (
            <div key={x.id} className="rent-return" data-testid={`return-${x.returnNo}`}>
              <p className="rent-return-head">
                <strong>{x.returnNo}</strong> · {dateWords(x.businessDate, lang)} · {x.cashier}
                {x.approvedBy ? ` (${t('sale.approvedBy', { name: x.approvedBy })})` : ''}
              </p>
              <ul>
                {x.lines.map((l) => (
                  <li key={l.lineId}>
                    {pickName(l, lang)}{l.tag ? ` (${l.tag})` : ''}: {t('rental.backN', { n: l.qty })}
                    {l.missingQty ? `, ${t('rental.missingN', { n: l.missingQty })}` : ''}
                    {l.damagePaise ? <> · {t('rental.damage')} <Money paise={l.damagePaise} /> ({l.damageNote})</> : null}
                    {l.condition === 'repair' ? ` · ${t('rental.toRepair')}` : ''}
                    {l.photoId !== null ? <RentalPhoto photoId={l.photoId} label={t('rental.photoOf', { name: pickName(l, lang) })} /> : null}
                  </li>
                ))}
              </ul>
              {stillOutAfter(r, n) > 0 ? <p className="rent-still-out" data-testid={`return-still-out-${x.returnNo}`}>{t('rental.stillWithCustomer', { count: stillOutAfter(r, n) })}</p> : null}
              <dl className="facts rent-sum">
                <dt>{t('rental.lateFee')}</dt><dd><Money paise={x.lateFeePaise} />{x.lateFeeWaived ? ` (${t('rental.waived')})` : ''} · {t('rental.lateDaysN', { count: x.lateDays })}</dd>
                <dt>{t('rental.damage')}</dt><dd><Money paise={x.damagePaise} /></dd>
                <dt>{t('rental.depositReleased')}</dt><dd><Money paise={x.depositReleasedPaise} /></dd>
                <dt>{x.refundPaise >= 0 ? t('rental.refunded') : t('rental.collected')}</dt><dd data-testid={`return-refund-${x.returnNo}`}><Money paise={Math.abs(x.refundPaise)} /></dd>
              </dl>
              {x.id !== returnId ? (
                <SlipPanel doc="rental_return" id={x.id} title={t('rental.returnSlip')} printLabel={t('rental.reprintReturnSlip')} testId={`return-slip-${x.id}`} duplicate />
              ) : null}
            </div>
          ))}
        </div>
      ) : null}
      <p className="muted">{t('rental.createdBy', { name: r.createdBy, at: formatWhen(r.createdAt, lang) })}</p>
    </section>
  );
}
