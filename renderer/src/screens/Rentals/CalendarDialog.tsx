import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { pickName } from '../Stock/names';
import { AvailabilityCalendar } from './AvailabilityCalendar';
import { useRentableItems } from './useRentableItems';

/** The availability calendar over whatever screen opened it (a booking keeps what was typed). */
export function CalendarDialog(props: { productId: number; start: string; range?: { from: string; to: string }; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const { items } = useRentableItems(true);
  const item = items?.find((i) => i.productId === props.productId);
  return (
    <div className="sale-modal" role="dialog" aria-modal="true" aria-labelledby="cal-title" data-testid="calendar-dialog"
      onKeyDown={(e) => { if (e.key === 'Escape') { e.stopPropagation(); props.onClose(); } }}>
      <div className="card cal-dialog">
        <div className="cal-dialog-head">
          <h3 id="cal-title">
            {t('rental.cal.title')}
            {item ? <span className="name-sub">{pickName(item, i18n.language)} · {item.sku}</span> : null}
          </h3>
          <LanguageSwitch />
          <button type="button" className="primary" onClick={props.onClose} autoFocus data-testid="calendar-close">{t('rental.close')}</button>
        </div>
        <AvailabilityCalendar productId={props.productId} start={props.start} range={props.range} />
      </div>
    </div>
  );
}
