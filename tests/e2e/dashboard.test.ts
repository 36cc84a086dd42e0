/**
 * The manager's home in Chromium against `serve` on a test clock (Monday 7 Dec 2026, 11:00 in
 * Durg): last Monday's bills and today's, a costume due back today and one overdue, a product
 * below its low-stock level and a backup. The owner lands on the dashboard, which fits 1366x768
 * without scrolling, in Hindi and English; each tile opens its screen (by mouse and by the keyboard),
 * F12 comes back; a cashier lands on Sell and has no dashboard.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../renderer/src/i18n/en';
import { hi } from '../../renderer/src/i18n/hi';
import { formatINR } from '../../src/shared/money';
import { bothLanguages, launchChromium, openDemoShop, pageApi, SCREENSHOTS } from '../support/browser';
import { serveClock } from '../support/clock';
import { tempDir } from '../support/db';

let browser: Browser;
let stopServe: (() => Promise<void>) | undefined;

beforeAll(async () => {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await stopServe?.();
});

const { file: clockFile, set: setClock } = serveClock(path.join(tempDir(), 'clock.txt')); // the shop stands at a time in Durg
const TODAY = '2026-12-07';
const text = async (page: Page, testId: string) => (await page.getByTestId(testId).first().textContent()) ?? '';

async function ok(page: Page, name: string, input: unknown) {
  const r = await pageApi(page, name, input);
  if (!r.ok) throw new Error(`${name}: ${JSON.stringify(r.error)}`);
  return r.value;
}

async function sell(page: Page, sku: string, qty = 1) {
  const p = (await ok(page, 'catalog.lookup', { code: sku })) as { id: number; pricePaise: number };
  return (await ok(page, 'sales.checkout', {
    requestId: randomUUID(), lines: [{ productId: p.id, qtyMilli: qty * 1000, expectedPricePaise: p.pricePaise }], payments: [{ method: 'cash', amountPaise: p.pricePaise * qty }],
  })) as { totalPaise: number };
}

async function walkIn(page: Page, sku: string, dueDate: string) {
  const item = (await ok(page, 'catalog.lookup', { code: sku })) as { id: number };
  const lines = [{ productId: item.id, qty: 1 }];
  const today = ((await ok(page, 'rentals.list', { view: 'all', limit: 1 })) as { today: string }).today;
  const quote = (await ok(page, 'rentals.previewQuote', { fromDate: today, dueDate, lines })) as { totalPaise: number };
  await ok(page, 'rentals.walkIn', { requestId: randomUUID(), customer: { name: 'प्रिया शर्मा', phone: '9826011223', idNote: '', address: '' }, dueDate, lines, payments: [{ method: 'upi', amountPaise: quote.totalPaise, ref: 'UPI1' }] });
}

/** The whole product back with a low-stock level (an edit sends every field). */
async function setLowStock(page: Page, sku: string, lowStockMilli: number) {
  const { id } = (await ok(page, 'catalog.lookup', { code: sku })) as { id: number };
  const p = (await ok(page, 'products.get', { id })) as Record<string, unknown>;
  const keys = ['nameHi', 'nameEn', 'craftId', 'artisanId', 'pricePaise', 'costPaise', 'commissionBps', 'artisanFixedPaise', 'discountRule', 'hsn', 'gstRateBps', 'unit', 'forSale', 'forRent', 'sku'];
  await ok(page, 'products.update', { id, ...Object.fromEntries(keys.map((k) => [k, p[k]])), lowStockMilli });
}

/** The clock jumped days ahead, so the login is over: the owner logs in again (the page reloads after the setup). */
async function ownerAgain(page: Page) {
  const people = (await ok(page, 'session.people', {})) as { id: number; role: string }[];
  await ok(page, 'session.login', { userId: people.find((p) => p.role === 'owner')!.id, pin: '1234' });
}

const home = async (page: Page) => {
  await page.keyboard.press('F12');
  await page.getByTestId('dash-sales').waitFor();
};

