/**
 * GST and the day close by notes and coins, in Chromium against `serve` on a test clock (1366×768):
 * the owner gives the shop a GSTIN and a ₹5 limit, opens the day with a ₹1,000 float counted in
 * notes, sells at 5 % and 12 % and takes one piece back, takes ₹50 out for tea, counts the drawer
 * ₹10 short (over the limit: a note and her PIN), sees the day closed and prints the Z report;
 * the counter then says bills go to the next day; the GST tab shows the month and the HSN CSV
 * downloads in the offline tool's columns.
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
const rs = (paise: number) => formatINR(paise, 'hi');
const text = async (page: Page, testId: string) => (await page.getByTestId(testId).first().textContent()) ?? '';

async function unlockAs(page: Page, name: string, pin: string) {
  await page.getByRole('listitem').filter({ hasText: name }).click();
  await page.getByTestId('pin-input').fill(pin);
  await page.getByTestId('unlock').click();
  await page.getByTestId('who').getByText(name).waitFor();
}

/** Put a GST rate and HSN on a demo item (an edit sends the whole product). */
async function taxItem(page: Page, sku: string, gstRateBps: number, hsn: string) {
  const found = (await pageApi(page, 'catalog.lookup', { code: sku })).value as { id: number };
  const p = (await pageApi(page, 'products.get', { id: found.id })).value;
  const keys = ['nameHi', 'nameEn', 'craftId', 'artisanId', 'pricePaise', 'costPaise', 'commissionBps', 'artisanFixedPaise', 'discountRule', 'unit', 'forSale', 'forRent', 'lowStockMilli', 'sku'];
  const r = await pageApi(page, 'products.update', { id: p.id, ...Object.fromEntries(keys.map((k) => [k, p[k]])), gstRateBps, hsn });
  expect(r.ok, JSON.stringify(r.error)).toBe(true);
  return r.value as { id: number; pricePaise: number };
}


/** The owner's GSTIN (when asked) and rates on two items: jute bag 5 % (HSN 4202), Dhokra elephant 12 % (HSN 83062990). */
async function trade(page: Page, gstin: boolean) {
  if (gstin) {
    const s = (await pageApi(page, 'settings.get', {})).value;
    const set = await pageApi(page, 'settings.update', { shopName: s.shopName, address: s.address, phone: s.phone, language: s.language, timeZone: s.timeZone, gstin: '22AAAAA0000A1Z5' });
    expect(set.ok, JSON.stringify(set.error)).toBe(true);
  }
  return { jute: await taxItem(page, 'JUTE-001', 500, '4202'), dhokra: await taxItem(page, 'DHOK-001', 1200, '83062990') };
}

type Item = { id: number; pricePaise: number };
/** The day's trade: 2 jute bags for cash, a Dhokra elephant by UPI, one bag back for cash. */
async function sellAndReturn(page: Page, jute: Item, dhokra: Item) {
  const b1 = await pageApi(page, 'sales.checkout', { requestId: randomUUID(), lines: [{ productId: jute.id, qtyMilli: 2000, expectedPricePaise: jute.pricePaise }], payments: [{ method: 'cash', amountPaise: 2 * jute.pricePaise }] });
  expect(b1.ok, JSON.stringify(b1.error)).toBe(true);
  const b2 = await pageApi(page, 'sales.checkout', { requestId: randomUUID(), lines: [{ productId: dhokra.id, qtyMilli: 1000, expectedPricePaise: dhokra.pricePaise }], payments: [{ method: 'upi', amountPaise: dhokra.pricePaise, ref: 'UPI77' }] });
  expect(b2.ok, JSON.stringify(b2.error)).toBe(true);
  const back = await pageApi(page, 'sales.return', { requestId: randomUUID(), billNo: b1.value.billNo, lines: [{ lineNo: 1, qtyMilli: 1000 }], refundMethod: 'cash', reason: 'रंग पसंद नहीं' });
  expect(back.ok, JSON.stringify(back.error)).toBe(true);
}

