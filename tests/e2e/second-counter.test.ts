/**
 * A second counter in the browser: the owner turns the main counter on in Settings → Counters, a
 * new computer joins with the address and code from there, lands on the main counter's lock
 * screen, and says so on every screen when the main counter goes away.
 */
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../renderer/src/i18n/en';
import { hi } from '../../renderer/src/i18n/hi';
import { launchChromium, openDemoShop, SCREENSHOTS, shot, startServeCli } from '../support/browser';
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
    const main = await openDemoShop(browser, { viewport: { width: 1366, height: 768 }, serveArgs: ['--lan-host', '127.0.0.1'] });
    stops.push(main.server.stop);
    await main.page.keyboard.press('F6');
    await main.page.getByRole('tab', { name: hi.lan.tab }).click();
    await main.page.getByLabel(hi.lan.port).fill(String(port));
    await main.page.getByTestId('host-toggle').click();
    const code = (await main.page.getByTestId('pairing-code').textContent())!;
    expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    await expect.poll(() => main.page.getByTestId('host-state').textContent()).toBe(hi.lan.hostOn);
    await shot(main.page, 'counters-main-hi');

    const second = await startServeCli(path.join(tempDir(), 'second.db'), {}, ['--lan-host', '127.0.0.1']);
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
    await page.evaluate(() => (globalThis as unknown as { localStorage: { setItem(k: string, v: string): void } }).localStorage.setItem('hh.lang', 'en'));
    await page.reload();
    await page.getByTestId('link-banner').getByText(en.lan.banner.split(':')[0]!).waitFor({ timeout: 20_000 });
    await shot(page, 'link-down-en');
  }, 120_000);
});
