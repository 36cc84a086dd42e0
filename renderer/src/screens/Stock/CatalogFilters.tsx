import { useTranslation } from 'react-i18next';
import type { Artisan, Craft, Input } from '../../../../src/shared/api';
import { pickName } from './names';

export type SortKey = NonNullable<Input<'catalog.page'>['sort']>;
export const SORTS: SortKey[] = ['id', 'name', 'sku', 'price', 'onHand'];

export interface Filters {
  craftId: string;
  /** '' everyone, 'group' the group's own, else an artisan's id. */
  owner: string;
  use: '' | 'sale' | 'rent';
  lowOnly: boolean;
  archived: boolean;
  sort: SortKey;
}
export const NO_FILTERS: Filters = { craftId: '', owner: '', use: '', lowOnly: false, archived: false, sort: 'id' };

/** The filters as catalog.page wants them. */
export function pageQuery(f: Filters): Omit<Input<'catalog.page'>, 'offset' | 'limit'> {
  return {
    craftId: f.craftId ? Number(f.craftId) : undefined,
    artisanId: f.owner === 'group' ? 'group' : f.owner ? Number(f.owner) : undefined,
    forRent: f.use === '' ? undefined : f.use === 'rent',
    lowStockOnly: f.lowOnly,
    status: f.archived ? 'archived' : 'active',
    sort: f.sort,
  };
}

/**
 * One row of big selects above the catalogue: craft, owner, sale/rent, sort, and two toggles,
 * folded under one line (how many are set) so the list shows ten rows or more at 1366x768 (#19).
 */
export function CatalogFilters(props: { value: Filters; onChange: (f: Filters) => void; crafts: Craft[]; artisans: Artisan[] }) {
  const { t, i18n } = useTranslation();
  const f = props.value;
  const set = <K extends keyof Filters>(k: K, v: Filters[K]) => props.onChange({ ...f, [k]: v });
  const active = (f.craftId ? 1 : 0) + (f.owner ? 1 : 0) + (f.use ? 1 : 0) + (f.lowOnly ? 1 : 0) + (f.archived ? 1 : 0) + (f.sort !== 'id' ? 1 : 0);
  return (
    <details className="filters-fold" open={active > 0 || undefined} data-testid="catalog-filters-fold">
    <summary>{active ? t('counter.filtersOn', { count: active }) : t('counter.filters')}</summary>
    <div className="filters" data-testid="catalog-filters">
      <label className="filter">
        <span>{t('stock.craft')}</span>
        <select value={f.craftId} onChange={(e) => set('craftId', e.target.value)} data-testid="filter-craft">
          <option value="">{t('catalog.all')}</option>
          {props.crafts.map((c) => <option key={c.id} value={c.id}>{pickName(c, i18n.language)}</option>)}
        </select>
      </label>
      <label className="filter">
        <span>{t('stock.owner')}</span>
        <select value={f.owner} onChange={(e) => set('owner', e.target.value)} data-testid="filter-owner">
          <option value="">{t('catalog.all')}</option>
          <option value="group">{t('stock.groupStock')}</option>
          {props.artisans.map((a) => <option key={a.id} value={a.id}>{pickName(a, i18n.language)}</option>)}
        </select>
      </label>
      <label className="filter">
        <span>{t('stock.use')}</span>
        <select value={f.use} onChange={(e) => set('use', e.target.value as Filters['use'])} data-testid="filter-use">
          <option value="">{t('catalog.all')}</option>
          <option value="sale">{t('catalog.saleOnly')}</option>
          <option value="rent">{t('catalog.rentable')}</option>
        </select>
      </label>
      <label className="filter">
        <span>{t('catalog.sortBy')}</span>
        <select value={f.sort} onChange={(e) => set('sort', e.target.value as SortKey)} data-testid="filter-sort">
          {SORTS.map((s) => <option key={s} value={s}>{t(`catalog.sort.${s}`)}</option>)}
        </select>
      </label>
      <label className={f.lowOnly ? 'chip chip-on' : 'chip'}>
        <input type="checkbox" checked={f.lowOnly} onChange={(e) => set('lowOnly', e.target.checked)} /> {t('catalog.lowOnly')}
      </label>
      <label className={f.archived ? 'chip chip-on' : 'chip'}>
        <input type="checkbox" checked={f.archived} onChange={(e) => set('archived', e.target.checked)} /> {t('catalog.archivedOnly')}
      </label>
    </div>
    </details>
  );
}
