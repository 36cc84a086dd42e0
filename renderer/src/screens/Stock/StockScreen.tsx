import { createColumnHelper } from '@tanstack/react-table';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProductRow } from '../../../../src/shared/api';
import { call } from '../../api/client';
import { Money } from '../../components/Money';
import { useApiError } from '../../components/useApiError';
import { tableFeaturesNone, VirtualTable } from '../../components/VirtualTable';

const helper = createColumnHelper<typeof tableFeaturesNone, ProductRow>();
const WIDTHS = ['7rem', 'minmax(11rem, 2fr)', 'minmax(7rem, 1fr)', 'minmax(7rem, 1fr)', '5rem', '8rem', '6.5rem'];

/** The catalogue, virtualised: the screen fetches only the rows it shows. */
export function StockScreen() {
  const { t, i18n } = useTranslation();
  const showError = useApiError();
  const [error, setError] = useState('');
  const [total, setTotal] = useState<number | null>(null);
  const hiFirst = i18n.language === 'hi';

  const fetchPage = useCallback(
    async (offset: number, limit: number) => {
      const r = await call('catalog.page', { offset, limit });
      if (!r.ok) {
        setError(showError(r.error).message);
        return { rows: [], total: 0 };
      }
      setTotal(r.value.total);
      return r.value;
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  );

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

  return (
    <section className="screen">
      <div className="screen-head">
        <h2>{t('stock.title')}</h2>
        {total !== null ? <span className="muted">{t('stock.subtitle', { total })}</span> : null}
      </div>
      {error ? <p className="banner banner-error" role="alert">{error}</p> : null}
      <VirtualTable columns={columns} widths={WIDTHS} fetchPage={fetchPage} resetKey="all" emptyText={t('stock.empty')} loadingText={t('common.loading')} testId="stock-table" />
    </section>
  );
}
