/**
 * A second counter in the browser: the owner turns the main counter on in Settings → Counters, a
 * new computer joins with the address and code from there, lands on the main counter's lock
 * screen, and says so on every screen when the main counter goes away, while its cashier goes on
 * selling from the counter's offline copy (the bill in its own offline series, waiting to be sent).
 */
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../renderer/src/i18n/en';
import { hi } from '../../renderer/src/i18n/hi';
import { launchChromium, openDemoShop, pageApi, SCREENSHOTS, shot, startServeCli } from '../support/browser';
import { TEST_NOW } from '../support/clock';
import { tempDir } from '../support/db';

let browser: Browser;
const stops: Array<() => Promise<void>> = [];
beforeAll(async () => {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  for (const s of stops) await s();
});

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const p = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(p));
    });
  });

describe('second counter', () => {
  it('the owner turns the main counter on; a new computer joins with its code and shows the link banner when it goes', async () => {
    const port = await freePort();
    const mainDb = path.join(tempDir(), 'main.db');
    const clockFile = path.join(tempDir('hh-clock-'), 'clock.txt');
    fs.writeFileSync(clockFile, `${TEST_NOW.toISOString()} running`);
    const env = { HH_TEST_CLOCK_FILE: clockFile };
    const main = await openDemoShop(browser, { viewport: { width: 1366, height: 768 }, serveArgs: ['--lan-host', '127.0.0.1'], dbFile: mainDb, env });
    stops.push(main.server.stop);
    await main.page.keyboard.press('F6');
    await main.page.getByRole('tab', { name: hi.lan.tab }).click();
    await main.page.getByLabel(hi.lan.port).fill(String(port));
    await main.page.getByTestId('host-toggle').click();
    const code = (await main.page.getByTestId('pairing-code').textContent())!;
    expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    await expect.poll(() => main.page.getByTestId('host-state').textContent()).toBe(hi.lan.hostOn);
    await shot(main.page, 'counters-main-hi');

    // the last elephants go at the main counter, so the one the second counter sells offline is one too many
    const dhokra = await pageApi(main.page, 'catalog.lookup', { code: 'DHOK-001' });
    const left = dhokra.value.onHand as number;
    if (left > 0) expect((await pageApi(main.page, 'sales.checkout', { requestId: crypto.randomUUID(), lines: [{ productId: dhokra.value.id, qtyMilli: left * 1000, expectedPricePaise: dhokra.value.pricePaise }], payments: [{ method: 'cash', amountPaise: left * dhokra.value.pricePaise }] })).ok).toBe(true);

    const second = await startServeCli(path.join(tempDir(), 'second.db'), env, ['--lan-host', '127.0.0.1']);
    stops.push(second.stop);
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    await page.goto(second.url);
    await page.getByTestId('join-shop').waitFor();
    await page.getByLabel(hi.lan.address).fill(`127.0.0.1:${port}`);
    await page.getByLabel(hi.lan.code).fill('AAAA-BBBB-CCCC');
    await page.getByLabel(hi.lan.deviceName).fill('काउंटर 2');
    await page.getByTestId('join-submit').click();
    await page.getByText(hi.errors.PAIRING_CODE_WRONG).waitFor();
    await shot(page, 'join-shop-wrong-code-hi');
    await page.getByLabel(hi.lan.code).fill(code.toLowerCase());
    await page.getByTestId('join-submit').click();
    // the main counter's people, to unlock with their PINs
    await page.getByText('पूजा यादव').waitFor();
    await shot(page, 'join-shop-joined-lock-hi');

    // the main counter lists it
    await main.page.getByRole('tab', { name: hi.lan.tab }).click();
    await main.page.getByTestId('device-row').filter({ hasText: 'काउंटर 2' }).waitFor();
    await main.page.getByTestId('lang-switch').click();
    await main.page.getByText(en.lan.devices).waitFor();
    await shot(main.page, 'counters-main-en');

    // the main counter goes away: the banner, in both languages
    await main.server.stop();
    await page.getByTestId('link-banner').waitFor({ timeout: 20_000 });
    expect(await page.getByTestId('link-banner').textContent()).toContain(`127.0.0.1:${port}`);
    await shot(page, 'link-down-hi');

    // and selling goes on from this counter's copy: the cashier unlocks with her PIN, sells, the bill waits
    await page.getByRole('listitem').filter({ hasText: 'पूजा यादव' }).click();
    await page.getByTestId('pin-input').fill('1111');
    await page.getByTestId('unlock').click();
    await page.getByTestId('cart-empty').waitFor();
    await page.getByTestId('sell-search').fill('ढोकरा हाथी');
    await page.getByTestId('sell-results').getByText('ढोकरा हाथी').first().click();
    await page.getByTestId('cart-line-DHOK-001').waitFor();
    await page.keyboard.press('F8');
    await page.getByTestId('payment').waitFor();
    await page.keyboard.press('Enter');
    await page.locator('.sale-done-head').getByText('C2-OFF-000001').waitFor();
    await expect.poll(() => page.getByTestId('link-banner').textContent(), { timeout: 20_000 }).toContain(`${hi.lan.bannerOffline.split(':')[0]}`);
    await expect.poll(() => page.getByTestId('link-banner').textContent(), { timeout: 20_000 }).toMatch(/भेजने बाकी: 1।/);
    await shot(page, 'offline-sale-hi');

    await page.evaluate(() => (globalThis as unknown as { localStorage: { setItem(k: string, v: string): void } }).localStorage.setItem('hh.lang', 'en'));
    await page.reload();
    await page.getByTestId('link-banner').getByText(en.lan.banner.split(':')[0]!).waitFor({ timeout: 20_000 });
    await expect.poll(() => page.getByTestId('link-banner').textContent(), { timeout: 20_000 }).toContain('Waiting: 1.');
    await shot(page, 'link-down-en');

    // the main counter is switched on again: the bill goes over, and its manager sees the stock warning
    const back = await startServeCli(mainDb, env, ['--lan-host', '127.0.0.1']);
    stops.push(back.stop);
    await expect.poll(() => page.getByTestId('link-banner').count(), { timeout: 30_000 }).toBe(0);
    await main.page.goto(back.url);
    await main.page.getByRole('listitem').filter({ hasText: 'ललिता साहू' }).click();
    await main.page.getByTestId('pin-input').fill('1234');
    await main.page.getByTestId('unlock').click();
    await main.page.getByTestId('who').getByText('ललिता साहू').waitFor();
    await main.page.keyboard.press('F6');
    await main.page.getByRole('tab', { name: hi.lan.tab }).click(); // a new address: the page starts in Hindi again
    await main.page.getByTestId('stock-warning').filter({ hasText: 'C2-OFF-000001' }).getByText('-1').waitFor();
    await expect.poll(() => main.page.getByTestId('device-row').filter({ hasText: 'काउंटर 2' }).locator('td.num').textContent(), { timeout: 15_000 }).toBe('0');
    await shot(main.page, 'stock-warnings-hi');
    await main.page.getByTestId('lang-switch').click();
    await main.page.getByText(en.lan.warningsTitle).waitFor();
    await shot(main.page, 'stock-warnings-en');
  }, 150_000);
});
