/**
 * The counter's screens at 1366x768 as a new cashier meets them (#19 "Layout"): what must be in view
 * without scrolling, what assistive technology hears, and the size of what a finger taps. The pay
 * step's own checks (actions counted, QR at 1366x768, "fully paid") are in counter-pay.test.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, openDemoShop, pageApi, SCREENSHOTS, shot, startServeCli } from '../support/browser';
import { tempDir } from '../support/db';

let browser: Browser;
const stops: (() => Promise<void>)[] = [];
beforeAll(async () => {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await Promise.all(stops.map((s) => s()));
});

const VIEW = { width: 1366, height: 768 };

/** Wholly inside the viewport, with the page not scrolled. */
async function inView(page: Page, l: Locator) {
  const box = (await l.boundingBox())!;
  const vp = page.viewportSize()!;
  expect(await page.evaluate('scrollY')).toBe(0);
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height).toBeLessThanOrEqual(vp.height);
  expect(box.x + box.width).toBeLessThanOrEqual(vp.width);
}

function ean(productId: number): string {
  const body = `2${String(productId).padStart(11, '0')}`;
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(body[i]) * (i % 2 === 0 ? 1 : 3);
  return body + ((10 - (sum % 10)) % 10);
}

async function loginAs(page: Page, name: string, pin: string) {
  await page.getByTestId('lock').click();
  await page.getByRole('button', { name: new RegExp(name) }).click();
  await page.getByTestId('pin-input').fill(pin);
  await page.getByTestId('unlock').click();
}

describe('the counter at 1366x768', () => {
  it('first run: the language choice and "open the shop" are above the fold', async () => {
    const s = await startServeCli(path.join(tempDir(), 'shop.db'));
    stops.push(s.stop);
    const page = await browser.newPage({ viewport: VIEW });
    await page.goto(s.url);
    await page.getByRole('heading', { name: 'दुकान की शुरुआत' }).waitFor();
    await inView(page, page.locator('fieldset').filter({ has: page.locator('input[name="language"]') }));
    await inView(page, page.getByTestId('setup-submit'));
    await shot(page, 'layout-1366-setup-hi');
    await page.close();
  });

  it('lock screen people are buttons; a cashier sees the shop read-only; Stock shows ten rows; the ₹/% switch is a finger wide; the QR fits 1280x720', async () => {
    const { page, errors, server } = await openDemoShop(browser, { viewport: VIEW, timeoutMs: 15_000 });
    stops.push(server.stop);
    expect((await pageApi(page, 'billing.updateSettings', { ...(await pageApi(page, 'billing.getSettings', {})).value, upiVpa: 'hamarhatri@sbi', upiPayeeName: 'Hamar Hatri' })).ok).toBe(true);

    // Lock: each person is a button by name (and pressed when chosen), as a screen reader hears it.
    await page.getByTestId('lock').click();
    const people = (await pageApi(page, 'session.people', {})).value as { name: string }[];
    await page.getByRole('listitem').getByRole('button', { name: new RegExp(people[0]!.name) }).waitFor();
    for (const p of people) expect(await page.getByRole('listitem').getByRole('button', { name: new RegExp(p.name) }).count()).toBe(1);
    await page.getByRole('button', { name: /पूजा यादव/ }).click();
    expect(await page.getByRole('button', { name: /पूजा यादव/ }).getAttribute('aria-pressed')).toBe('true');
    await page.getByTestId('pin-input').fill('1111');
    await page.getByTestId('unlock').click();
    await page.getByTestId('cart-empty').waitFor();

    // A cashier in Settings: the shop's details and bill settings to read, no form refused on save.
    await page.getByTestId('nav-settings').click();
    await page.getByTestId('settings-readonly').waitFor();
    expect(await page.locator('#s-shopName').isDisabled()).toBe(true); // inside the disabled fieldset
    expect(await page.locator('#s-shopName').inputValue()).not.toBe('');
    expect(await page.getByTestId('settings-save').count()).toBe(0);
    await shot(page, 'layout-1366-settings-cashier-hi');

    // Stock: the filters folded, at least ten whole rows of the catalogue in view.
    await page.getByTestId('nav-stock').click();
    const table = page.getByTestId('stock-table');
    await table.locator('[role="row"]').nth(10).waitFor();
    const rows = await table.locator('[role="row"]').evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).filter((r) => r.top >= 0 && r.bottom <= (globalThis as unknown as { innerHeight: number }).innerHeight && r.height > 0).length);
    expect(rows).toBeGreaterThanOrEqual(11); // the header row and ten products
    await shot(page, 'layout-1366-stock-hi');

    // Sell: a line's discount switch (₹ / %) is at least 44 x 44 px.
    await page.getByTestId('nav-sell').click();
    await page.locator('.screen-head h2').click();
    await page.keyboard.type(ean(2), { delay: 5 });
    await page.keyboard.press('Enter');
    await page.getByTestId('cart-line-JUTE-001').waitFor();
    await page.getByRole('button', { name: 'लाइन 1 पर छूट' }).click();
    const toggle = page.getByRole('button', { name: 'छूट प्रतिशत में' }).last();
    const t = (await toggle.boundingBox())!;
    expect(t.width).toBeGreaterThanOrEqual(44);
    expect(t.height).toBeGreaterThanOrEqual(44);

    // Sell with a line: hold / cancel and the key hints not clipped, and within reach (the side panel
    // scrolls inside the screen, the page does not); the cancel confirmation in view when asked for.
    const whole = async (l: Locator, name: string) => {
      expect(await l.evaluate((e) => e.scrollWidth <= e.clientWidth + 1 && e.scrollHeight <= e.clientHeight + 1), `${name} not clipped`).toBe(true);
      await l.scrollIntoViewIfNeeded();
      await inView(page, l);
    };
    await whole(page.getByTestId('sell-hold'), 'hold');
    await whole(page.getByTestId('sell-cancel'), 'cancel');
    await whole(page.locator('.sale-keys'), 'key hints');
    await page.getByTestId('sell-cancel').click();
    await page.getByTestId('cancel-yes').waitFor();
    const yes = (await page.getByTestId('cancel-yes').boundingBox())!;
    expect(yes.y + yes.height).toBeLessThanOrEqual(VIEW.height);
    expect(yes.y).toBeGreaterThanOrEqual(0);
    await shot(page, 'layout-1366-sell-cancel-hi');
    await page.getByTestId('cancel-yes').click();
    await page.getByTestId('cart-empty').waitFor();
    await page.locator('.screen-head h2').click();
    await page.keyboard.type(ean(2), { delay: 5 });
    await page.keyboard.press('Enter');
    await page.getByTestId('cart-line-JUTE-001').waitFor();

    // 1280x720: the whole UPI QR still in view on the pay step.
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.getByTestId('sell-pay-upi').click(); // all by UPI
    await page.getByTestId('payment').waitFor();
    const qr = page.getByTestId('upi-qr').locator('img');
    await qr.waitFor();
    await inView(page, qr);
    await shot(page, 'layout-1280-pay-qr-hi');
    expect(errors).toEqual([]);
  });
});
