/**
 * Custom orders in Chromium against `serve`: the owner opens Orders (F10), takes an order for 200
 * धान आर्ट badges at ₹25 made by two members with a ₹2,000 cash advance, marks it ready, delivers
 * 120 (the advance applied, the rest by UPI) and then the last 80 in cash, and prints the order
 * slip on a loopback printer. Screenshots in Hindi and English at 1366x768.
 */
import fs from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatINR } from '../../src/shared/money';
import { goodPrinter } from '../core/print-support';
import { startPrinter, type LoopbackPrinter } from '../printing/loopback';
import { apiIdle, bothLanguages, launchChromium, openDemoShop, pageApi, SCREENSHOTS } from '../support/browser';

let browser: Browser;
let stopServe: (() => Promise<void>) | undefined;
let printer: LoopbackPrinter | undefined;

beforeAll(async () => {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await stopServe?.();
  await printer?.close();
});

describe('custom orders in the browser', () => {
  it('200 badges with a ₹2,000 advance: taken, ready, delivered in two parts, slip printed', async () => {
    const { page, errors, server } = await openDemoShop(browser, { viewport: { width: 1366, height: 768 }, timeoutMs: 15_000 });
    stopServe = server.stop;
    printer = await startPrinter();
    expect((await pageApi(page, 'print.updateSettings', goodPrinter(printer.url))).ok).toBe(true);

    await page.keyboard.press('F10');
    await page.getByTestId('orders-area').waitFor();
    await page.getByTestId('tab-new').click();
    await page.getByTestId('order-customer').fill('सरस्वती शिशु मंदिर');
    await page.getByTestId('order-phone').fill('9826011223');
    await page.getByTestId('order-due').fill('2026-12-12');
    await page.getByTestId('order-name-hi-0').fill('धान आर्ट बैज');
    await page.getByTestId('order-name-en-0').fill('Paddy-grain badge');
    await page.getByTestId('order-craft-0').selectOption({ label: 'धान आर्ट' });
    await page.getByTestId('order-qty-0').fill('200');
    await page.getByTestId('order-price-0').fill('25');
    await page.getByTestId('order-maker-0-0').selectOption({ label: 'सुनीता साहू' });
    await page.getByTestId('order-share-0-0').fill('60');
    await page.getByTestId('order-add-maker-0').click();
    await page.getByTestId('order-maker-0-1').selectOption({ label: 'गीता यादव' });
    await page.getByTestId('order-share-0-1').fill('30');
    await page.getByTestId('order-advance').fill('2000');
    await page.getByTestId('order-note').fill('वार्षिक उत्सव');
    await bothLanguages(page, 'orders-new', 'Take the order', 'ऑर्डर लें');

    // A share over 100 % is refused in words and nothing is taken.
    await page.getByTestId('order-share-0-1').fill('50');
    await page.getByTestId('order-advance').press('Enter');
    await expect.poll(async () => page.getByTestId('order-error').textContent()).toContain('100 %');
    await page.getByTestId('order-share-0-1').fill('30');
    await page.getByTestId('order-advance').press('Enter'); // Enter takes the order
    await page.getByTestId('order-detail').waitFor();
    await expect.poll(async () => page.getByTestId('order-status').textContent()).toBe('ऑर्डर मिला');
    expect(await page.getByTestId('order-held').textContent()).toContain(formatINR(200_000, 'hi'));

    await page.getByTestId('order-ready').click();
    await expect.poll(async () => page.getByTestId('order-status').textContent()).toBe('तैयार');
    expect(await page.getByTestId('order-whatsapp').getAttribute('href')).toMatch(/^https:\/\/wa\.me\/919826011223\?text=/);

    // First part: 120 badges, ₹3,000 of which the advance pays ₹2,000; ₹1,000 by UPI.
    await page.getByTestId('deliver-qty-1').fill('120');
    await expect.poll(async () => page.getByTestId('deliver-to-pay').textContent()).toContain(formatINR(100_000, 'hi'));
    await page.getByTestId('deliver-method').selectOption('upi');
    await bothLanguages(page, 'orders-deliver', 'Deliver and bill', 'दें और बिल बनाएँ');
    await page.getByTestId('order-deliver').click();
    await page.getByTestId('order-notice').waitFor();
    expect(await page.getByTestId('order-held').textContent()).toContain(formatINR(0, 'hi'));

    // The rest: 80 badges, ₹2,000 in cash; the order is delivered.
    await page.getByTestId('deliver-qty-1').fill('80');
    await expect.poll(async () => page.getByTestId('deliver-to-pay').textContent()).toContain(formatINR(200_000, 'hi'));
    await page.getByTestId('deliver-method').selectOption('cash');
    await page.getByTestId('deliver-qty-1').press('Enter');
    await expect.poll(async () => page.getByTestId('order-status').textContent()).toBe('दे दिया');
    expect(await page.getByTestId('order-deliveries').locator('li').count()).toBe(2);

    // The slip on the counter printer, and its picture.
    const job = printer.nextJob();
    await page.getByTestId('order-slip-print').click();
    expect((await job).length).toBeGreaterThan(1000);
    await page.getByTestId('order-slip-print-result').waitFor();
    await page.getByTestId('order-slip-preview-toggle').click();
    await page.locator('.print-preview-paper img').waitFor();
    await apiIdle(page);
    await bothLanguages(page, 'orders-delivered', 'Delivered', 'दे दिया');

    // The lists: delivered now, none open.
    await page.getByTestId('order-back').click();
    await page.getByTestId('tab-delivered').click();
    await page.getByTestId('orders-table').waitFor();
    await bothLanguages(page, 'orders-list', 'Custom orders', 'ऑर्डर पर बनवाना');
    const sales = (await pageApi(page, 'sales.list', { limit: 10 })).value as { rows: { totalPaise: number }[] };
    expect(sales.rows.map((r) => r.totalPaise).sort()).toEqual([200_000, 300_000]);

    // The day close: the advance was held, then applied to the first bill; nothing is held now.
    await page.keyboard.press('F5');
    await page.getByTestId('rep-orders').waitFor();
    expect(await page.getByTestId('rep-orders').textContent()).toContain(formatINR(200_000, 'hi'));
    expect(await page.getByTestId('rep-order-advances-held').textContent()).toContain(formatINR(0, 'hi'));
    await page.getByTestId('rep-orders').scrollIntoViewIfNeeded();
    await bothLanguages(page, 'orders-day-close', 'Custom orders: advances', 'ऑर्डर: एडवांस');

    // Another order Sunita makes: her open work shows on her artisan page.
    const craftId = ((await pageApi(page, 'crafts.list', {})).value as { id: number; code: string }[]).find((c) => c.code === 'BAANS')!.id;
    const sunita = ((await pageApi(page, 'artisans.list', {})).value as { id: number; nameEn: string }[]).find((a) => a.nameEn === 'Sunita Sahu')!.id;
    const mour = await pageApi(page, 'orders.create', {
      requestId: crypto.randomUUID(), customer: { name: 'रमा देवांगन', phone: '9826099887' }, dueDate: '2026-12-10',
      lines: [{ nameHi: 'मौर', nameEn: 'Maur (wedding crown)', craftId, qtyMilli: 2000, unitPricePaise: 120_000, makers: [{ artisanId: sunita, shareBps: 7000 }] }], advance: [{ method: 'upi', amountPaise: 50_000, ref: 'UTR77' }],
    });
    expect(mour.ok, JSON.stringify(mour.error)).toBe(true);
    await page.keyboard.press('F4');
    await page.getByTestId('artisan-list').locator('li').filter({ hasText: 'सुनीता साहू' }).first().click();
    await page.getByTestId('artisan-open-work').waitFor();
    expect(await page.getByTestId('artisan-open-work').textContent()).toContain('मौर');
    await bothLanguages(page, 'orders-artisan-open-work', 'Open order work', 'बाकी ऑर्डर का काम');

    // Cancelled before work began: by the shop's rule a quarter of the ₹500 advance is kept, ₹375 goes back.
    await page.keyboard.press('F10');
    await page.getByTestId('tab-open').click();
    await page.getByTestId(`order-row-${mour.value.orderNo}`).click();
    expect(await page.getByTestId('order-cancel-rule').textContent()).toContain(formatINR(12_500, 'hi'));
    await page.getByTestId('order-cancel-reason').fill('शादी की तारीख बदली');
    await page.getByTestId('order-cancel-method').selectOption('upi');
    await page.getByTestId('order-cancel-form').scrollIntoViewIfNeeded();
    await bothLanguages(page, 'orders-cancel', 'Cancel the order', 'ऑर्डर रद्द करें');
    await page.getByTestId('order-cancel-reason').press('Enter');
    await expect.poll(async () => page.getByTestId('order-status').textContent()).toBe('रद्द');
    const cancelled = (await pageApi(page, 'orders.get', { orderId: mour.value.id })).value as { heldPaise: number; money: { kind: string; amountPaise: number }[] };
    expect(cancelled.money.map((m) => [m.kind, m.amountPaise])).toEqual([['advance', 50_000], ['kept', -12_500], ['refund', -37_500]]);
    expect(errors).toEqual([]);
  }, 180_000);
});
