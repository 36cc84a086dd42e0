import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProductRow } from '../../../../src/shared/api';
import { call } from '../../api/client';
import { Money } from '../../components/Money';
import { NameCell } from '../Stock/catalogColumns';
import { formatQty } from '../Stock/qty';
import { SearchBox } from '../Stock/SearchBox';

const sellable = (r: ProductRow) => r.forSale && r.status !== 'archived';

/**
 * The counter's search box: a scanned or typed barcode / SKU adds the item at once; a name in
 * Devanagari, English or Latin-typed Hindi lists matches to add by a click (Enter adds the first).
 */
export function ProductSearch(props: { onAdd: (p: ProductRow) => boolean; onNotFound: (code: string) => void }) {
  const { t, i18n } = useTranslation();
  const [rows, setRows] = useState<ProductRow[] | null>(null);
  // The query the list on screen answers (the screen benchmark and tests read it from data-query).
  const [shown, setShown] = useState('');
  const [boxKey, setBoxKey] = useState(0);
  const asked = useRef('');

  async function search(q: string) {
    if (q === asked.current && q !== '') return; // a trailing space: the list on screen (or on its way) already answers it
    asked.current = q;
    if (!q) return setRows(null);
    const r = await call('catalog.search', { q, limit: 20 });
    if (asked.current !== q) return;
    setRows(r.ok ? r.value.rows.filter(sellable) : []);
    setShown(q);
  }

  async function enter(code: string): Promise<boolean> {
    const r = await call('catalog.lookup', { code });
    if (r.ok) {
      const taken = props.onAdd(r.value);
      if (taken) setRows(null);
      return taken;
    }
    // Not a code: Enter on a name adds the best match already listed for it.
    const first = asked.current === code ? rows?.[0] : undefined;
    if (first && props.onAdd(first)) {
      setRows(null);
      return true;
    }
    if (/^\d{8,14}$/.test(code)) props.onNotFound(code);
    return false;
  }

  function pick(p: ProductRow) {
    if (!props.onAdd(p)) return;
    setRows(null);
    asked.current = '';
    setBoxKey((k) => k + 1); // a fresh, empty, focused box for the next item
  }

  return (
    <div className="picker sale-search">
      <SearchBox key={boxKey} label={t('sale.scanOrSearch')} onSearch={(q) => void search(q)} onEnter={enter} testId="sell-search" autoFocus delayMs={0} />
      {rows && rows.length === 0 ? <p className="muted" data-testid="sell-no-match" data-query={shown}>{t('sale.noMatch')}</p> : null}
      {rows && rows.length > 0 ? (
        <ul className="pick-list" data-testid="sell-results" data-query={shown}>
          {rows.slice(0, 8).map((r) => (
            <li key={r.id}>
              <button type="button" className="pick sale-pick" onClick={() => pick(r)}>
                <span className="pick-name"><NameCell row={r} lang={i18n.language} /></span>
                <span className="muted">{r.sku}</span>
                <span className="muted">{t('sale.inStock', { qty: formatQty(r.onHandMilli ?? r.onHand * 1000) })}</span>
                <Money paise={r.pricePaise} />
                <span className="pick-add">+ {t('sale.add')}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
