import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, SCREENSHOTS, shot, startServeCli } from '../support/browser';
import { tempDir } from '../support/db';

let browser: Browser;
const servers: { stop: () => Promise<void> }[] = [];

beforeAll(async () => {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await Promise.all(servers.map((s) => s.stop()));
});

async function openFresh(): Promise<Page> {
  const s = await startServeCli(path.join(tempDir(), 'shop.db'));
  servers.push(s);
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(s.url);
  (page as Page & { errors?: string[] }).errors = errors;
  return page;
}


describe('first run in Chromium against `npm run serve`', () => {
  it('sets up the shop in Hindi, switches language, locks and unlocks with the PIN', async () => {
    const page = await openFresh();
    await page.getByRole('heading', { name: 'दुकान की शुरुआत' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('hi');
    await shot(page, 'setup-hi');

    // empty form: every required field is named, in Hindi
    await page.getByTestId('setup-submit').click();
    await page.getByText('कृपया चिह्नित जानकारी ठीक करें।').waitFor();
    expect(await page.getByText('ज़रूरी है।').count()).toBe(2);
    await shot(page, 'setup-errors-hi');

    await page.getByTestId('lang-switch').click();
    await page.getByRole('heading', { name: 'Set up the shop' }).waitFor();
    await shot(page, 'setup-errors-en');
    await page.getByTestId('lang-switch').click();

    await page.getByLabel('दुकान का नाम').fill('हमर हटरी');
    await page.getByLabel('प्रबंधक का नाम').fill('ललेश्वरी साहू');
    await page.getByLabel('प्रबंधक का पिन (4-6 अंक)').fill('2468');
    await page.getByLabel('पिन दोबारा').fill('2469');
    await page.getByTestId('setup-submit').click();
    await page.getByText('दोनों पिन एक जैसे नहीं हैं।').waitFor();
    await page.getByLabel('पिन दोबारा').fill('2468');
    await page.getByTestId('setup-submit').click();

    await page.getByTestId('who').waitFor();
    expect(await page.getByTestId('who').textContent()).toContain('ललेश्वरी साहू');
    // A manager's home is the dashboard (#15); the counter is F1 away.
    await page.getByTestId('dashboard').waitFor();
    await page.keyboard.press('F1');
    expect(await page.locator('.total-amount').textContent()).toBe('₹0.00');
    await shot(page, 'sell-hi');

    // switch language at any time, on any screen
    await page.getByTestId('lang-switch').click();
    await page.getByRole('button', { name: /Sell/ }).waitFor();
    await shot(page, 'sell-en');
    await page.getByTestId('lang-switch').click();

    // lock, then unlock with a wrong and then the right PIN
    await page.getByTestId('lock').click();
    await page.getByText('काउंटर पर कौन है?').waitFor();
    await page.getByTestId('pin-input').fill('1111');
    await page.getByTestId('unlock').click();
    await page.getByText(/गलत पिन/).waitFor();
    await shot(page, 'lock-wrong-pin-hi');
    for (const d of '2468') await page.getByRole('button', { name: d, exact: true }).click();
    await page.getByTestId('unlock').click();
    await page.getByTestId('who').waitFor();

    // the language choice survives a reload
    await page.getByTestId('lang-switch').click();
    await page.reload();
    await page.getByRole('heading', { name: 'Today at the shop' }).waitFor(); // the manager's home, in English
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect((page as Page & { errors?: string[] }).errors).toEqual([]);
  });

  it('loads the demo shop and shows its stock with Devanagari names and ₹ in Indian grouping', async () => {
    const page = await openFresh();
    await page.getByTestId('load-demo').click();
    await page.getByTestId('notice').waitFor();
    expect(await page.getByTestId('notice').textContent()).toContain('1234');
    await page.keyboard.press('F3');
    await page.getByTestId('stock-table').waitFor();
    await page.getByText('कोसा सिल्क साड़ी').waitFor(); // rows arrive a moment after the table
    expect(await page.getByText('कोसा सिल्क साड़ी').count()).toBe(1);
    expect(await page.getByText('₹1,25,000.00').count()).toBe(1);
    await shot(page, 'stock-hi');
    await page.getByTestId('lang-switch').click();
    await page.getByRole('heading', { name: 'Stock' }).waitFor();
    await page.getByText('Kosa silk saree').waitFor();
    expect(await page.getByText('Kosa silk saree').count()).toBe(1);
    await shot(page, 'stock-en');

    // settings: a bad GSTIN is named in English, then fixed and saved
    await page.getByTestId('nav-settings').click();
    await page.getByLabel('GST number (GSTIN)').fill('12345');
    await page.getByTestId('settings-save').click();
    await page.getByText('A GSTIN has 15 characters, e.g. 22AAAAA0000A1Z5.').waitFor();
    await shot(page, 'settings-error-en');
    await page.getByLabel('GST number (GSTIN)').fill('22AAAAA0000A1Z5');
    await page.getByTestId('settings-save').click();
    await page.getByRole('status').waitFor();
    await page.getByTestId('lang-switch').click();
    await page.getByRole('heading', { name: 'सेटिंग' }).waitFor();
    await shot(page, 'settings-hi');
    expect((page as Page & { errors?: string[] }).errors).toEqual([]);
  });
});
