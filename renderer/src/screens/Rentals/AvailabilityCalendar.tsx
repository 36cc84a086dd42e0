import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Availability, DayState } from '../../../../src/shared/api/rentals';
import { call } from '../../api/client';
import { useErrorMessage } from './useRentalError';
import { useRentals } from './context';
import { addDays, dateShort, dateWords, mondayOf, monthWords, weekdayNames } from './dates';

const WEEKS = 6;
const STATES: DayState[] = ['free', 'booked', 'out', 'buffer', 'unavailable'];

/**
 * When an item is free: six weeks as a wall calendar, each day with how many are free (green: all,
 * amber: some, red: none), and for tagged pieces one strip per piece coloured by what it is doing
 * that day (free, booked, out with a customer, kept free for cleaning, not available), the rental
 * holding it on hover. A legend in the screen's language says what each colour means.
 */
export function AvailabilityCalendar(props: { productId: number; start: string; /** The dates being booked, outlined. */ range?: { from: string; to: string } }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { today } = useRentals();
  const [from, setFrom] = useState(() => mondayOf(props.start || today));
  const [data, setData] = useState<Availability | null>(null);
  const [error, setError] = useErrorMessage();
  const to = addDays(from, WEEKS * 7 - 1);

  useEffect(() => {
    if (!from) return;
    let live = true;
    setData(null);
    void call('rentals.getAvailability', { productId: props.productId, from, to }).then((r) => {
      if (!live) return;
      if (r.ok) setData(r.value);
      else setError(r.error);
    });
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [props.productId, from]);

  const weeks = Array.from({ length: WEEKS }, (_, w) => Array.from({ length: 7 }, (_, d) => addDays(from, w * 7 + d)));
  const dayOf = new Map((data?.days ?? []).map((d) => [d.date, d]));
  const inRange = (date: string) => Boolean(props.range && props.range.from <= date && date <= props.range.to);
  const fullness = (date: string) => {
    const d = dayOf.get(date);
    if (!d || !data) return '';
    return d.free >= data.total ? 'cal-free' : d.free === 0 ? 'cal-none' : 'cal-some';
  };

  return (
    <div className="cal" data-testid="availability">
      <div className="cal-nav">
        <button type="button" onClick={() => setFrom(addDays(from, -28))} data-testid="cal-earlier">◀ {t('rental.cal.earlier')}</button>
        <strong className="cal-range">{monthWords(from, lang)} – {monthWords(to, lang)}</strong>
        {today ? <button type="button" onClick={() => setFrom(mondayOf(today))}>{t('rental.cal.today')}</button> : null}
        <button type="button" onClick={() => setFrom(addDays(from, 28))} data-testid="cal-later">{t('rental.cal.later')} ▶</button>
      </div>
      {error ? <p className="banner banner-error" role="alert">{error}</p> : null}
      {data ? <p className="muted">{t('rental.cal.total', { n: data.total })}</p> : <p className="muted">{t('common.loading')}</p>}
      <table className="cal-month" aria-label={t('rental.cal.freeEachDay')}>
        <thead>
          <tr>{weekdayNames(lang).map((w) => <th key={w} scope="col">{w}</th>)}</tr>
        </thead>
        <tbody>
          {weeks.map((week) => (
            <tr key={week[0]}>
              {week.map((date) => {
                const d = dayOf.get(date);
                const day = Number(date.slice(8));
                return (
                  <td key={date} className={`cal-day ${fullness(date)} ${date < today ? 'cal-past' : ''} ${date === today ? 'cal-today' : ''} ${inRange(date) ? 'cal-chosen' : ''}`}
                    title={d ? `${dateWords(date, lang)}: ${t('rental.cal.dayTitle', { free: d.free, booked: d.booked, out: d.out, buffer: d.buffer })}` : dateWords(date, lang)}
                    data-testid={`cal-${date}`}>
                    <span className="cal-num">{day === 1 || date === from ? `${day} ${monthWords(date, lang).split(' ')[0]}` : day}</span>
                    {d ? <span className="cal-free-n">{t('rental.cal.freeOf', { free: d.free, total: data?.total ?? 0 })}</span> : null}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {data && data.mode === 'pieces' && data.pieces.length > 0 ? (
        <div className="cal-pieces-wrap">
          <table className="cal-pieces" data-testid="cal-pieces">
            <thead>
              <tr>
                <th scope="col">{t('rental.col.tag')}</th>
                {data.days.map((d) => (
                  <th key={d.date} scope="col" className={d.date === today ? 'cal-today' : undefined} title={dateWords(d.date, lang)}>
                    {Number(d.date.slice(8))}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {data.pieces.map((p) => (
                <tr key={p.pieceId} data-testid={`cal-piece-${p.tag}`}>
                  <th scope="row">
                    {p.tag}
                    <span className="name-sub">{t(`rental.pieceStatus.${p.status}`)}</span>
                  </th>
                  {p.days.map((s, i) => {
                    const date = data.days[i]?.date ?? '';
                    return (
                      <td key={date} className={`cal-cell cal-${s.state}`} title={`${dateShort(date, lang)}: ${t(`rental.cal.state.${s.state}`)}${s.rentalNo ? ` · ${s.rentalNo}` : ''}`} data-state={s.state}>
                        <span className="sale-sr">{t(`rental.cal.state.${s.state}`)}</span>
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <ul className="cal-legend" aria-label={t('rental.cal.legend')}>
        <li><span className="cal-swatch cal-free" /> {t('rental.cal.allFree')}</li>
        <li><span className="cal-swatch cal-some" /> {t('rental.cal.someFree')}</li>
        <li><span className="cal-swatch cal-none" /> {t('rental.cal.noneFree')}</li>
        {props.range ? <li><span className="cal-swatch cal-chosen" /> {t('rental.cal.chosen')}</li> : null}
        {data?.mode === 'pieces'
          ? STATES.filter((s) => s !== 'free').map((s) => (
              <li key={s}><span className={`cal-swatch cal-cell cal-${s}`} /> {t(`rental.cal.state.${s}`)}</li>
            ))
          : null}
      </ul>
    </div>
  );
}
