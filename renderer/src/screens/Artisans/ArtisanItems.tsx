import { useTranslation } from 'react-i18next';
import type { ProductRow } from '../../../../src/shared/api';
import { Money } from '../../components/Money';
import { namePair, showQty } from './format';
import { ITEMS_LIMIT } from './useArtisanItems';

/** Her items with what is on the shelf; a row's button shows that item's stock history below. */
export function ArtisanItems(props: { items: ProductRow[]; total: number; selected: number | null; onSelect: (id: number) => void }) {
  const { t, i18n } = useTranslation();
  if (props.items.length === 0) return <p className="card muted">{t('artisan.noItems')}</p>;
  return (
    <>
      <table className="grid artisan-items" data-testid="artisan-items">
        <thead>
          <tr>
            <th>{t('stock.sku')}</th>
            <th>{t('stock.name')}</th>
            <th className="art-num">{t('stock.price')}</th>
            <th className="art-num">{t('artisan.onHand')}</th>
            <th>
              <span className="art-sr">{t('artisan.movements')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {props.items.map((p) => {
            const name = namePair(i18n.language === 'hi', p);
            return (
              <tr key={p.id} className={p.id === props.selected ? 'art-row-on' : undefined} data-testid={`item-${p.sku}`}>
                <td>{p.sku}</td>
                <td>
                  <span className="name-main">{name.main}</span>
                  {name.sub ? <span className="name-sub" lang={name.subLang}>{name.sub}</span> : null}
                </td>
                <td className="art-num">
                  <Money paise={p.pricePaise} />
                </td>
                <td className="art-num" data-testid="on-hand">
                  {showQty(p.onHandMilli ?? p.onHand * 1000)}
                </td>
                <td className="art-num">
                  <button type="button" aria-pressed={p.id === props.selected} onClick={() => props.onSelect(p.id)}>
                    {t('artisan.movements')}
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {props.total > ITEMS_LIMIT ? <p className="muted">{t('artisan.moreItems', { shown: ITEMS_LIMIT, total: props.total })}</p> : null}
    </>
  );
}
