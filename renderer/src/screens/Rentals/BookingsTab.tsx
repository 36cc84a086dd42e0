import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RentalView } from '../../../../src/shared/api/rentals';
import { SearchBox } from '../Stock/SearchBox';
import { RentalTable } from './RentalTable';
import { useRentalList } from './useRentalList';

const VIEWS: RentalView[] = ['all', 'booked', 'out', 'overdue', 'returned', 'cancelled'];
const PAGE = 50;

/** Every booking and rental: find one by slip number, customer's name or phone; filter by state. */
export function BookingsTab(props: { onOpen: (id: number) => void }) {
  const { t } = useTranslation();
  const [view, setView] = useState<RentalView>('all');
  const [q, setQ] = useState('');
  const [limit, setLimit] = useState(PAGE);
  const list = useRentalList(view, q, limit);

  return (
    <div className="rent-bookings" data-testid="rentals-bookings">
      <SearchBox label={t('rental.search')} onSearch={(v) => { setQ(v); setLimit(PAGE); }} onEnter={(v) => { setQ(v); setLimit(PAGE); }} testId="rentals-search" />
      <div className="choice rent-views" role="radiogroup" aria-label={t('rental.filter')}>
        {VIEWS.map((v) => (
          <label key={v} className={v === view ? 'chip chip-on' : 'chip'}>
            <input type="radio" name="rent-view" checked={v === view} onChange={() => { setView(v); setLimit(PAGE); }} data-testid={`rentals-view-${v}`} />
            {t(`rental.views.${v}`)}
          </label>
        ))}
      </div>
      {list.error ? <p className="banner banner-error" role="alert">{list.error}</p> : null}
      {list.rows === null && !list.error ? <p className="muted">{t('common.loading')}</p> : null}
      {list.rows && list.rows.length === 0 ? <p className="card muted">{q ? t('rental.noMatch', { q }) : t('rental.none')}</p> : null}
      {list.rows && list.rows.length > 0 ? <RentalTable rows={list.rows} onOpen={props.onOpen} testId="rentals-list" /> : null}
      {list.rows && list.total > list.rows.length ? (
        <button type="button" className="big" onClick={() => setLimit((l) => Math.min(200, l + PAGE))} disabled={limit >= 200}>
          {t('rental.more', { shown: list.rows.length, total: list.total })}
        </button>
      ) : null}
    </div>
  );
}
