/** Which pages a virtual table asks for (#17: the next page is there before a scroll reaches it) and keeps. */
import { describe, expect, it } from 'vitest';
import { bySlot, KEEP_PAGES, keepNear, pagesToLoad } from '../../renderer/src/components/tablePages';

const loaded = (...ps: number[]) => (p: number) => ps.includes(p);

describe('pagesToLoad', () => {
  it('asks for the pages in view first, and only those before the table is counted', () => {
    expect(pagesToLoad(0, 0, null, null, loaded())).toEqual([0]);
    expect(pagesToLoad(3, 4, 'forward', null, loaded(3))).toEqual([4]);
  });

  it('asks for the page after the view once the last page in view is in (its end is the cursor)', () => {
    expect(pagesToLoad(0, 0, null, 3, loaded(0))).toEqual([1]);
    expect(pagesToLoad(0, 0, 'forward', 3, loaded(0))).toEqual([1]);
    expect(pagesToLoad(4, 5, 'forward', 10, loaded(4))).toEqual([5]); // the page in view first; the one ahead waits for it
    expect(pagesToLoad(4, 5, 'forward', 10, loaded(4, 5))).toEqual([6]);
    expect(pagesToLoad(4, 5, 'forward', 10, loaded(4, 5, 6))).toEqual([]);
  });

  it('asks for nothing past the last page', () => {
    expect(pagesToLoad(2, 2, 'forward', 3, loaded(2))).toEqual([]);
    expect(pagesToLoad(0, 0, null, 1, loaded(0))).toEqual([]);
    expect(pagesToLoad(0, 0, null, 0, loaded(0))).toEqual([]);
  });

  it('scrolling up, asks for the page before the view instead', () => {
    expect(pagesToLoad(7, 7, 'backward', 10, loaded(7))).toEqual([6]);
    expect(pagesToLoad(7, 7, 'backward', 10, loaded())).toEqual([7, 6]);
    expect(pagesToLoad(0, 0, 'backward', 10, loaded(0))).toEqual([]);
  });
});

describe('keepNear', () => {
  it('keeps the pages near the view, as the same map when nothing is far', () => {
    const near = new Map([[5, 'a'], [5 + KEEP_PAGES, 'b'], [5 - KEEP_PAGES, 'c']]);
    expect(keepNear(near, 5, 5)).toBe(near);
  });

  it('drops pages more than KEEP_PAGES from the view on either side', () => {
    const pages = new Map<number, string>();
    for (let p = 0; p < 60; p++) pages.set(p, `page ${p}`);
    const kept = keepNear(pages, 30, 31);
    expect([...kept.keys()]).toEqual(Array.from({ length: 2 + 2 * KEEP_PAGES }, (_, i) => 30 - KEEP_PAGES + i));
    expect(kept.get(30)).toBe('page 30');
    expect(pages.size).toBe(60); // the old map is left as it was (React state)
  });
});

describe('bySlot', () => {
  const drawn = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => ({ index: from + i }));
  const order = (from: number, to: number, slots: number) => bySlot(drawn(from, to), slots).map((x) => x.index % slots);

  it('puts the drawn rows in the order of their slots, so a scroll moves no element', () => {
    expect(order(0, 5, 6)).toEqual([0, 1, 2, 3, 4]);
    expect(order(4, 10, 6)).toEqual([0, 1, 2, 3, 4, 5]); // rows 6..9, then 4, 5
    expect(bySlot(drawn(4, 10), 6).map((x) => x.index)).toEqual([6, 7, 8, 9, 4, 5]);
  });

  it('keeps the slots still drawn in the same order after any scroll', () => {
    for (let from = 0; from < 40; from++)
      for (let step = 1; step < 8; step++) {
        const before = order(from, from + 5, 6);
        const after = order(from + step, from + step + 5, 6);
        const kept = (xs: number[], ys: number[]) => xs.filter((x) => ys.includes(x));
        expect(kept(after, before)).toEqual(kept(before, after));
      }
  });
});
