/**
 * The spreadsheet and A4 buttons (#20 items 9, 10) in Chromium against `serve`: beside each CSV
 * button an XLSX one downloads a workbook (typed cells, Hindi intact); the statement has "Save as
 * PDF (A4)" and a product's labels an A4 sheet. Screenshots in Hindi and English.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../renderer/src/i18n/en';
import { hi } from '../../renderer/src/i18n/hi';
import { bothLanguages, launchChromium, openDemoShop, pageApi, SCREENSHOTS } from '../support/browser';

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

async function xlsxFrom(page: Page, testId: string, name: RegExp): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  expect(download.suggestedFilename()).toMatch(name);
  const zip = unzipSync(fs.readFileSync((await download.path())!));
  return Object.entries(zip).filter(([k]) => k.startsWith('xl/') && k.endsWith('.xml')).map(([, v]) => strFromU8(v)).join('\n');
}

describe('XLSX and A4 buttons', () => {
  it('catalogue, month and statement download as XLSX beside their CSV; the A4 buttons are there', async () => {
    const { page, errors, server } = await openDemoShop(browser, { viewport: { width: 1366, height: 768 }, acceptDownloads: true, timeoutMs: 10_000 });
    stopServe = server.stop;
    const dhok = (await pageApi(page, 'catalog.lookup', { code: 'DHOK-001' })).value as { id: number; pricePaise: number };
    const sale = await pageApi(page, 'sales.checkout', { requestId: randomUUID(), lines: [{ productId: dhok.id, qtyMilli: 2000, expectedPricePaise: dhok.pricePaise }], payments: [{ method: 'cash', amountPaise: 2 * dhok.pricePaise }] });
    expect(sale.ok, JSON.stringify(sale.error)).toBe(true);

    // Stock: import/export tab
    await page.getByTestId('nav-stock').click();
    await page.getByTestId('tab-importExport').click();
    const catalogue = await xlsxFrom(page, 'export-Products-xlsx', /^catalog-\d{4}-\d{2}-\d{2}\.xlsx$/);
    expect(catalogue).toContain('ढोकरा हाथी');
    await bothLanguages(page, 'xlsx-catalogue', en.xlsx.catalogue, hi.xlsx.catalogue);

    // A product's labels: the picture PDF and the A4 sheet with names as text
    await page.getByTestId('tab-catalog').click();
    await page.getByTestId('stock-table').getByText('ढोकरा हाथी').click();
    await page.getByTestId('labels-a4').waitFor();
    await page.getByTestId('labels-card').scrollIntoViewIfNeeded();
    await bothLanguages(page, 'labels-a4', en.xlsx.labelsA4, hi.xlsx.labelsA4);

    // Reports: the month
    await page.keyboard.press('F5');
    await page.getByTestId('tab-month').click();
    const month = await xlsxFrom(page, 'rep-month-xlsx', /^monthly-\d{4}-\d{2}\.xlsx$/);
    expect(month).toContain('ढोकरा आर्ट');
    await page.getByTestId('rep-month-xlsx').scrollIntoViewIfNeeded();
    await bothLanguages(page, 'xlsx-monthly', en.xlsx.monthly, hi.xlsx.monthly);
    await page.getByTestId('rep-month-a4').waitFor(); // the month on A4 (#15: every report prints)

    // Reports: rentals as a spreadsheet and on A4, the GST return on A4
    await page.getByTestId('tab-rentals').click();
    await page.getByTestId('rep-rent-a4').waitFor();
    const [rentCsv] = await Promise.all([page.waitForEvent('download'), page.getByTestId('rep-rent-csv').click()]);
    expect(rentCsv.suggestedFilename()).toMatch(/^rentals-\d{4}-\d{2}-01_\d{4}-\d{2}-\d{2}\.csv$/);
    const rentText = fs.readFileSync((await rentCsv.path())!, 'utf8');
    expect(rentText.startsWith('\uFEFFitem,item_hi,amount,count')).toBe(true);
    expect(rentText).toContain('बाहर गए सामान की जमानत');
    await bothLanguages(page, 'rentals-report-buttons', en.report.rentals.csv, hi.report.rentals.csv);
    await page.getByTestId('tab-gst').click();
    await page.getByTestId('gst-a4').waitFor();

    // Artisans: her statement
    await page.keyboard.press('F4');
    await page.getByTestId('artisan-list').getByText('कमला निषाद', { exact: true }).click();
    await page.getByTestId('statement-open').click();
    await page.getByTestId('statement-sheet').waitFor();
    const statement = await xlsxFrom(page, 'statement-xlsx', /^statement-\d+-.*\.xlsx$/);
    expect(statement).toContain('ढोकरा हाथी');
    expect(statement).toContain('HH/2026-27/C1-000001');
    await page.getByTestId('statement-a4').waitFor();
    await bothLanguages(page, 'statement-a4', en.xlsx.pdf, hi.xlsx.pdf);
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);
});
