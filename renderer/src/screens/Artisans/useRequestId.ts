import { useCallback, useState } from 'react';

/**
 * The client-made id of a repeatable write: the same for every retry and double click of one
 * submission, a new one only after it succeeded (the core returns the first result for a repeat).
 */
export function useRequestId(): [string, () => void] {
  const [id, setId] = useState(() => crypto.randomUUID());
  const renew = useCallback(() => setId(crypto.randomUUID()), []);
  return [id, renew];
}
