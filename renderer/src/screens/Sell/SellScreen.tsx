import { useTranslation } from 'react-i18next';
import { Money } from '../../components/Money';

/** The counter's main screen; the checkout itself arrives with its own update. */
export function SellScreen() {
  const { t } = useTranslation();
  return (
    <section className="screen sell">
      <h2>{t('sell.title')}</h2>
      <div className="card total-card">
        <span className="total-label">{t('sell.total')}</span>
        <Money paise={0} className="total-amount" />
      </div>
      <p className="card muted">{t('sell.next')}</p>
    </section>
  );
}
