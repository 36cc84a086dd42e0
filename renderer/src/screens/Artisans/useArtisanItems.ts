import { useCallback, useEffect, useState } from 'react';
import type { ApiError } from '../../../../src/shared/errors';
import type { ProductRow } from '../../../../src/shared/api';
import { call } from '../../api/client';

/** The most items one member is expected to have; more are counted and said, not shown. */
export const ITEMS_LIMIT = 200;

/** Her active products with on hand, in one call (a member has tens, not thousands). */
export function useArtisanItems(artisanId: number) {
  const [items, setItems] = useState<ProductRow[] | null>(null);
  const [total, setTotal] = useState(0);
  const [failure, setFailure] = useState<ApiError | null>(null);

  const reload = useCallback(async () => {
    const r = await call('catalog.page', { artisanId, limit: ITEMS_LIMIT, sort: 'sku' });
    if (!r.ok) return setFailure(r.error);
    setFailure(null);
    setItems(r.value.rows);
    setTotal(r.value.total ?? r.value.rows.length); // counted: this is a first page
  }, [artisanId]);

  useEffect(() => {
    void reload();
  }, [reload]);

  return { items, total, failure, reload };
}
