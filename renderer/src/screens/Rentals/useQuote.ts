import { useEffect, useState } from 'react';
import type { RentalQuote } from '../../../../src/shared/api/rentals';
import { call } from '../../api/client';
import { isDate } from './dates';
import { useRentalErrorState } from './useRentalError';

export interface QuoteLine {
  productId: number;
  qty: number;
  pieceIds?: number[];
  rentRule?: 'cheaper' | 'event';
}

/**
 * The live price and availability of a booking as it is typed (rentals.previewQuote, a moment
 * after the last change): rent, deposit, and per line how many are free for those dates.
 */
export function useQuote(fromDate: string, dueDate: string, lines: QuoteLine[], excludeRentalId?: number) {
  const [quote, setQuote] = useState<RentalQuote | null>(null);
  const [error, setError] = useRentalErrorState();
  const key = JSON.stringify([fromDate, dueDate, lines, excludeRentalId]);

  useEffect(() => {
    setQuote(null);
    setError(null);
    if (!isDate(fromDate) || !isDate(dueDate) || lines.length === 0) return;
    let live = true;
    const timer = setTimeout(() => {
      void call('rentals.previewQuote', { fromDate, dueDate, lines, ...(excludeRentalId ? { excludeRentalId } : {}) }).then((r) => {
        if (!live) return;
        if (r.ok) setQuote(r.value);
        else setError(r.error);
      });
    }, 250);
    return () => {
      live = false;
      clearTimeout(timer);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  return { quote, error };
}
