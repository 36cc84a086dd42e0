import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, openDemoShop } from '../support/browser';

let browser: Browser;
let stop: (() => Promise<void>) | undefined;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await stop?.();
});

describe('the counter locks itself', () => {
  it('after ten minutes untouched, and not while someone is working', async () => {
    const { page, server } = await openDemoShop(browser); // the page's clock is installed: it can be moved on
    stop = server.stop;
    await page.clock.fastForward('08:00');
    await page.keyboard.press('F3'); // someone works: the clock restarts
    await page.clock.fastForward('08:00');
    expect(await page.getByTestId('who').count()).toBe(1);
    await page.clock.fastForward('02:30');
    await page.getByText('काउंटर पर कौन है?').waitFor();
    await page.close();
  });
});
