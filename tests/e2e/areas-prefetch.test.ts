/**
 * The first F2-F6 opens its area at once: while the Sell screen stands idle the page fetches the
 * other areas' code, so no area ever flashes "लोड हो रहा है…" (issue #14.5).
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hi } from '../../renderer/src/i18n/hi';
import { apiIdle, bothLanguages, launchChromium, nextFrames, openDemoShop } from '../support/browser';

let browser: Browser;
let stop: (() => Promise<void>) | undefined;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await stop?.();
});

/** Each lazily loaded area's chunk (vite names it after the module) and its heading. */
const AREAS = [
  { key: 'F2', chunk: 'RentalsArea', title: hi.rentals.title },
  { key: 'F3', chunk: 'StockArea', title: hi.stock.title },
  { key: 'F4', chunk: 'ArtisansArea', title: hi.artisan.listTitle },
  { key: 'F5', chunk: 'ReportsArea', title: hi.report.title },
  { key: 'F10', chunk: 'OrdersArea', title: hi.orders.title },
  // the board (Shift+F10) before Settings: Settings is the one opened last below
  { key: 'Shift+F10', chunk: 'BoardArea', title: hi.board.title },
  { key: 'F6', chunk: 'SettingsScreen', title: hi.settings.title },
];

/**
 * Installed before the page loads: remembers every time the areas' loading placeholder (or a bare
 * "लोड हो रहा है…" straight under the content) is put on the page. (An area waiting for its data
 * says so inside its own screen; that is not this.) Browser code as a string: the test project has no DOM types.
 */
const WATCH_LOADING = `(() => {
  const seen = [];
  window.__areaLoadingSeen = seen;
  const check = (n) => {
    if (n.nodeType !== 1) return;
    if (n.matches('[data-testid="area-loading"]') || (n.parentElement && n.parentElement.matches('main.content') && n.textContent.trim() === ${JSON.stringify(hi.common.loading)})) seen.push(location.hash + ' ' + n.outerHTML);
    n.querySelectorAll('[data-testid="area-loading"]').forEach((m) => seen.push(m.outerHTML));
  };
  new MutationObserver((list) => { for (const r of list) r.addedNodes.forEach(check); }).observe(document, { childList: true, subtree: true });
})()`;

describe('areas open at once', () => {
  it('after the Sell screen is idle, the first F2..F6 never shows the loading words', async () => {
    // Every script the page fetched, from before it loads (the test clock fakes `performance`, so its resource list is empty).
    const scripts: string[] = [];
    const { page, server, errors } = await openDemoShop(browser, {
      viewport: { width: 1280, height: 900 },
      beforeLoad: async (p) => {
        p.on('requestfinished', (r) => void (/\/assets\/[^/]+\.js$/.test(r.url()) && scripts.push(r.url())));
        await p.addInitScript(WATCH_LOADING);
      },
    });
    stop = server.stop;
    await page.getByTestId('sell-cancel').waitFor();
    // The Sell screen's key names read in Hindi too.
    expect(await page.getByTestId('sell-cancel').textContent()).toContain('Esc (एस्केप)');
    await bothLanguages(page, 'sell-cart-keys', 'Cancel', 'रद्द');

    // Idle: the page itself has fetched every other area's code (no key pressed yet) ...
    await expect.poll(() => AREAS.filter((a) => !scripts.some((u) => u.includes(`/${a.chunk}-`))).map((a) => a.chunk), { timeout: 10_000 }).toEqual([]);
    // ... and run it (importing the same URLs resolves once those modules and theirs are evaluated).
    await page.evaluate(`Promise.all(${JSON.stringify(scripts)}.map((u) => import(u)))`);
    await apiIdle(page);
    await nextFrames(page);
    expect(await page.evaluate('window.__areaLoadingSeen.length')).toBe(0);

    for (const a of AREAS) {
      await page.keyboard.press(a.key);
      await page.locator('main.content h2', { hasText: a.title }).first().waitFor();
      await nextFrames(page);
    }
    expect(await page.evaluate('window.__areaLoadingSeen')).toEqual([]);
    // Settings (the last one opened) names the GSTIN in Hindi too.
    await page.getByLabel('जीएसटी नंबर: जीएसटीआईएन (GSTIN)').waitFor();
    await bothLanguages(page, 'settings-shop-gstin', 'GST number (GSTIN)', 'जीएसटीआईएन (GSTIN)');
    expect(errors).toEqual([]);
  });
});
