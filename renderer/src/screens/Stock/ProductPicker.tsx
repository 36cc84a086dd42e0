import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProductRow } from '../../../../src/shared/api';
import { call } from '../../api/client';
import { Money } from '../../components/Money';
import { NameCell } from './catalogColumns';
import { SearchBox } from './SearchBox';

/**
 * Scan or type a code (Enter) to add at once; or type a name and pick from the matches.
 * `accept` narrows the matches (e.g. only one artisan's goods); `onPick` gets the product's id.
 */
export function ProductPicker(props: { accept: (r: ProductRow) => boolean; onPick: (id: number) => Promise<boolean>; disabled?: boolean; testId?: string }) {
  const { t, i18n } = useTranslation();
  const [rows, setRows] = useState<ProductRow[] | null>(null);

  async function search(q: string) {
    if (!q) return setRows(null);
    const r = await call('catalog.search', { q, limit: 50 });
    setRows(r.ok ? r.value.rows.filter((row) => row.status !== 'archived' && props.accept(row)) : []);
  }

  async function enter(code: string): Promise<boolean> {
    const r = await call('catalog.lookup', { code });
    if (!r.ok) return false; // not a code: show what the name matches instead
    const taken = await props.onPick(r.value.id);
    if (taken) setRows(null);
    return taken;
  }

  if (props.disabled) return null;
  return (
    <div className="picker">
      <SearchBox label={t('intake.scanOrSearch')} onSearch={(q) => void search(q)} onEnter={enter} testId={props.testId} />
      {rows && rows.length === 0 ? <p className="muted">{t('intake.noneHers')}</p> : null}
      {rows && rows.length > 0 ? (
        <ul className="pick-list" data-testid="pick-list">
          {rows.slice(0, 12).map((r) => (
            <li key={r.id}>
              <button type="button" className="pick" onClick={() => void props.onPick(r.id)}>
                <span className="pick-name"><NameCell row={r} lang={i18n.language} /></span>
                <span className="muted">{r.sku}</span>
                <Money paise={r.pricePaise} />
                <span className="pick-add">+ {t('intake.add')}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
