import fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hi } from '../../renderer/src/i18n/hi';
import { bothLanguages, launchChromium, openDemoShop, SCREENSHOTS, shot } from '../support/browser';

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



const cards = (page: Page) => page.getByTestId('artisan-list').locator('li');

describe('artisans (कारीगर) in the browser', () => {
  it('lists members, adds one with field errors, shows her items, takes goods back and retires her', async () => {
    const { page, errors, server } = await openDemoShop(browser, { viewport: { width: 1280, height: 900 }, timeoutMs: 8_000 });
    stop = server.stop;

    // F4: the four demo members, Hindi names first
    await page.keyboard.press('F4');
    await page.getByRole('heading', { name: 'कारीगर', exact: true }).waitFor();
    await expect.poll(() => cards(page).count()).toBe(4);
    for (const n of ['सुनीता साहू', 'गीता यादव', 'कमला निषाद', 'रेखा वर्मा']) expect(await cards(page).getByText(n, { exact: true }).count()).toBe(1);
    expect(await page.locator('a[href="tel:9823456701"]').count()).toBe(1);
    await bothLanguages(page, 'artisans-list', 'Kamla Nishad', 'कमला निषाद');

    // quick filter, Devanagari digits too
    await page.getByTestId('artisan-filter').fill('९८२३');
    await expect.poll(() => cards(page).count()).toBe(1);
    await page.getByTestId('artisan-filter').fill('');

    // a new member: no name first, then a bad UPI id, each named under its field
    await page.getByTestId('artisan-new').click();
    await page.getByRole('heading', { name: 'नई कारीगर', exact: true }).waitFor();
    await page.getByTestId('artisan-save').click();
    await page.getByText('हिंदी या अंग्रेज़ी में नाम लिखें।').waitFor();
    await bothLanguages(page, 'artisan-form-errors', 'Give a name in Hindi or English.', 'हिंदी या अंग्रेज़ी में नाम लिखें।');
    await page.getByLabel('नाम (हिंदी में)').fill('सरिता ध्रुव');
    await page.getByLabel('नाम (अंग्रेज़ी में)').fill('Sarita Dhruw');
    await page.getByLabel('गाँव / पता').fill('पाटन, दुर्ग');
    await page.getByLabel('फ़ोन').fill('9876512345');
    await page.getByLabel('दुकान का कमीशन (%)').fill('२०'); // Devanagari digits read as 20
    await page.getByLabel(hi.artisan.upiId).fill('sarita-at-bank');
    await page.getByTestId('artisan-save').click();
    await page.getByText(hi.issues.upi).waitFor();
    expect(await page.getByText('हिंदी या अंग्रेज़ी में नाम लिखें।').count()).toBe(0);
    await shot(page, 'artisan-form-upi-hi');
    await page.getByLabel(hi.artisan.upiId).fill('sarita.dhruw@okaxis');
    await page.getByTestId('artisan-save').click();
    await page.getByRole('heading', { name: /सरिता ध्रुव/ }).waitFor();
    const facts = page.getByTestId('artisan-facts');
    expect(await facts.textContent()).toContain('पाटन, दुर्ग');
    expect(await facts.textContent()).toContain('20 %');
    await page.getByTestId('artisan-back').click();
    await expect.poll(() => cards(page).count()).toBe(5);

    // Kamla's page: her items and one item's history
    await cards(page).getByText('कमला निषाद', { exact: true }).click();
    await page.getByTestId('artisan-items').waitFor();
    for (const n of ['ढोकरा हाथी', 'ढोकरा नंदी', 'बेल मेटल दीया', 'बस्तर लौह दीपक']) expect(await page.getByTestId('artisan-items').getByText(n, { exact: true }).count()).toBe(1);
    const elephant = page.getByTestId('item-DHOK-001');
    expect(await elephant.getByTestId('on-hand').textContent()).toBe('4');
    // first all her items' history (the demo received each of her 4 items once), then one item's
    await expect.poll(() => page.getByTestId('movements-table').getByText('उनसे आया').count()).toBe(4);
    await elephant.getByRole('button').click();
    await expect.poll(() => page.getByTestId('movements-table').getByText('उनसे आया').count()).toBe(1);
    await bothLanguages(page, 'artisan-detail', 'Received from her', 'उनसे आया');

    // give 1 elephant back: 5 is more than the shelf has and is refused naming the item
    await page.getByTestId('artisan-return').click();
    await page.getByTestId('return-form').waitFor();
    await page.getByLabel('ढोकरा हाथी कितने वापस दें').fill('5');
    await page.getByLabel('कारण').fill('नहीं बिक रहा');
    await page.getByTestId('return-submit').click();
    await page.getByTestId('return-error').getByText('दुकान में ढोकरा हाथी सिर्फ़ 4 हैं: 5 वापस नहीं दे सकते।').waitFor();
    await bothLanguages(page, 'artisan-return-error', 'Only 4 Dhokra elephant in the shop', 'सिर्फ़ 4');
    await page.getByLabel('ढोकरा हाथी कितने वापस दें').fill('1');
    await page.getByTestId('return-submit').click();
    await page.getByTestId('returned').getByText('1 × ढोकरा हाथी, अब दुकान में 3 बचे').waitFor();
    await bothLanguages(page, 'artisan-returned', 'now 3 left in the shop', 'अब दुकान में 3 बचे');
    await page.getByTestId('return-back').click();
    await page.getByTestId('artisan-items').waitFor();
    expect(await page.getByTestId('item-DHOK-001').getByTestId('on-hand').textContent()).toBe('3');
    await page.getByTestId('item-DHOK-001').getByRole('button').click();
    await page.getByTestId('movements-table').getByText('उन्हें वापस दिया').waitFor();

    // retire Sarita: hidden unless "show inactive" is on
    await page.getByTestId('artisan-back').click();
    await cards(page).getByText('सरिता ध्रुव', { exact: true }).click();
    await page.getByTestId('artisan-edit').click();
    await page.getByTestId('artisan-active').uncheck();
    await page.getByTestId('artisan-save').click();
    await page.getByTestId('artisan-facts').getByText('बंद').waitFor();
    await page.getByTestId('artisan-back').click();
    await expect.poll(() => cards(page).count()).toBe(4);
    expect(await cards(page).getByText('सरिता ध्रुव').count()).toBe(0);
    await page.getByTestId('artisan-show-inactive').check();
    await expect.poll(() => cards(page).count()).toBe(5);
    await cards(page).getByText('सरिता ध्रुव').waitFor();
    await bothLanguages(page, 'artisans-inactive', 'Inactive', 'बंद');

    // a cashier sees the members but not the manager's buttons
    await page.getByTestId('lock').click();
    await page.locator('.person', { hasText: 'पूजा यादव' }).click(); // the person buttons carry role=listitem
    await page.getByTestId('pin-input').fill('1111');
    await page.getByTestId('unlock').click();
    await page.getByTestId('who').waitFor();
    await page.keyboard.press('F4');
    await expect.poll(() => cards(page).count()).toBe(4);
    expect(await page.getByTestId('artisan-new').count()).toBe(0);
    await cards(page).getByText('कमला निषाद', { exact: true }).click();
    await page.getByTestId('artisan-items').waitFor();
    expect(await page.getByTestId('artisan-return').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);
});
