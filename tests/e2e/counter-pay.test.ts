/**
 * The pay step at 1366x768, counted in actions after the last scan (#19): a three-item cash + UPI
 * split in at most 4, all UPI in at most 2, all cash exact in at most 2. The whole QR is inside
 * the viewport and decodes (zbarimg, an independent reader) to the UPI part; "fully paid" is not
 * shown before the UPI money is confirmed; after the sale the page is at the top and the next scan
 * starts a new bill. Above the shop's UPI limit (#20 item 2) the screen says so and splits the UPI
 * part into payments within the limit, each QR asking for one of them.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../renderer/src/i18n/en';
import { hi } from '../../renderer/src/i18n/hi';
import { bothLanguages, launchChromium, openDemoShop, pageApi, SCREENSHOTS } from '../support/browser';

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

/** The demo shop's in-store barcodes: EAN-13 '2' + the product id in 11 digits + check digit. */
function barcode(productId: number): string {
  const body = `2${String(productId).padStart(11, '0')}`;
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(body[i]) * (i % 2 === 0 ? 1 : 3);
  return body + ((10 - (sum % 10)) % 10);
}

/** A USB scanner: the code typed fast, then Enter, with no text box focused. */
async function scan(page: Page, code: string) {
  await page.locator('.screen-head h2').click();
  await page.keyboard.type(code, { delay: 5 });
  await page.keyboard.press('Enter');
}

/** A jute bag, a clay piece and a Kosa silk stole: ₹250 + ₹450 + ₹3,200 = ₹3,900 (items with stock for six bills). */
async function scanThree(page: Page) {
  for (const [id, sku] of [[2, 'JUTE-001'], [8, 'MATP-001'], [7, 'KOSA-002']] as const) {
    await scan(page, barcode(id));
    await page.getByTestId(`cart-line-${sku}`).waitFor();
  }
  expect(await page.locator('.sale-total-amount').textContent()).toBe('₹3,900.00');
}

/** Every action a cashier takes after the scans goes through here, so the test counts them. */
function counter(page: Page) {
  let n = 0;
  return {
    get n() { return n; },
    key: async (k: string) => { n++; await page.keyboard.press(k); },
    type: async (s: string) => { n++; await page.keyboard.type(s); },
    tap: async (testId: string) => { n++; await page.getByTestId(testId).click(); },
  };
}

/** The QR as the customer's phone sees it: wholly inside the viewport, read back by zbarimg. */
async function readQr(page: Page): Promise<string> {
  const img = page.getByTestId('upi-qr').locator('img');
  await img.waitFor();
  const box = (await img.boundingBox())!;
  const vp = page.viewportSize()!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(vp.width);
  expect(box.y + box.height).toBeLessThanOrEqual(vp.height);
  // The page itself does not scroll: the QR is seen without moving anything.
  expect(await page.evaluate('document.documentElement.scrollHeight <= innerHeight')).toBe(true);
  const file = path.join(SCREENSHOTS, 'counter-pay-qr-read.png');
  await page.screenshot({ path: file, clip: { x: box.x - 16, y: box.y - 16, width: box.width + 32, height: box.height + 32 } });
  return execFileSync('zbarimg', ['-q', '--raw', file]).toString().trim();
}

const amountOf = (link: string) => new URL(link.replace('upi://', 'https://upi.invalid/')).searchParams.get('am');

async function expectNotSettled(page: Page) {
  const status = (await page.getByTestId('pay-remaining').textContent())!;
  expect(status).not.toContain(hi.sale.settled);
  expect(await page.getByTestId('pay-remaining').getAttribute('class')).not.toContain('pay-settled');
}

async function saleDone(page: Page) {
  await page.getByTestId('receipt').waitFor();
  // The bill's result at the top: the page is not left scrolled down.
  expect(await page.evaluate("[scrollY, document.querySelector('main').scrollTop]")).toEqual([0, 0]);
  const head = (await page.locator('.sale-done-head').boundingBox())!;
  expect(head.y).toBeLessThan(page.viewportSize()!.height);
}

