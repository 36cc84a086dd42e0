/** The catalogue's virtual table in Chromium over more than a page: counted once, scrolled on by cursor. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, nextFrames, openDemoShop, pageApi, shot } from '../support/browser';

let browser: Browser;
let stop: (() => Promise<void>) | undefined;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await stop?.();
});

describe('scrolling the catalogue', () => {
  it('sizes the table from the first page, then asks for each next page after the last row it has', async () => {
    const { page, errors, server } = await openDemoShop(browser, { viewport: { width: 1366, height: 900 } });
    stop = server.stop;
    // 22 demo products + 228 = 250: three pages of 100
    for (let i = 1; i <= 228; i++) {
      const r = await pageApi(page, 'products.create', { nameHi: `स्क्रॉल वस्तु ${String(i).padStart(3, '0')}`, nameEn: '', craftId: 5, artisanId: 4, pricePaise: 10_000 + i, unit: 'piece' });
      expect(r.ok, JSON.stringify(r.error)).toBe(true);
    }
    const asked: Record<string, unknown>[] = [];
    page.on('request', (r) => {
      if (r.url().endsWith('/api/catalog.page')) asked.push(JSON.parse(r.postData() ?? '{}') as Record<string, unknown>);
    });
    await page.getByTestId('nav-stock').click();
    const table = page.getByTestId('stock-table');
    await table.getByText('कोसा सिल्क साड़ी').waitFor();
    await page.getByText('सूची में 250 सामान').waitFor();
    expect(await table.getAttribute('aria-rowcount')).toBe('250');

    const body = table.locator('.vtable-body');
    // the next page is asked for before a scroll reaches it (#17), by the first page's cursor
    await expect.poll(() => asked.length).toBe(2);
    expect(asked[1]).toMatchObject({ offset: 0, limit: 100, after: { key: expect.any(Number), id: expect.any(Number) } });
    // rows are drawn in recycled elements: the element of a row scrolled out shows a row scrolled in
    const first = await table.locator('[role="row"][aria-rowindex="1"]').elementHandle();
    // and no drawn row is moved (a moved element is styled and laid out again) or made again
    await body.evaluate((el) => {
      const g = globalThis as any; // page code: the tests' types have no DOM
      const seen = { added: new Set(), removed: new Set() };
      new g.MutationObserver((ms: any[]) => {
        for (const m of ms) {
          for (const n of m.addedNodes) seen.added.add(n);
          for (const n of m.removedNodes) seen.removed.add(n);
        }
      }).observe(el.querySelector('[role="row"][aria-rowindex]')!.parentElement, { childList: true });
      g.__rows = seen;
    });
    await body.evaluate((el) => el.scrollBy(0, 700));
    await nextFrames(page);
    expect(await first!.evaluate((el) => el.isConnected)).toBe(true);
    expect(Number(await first!.getAttribute('aria-rowindex'))).toBeGreaterThan(20);
    const made = await body.evaluate(() => {
      const seen = (globalThis as any).__rows as { added: Set<unknown>; removed: Set<unknown> };
      return { moved: [...seen.removed].filter((n) => seen.added.has(n)).length, removed: seen.removed.size, added: seen.added.size };
    });
    expect(made.moved).toBe(0);
    // at most a slot at each end of the view is left unused
    expect(made.removed).toBeLessThanOrEqual(2);
    await body.evaluate((el) => el.scrollTo(0, 0));
    await table.locator('[role="row"][aria-rowindex="1"] [role="cell"]:not(.muted)').first().waitFor();

    // scroll down a screen at a time to the end
    for (const name of ['स्क्रॉल वस्तु 100', 'स्क्रॉल वस्तु 180', 'स्क्रॉल वस्तु 228']) {
      while ((await table.getByText(name, { exact: true }).count()) === 0) {
        await body.evaluate((el) => el.scrollBy(0, 700));
        await nextFrames(page); // the rows for the new scroll position are painted (or their page asked for)
      }
    }
    // products with a Hindi name only: no " · " after it (the empty second name is still drawn)
    expect(await table.getByText('स्क्रॉल वस्तु 228', { exact: true }).locator('xpath=following-sibling::span').textContent()).toBe('');
    await shot(page, 'catalog-scroll-end-hi');
    await page.getByTestId('lang-switch').click();
    await page.getByText('Stock', { exact: true }).first().waitFor();
    await shot(page, 'catalog-scroll-end-en');
    await page.getByTestId('lang-switch').click();
    // the total stayed (later pages are not counted), and pages 2 and 3 came by cursor
    expect(await table.getAttribute('aria-rowcount')).toBe('250');
    expect(asked.filter((a) => a.after === undefined).map((a) => a.offset)).toEqual([0]);
    const cursors = asked.filter((a) => a.after !== undefined);
    expect(cursors).toHaveLength(2);
    for (const a of cursors) expect(a).toMatchObject({ offset: 0, limit: 100, after: { key: expect.any(Number), id: expect.any(Number) } });
    expect(errors).toEqual([]);
  });
});