describe('GST and the day close in the browser', () => {
  it('opens with a float, closes ₹10 short with a note and a PIN over the limit, Z report; the next bill goes to tomorrow', async () => {
    const DAY = '2026-11-24';
    setClock(DAY, '09:30');
    const { page, errors, server } = await openDemoShop(browser, { viewport: { width: 1366, height: 768 }, acceptDownloads: true, timeoutMs: 10_000, env: { HH_TEST_CLOCK_FILE: clockFile } });
    stopServe = server.stop;
    await page.getByTestId('lock').click();
    await unlockAs(page, 'ललिता साहू', '1234');

    // The owner: a ₹5 limit for a difference without a PIN.
    const { jute, dhokra } = await trade(page, false);
    expect((await pageApi(page, 'till.updateSettings', { closeLimitPaise: 500 })).ok).toBe(true);

    // Start the day: two ₹500 notes as the float.
    await page.keyboard.press('F5');
    await page.getByTestId('till-open').waitFor();
    await page.getByTestId('till-float-n500').fill('2');
    await page.getByTestId('till-float-total').getByText(rs(100_000)).waitFor();
    await page.getByTestId('till-open').scrollIntoViewIfNeeded();
    await bothLanguages(page, 'day-open-float', en.till.openTitle, hi.till.openTitle);
    await page.getByTestId('till-open-day').click();
    await page.getByTestId('till-opened').waitFor();

    await sellAndReturn(page, jute, dhokra);

    // ₹50 out for tea, on the screen; the drawer should then hold 1,000 + 500 - 250 - 50 = ₹1,200.
    await page.getByTestId('tab-month').click();
    await page.getByTestId('tab-day').click();
    await page.getByTestId('till-opened').waitFor();
    await page.getByTestId('till-dir-out').check();
    await page.getByTestId('till-amount').fill('50');
    await page.getByTestId('till-reason').fill('बैठक की चाय');
    await page.getByTestId('till-move-save').click();
    await page.getByTestId('till-moves').getByRole('rowheader', { name: /बैठक की चाय/ }).waitFor();
    const expected = 100_000 + 2 * jute.pricePaise - jute.pricePaise - 5_000;
    await page.getByTestId('rep-expected').getByText(rs(expected)).waitFor();

    // Counted ₹10 short: over the ₹5 limit, so a note is needed and her PIN is asked.
    await fillCount(page, 'rep-count', expected - 1_000);
    await page.getByTestId('rep-diff').getByText(hi.report.day.short.replace('{{amount}}', rs(1_000))).waitFor();
    await page.getByTestId('rep-over-limit').waitFor();
    await page.getByTestId('rep-note').fill('दस रुपये कम निकले');
    await page.getByTestId('rep-close').scrollIntoViewIfNeeded();
    await bothLanguages(page, 'day-close-count', en.till.byCount, hi.till.byCount);
    await page.getByTestId('rep-close-day').click();
    await page.getByTestId('approval-dialog').waitFor();
    await bothLanguages(page, 'day-close-pin', en.sale.approvalTitle, hi.sale.approvalTitle);
    await page.getByTestId('approval-pin').fill('1234');
    await page.getByTestId('approval-ok').click();
    await page.getByTestId('rep-closed').waitFor();
    expect(await text(page, 'rep-closed-counted')).toContain(rs(expected - 1_000));
    expect(await text(page, 'rep-closed-approved')).toContain('ललिता साहू');
    const close = (await pageApi(page, 'reports.listDayCloses', {})).value[0];
    expect(close).toMatchObject({ date: DAY, differencePaise: -1_000, note: 'दस रुपये कम निकले', approvedBy: 'ललिता साहू', counts: { n500: 2, n100: 1, n50: 1, n20: 2 } });
    // The Z report on A4 (Chromium prints the core's page) and as the thermal slip picture.
    await page.getByTestId('rep-zreport').click();
    for (const lang of ['hi', 'en'] as const) {
      const z = await pageApi(page, 'reports.getZReport', { id: close.id, lang });
      const a4 = await browser.newPage({ viewport: { width: 900, height: 1200 } });
      await a4.setContent(z.value.html);
      await a4.screenshot({ path: path.join(SCREENSHOTS, `z-report-a4-${lang}.png`), fullPage: true });
      await a4.close();
      const pre = await pageApi(page, 'print.preview', { doc: 'day_close', id: close.id, lang });
      fs.writeFileSync(path.join(SCREENSHOTS, `z-report-slip-${lang}.png`), Buffer.from(pre.value.pngBase64, 'base64'));
    }
    await page.getByTestId('rep-closed').scrollIntoViewIfNeeded();
    await bothLanguages(page, 'day-close-closed', en.report.day.closedTitle, hi.report.day.closedTitle);

    // A bill after the close goes to the next shop day, and the counter says so.
    await page.keyboard.press('F1');
    await page.getByTestId('sell-day-closed').waitFor();
    expect(await text(page, 'sell-day-closed')).toContain('2026-11-25');
    await bothLanguages(page, 'sell-day-closed', '2026-11-25', '2026-11-25');
    const late = await pageApi(page, 'sales.checkout', { requestId: randomUUID(), lines: [{ productId: jute.id, qtyMilli: 1000, expectedPricePaise: jute.pricePaise }], payments: [{ method: 'cash', amountPaise: jute.pricePaise }] });
    expect(late.value.businessDate).toBe('2026-11-25');

    expect(errors).toEqual([]);
  });

  it('the GST tab shows the month\'s HSN summary and downloads the HSN CSV in the offline tool\'s columns', async () => {
    await stopServe?.();
    stopServe = undefined;
    setClock('2026-11-24', '10:00');
    const { page, errors, server } = await openDemoShop(browser, { viewport: { width: 1366, height: 768 }, acceptDownloads: true, timeoutMs: 10_000, env: { HH_TEST_CLOCK_FILE: clockFile } });
    stopServe = server.stop;
    await page.getByTestId('lock').click();
    await unlockAs(page, 'ललिता साहू', '1234');
    const { jute, dhokra } = await trade(page, true);
    await sellAndReturn(page, jute, dhokra);
    await page.keyboard.press('F5');
    await page.getByTestId('tab-gst').click();
    await page.getByTestId('gst-month').selectOption('2026-11');
    await page.getByTestId('gst-hsn').getByText('8306', { exact: true }).waitFor();
    // jute: 2 sold, 1 back = 1 at ₹250 incl. 5 %: the bill of 500.00 split 476.19 + 23.81, its half back 238.10 + 11.90 -> taxable 238.09
    // Dhokra ₹2,450 incl. 12 %: taxable 2,187.50 + CGST 131.25 + SGST 131.25
    const r = (await pageApi(page, 'gst.getReturn', { period: '2026-11' })).value;
    expect(r.hsn.find((h: { hsn: string }) => h.hsn === '8306')).toMatchObject({ qtyMilli: 1000, taxablePaise: 218_750, cgstPaise: 13_125, sgstPaise: 13_125 });
    expect(await text(page, 'gst-total-taxable')).toContain(rs(r.totals.taxablePaise));
    await bothLanguages(page, 'gst-gstr1', en.gst.hsn, hi.gst.hsn);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('gst-dl-hsn').click()]);
    expect(download.suggestedFilename()).toBe('gstr1-hsn-2026-11.csv');
    const csv = fs.readFileSync((await download.path())!, 'utf8').split('\r\n');
    expect(csv).toEqual([
      '\uFEFFHSN,Description,UQC,Total Quantity,Total Value,Rate,Taxable Value,Integrated Tax Amount,Central Tax Amount,State/UT Tax Amount,Cess Amount',
      expect.stringMatching(/^4202,,PCS-PIECES,1,250\.00,5,238\.\d\d,0\.00,5\.9\d,5\.9\d,0\.00$/),
      '8306,,PCS-PIECES,1,2450.00,12,2187.50,0.00,131.25,131.25,0.00',
    ]);
    // a month still to come is refused in words
    const future = await pageApi(page, 'gst.getReturn', { period: '2027-01' });
    expect(future.error.details.issues[0].message).toBe('future_period');
    expect(errors).toEqual([]);
  });
});
