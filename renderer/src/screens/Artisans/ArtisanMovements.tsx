import { createColumnHelper } from '@tanstack/react-table';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Movement, ProductRow } from '../../../../src/shared/api';
import { call } from '../../api/client';
import { useApiError } from '../../components/useApiError';
import { tableFeaturesNone, VirtualTable } from '../../components/VirtualTable';
import { namePair, showQty } from './format';

const ROW = 52;
const helper = createColumnHelper<typeof tableFeaturesNone, Movement>();
const WIDTHS = ['minmax(12.5rem, 1.2fr)', 'minmax(10rem, 1.3fr)', '6rem', 'minmax(7rem, 1fr)', 'minmax(9rem, 1.5fr)'];

/**
 * One item's stock in and out (received from her, sold, given back...). The core's
 * stock.listMovements filters by product, not by artisan, so she picks one of her items.
 */
export function ArtisanMovements(props: { items: ProductRow[]; productId: number | null; onSelect: (id: number) => void }) {
  const { t, i18n } = useTranslation();
  const showError = useApiError();
  const [error, setError] = useState('');
  const [total, setTotal] = useState<number | null>(null);
  const hiFirst = i18n.language === 'hi';
  const { productId } = props;

  const fetchPage = useCallback(
    async (offset: number, limit: number) => {
      if (productId === null) return { rows: [], total: 0 };
      const r = await call('stock.listMovements', { productId, offset, limit });
      if (r.ok) {
        setTotal(r.value.total);
        return r.value;
      }
      setError(showError(r.error).message);
      return { rows: [], total: 0 };
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [productId],
  );

  const columns = useMemo(
    () =>
      helper.columns([
        helper.accessor('at', { header: () => t('artisan.when'), cell: (c) => new Date(c.getValue()).toLocaleString(hiFirst ? 'hi-IN' : 'en-IN', { dateStyle: 'medium', timeStyle: 'short', numberingSystem: 'latn' }) }),
        helper.accessor('kind', { header: () => t('artisan.what'), cell: (c) => <span className={`art-kind art-kind-${c.getValue()}`}>{t(`artisan.kinds.${c.getValue()}`)}</span> }),
        helper.accessor('qtyMilli', { id: 'qty', header: () => t('artisan.qty'), cell: (c) => (c.getValue() > 0 ? '+' : '') + showQty(c.getValue()) }),
        helper.accessor('userName', { header: () => t('artisan.by'), cell: (c) => c.getValue() ?? '—' }),
        helper.display({ id: 'note', header: () => t('artisan.note'), cell: ({ row }) => [row.original.reason, row.original.reference].filter(Boolean).join(' · ') || '—' }),
      ]),
    [t, hiFirst],
  );

  const chosen = props.items.find((p) => p.id === productId);
  return (
    <div className="card artisan-movements" data-testid="artisan-movements">
      <div className="screen-head">
        <h3>{chosen ? t('artisan.movementsOf', { name: namePair(hiFirst, chosen).main }) : t('artisan.movements')}</h3>
        <select className="art-push artisan-pick" aria-label={t('artisan.chooseItem')} value={productId ?? ''} onChange={(e) => props.onSelect(Number(e.target.value))} data-testid="movement-item">
          <option value="" disabled>
            {t('artisan.chooseItem')}
          </option>
          {props.items.map((p) => (
            <option key={p.id} value={p.id}>
              {p.sku} · {namePair(hiFirst, p).main}
            </option>
          ))}
        </select>
      </div>
      {error ? <p className="banner banner-error" role="alert">{error}</p> : null}
      {productId === null ? (
        <p className="muted">{t('artisan.movementsNote')}</p>
      ) : (
        <VirtualTable columns={columns} widths={WIDTHS} fetchPage={fetchPage} resetKey={String(productId)} height={total === null ? '40vh' : `min(40vh, ${(Math.max(total, 1) + 1) * ROW + 8}px)`} rowHeight={ROW} emptyText={t('artisan.noMovements')} loadingText={t('common.loading')} testId="movements-table" />
      )}
    </div>
  );
}
