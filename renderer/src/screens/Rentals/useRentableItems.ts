import { useEffect, useState } from 'react';
import type { RentableItem } from '../../../../src/shared/api/rentals';
import { call } from '../../api/client';
import { useErrorMessage } from './useRentalError';

/** The shop's rentable items (tens, not thousands: loaded once and filtered on the screen). */
export function useRentableItems(includeArchived = false, reload = 0) {
  const [items, setItems] = useState<RentableItem[] | null>(null);
  const [error, setError] = useErrorMessage();
  useEffect(() => {
    let live = true;
    void call('rentals.listItems', { includeArchived }).then((r) => {
      if (!live) return;
      if (r.ok) setItems(r.value);
      else setError(r.error);
    });
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [includeArchived, reload]);
  return { items, error };
}

/** Does a typed text match an item by either name or its code? (Case and spaces do not matter.) */
export function itemMatches(item: Pick<RentableItem, 'sku' | 'nameHi' | 'nameEn'>, q: string): boolean {
  const s = q.trim().toLowerCase();
  return !s || [item.sku, item.nameHi, item.nameEn].some((x) => x.toLowerCase().includes(s));
}
