import { useRef } from 'react';

/**
 * A client-made id for a call the counter may repeat (checkout, return): made on the first
 * attempt, kept across retries and double clicks so the shop records it once, dropped after success.
 */
export function useRequestId(): { get: () => string; done: () => void } {
  const id = useRef<string | null>(null);
  return {
    get: () => (id.current ??= crypto.randomUUID()),
    done: () => {
      id.current = null;
    },
  };
}
