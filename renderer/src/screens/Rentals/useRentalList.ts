import { useEffect, useState } from 'react';
import type { RentalSummary, RentalView } from '../../../../src/shared/api/rentals';
import { call } from '../../api/client';
import { useErrorMessage } from './useRentalError';
import { useRentals } from './context';

/** One of the core's lists (due today, overdue, pick-ups…); each answer also says what day it is. */
export function useRentalList(view: RentalView, q = '', limit = 50, reload = 0) {
  const { setToday } = useRentals();
  const [rows, setRows] = useState<RentalSummary[] | null>(null);
  const [total, setTotal] = useState(0);
  const [error, setError] = useErrorMessage();

  useEffect(() => {
    let live = true;
    void call('rentals.list', { view, q, limit, offset: 0 }).then((r) => {
      if (!live) return;
      if (!r.ok) return setError(r.error);
      setError(null);
      setRows(r.value.rows);
      setTotal(r.value.total);
      setToday(r.value.today);
    });
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [view, q, limit, reload]);

  return { rows, total, error };
}
