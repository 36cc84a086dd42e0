import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PageCursor, Product, ProductRow } from '../../../../src/shared/api';
import { call } from '../../api/client';
import { VirtualTable } from '../../components/VirtualTable';
import { CATALOG_WIDTHS, catalogColumns } from './catalogColumns';
import { CatalogFilters, NO_FILTERS, pageQuery, type Filters } from './CatalogFilters';
import { pickName } from './names';
import { ProductForm } from './ProductForm';
import { SearchBox } from './SearchBox';
import { useLookups } from './useLookups';
import { useWords, type Wording } from './useStockError';

const SEARCH_LIMIT = 50;

/**
 * The catalogue: a search box (names in any script, or a scanned code), filters and sort for
 * the virtualised table, and the product form in place of the table when a row is opened.
 */
export function CatalogScreen({ canEdit }: { canEdit: boolean }) {
  const { t, i18n } = useTranslation();
  const words = useWords();
  const { crafts, artisans } = useLookups();
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [q, setQ] = useState('');
  const [open, setOpen] = useState<number | 'new' | null>(null);
  const [version, setVersion] = useState(0);
  const [total, setTotal] = useState<number | null>(null);
  // Worded when drawn, so it follows a language switch.
  const [banner, setBanner] = useState<{ ok: boolean; text: Wording } | null>(null);

  // A query shows ranked search results (at most SEARCH_LIMIT); no query pages through the catalogue.
  const fetchPage = useCallback(
    async (offset: number, limit: number, after?: PageCursor) => {
      const r = q
        ? offset === 0
          ? await call('catalog.search', { q, limit: SEARCH_LIMIT, includeArchived: true }).then((s) => (s.ok ? { ok: true as const, value: { rows: s.value.rows, total: s.value.rows.length, next: null } } : s))
          : { ok: true as const, value: { rows: [] as ProductRow[], total: 0, next: null } }
        : // the next page after a loaded one by its cursor (a deep OFFSET walks every row before it)
          await call('catalog.page', { ...(after ? { after, offset: 0 } : { offset }), limit, ...pageQuery(filters) });
      if (!r.ok) {
        const e = r.error;
        setBanner({ ok: false, text: (w) => w.err(e).message });
        return { rows: [], total: 0, next: null };
      }
      if (offset === 0) setTotal(r.value.total);
      return r.value;
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [q, filters, version],
  );

  // Enter on an exact barcode or SKU (a scanner's Enter too) opens that product.
  async function enter(code: string): Promise<boolean> {
    const r = await call('catalog.lookup', { code });
    if (!r.ok) return false;
    setOpen(r.value.id);
    return true;
  }

  function done(saved: Product | null) {
    setOpen(null);
    if (saved) {
      setBanner({ ok: true, text: (w) => w.t('catalog.savedProduct', { name: pickName(saved, w.lang) }) });
      setVersion((v) => v + 1);
    }
  }

  const columns = useMemo(() => catalogColumns(t, i18n.language), [t, i18n.language]);
  const resetKey = `${q}|${JSON.stringify(filters)}|${version}`;

  return (
    <>
      {open !== null ? <ProductForm id={open === 'new' ? null : open} canEdit={canEdit} onDone={done} /> : null}
      <section className="screen stock-screen" style={open !== null ? { display: 'none' } : undefined}>
        <div className="screen-head">
          <h2>{t('stock.title')}</h2>
          {total !== null ? <span className="muted">{q ? t('catalog.found', { count: total }) : t('stock.subtitle', { total })}</span> : null}
          {canEdit ? (
            <button type="button" className="primary head-action" onClick={() => setOpen('new')} data-testid="product-new">
              + {t('catalog.newProduct')}
            </button>
          ) : null}
        </div>
        <SearchBox label={t('catalog.search')} placeholder={t('catalog.searchHint')} onSearch={setQ} onEnter={enter} testId="catalog-search" />
        {q ? <p className="muted search-note">{total !== null && total >= SEARCH_LIMIT ? `${t('counter.stockTop', { limit: SEARCH_LIMIT })} ` : ''}{t('catalog.searchNote')}</p> : <CatalogFilters value={filters} onChange={setFilters} crafts={crafts} artisans={artisans} />}
        {banner ? <p className={banner.ok ? 'banner banner-ok' : 'banner banner-error'} role={banner.ok ? 'status' : 'alert'}>{banner.text(words)}</p> : null}
        {open === null ? (
          <VirtualTable columns={columns} widths={CATALOG_WIDTHS} fetchPage={fetchPage} resetKey={resetKey} rowHeight={34} height="max(14rem, calc(100vh - 380px))" onRowClick={(r) => setOpen(r.id)} emptyText={q ? t('catalog.noMatch') : t('stock.empty')} loadingText={t('common.loading')} testId="stock-table" />
        ) : null}
      </section>
    </>
  );
}
