import { useEffect, useRef, useState } from 'react';
import { autoFocusRef } from '../../components/focusQuietly';

/** Keys closer than this are a scanner (or a paste) at work, not a person: no search per key. */
const BURST_GAP_MS = 30;

/**
 * A search box that also takes a USB scanner: typing settles into `onSearch` after a pause
 * (`delayMs`, 200 by default; 0 asks at every keystroke a person types, for a search the server
 * answers in a millisecond or two, so the list follows the typing; keys coming scanner-fast wait
 * for their burst to end, and Enter cuts that short), while Enter (which a scanner sends after the code) goes straight to `onEnter` with what is in the box.
 */
export function SearchBox(props: {
  label: string;
  placeholder?: string;
  onSearch?: (q: string) => void;
  onEnter: (code: string) => Promise<boolean> | boolean | void;
  testId?: string;
  autoFocus?: boolean;
  delayMs?: number;
}) {
  const [text, setText] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const lastKey = useRef(-Infinity);
  const { onSearch } = props;

  useEffect(() => () => clearTimeout(timer.current), []);

  function change(v: string) {
    setText(v);
    clearTimeout(timer.current);
    if (!onSearch) return;
    const delay = props.delayMs ?? 200;
    const now = performance.now();
    // An emptied box (cleared by hand, by its ✕, by a sale) holds nothing a burst could be part of:
    // the first letter after it is a person's and asks at once (the screen bench's first keys waited 30 ms).
    const burst = v !== '' && now - lastKey.current < BURST_GAP_MS;
    lastKey.current = v === '' ? -Infinity : now;
    // digits alone are a code on its way (a scanner's first key too): Enter looks it up, no list flashes up meanwhile
    if (delay === 0 && !burst && !/^\d+$/.test(v.trim())) onSearch(v.trim());
    else timer.current = setTimeout(() => onSearch(v.trim()), delay === 0 ? BURST_GAP_MS : delay);
  }

  async function enter(v: string) {
    clearTimeout(timer.current);
    const code = v.trim();
    if (!code) return;
    // true: the code was taken (a product opened or added): clear the box for the next scan.
    if ((await props.onEnter(code)) === true) change('');
    else onSearch?.(code);
  }

  return (
    <input
      type="search"
      className="search-box"
      value={text}
      aria-label={props.label}
      placeholder={props.placeholder ?? props.label}
      ref={props.autoFocus ? autoFocusRef : undefined}
      autoComplete="off"
      onChange={(e) => change(e.target.value)}
      onKeyDown={(e) => {
        if (e.key !== 'Enter') return;
        e.preventDefault(); // never submit a surrounding form
        void enter(e.currentTarget.value);
      }}
      data-testid={props.testId}
    />
  );
}
