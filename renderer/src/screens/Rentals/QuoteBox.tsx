import { useTranslation } from 'react-i18next';
import type { RentalQuote } from '../../../../src/shared/api/rentals';
import { Money } from '../../components/Money';
import type { RentalError } from './useRentalError';

/** The booking's price as it stands: days, rent, deposit, total; red when something is not free. */
export function QuoteBox(props: { quote: RentalQuote | null; error: RentalError | null; empty: boolean }) {
  const { t } = useTranslation();
  const q = props.quote;
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
