import { useTranslation } from 'react-i18next';
import type { RentableItem } from '../../../../src/shared/api/rentals';
import { pickName } from '../Stock/names';
import { AvailabilityCalendar } from './AvailabilityCalendar';
import { useRentals } from './context';
import { priceText } from './format';
import { PiecesPanel } from './PiecesPanel';
import { TermsForm } from './TermsForm';

/** One rentable item: its terms (a manager edits them), its tagged pieces, and when it is free. */
export function ItemPanel(props: { item: RentableItem; onBack: () => void; onSaved: () => void }) {
  const { t, i18n } = useTranslation();
  const { manager, today } = useRentals();
  const i = props.item;
  return (
    <div className="rent-item" data-testid="item-panel">
      <div className="screen-head">
        <button type="button" onClick={props.onBack} data-testid="item-back">← {t('rental.allItems')}</button>
        <h3>{pickName(i, i18n.language)} <span className="muted">{i.sku}</span></h3>
      </div>
      {i.terms ? <p className="card rent-terms-line">{priceText(i.terms, t, i18n.language)}</p> : <p className="banner banner-info">{t('errors.RENTAL_TERMS_MISSING')}</p>}
      {manager ? <TermsForm item={i} onSaved={props.onSaved} /> : <p className="muted">{t('rental.managerEdits')}</p>}
      {i.terms?.mode === 'pieces' ? <PiecesPanel item={i} onChanged={props.onSaved} /> : null}
      <div className="card">
        <h3>{t('rental.cal.title')}</h3>
        <AvailabilityCalendar productId={i.productId} start={today} />
      </div>
    </div>
  );
}
