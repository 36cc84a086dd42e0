/**
 * Focus an element as `autoFocus` does, but without scrolling to it then: `focus()` in the middle of
 * React's commit scrolls the element into view, which forces a synchronous style and layout of the
 * screen just changed (~13 ms a sale on the counter, #17). The element still has the focus at once
 * (a scanner's digits go to it as before); whether it needs scrolling into view is looked at in the
 * next frame, whose layout is done anyway.
 */
export function focusQuietly(el: HTMLElement | null): void {
  if (!el) return;
  el.focus({ preventScroll: true });
  requestAnimationFrame(() => {
    if (document.activeElement === el) el.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
  });
}

/** `ref={autoFocusRef}` in place of `autoFocus`: focused once, when the element is mounted. */
export const autoFocusRef = (el: HTMLElement | null): void => focusQuietly(el);

/** The same, never scrolled to: for a screen shown from its top whatever has the focus (the sale's done screen). */
export const focusInPlace = (el: HTMLElement | null): void => el?.focus({ preventScroll: true });
