import { useTranslation } from 'react-i18next';
import type { RentalQuote } from '../../../../src/shared/api/rentals';
import { Money } from '../../components/Money';
import { pickName } from '../Stock/names';
import type { RentalError } from './useRentalError';

/**
 * The booking's price as it stands: days, rent, deposit, total; red when something is not free.
 * A line with both a day rate and an event package shows both: the cheaper is charged unless the
 * counter ticks "event package" for it (#19).
 */
export function QuoteBox(props: {
  quote: RentalQuote | null;
  error: RentalError | null;
  empty: boolean;
  names?: ({ nameHi: string; nameEn: string } | null)[];
  onEventPackage?: (lineIndex: number, on: boolean) => void;
  /** The form's own choice per line: the box follows the click at once, not the quote that comes back after it. */
  picked?: boolean[];
}) {
  const { t, i18n } = useTranslation();
  const q = props.quote;
  const both = q ? q.lines.map((l, i) => ({ l, i })).filter(({ l }) => l.dayRentPaise !== null && l.eventRentPaise !== null) : [];
  return (
    <div className={`card rent-quote ${q && !q.ok ? 'rent-quote-bad' : ''}`} data-testid="rent-quote" aria-live="polite">
      {props.error ? <p className="banner banner-error" role="alert" data-testid="rent-quote-error">{props.error.message}</p> : null}
      {!q && !props.error ? <p className="muted">{props.empty ? t('rental.quoteEmpty') : t('common.loading')}</p> : null}
      {q ? (
        <>
          <dl className="facts rent-quote-facts">
            <dt>{t('rental.days')}</dt>
            <dd data-testid="rent-quote-days">{t('rental.daysN', { count: q.days })}</dd>
            <dt>{t('rental.rent')}</dt>
            <dd data-testid="rent-quote-rent"><Money paise={q.rentPaise} /></dd>
            <dt>{t('rental.deposit')}</dt>
            <dd data-testid="rent-quote-deposit"><Money paise={q.depositPaise} /></dd>
          </dl>
          {both.length ? (
            <ul className="rent-choices" data-testid="rent-choices">
              {both.map(({ l, i }) => {
                const n = props.names?.[i];
                const dayOn = l.rentRule === 'cheaper' && l.dayRentPaise! < l.eventRentPaise!;
                return (
                  <li key={i} data-testid={`rent-choice-${i}`}>
                    {n ? <span className="rent-choice-name">{pickName(n, i18n.language)}</span> : null}
                    <span className={dayOn ? 'rent-choice-on' : ''}>{t('rentRule.byDay')} <Money paise={l.dayRentPaise!} /></span>
                    <span className={dayOn ? '' : 'rent-choice-on'}>{t('rentRule.package')} <Money paise={l.eventRentPaise!} /></span>
                    {props.onEventPackage ? (
                      <label className="check-row rent-choice-pick">
                        <input type="checkbox" checked={props.picked?.[i] ?? l.rentRule === 'event'} onChange={(e) => props.onEventPackage!(i, e.target.checked)} data-testid={`rent-event-${i}`} />
                        <span>{t('rentRule.pickPackage')}</span>
                      </label>
                    ) : null}
                  </li>
                );
              })}
              <li className="hint">{t('rentRule.cheaperHint')}</li>
            </ul>
          ) : null}
          <div className="total-card rent-quote-total">
            <span className="total-label">{t('rental.quoteTotal')}</span>
            <Money paise={q.totalPaise} className="total-amount" />
          </div>
          <p className="hint">{t('rental.depositBack')}</p>
          {!q.ok ? <p className="banner banner-error" role="alert" data-testid="rent-quote-notfree">{t('rental.someNotFree')}</p> : null}
        </>
      ) : null}
    </div>
  );
}