describe('the pay step at 1366x768', () => {
  it('cash + UPI in 3 actions, all UPI in 2, all cash in 2, UPI first in 3; QR in view and read back; the UPI limit splits the UPI part', async () => {
    const { page, errors, server } = await openDemoShop(browser, { viewport: { width: 1366, height: 768 }, timeoutMs: 15_000 });
    stop = server.stop;
    const billing = await pageApi(page, 'billing.getSettings', {});
    expect(billing.value.upiLimitPaise).toBe(10_000_000); // ₹1,00,000 unless the shop says otherwise
    expect((await pageApi(page, 'billing.updateSettings', { ...billing.value, upiVpa: 'hamarhatri@sbi', upiPayeeName: 'Hamar Hatri' })).ok).toBe(true);
    await page.getByTestId('lock').click();
    await page.getByRole('listitem').filter({ hasText: 'पूजा यादव' }).click();
    await page.getByTestId('pin-input').fill('1111');
    await page.getByTestId('unlock').click();
    await page.getByTestId('cart-empty').waitFor();

    // 1. ₹500 cash, the rest (₹3,400) by UPI: F8, type 500 (the cash box is focused with its amount selected), tap "UPI received".
    await scanThree(page);
    let c = counter(page);
    await c.key('F8');
    await page.getByTestId('payment').waitFor();
    await c.type('500');
    expect(await page.getByTestId('pay-cash-amount').inputValue()).toBe('500');
    expect(await page.getByTestId('pay-upi-amount').inputValue()).toBe('3400');
    await expectNotSettled(page);
    expect(await page.getByTestId('pay-remaining').textContent()).toContain(hi.counter.waitConfirm);
    expect(amountOf(await readQr(page))).toBe('3400.00');
    expect(await page.getByTestId('pay-submit').isDisabled()).toBe(true);
    await bothLanguages(page, 'counter-pay-split', en.counter.upiGot, hi.counter.upiGot);
    await c.tap('pay-upi-received');
    await saleDone(page);
    expect(c.n).toBeLessThanOrEqual(4);
    const paid1 = (await page.getByTestId('receipt-payments').textContent())!;
    expect(paid1).toContain('₹500.00');
    expect(paid1).toContain('₹3,400.00');
    await bothLanguages(page, 'counter-pay-done', 'Sale done', hi.counter.doneAgain);

    // The next scan starts a new bill.
    await scan(page, barcode(2));
    await page.getByTestId('cart-line-JUTE-001').waitFor();
    expect(await page.getByTestId('receipt').count()).toBe(0);
    expect(await page.locator('[data-testid^="cart-line-"]').count()).toBe(1);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await page.getByTestId('cart-empty').waitFor();

    // 2. All UPI: "Take UPI" on the cart, then "UPI received".
    await scanThree(page);
    c = counter(page);
    await c.tap('sell-pay-upi');
    await page.getByTestId('payment').waitFor();
    expect(await page.getByTestId('pay-cash-amount').inputValue()).toBe('');
    await expectNotSettled(page);
    expect(amountOf(await readQr(page))).toBe('3900.00');
    await c.tap('pay-upi-received');
    await saleDone(page);
    expect(c.n).toBeLessThanOrEqual(2);

    // 3. All cash, exact: F8, Enter.
    await scanThree(page);
    c = counter(page);
    await c.key('F8');
    await page.getByTestId('payment').waitFor();
    expect(await page.getByTestId('upi-qr').count()).toBe(0);
    expect(await page.getByTestId('pay-remaining').textContent()).toContain(hi.sale.settled);
    await c.key('Enter');
    await saleDone(page);
    expect(c.n).toBeLessThanOrEqual(2);

    // 4. UPI first: F7, type 550 into the UPI box; the rest (₹3,350) goes on cash; a box selects on a click too.
    await scanThree(page);
    c = counter(page);
    await c.key('F7');
    await page.getByTestId('payment').waitFor();
    await c.type('550');
    expect(await page.getByTestId('pay-cash-amount').inputValue()).toBe('3350');
    await page.getByTestId('pay-cash-tendered').click();
    await page.keyboard.type('3500');
    expect(await page.getByTestId('pay-change').locator('.money').textContent()).toBe('₹150.00');
    await page.getByTestId('pay-cash-amount').click();
    expect(await page.getByTestId('pay-cash-amount').evaluate((el) => { const i = el as unknown as { selectionStart: number; selectionEnd: number; value: string }; return [i.selectionStart, i.selectionEnd, i.value.length]; })).toEqual([0, 4, 4]);
    expect(amountOf(await readQr(page))).toBe('550.00');
    await expectNotSettled(page);
    await page.getByTestId('pay-upi-received').click();
    await saleDone(page);
    expect(await page.getByTestId('done-change').textContent()).toContain('₹150.00');

    // 5. The shop's UPI limit at ₹2,000: ₹3,900 by UPI is said to be over it; split into two UPI payments of ₹1,950, each its own QR.
    expect((await pageApi(page, 'billing.updateSettings', { ...billing.value, upiVpa: 'hamarhatri@sbi', upiPayeeName: 'Hamar Hatri', upiLimitPaise: 200_000 })).ok).toBe(false); // a cashier may not
    await page.getByTestId('lock').click();
    await page.getByRole('listitem').filter({ hasText: 'ललिता साहू' }).click();
    await page.getByTestId('pin-input').fill('1234');
    await page.getByTestId('unlock').click();
    await page.getByTestId('who').getByText('ललिता साहू').waitFor();
    expect((await pageApi(page, 'billing.updateSettings', { ...billing.value, upiVpa: 'hamarhatri@sbi', upiPayeeName: 'Hamar Hatri', upiLimitPaise: 200_000 })).ok).toBe(true);
    // The Sell screen reads the settings when it opens.
    await page.getByTestId('nav-stock').click();
    await page.getByTestId('nav-sell').click();
    await page.getByTestId('cart-empty').waitFor();
    await scanThree(page);
    await page.keyboard.press('F7');
    await page.getByTestId('pay-upi-limit').waitFor();
    expect(await page.getByTestId('upi-qr').count()).toBe(0); // no QR asks for more than the limit
    await bothLanguages(page, 'counter-pay-limit', 'more than one UPI payment may be', 'सीमा');
    await page.getByTestId('pay-upi-split').click();
    expect(amountOf(await readQr(page))).toBe('1950.00');
    await expectNotSettled(page);
    await page.getByTestId('pay-upi-received').click();
    expect(amountOf(await readQr(page))).toBe('1950.00');
    expect(await page.getByTestId('pay-upi-received').textContent()).toContain('2/2');
    await bothLanguages(page, 'counter-pay-limit-split', 'UPI payment 2 of 2', 'यूपीआई भुगतान 2/2');
    await page.getByTestId('pay-upi-received').click();
    await saleDone(page);
    const sale = await pageApi(page, 'sales.get', { billNo: (await page.getByTestId('receipt-billno').textContent())! });
    expect(sale.value.payments.map((p: { method: string; amountPaise: number }) => [p.method, p.amountPaise])).toEqual([['upi', 195_000], ['upi', 195_000]]);

    // Or the excess by cash: UPI ₹2,000 (the limit), cash ₹1,900.
    await scanThree(page);
    await page.keyboard.press('F7');
    await page.getByTestId('pay-upi-excess-cash').click();
    expect(await page.getByTestId('pay-upi-amount').inputValue()).toBe('2000');
    expect(await page.getByTestId('pay-cash-amount').inputValue()).toBe('1900');
    expect(amountOf(await readQr(page))).toBe('2000.00');
    await page.getByTestId('pay-upi-received').click();
    await saleDone(page);

    expect(errors).toEqual([]);
  });
});
