import { useCallback, useSyncExternalStore } from 'react';
import { emptyCart, type Cart } from './cart';

/**
 * The counter's cart outlives the Sell screen: a quick look at Stock (F3) and back must not
 * lose a half-rung bill. Kept in memory only (a reload starts afresh; parked carts are on the server).
 */
let current: Cart = emptyCart();
const listeners = new Set<() => void>();

function subscribe(fn: () => void) {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

export function useCart(): [Cart, (next: Cart | ((c: Cart) => Cart)) => void] {
  const cart = useSyncExternalStore(subscribe, () => current);
  const set = useCallback((next: Cart | ((c: Cart) => Cart)) => {
    current = typeof next === 'function' ? next(current) : next;
    for (const fn of listeners) fn();
  }, []);
  return [cart, set];
}
