/**
 * Reports in Chromium against `serve` on a test clock: the cashier sells a jute piece for cash and
 * rents a costume to a walk-in customer; the owner opens Reports (F5): the day close shows the sale,
 * the rental's deposit as held (not income) and the drawer's expected cash; she counts ₹10 short,
 * closes the day, sees the slip; a day someone else already closed is refused in words; the month
 * shows the craft (and downloads as CSV); the rentals tab shows the deposit held.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../renderer/src/i18n/en';
import { hi } from '../../renderer/src/i18n/hi';
import { formatINR } from '../../src/shared/money';
import { bothLanguages, launchChromium, openDemoShop, pageApi, SCREENSHOTS, shot } from '../support/browser';
import { fillCount } from '../support/count';
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

async function unlockAs(page: Page, name: string, pin: string) {
  await page.getByRole('listitem').filter({ hasText: name }).click();
  await page.getByTestId('pin-input').fill(pin);
  await page.getByTestId('unlock').click();
  await page.getByTestId('who').getByText(name).waitFor();
}

const text = async (page: Page, testId: string) => (await page.getByTestId(testId).first().textContent()) ?? '';
const rs = (paise: number) => formatINR(paise, 'hi');

describe('reports in the browser', () => {
  it('day close with a sale and a walk-in rental: deposit held, drawer counted ₹10 short, day closed, slip; month and rentals tabs', async () => {
    const DAY = '2026-11-24';
    setClock(DAY);
    const { page, errors, server } = await openDemoShop(browser, { viewport: { width: 1366, height: 950 }, acceptDownloads: true, timeoutMs: 10_000, env: { HH_TEST_CLOCK_FILE: clockFile } });
    stopServe = server.stop;

    // The cashier at the counter: a jute piece for cash, and a costume rented to a walk-in customer, paid in cash.
    await page.getByTestId('lock').click();
    await unlockAs(page, 'पूजा यादव', '1111');
    const jute = (await pageApi(page, 'catalog.lookup', { code: 'JUTE-001' })).value as { id: number; pricePaise: number };
    const sale = await pageApi(page, 'sales.checkout', {
      requestId: randomUUID(), lines: [{ productId: jute.id, qtyMilli: 1000, expectedPricePaise: jute.pricePaise }], payments: [{ method: 'cash', amountPaise: jute.pricePaise }],
    });
    expect(sale.ok, JSON.stringify(sale.error)).toBe(true);
    const costume = (await pageApi(page, 'catalog.lookup', { code: 'RENT-001' })).value as { id: number };
    const lines = [{ productId: costume.id, qty: 1 }];
    const quote = (await pageApi(page, 'rentals.previewQuote', { fromDate: DAY, dueDate: '2026-11-26', lines })).value as { rentPaise: number; depositPaise: number; totalPaise: number };
    expect(quote.depositPaise).toBeGreaterThan(0);
    const rental = await pageApi(page, 'rentals.walkIn', {
      requestId: randomUUID(), customer: { name: 'सुनीता वर्मा', phone: '9826012345' }, dueDate: '2026-11-26', lines, payments: [{ method: 'cash', amountPaise: quote.totalPaise }],
    });
    expect(rental.ok, JSON.stringify(rental.error)).toBe(true);
    const expected = sale.value.totalPaise + quote.totalPaise;

    // A cashier sees a kind note on Reports, no figures.
    await page.keyboard.press('F5');
    await page.getByTestId('manager-only').waitFor();
    await shot(page, 'reports-cashier-hi');

    // The owner: the day close
    await page.getByTestId('lock').click();
    await unlockAs(page, 'ललिता साहू', '1234');
    await page.keyboard.press('F5');
    await page.getByTestId('rep-bills').getByText('1', { exact: true }).waitFor();
    expect(await text(page, 'rep-net-sales')).toContain(rs(sale.value.totalPaise));
    expect(await text(page, 'rep-pay-cash')).toContain(rs(sale.value.totalPaise));
    // the rent is income; the deposit is held for the customer, apart, and not in the income
    expect(await text(page, 'rep-rental-income')).toContain(rs(quote.rentPaise));
    expect(await text(page, 'rep-deposits-held')).toContain(rs(quote.depositPaise));
    expect(await text(page, 'rep-held')).toContain(hi.report.day.held);
    // the drawer: nothing before, the sale's and the rental's cash in
    expect(await text(page, 'rep-expected')).toContain(rs(expected));
    expect(await text(page, 'rep-drawer')).toContain(hi.report.day.kinds.rental);
    await bothLanguages(page, 'reports-day', en.report.day.drawer, hi.report.day.drawer);

    // counted ₹10 short: the difference in words, in red
    // counted by notes and coins (the day close by denominations; the total was typed before)
    await fillCount(page, 'rep-count', expected - 1000);
    await page.getByTestId('rep-diff').getByText(hi.report.day.short.replace('{{amount}}', rs(1000))).waitFor();
    expect(await page.getByTestId('rep-diff').getAttribute('class')).toContain('rep-short');
    await page.getByTestId('rep-note').fill('दस रुपये कम निकले');
    await page.getByTestId('rep-close').scrollIntoViewIfNeeded();
    await bothLanguages(page, 'reports-day-count', en.report.day.short.replace('{{amount}}', formatINR(1000, 'en')), hi.report.day.short.replace('{{amount}}', rs(1000)));

    // close the day: shown as closed with its count, and the slip to print, preview or save
    await page.getByTestId('rep-close-day').click();
    await page.getByTestId('rep-closed').waitFor();
    expect(await text(page, 'rep-closed-counted')).toContain(rs(expected - 1000));
    expect(await text(page, 'rep-closed-diff')).toContain(hi.report.day.short.replace('{{amount}}', rs(1000)));
    await page.getByTestId('rep-slip-preview-img').waitFor();
    await page.getByTestId('rep-closed').scrollIntoViewIfNeeded();
    await bothLanguages(page, 'reports-day-closed', en.report.day.closedTitle, hi.report.day.closedTitle);
    const closes = await pageApi(page, 'reports.listDayCloses', {});
    expect(closes.value).toHaveLength(1);
    expect(closes.value[0]).toMatchObject({ date: DAY, countedPaise: expected - 1000, expectedPaise: expected, differencePaise: -1000, closedBy: 'ललिता साहू' });
    for (const lang of ['hi', 'en'] as const) {
      const pre = await pageApi(page, 'print.preview', { doc: 'day_close', id: closes.value[0].id, lang });
      expect(pre.ok, JSON.stringify(pre.error)).toBe(true);
      fs.writeFileSync(path.join(SCREENSHOTS, `reports-slip-${lang}.png`), Buffer.from(pre.value.pngBase64, 'base64'));
    }
    const pdf = await pageApi(page, 'print.slipPdf', { doc: 'day_close', id: closes.value[0].id });
    expect(pdf.value.fileName).toBe(`day-close-${DAY}.pdf`);

    // A second close of the same day is refused (the core), and a day closed elsewhere meanwhile is refused on the screen in words.
    const again = await pageApi(page, 'reports.closeDay', { requestId: randomUUID(), date: DAY, countedPaise: 0 });
    expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT', details: { reason: 'dayClosed' } } });
    await page.getByTestId('rep-date').fill('2026-11-23');
    await page.getByTestId('rep-close').waitFor();
    expect(await text(page, 'rep-bills')).toBe('0');
    const elsewhere = await pageApi(page, 'reports.closeDay', { requestId: randomUUID(), date: '2026-11-23', countedPaise: 0 });
    expect(elsewhere.ok).toBe(true);
    await page.getByTestId('rep-count-n500').fill('0');
    await page.getByTestId('rep-diff').getByText(hi.report.day.matches).waitFor();
    await page.getByTestId('rep-close-day').click();
    const refused = hi.report.day.dayClosed.replace('{{name}}', 'ललिता साहू').replace('{{counted}}', rs(0));
    await page.getByTestId('rep-close-error').getByText(refused).waitFor();
    await page.getByTestId('rep-closed').waitFor(); // the close on file is shown in place of the form
    await page.getByTestId('rep-close-error').scrollIntoViewIfNeeded();
    await bothLanguages(page, 'reports-day-refused', en.report.day.dayClosed.replace('{{name}}', 'ललिता साहू').replace('{{counted}}', formatINR(0, 'en')), refused);

    // the month: the craft, and a bar for the day; and as CSV (with a BOM, Hindi kept)
    await page.getByTestId('tab-month').click();
    await page.getByTestId('rep-month-crafts').getByText('जूट आर्ट').waitFor();
    expect(await text(page, 'rep-month-net')).toContain(rs(sale.value.totalPaise));
    expect(await page.getByTestId('rep-month-days').locator('.rep-bar').count()).toBe(1);
    await bothLanguages(page, 'reports-month', 'Jute art', 'जूट आर्ट');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('rep-month-csv').click()]);
    expect(download.suggestedFilename()).toBe('monthly-2026-11.csv');
    const csv = fs.readFileSync((await download.path())!, 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain('जूट आर्ट');

    // rentals: income apart from what is held for customers
    await page.getByTestId('tab-rentals').click();
    await page.getByTestId('rep-rent-deposits').waitFor();
    expect(await text(page, 'rep-rent-deposits')).toContain(rs(quote.depositPaise));
    expect(await text(page, 'rep-rent-total')).toContain(rs(quote.rentPaise));
    expect(await text(page, 'rep-rent-held')).toContain(hi.report.rentals.held);
    await bothLanguages(page, 'reports-rentals', en.report.rentals.held, hi.report.rentals.held);

    expect(errors).toEqual([]);
  });
});
