import { useEffect, useRef } from 'react';
import type { ProductRow } from '../../../../src/shared/api';
import { call } from '../../api/client';

/**
 * A USB scanner types a whole code a few milliseconds a key; people are far slower. A pause this
 * long starts a new burst; a burst counts as a scan when its keys came this fast on average (so one
 * hiccup of a busy computer in the middle of a code does not lose it).
 */
const NEW_BURST_MS = 250;
const MAX_AVERAGE_MS = 50;
const MIN_LENGTH = 4;

const typing = (el: EventTarget | null) =>
  el instanceof HTMLElement && (el.isContentEditable || el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT');

/**
 * The scanner is always ready: a quick burst of letters and digits ending with Enter, typed while
 * no text box has the focus (a button, the page), becomes `onScan(code)`. A box that has the focus
 * (quantity, cash given, the search box itself) keeps its keys.
 */
export function useScanner(onScan: (code: string) => void, enabled = true) {
  const buf = useRef({ text: '', first: 0, last: 0 });
  const handler = useRef(onScan);
  handler.current = onScan;

  useEffect(() => {
    if (!enabled) return;
    const onKey = (e: KeyboardEvent) => {
      if (typing(e.target) || e.ctrlKey || e.altKey || e.metaKey) return;
      const b = buf.current;
      const now = performance.now();
      if (now - b.last > NEW_BURST_MS) b.text = '';
      b.last = now;
      if (e.key === 'Enter') {
        const code = b.text;
        b.text = '';
        if (code.length >= MIN_LENGTH && (now - b.first) / code.length <= MAX_AVERAGE_MS) {
          e.preventDefault(); // not a click on the focused button
          e.stopPropagation();
          handler.current(code);
        }
      } else if (/^[0-9A-Za-z\-/.]$/.test(e.key)) {
        if (!b.text) b.first = now;
        b.text += e.key;
      } else if (e.key !== 'Shift') {
        b.text = '';
      }
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [enabled]);
}

/** A scan looked up by barcode or SKU: the product found, or the code that matched nothing. */
export function useLookupScanner(onFound: (p: ProductRow) => void, onMissing: (code: string) => void, enabled = true) {
  useScanner((code) => {
    void call('catalog.lookup', { code }).then((r) => (r.ok ? onFound(r.value) : onMissing(code)));
  }, enabled);
}
