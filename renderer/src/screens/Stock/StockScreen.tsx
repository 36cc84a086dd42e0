import { createColumnHelper, tableFeatures, useTable } from '@tanstack/react-table';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProductPage, ProductRow } from '../../../../src/shared/api';
import { call } from '../../api/client';
import { Money } from '../../components/Money';
import { useApiError } from '../../components/useApiError';

const PAGE = 50;
const features = tableFeatures({});
const helper = createColumnHelper<typeof features, ProductRow>();
const EMPTY: ProductRow[] = [];

/** One page of the catalogue at a time: the screen never holds the whole shop. */
export function StockScreen() {
  const { t, i18n } = useTranslation();
  const showError = useApiError();
  const [offset, setOffset] = useState(0);
  const [page, setPage] = useState<ProductPage | null>(null);
  const [error, setError] = useState('');
  const hiFirst = i18n.language === 'hi';

  useEffect(() => {
    void call('catalog.page', { offset, limit: PAGE }).then((r) => (r.ok ? setPage(r.value) : setError(showError(r.error).message)));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [offset]);

  const columns = useMemo(
    () =>
      helper.columns([
        helper.accessor('sku', { header: () => t('stock.sku') }),
        helper.display({
          id: 'name',
          header: () => t('stock.name'),
          cell: ({ row }) => {
            const [main, sub] = hiFirst ? [row.original.nameHi, row.original.nameEn] : [row.original.nameEn, row.original.nameHi];
            return (
              <>
                <span className="name-main">{main || sub}</span>
                {main && sub ? <span className="name-sub">{sub}</span> : null}
              </>
            );
          },
        }),
        helper.display({ id: 'craft', header: () => t('stock.craft'), cell: ({ row }) => (hiFirst ? row.original.craftHi : row.original.craftEn) }),
        helper.accessor('ownerName', { header: () => t('stock.owner'), cell: (c) => c.getValue() ?? t('stock.groupStock') }),
        helper.display({ id: 'use', header: () => t('stock.use'), cell: ({ row }) => (row.original.forRent ? t('stock.forRent') : t('stock.forSale')) }),
        helper.accessor('pricePaise', { header: () => t('stock.price'), cell: (c) => <Money paise={c.getValue()} /> }),
        helper.accessor('onHand', { header: () => t('stock.onHand') }),
      ]),
    [t, hiFirst],
  );
  const table = useTable({ features, columns, data: page?.rows ?? EMPTY });
  const value = (page?.rows ?? []).reduce((s, r) => s + r.pricePaise * r.onHand, 0);

  return (
    <section className="screen">
      <div className="screen-head">
        <h2>{t('stock.title')}</h2>
        {page ? <span className="muted">{t('stock.subtitle', { total: page.total })}</span> : null}
      </div>
      {error ? <p className="banner banner-error" role="alert">{error}</p> : null}
      {page && page.rows.length === 0 ? <p className="card muted">{t('stock.empty')}</p> : null}
      {page && page.rows.length > 0 ? (
        <>
          <div className="stat card">
            <span>{t('stock.stockValue')}</span>
            <Money paise={value} className="stat-amount" />
          </div>
          <table className="grid" data-testid="stock-table">
            <thead>
              {table.getHeaderGroups().map((g) => (
                <tr key={g.id}>
                  {g.headers.map((h) => (
                    <th key={h.id} className={`col-${h.column.id}`}>{h.isPlaceholder ? null : <table.FlexRender header={h} />}</th>
                  ))}
                </tr>
              ))}
            </thead>
            <tbody>
              {table.getRowModel().rows.map((row) => (
                <tr key={row.id}>
                  {row.getAllCells().map((c) => (
                    <td key={c.id} className={`col-${c.column.id}`}><table.FlexRender cell={c} /></td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          <div className="pager">
            <button type="button" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE))}>{t('stock.prev')}</button>
            <span>{t('stock.page', { from: offset + 1, to: Math.min(offset + PAGE, page.total), total: page.total })}</span>
            <button type="button" disabled={offset + PAGE >= page.total} onClick={() => setOffset(offset + PAGE)}>{t('stock.next')}</button>
          </div>
        </>
      ) : null}
    </section>
  );
}
