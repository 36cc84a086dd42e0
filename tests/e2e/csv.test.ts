import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, openDemoShop, SCREENSHOTS } from '../support/browser';

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

const HEADER = 'sku,barcodes,name_hi,name_en,craft,artisan,price,gst_percent,unit,for_sale,for_rent,on_hand';

describe('spreadsheets in the browser', () => {
  it('checks a file row by row, refuses a bad one, imports a good one and exports the catalogue', async () => {
    const { page, server } = await openDemoShop(browser, { viewport: { width: 1280, height: 900 } });
    stop = server.stop;
    await page.getByTestId('nav-stock').click();
    await page.getByTestId('tab-importExport').click();

    const bad = [HEADER, 'N-1,,ढोकरा मछली,Dhokra fish,DHOKRA,,1200,,piece,,,2', 'N-2,,,,NOSUCH,,abc,,,,,', 'N-3,,नया,New,DHOKRA,,100,,piece,,,1.5'].join('\n');
    await page.getByTestId('file-Products').setInputFiles({ name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from('\uFEFF' + bad) });
    await page.getByTestId('csv-errors').waitFor();
    expect(await page.getByTestId('csv-errors').locator('tbody tr').count()).toBe(2);
    expect(await page.getByText('ऐसा शिल्प नहीं है।', { exact: false }).count()).toBe(1);
    expect(await page.getByTestId('import-Products').count()).toBe(0); // no import while a row is bad
    await page.screenshot({ path: path.join(SCREENSHOTS, 'csv-errors-hi.png'), fullPage: true });
    await page.getByTestId('lang-switch').click();
    await page.getByText('No such craft.', { exact: false }).waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'csv-errors-en.png'), fullPage: true });

    const good = [HEADER, 'N-1,,ढोकरा मछली,Dhokra fish,DHOKRA,कमला निषाद,1200,5,piece,yes,no,2'].join('\r\n');
    await page.getByTestId('file-Products').setInputFiles({ name: 'good.csv', mimeType: 'text/csv', buffer: Buffer.from(good) });
    await page.getByTestId('import-Products').click();
    await page.getByText('1 rows imported.').waitFor();

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-Products').click()]);
    expect(download.suggestedFilename()).toMatch(/^catalog-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = fs.readFileSync((await download.path())!, 'utf8');
    expect(text.startsWith('\uFEFFsku,')).toBe(true);
    expect(text).toMatch(/\r\nN-1,2\d{12},ढोकरा मछली,Dhokra fish,DHOKRA,कमला निषाद,1200.00,/); // a barcode was made for it
    await page.close();
  });
});
