import { createColumnHelper } from '@tanstack/react-table';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Movement, ProductRow } from '../../../../src/shared/api';
import { call } from '../../api/client';
import { useApiError } from '../../components/useApiError';
import { tableFeaturesNone, VirtualTable } from '../../components/VirtualTable';
import { namePair, showQty } from './format';
import { formatWhen } from '../../shopZone';

const ROW = 52;
/** The reasons the app writes itself, by their words' key; a reason a person typed is shown as typed. */
const APP_REASONS: Record<string, string> = { intake: 'intake', 'CSV import': 'csvImport', rental: 'rental', 'rental return': 'rentalReturn' };
const helper = createColumnHelper<typeof tableFeaturesNone, Movement>();
const WIDTHS = ['minmax(13rem, 1.2fr)', 'minmax(8rem, 1.2fr)', 'minmax(8rem, 1.1fr)', '4.5rem', 'minmax(6rem, 1fr)', 'minmax(7rem, 1.2fr)'];

/** Her goods in and out (received from her, sold, given back...): all her items, or one picked. */
export function ArtisanMovements(props: { artisanId: number; items: ProductRow[]; productId: number | null; onSelect: (id: number | null) => void }) {
  const { t, i18n } = useTranslation();
  const showError = useApiError();
  const [error, setError] = useState('');
  const [total, setTotal] = useState<number | null>(null);
  const hiFirst = i18n.language === 'hi';
  const { productId } = props;

  const fetchPage = useCallback(
    async (offset: number, limit: number) => {
      const r = await call('stock.listMovements', productId === null ? { artisanId: props.artisanId, offset, limit } : { productId, offset, limit });
      if (r.ok) {
        setTotal(r.value.total);
        return r.value;
      }
      setError(showError(r.error).message);
      return { rows: [], total: 0 };
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [productId, props.artisanId],
  );

  const columns = useMemo(
    () =>
      helper.columns([
        helper.accessor('at', { header: () => t('artisan.when'), cell: (c) => formatWhen(c.getValue(), hiFirst ? 'hi' : 'en') }),
        helper.display({ id: 'item', header: () => t('artisan.item'), cell: ({ row }) => namePair(hiFirst, row.original).main }),
        helper.accessor('kind', { header: () => t('artisan.what'), cell: (c) => <span className={`art-kind art-kind-${c.getValue()}`}>{t(`artisan.kinds.${c.getValue()}`)}</span> }),
        helper.accessor('qtyMilli', { id: 'qty', header: () => t('artisan.qty'), cell: (c) => (c.getValue() > 0 ? '+' : '') + showQty(c.getValue()) }),
        helper.accessor('userName', { header: () => t('artisan.by'), cell: (c) => c.getValue() ?? '—' }),
        helper.display({ id: 'note', header: () => t('artisan.note'), cell: ({ row }) => [APP_REASONS[row.original.reason] ? t(`artisan.reasons.${APP_REASONS[row.original.reason]}`) : row.original.reason, row.original.reference].filter(Boolean).join(' · ') || '—' }),
      ]),
    [t, hiFirst],
  );

  const chosen = props.items.find((p) => p.id === productId);
  return (
    <div className="card artisan-movements" data-testid="artisan-movements">
      <div className="screen-head">
        <h3>{chosen ? t('artisan.movementsOf', { name: namePair(hiFirst, chosen).main }) : t('artisan.movements')}</h3>
        <select className="art-push artisan-pick" aria-label={t('artisan.chooseItem')} value={productId ?? ''} onChange={(e) => props.onSelect(e.target.value === '' ? null : Number(e.target.value))} data-testid="movement-item">
          <option value="">{t('artisan.allItems')}</option>
          {props.items.map((p) => (
            <option key={p.id} value={p.id}>
              {p.sku} · {namePair(hiFirst, p).main}
            </option>
          ))}
        </select>
      </div>
      {error ? <p className="banner banner-error" role="alert">{error}</p> : null}
      {(
        <VirtualTable columns={columns} widths={WIDTHS} fetchPage={fetchPage} resetKey={String(productId ?? `artisan-${props.artisanId}`)} height={total === null ? '40vh' : `min(40vh, ${(Math.max(total, 1) + 1) * ROW + 8}px)`} rowHeight={ROW} emptyText={t('artisan.noMovements')} loadingText={t('common.loading')} testId="movements-table" />
      )}
    </div>
  );
}
