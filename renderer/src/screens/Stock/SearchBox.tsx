import { useEffect, useRef, useState } from 'react';

/**
 * A search box that also takes a USB scanner: typing settles into `onSearch` after a pause,
 * while Enter (which a scanner sends after the code) goes straight to `onEnter` with what is in the box.
 */
export function SearchBox(props: {
  label: string;
  placeholder?: string;
  onSearch?: (q: string) => void;
  onEnter: (code: string) => Promise<boolean> | boolean | void;
  testId?: string;
  autoFocus?: boolean;
}) {
  const [text, setText] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const { onSearch } = props;

  useEffect(() => () => clearTimeout(timer.current), []);

  function change(v: string) {
    setText(v);
    clearTimeout(timer.current);
    if (onSearch) timer.current = setTimeout(() => onSearch(v.trim()), 200);
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
      autoFocus={props.autoFocus}
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
