/** Which pages of a virtual table to ask for and keep (pure, so tests can drive it without a browser). */

/** Pages kept beyond the view on each side; farther ones are dropped and asked again if scrolled back to. */
export const KEEP_PAGES = 10;

/**
 * The pages to load now: those in view first, then the next one in the direction of the scroll,
 * so a scroll finds its rows already there and the page does not arrive (and repaint) while in view.
 * The page ahead when scrolling down waits for the page before it, whose end is its cursor (keyset paging).
 */
export function pagesToLoad(first: number, last: number, direction: 'forward' | 'backward' | null, pageCount: number | null, has: (p: number) => boolean): number[] {
  const out: number[] = [];
  for (let p = first; p <= last; p++) if (!has(p)) out.push(p);
  if (pageCount === null) return out; // not counted yet: the first page sizes the table
  if (direction === 'backward') {
    if (first > 0 && !has(first - 1)) out.push(first - 1);
  } else if (last + 1 < pageCount && has(last) && !has(last + 1)) out.push(last + 1);
  return out;
}

/** The loaded pages with those far from the view dropped (a long scroll through 100,000 rows keeps ~20 pages). */
export function keepNear<T>(pages: Map<number, T>, first: number, last: number): Map<number, T> {
  let far = false;
  for (const p of pages.keys()) if (p < first - KEEP_PAGES || p > last + KEEP_PAGES) far = true;
  if (!far) return pages;
  return new Map([...pages].filter(([p]) => p >= first - KEEP_PAGES && p <= last + KEEP_PAGES));
}

/**
 * The drawn rows in slot order. Each row is placed by its own transform, so the order of the
 * elements is not what is seen; kept in index order, every scroll would rotate the keys and React
 * would move most rows, and a moved element loses its style and layout and is built again. Each
 * row carries aria-rowindex for assistive technology (as AG Grid does unless `ensureDomOrder`).
 */
export function bySlot<T extends { index: number }>(items: T[], slots: number): T[] {
  const at = items.findIndex((it) => it.index % slots === 0);
  return at <= 0 ? items : [...items.slice(at), ...items.slice(0, at)];
}
