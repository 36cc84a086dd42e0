import { useTranslation } from 'react-i18next';
import { useRentals } from './context';
import { dateWords } from './dates';
import { OverdueContact } from './OverdueContact';
import { RentalTable } from './RentalTable';
import { useRentalList } from './useRentalList';

/**
 * The counter's day: what is late (call or WhatsApp her), what comes back today, and who picks
 * up in the next days (get it ready). The first thing the rentals area shows.
 */
export function TodayTab(props: { onOpen: (id: number) => void; onNew: () => void; onWalkIn: () => void }) {
  const { t, i18n } = useTranslation();
  const { today } = useRentals();
  const overdue = useRentalList('overdue');
  const due = useRentalList('due_today');
  const pickups = useRentalList('pickups');

  const section = (key: 'overdue' | 'dueToday' | 'pickups', list: ReturnType<typeof useRentalList>, contact = false) => (
    <section className={`card rent-section rent-section-${key}`} data-testid={`today-${key}`}>
      <h3>
        {t(`rental.today.${key}`)} <span className="rent-count">{list.rows ? list.total : '…'}</span>
      </h3>
      {list.error ? <p className="banner banner-error" role="alert">{list.error}</p> : null}
      {list.rows && list.rows.length === 0 ? <p className="muted">{t(`rental.today.${key}None`)}</p> : null}
      {list.rows && list.rows.length > 0 ? (
        <RentalTable rows={list.rows} onOpen={props.onOpen} testId={`list-${key}`} extra={contact ? (r) => <OverdueContact summary={r} /> : undefined} />
      ) : null}
    </section>
  );

  return (
    <div className="rent-today" data-testid="rentals-today">
      <div className="rent-today-head">
        <p className="rent-today-date">{today ? t('rental.today.is', { date: dateWords(today, i18n.language) }) : t('common.loading')}</p>
        <div className="row">
          <button type="button" className="primary big" onClick={props.onNew} data-testid="today-new">+ {t('rental.tabs.new')}</button>
          <button type="button" className="big" onClick={props.onWalkIn} data-testid="today-walkin">{t('rental.tabs.walkIn')}</button>
        </div>
      </div>
      {section('overdue', overdue, true)}
      {section('dueToday', due)}
      {section('pickups', pickups)}
    </div>
  );
}
