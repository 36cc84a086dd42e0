import { useTranslation } from 'react-i18next';
import type { ProductRow, StockChange } from '../../../../src/shared/api';
import { namePair, showQty } from './format';

/** What went back to her just now, and what is left on the shelf of each. */
export function ReturnedSlip(props: { artisanName: string; change: StockChange; items: ProductRow[] }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="banner banner-ok" role="status" data-testid="returned">
      <p className="art-slip-title">{t('artisan.returned', { name: props.artisanName })}</p>
      <ul className="art-slip-lines">
        {props.change.movements.map((m) => {
          const p = props.items.find((x) => x.id === m.productId);
          return (
            <li key={m.movementId}>
              {t('artisan.returnedLine', { qty: showQty(-m.qtyMilli), item: p ? namePair(i18n.language === 'hi', p).main : m.productId, onHand: showQty(m.onHandMilli) })}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
