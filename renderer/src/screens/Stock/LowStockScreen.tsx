import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Product } from '../../../../src/shared/api';
import { call } from '../../api/client';
import { useApiError } from '../../components/useApiError';
import { VirtualTable } from '../../components/VirtualTable';
import { LOW_STOCK_WIDTHS, lowStockColumns } from './catalogColumns';
import { ProductForm } from './ProductForm';

/** What to ask the artisans for: products at or below their own low-stock threshold. */
export function LowStockScreen({ canEdit }: { canEdit: boolean }) {
  const { t, i18n } = useTranslation();
  const showError = useApiError();
  const [error, setError] = useState('');
  const [total, setTotal] = useState<number | null>(null);
  const [open, setOpen] = useState<number | null>(null);
  const [version, setVersion] = useState(0);

  const fetchPage = useCallback(
    async (offset: number, limit: number) => {
      const r = await call('catalog.page', { offset, limit, lowStockOnly: true, sort: 'onHand' });
      if (!r.ok) {
        setError(showError(r.error).message);
        return { rows: [], total: 0 };
      }
      if (offset === 0) setTotal(r.value.total);
      return r.value;
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [version],
  );
  const columns = useMemo(() => lowStockColumns(t, i18n.language), [t, i18n.language]);

  if (open !== null) return <ProductForm id={open} canEdit={canEdit} onDone={(saved: Product | null) => (setOpen(null), saved && setVersion((v) => v + 1))} />;
  return (
    <section className="screen stock-screen" data-testid="low-stock">
      <div className="screen-head">
        <h2>{t('lowStock.title')}</h2>
        {total !== null ? <span className="muted">{t('lowStock.subtitle', { count: total })}</span> : null}
      </div>
      <p className="muted">{t('lowStock.hint')}</p>
      {error ? <p className="banner banner-error" role="alert">{error}</p> : null}
      <VirtualTable columns={columns} widths={LOW_STOCK_WIDTHS} fetchPage={fetchPage} resetKey={String(version)} onRowClick={(r) => setOpen(r.id)} emptyText={t('lowStock.empty')} loadingText={t('common.loading')} testId="low-stock-table" />
    </section>
  );
}