describe('the dashboard in the browser', () => {
  it("the owner's home: today's figures against last Monday, every tile opens its screen; a cashier lands on Sell", async () => {
    setClock('2026-11-30', '10:00'); // last Monday, before this time of day
    const { page, errors, server } = await openDemoShop(browser, { viewport: { width: 1366, height: 768 }, timeoutMs: 15_000, home: true, env: { HH_TEST_CLOCK_FILE: clockFile } });
    stopServe = server.stop;
    await page.getByTestId('dashboard').waitFor();
    await sell(page, 'JUTE-001');
    await sell(page, 'DHAN-001', 2);
    setClock('2026-12-03', '12:00');
    await ownerAgain(page);
    await walkIn(page, 'RENT-004', '2026-12-05'); // overdue by Monday
    setClock(TODAY, '09:30');
    await ownerAgain(page);
    await walkIn(page, 'RENT-005', TODAY); // back today
    const a = await sell(page, 'DHOK-001');
    const b = await sell(page, 'JUTE-001');
    await setLowStock(page, 'KOSA-001', 3000); // 2 on hand
    await ok(page, 'backup.now', {});
    setClock(TODAY, '11:00');
    await ownerAgain(page);
    await page.reload();
    await page.getByTestId('dash-sales-bills').getByText(hi.dashboard.sales.bills_other.replace('{{count}}', '2')).waitFor();
    expect(await text(page, 'dash-sales')).toContain(formatINR(a.totalPaise + b.totalPaise, 'hi'));
    expect(await text(page, 'dash-rentals-due')).toBe('1');
    expect(await text(page, 'dash-rentals-overdue')).toBe('1');
    expect(await text(page, 'dash-low-count')).toBe('1');
    expect(await text(page, 'dash-backup-age')).toMatch(/घंट|मिनट/);
    expect(await page.getByTestId('dash-owed').locator('.dash-owed-row').count()).toBeGreaterThan(0);

    // It fits a 1366x768 screen: nothing to scroll, in either language.
    const fits = () => page.evaluate<boolean>(`(() => {
      const c = document.querySelector('.content');
      return document.documentElement.scrollHeight <= window.innerHeight && c.scrollHeight <= c.clientHeight + 1;
    })()`);
    await bothLanguages(page, 'dashboard', en.dashboard.title, hi.dashboard.title);
    expect(await fits()).toBe(true);
    await page.getByTestId('lang-switch').last().click();
    await page.getByText(en.dashboard.title).waitFor();
    expect(await fits()).toBe(true);
    await page.getByTestId('lang-switch').last().click();
    await page.getByText(hi.dashboard.title).waitFor();

    // Each tile opens the screen behind it; F12 comes home.
    await page.getByTestId('dash-low-stock').click();
    await page.getByTestId('low-stock').getByText('कोसा', { exact: false }).first().waitFor();
    await home(page);
    await page.getByTestId('dash-sales').click();
    await page.getByTestId('reports').waitFor();
    await page.getByTestId('rep-bills').getByText('2', { exact: true }).waitFor();
    await home(page);
    await page.getByTestId('dash-backup').click();
    await page.getByTestId('backup-now').waitFor();
    await home(page);
    await page.getByTestId('dash-orders').click();
    await page.getByTestId('orders-area').waitFor();
    await home(page);
    await page.getByTestId('dash-board').click();
    await page.getByTestId('board').waitFor();
    await home(page);
    const first = page.getByTestId('dash-owed').locator('.dash-owed-row').first();
    const name = ((await first.locator('.dash-owed-name').textContent()) ?? '').trim();
    await first.click();
    await page.getByTestId('artisan-detail').getByText(name).first().waitFor();
    await home(page);
    // by the keyboard: the rentals tile focused, Enter
    await page.getByTestId('dash-rentals').focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('rentals-today').waitFor();
    await home(page);
    await page.getByTestId('nav-home').waitFor();

    // A cashier's home is Sell: no dashboard, and F12 does not open one.
    await page.getByTestId('lock').click();
    await page.getByRole('listitem').filter({ hasText: 'पूजा यादव' }).click();
    await page.getByTestId('pin-input').fill('1111');
    await page.getByTestId('unlock').click();
    await page.getByTestId('who').getByText('पूजा यादव').waitFor();
    await page.getByTestId('sell-screen').waitFor();
    expect(await page.getByTestId('nav-home').count()).toBe(0);
    await page.keyboard.press('F12');
    expect(await page.getByTestId('dashboard').count()).toBe(0);
    await page.getByTestId('sell-screen').waitFor();
    expect(errors).toEqual([]);
    await page.close();
  }, 180_000);
});
