/**
 * Reports for any dates in Chromium against `serve` on a test clock: the cashier sells in
 * November; on Monday 7 December the owner opens Reports → Any dates, picks "By artisan" and
 * "Last month": the chart (Devanagari names on its axis) and the sortable table beside it, whose
 * total equals the bills' artisans' lines; she sorts it, downloads its CSV (BOM, plain rupees, a
 * marked total row); a range that ends before it starts is refused in words; screenshots in Hindi
 * and English at 1366x768.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hi } from '../../renderer/src/i18n/hi';
import { formatINR } from '../../src/shared/money';
import { apiIdle, bothLanguages, launchChromium, nextFrames, openDemoShop, pageApi, SCREENSHOTS, shot } from '../support/browser';
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

const clockFile = path.join(tempDir(), 'clock.txt');
const at = (date: string, time = '11:00') => new Date(`${date}T${time}:00+05:30`);
const setClock = (date: string) => fs.writeFileSync(clockFile, at(date).toISOString());

async function unlockAs(page: Page, name: string, pin: string) {
  await page.getByTestId('lock').click();
  await page.getByRole('listitem').filter({ hasText: name }).click();
  await page.getByTestId('pin-input').fill(pin);
  await page.getByTestId('unlock').click();
  await page.getByTestId('who').getByText(name).waitFor();
}

describe('reports for any dates in the browser', () => {
  it('a manager reads last month by artisan with its chart, sorts it, exports CSV; a bad range is refused in words', async () => {
    setClock('2026-11-24');
    const { page, errors, server } = await openDemoShop(browser, { viewport: { width: 1366, height: 768 }, acceptDownloads: true, timeoutMs: 15_000, env: { HH_TEST_CLOCK_FILE: clockFile } });
    stopServe = server.stop;

    // November: the cashier sells artisans' goods.
    await unlockAs(page, 'पूजा यादव', '1111');
    const lines = [];
    for (const code of ['JUTE-001', 'DHOK-001', 'KOSA-001']) {
      const p = (await pageApi(page, 'catalog.lookup', { code })).value as { id: number; pricePaise: number };
      lines.push({ productId: p.id, qtyMilli: 1000, expectedPricePaise: p.pricePaise });
    }
    const total = (await pageApi(page, 'sales.checkout', { requestId: randomUUID(), lines, payments: [{ method: 'upi', amountPaise: 1 }] })).error.details.totalPaise as number;
    const sale = await pageApi(page, 'sales.checkout', { requestId: randomUUID(), lines, payments: [{ method: 'upi', amountPaise: total }] });
    expect(sale.ok, JSON.stringify(sale.error)).toBe(true);
    const artisanLines = (sale.value.lines as { artisanId: number | null; netPaise: number }[]).filter((l) => l.artisanId !== null);
    expect(artisanLines.length).toBeGreaterThan(0);
    const sold = artisanLines.reduce((a, l) => a + l.netPaise, 0);

    // Monday 7 December: the owner.
    setClock('2026-12-07');
    await page.clock.setSystemTime(at('2026-12-07'));
    await unlockAs(page, 'ललिता साहू', '1234');
    await page.keyboard.press('F5');
    await page.getByTestId('tab-range').click();
    await page.getByTestId('range-kind').selectOption('byArtisan');
    await page.getByTestId('range-lastMonth').click();
    await page.getByTestId('range-period').getByText('1 नवंबर 2026', { exact: false }).waitFor();
    const table = page.getByTestId('table-artisans');
    await table.waitFor();
    await page.getByTestId('chart-artisans').locator('canvas').waitFor();
    expect(await table.locator('tbody tr').count()).toBe(artisanLines.length);
    expect(await table.locator('tfoot').textContent()).toContain(formatINR(sold, 'hi'));

    // Sort by what each sold: numbers sort biggest first on the first click.
    await page.getByTestId('sort-sold').click();
    expect(await table.locator('th[aria-sort="descending"]').count()).toBe(1);
    const first = Number((await table.locator('tbody tr').first().locator('td').nth(1).textContent())!.replace(/[^\d.]/g, ''));
    const last = Number((await table.locator('tbody tr').last().locator('td').nth(1).textContent())!.replace(/[^\d.]/g, ''));
    expect(first).toBeGreaterThanOrEqual(last);

    // Its CSV: the same rows and total.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('csv-artisans').click()]);
    expect(download.suggestedFilename()).toBe('byArtisan-artisans-2026-11-01_2026-11-30.csv');
    const csv = fs.readFileSync((await download.path())!, 'utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = csv.slice(1).trim().split('\r\n');
    expect(rows[0]).toBe('row,artisan_hi,artisan_en,sold,share,adjustments,paid,owed');
    expect(rows.at(-1)).toMatch(new RegExp(`^total,कुल,Total,${(sold / 100).toFixed(2)},`));
    expect(csv).not.toContain('₹');

    await bothLanguages(page, 'range-by-artisan', 'Owed at the end', 'अंत में बकाया');

    // The same report as an A4 page (what Print / PDF hands to Chromium): Hindi names shaped, the total under its rule.
    const a4 = await pageApi(page, 'reports.printRange', { kind: 'byArtisan', from: '2026-11-01', to: '2026-11-30', lang: 'hi' });
    expect(a4.ok, JSON.stringify(a4.error)).toBe(true);
    const paper = await browser.newPage({ viewport: { width: 794, height: 1123 } });
    await paper.setContent(a4.value.html);
    await paper.evaluate(() => (globalThis as unknown as { document: { fonts: { ready: Promise<unknown> } } }).document.fonts.ready);
    expect(await paper.locator('tfoot').textContent()).toContain(formatINR(sold, 'hi'));
    await paper.screenshot({ path: path.join(SCREENSHOTS, 'range-by-artisan-a4-hi.png'), fullPage: true });
    const pdf = await paper.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await paper.close();

    // Shares by craft: a doughnut whose legend names the crafts in Hindi.
    await page.getByTestId('range-kind').selectOption('salesByCraft');
    await page.getByTestId('chart-crafts').locator('canvas').waitFor();
    await bothLanguages(page, 'range-by-craft', 'Share of sales', 'बिक्री में हिस्सा');

    // Every other report over last month, each with its sections (screenshots to look at).
    const showKind = async (kind: string, lang: 'hi' | 'en') => {
      await page.getByTestId('range-kind').selectOption(kind);
      await page.getByTestId('report-range').locator('.rep-section').first().waitFor();
      await apiIdle(page);
      await nextFrames(page);
      await shot(page, `range-${kind}-${lang}`);
    };
    for (const kind of ['salesByDay', 'byProduct', 'byPayment', 'byCashier', 'discounts', 'returns', 'stock', 'rentals', 'payouts']) await showKind(kind, 'hi');
    await page.getByTestId('lang-switch').last().click();
    for (const kind of ['byPayment', 'rentals']) await showKind(kind, 'en');
    await page.getByTestId('lang-switch').last().click();

    // A range that ends before it starts: said in words, nothing asked of the shop.
    await page.getByTestId('range-custom').click();
    await page.getByTestId('range-from').fill('2026-12-05');
    await page.getByTestId('range-to').fill('2026-12-01');
    await page.getByTestId('range-error').getByText(hi.errors.REPORT_RANGE_ORDER.slice(0, 10), { exact: false }).waitFor();
    await shot(page, 'range-bad-order-hi');
    await page.getByTestId('range-to').fill('2026-12-31');
    await page.getByTestId('range-error').getByText('आज 2026-12-07 है', { exact: false }).waitFor();

    expect(errors).toEqual([]);
  }, 120_000);
});
