import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, startServeCli } from '../support/browser';
import { tempDir } from '../support/db';

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
    const s = await startServeCli(path.join(tempDir(), 'shop.db'));
    stop = s.stop;
    const page = await browser.newPage();
    await page.clock.install();
    await page.goto(s.url);
    await page.getByTestId('load-demo').click();
    await page.getByTestId('who').waitFor();
    await page.clock.fastForward('08:00');
    await page.keyboard.press('F3'); // someone works: the clock restarts
    await page.clock.fastForward('08:00');
    expect(await page.getByTestId('who').count()).toBe(1);
    await page.clock.fastForward('02:30');
    await page.getByText('काउंटर पर कौन है?').waitFor();
    await page.close();
  });
});
