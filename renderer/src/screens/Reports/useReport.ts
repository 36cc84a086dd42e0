import { useEffect, useState } from 'react';
import type { ApiError, Result } from '../../../../src/shared/errors';
import { useApiError } from '../../components/useApiError';

/**
 * A report read when its input changes: the value, or the error worded at each render (so a
 * language switch re-words it). `reload()` reads it again (after closing the day).
 */
export function useReport<T>(load: (() => Promise<Result<T>>) | null, deps: unknown[]) {
  const showError = useApiError();
  const [value, setValue] = useState<T | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [n, setN] = useState(0);
  useEffect(() => {
    if (!load) return;
    let live = true;
    setError(null);
    void load().then((r) => {
      if (!live) return;
      if (r.ok) setValue(r.value);
      else {
        setValue(null);
        setError(r.error);
      }
    });
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, n]);
  return { value, error: error ? showError(error).message : '', reload: () => setN((x) => x + 1) };
}

/** The first and last day of a month, and the month of a date. */
export const monthOf = (date: string) => date.slice(0, 7);
