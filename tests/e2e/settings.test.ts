import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hi } from '../../renderer/src/i18n/hi';
import { launchChromium, openDemoShop, pageApi, SCREENSHOTS } from '../support/browser';

let browser: Browser;
let stop: (() => Promise<void>) | undefined;
beforeAll(async () => {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await stop?.();
});

describe('bills and payments settings', () => {
  it('names a bad UPI id, saves a good one and the cashier limits, and the negative-stock choice', async () => {
    const { page, server } = await openDemoShop(browser, { viewport: { width: 1280, height: 900 } });
    stop = server.stop;
    await page.keyboard.press('F6');
    await page.getByRole('tab', { name: 'बिल और भुगतान' }).click();
    await page.getByTestId('billing-form').waitFor();
    await page.getByLabel(hi.billing.upiVpa).fill('hamar hatri');
    await page.getByTestId('billing-save').click();
    await page.getByText(hi.issues.upi).waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'settings-billing-error-hi.png'), fullPage: true });
    await page.getByLabel(hi.billing.upiVpa).fill('hamarhatri@sbi');
    await page.getByLabel('विक्रेता अकेले कितनी छूट दे सकती है (%)').fill('15');
    await page.getByTestId('billing-save').click();
    await page.getByRole('status').waitFor();
    await page.getByTestId('lang-switch').click();
    await page.getByText("Shop's UPI id").waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'settings-billing-en.png'), fullPage: true });
    const saved = await pageApi(page, 'billing.getSettings', {});
    expect(saved).toMatchObject({ ok: true, value: { upiVpa: 'hamarhatri@sbi', cashierDiscountLimitBps: 1500 } });

    await page.getByRole('tab', { name: "Shop's details" }).click();
    await page.getByTestId('s-allowNegativeStock').check();
    await page.getByTestId('settings-save').click();
    await page.getByRole('status').waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'settings-shop-en.png'), fullPage: true });
    await page.close();
  });
});
