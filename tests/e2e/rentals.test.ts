/**
 * Rentals in Chromium against `npm run serve` on a test clock: a cashier books a costume for next
 * week with an advance, the shop's day moves to pick-up day (she pays the rest and the rental slip
 * is previewed), then to two days after the due date (late: her phone and a WhatsApp reminder),
 * and the costume comes back torn: late fee and damage out of the deposit, the rest refunded in
 * cash, the return slip previewed, the piece cleaned and made ready. Bad dates and a piece booked
 * twice are refused in words and save nothing. Every rentals screen is photographed in both languages.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createCanvas } from '@napi-rs/canvas';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../renderer/src/i18n/en';
import { hi } from '../../renderer/src/i18n/hi';
import { addDays } from '../../src/shared/dates';
import { bothLanguages, launchChromium, openDemoShop, pageApi, SCREENSHOTS, shot } from '../support/browser';
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




/** The slip as the printer gets it (print.preview), saved beside the screenshots in both languages. */
async function savePreview(page: Page, doc: 'rental' | 'rental_return', id: number, name: string) {
  for (const lang of ['hi', 'en'] as const) {
    const r = await pageApi(page, 'print.preview', { doc, id, lang });
    expect(r.ok, JSON.stringify(r.error)).toBe(true);
    fs.writeFileSync(path.join(SCREENSHOTS, `${name}-${lang}.png`), Buffer.from(r.value.pngBase64, 'base64'));
  }
}

/** The shop's clock for this test: an ISO instant the server reads on every call (HH_TEST_CLOCK_FILE). */
const clockFile = path.join(tempDir(), 'clock.txt');
/** 11:00 in Durg (05:30 UTC) on a business date. */
const at = (date: string) => `${date}T05:30:00.000Z`;
const setDay = (date: string) => fs.writeFileSync(clockFile, at(date));

async function unlockAs(page: Page, name: string, pin: string) {
  await page.getByRole('listitem').filter({ hasText: name }).click();
  await page.getByTestId('pin-input').fill(pin);
  await page.getByTestId('unlock').click();
  await page.getByTestId('who').getByText(name).waitFor();
}

/** A new shop day: the counter was left overnight, so its login is over; she unlocks again and opens Rentals. */
async function nextDay(page: Page, date: string) {
  setDay(date);
  await page.reload();
  await unlockAs(page, 'पूजा यादव', '1111');
  await page.keyboard.press('F2');
  await page.getByTestId('rentals-today').waitFor();
}

const text = async (page: Page, testId: string) => (await page.getByTestId(testId).first().textContent()) ?? '';

/** A small PNG as a phone camera would give it: a torn red cloth with a dark tear across it. */
function tearPng(): Buffer {
  const c = createCanvas(120, 90);
  const g = c.getContext('2d');
  g.fillStyle = '#b3261e';
  g.fillRect(0, 0, 120, 90);
  g.strokeStyle = '#1b1b1b';
  g.lineWidth = 6;
  g.beginPath();
  g.moveTo(10, 20);
  g.lineTo(60, 50);
  g.lineTo(110, 30);
  g.stroke();
  return c.toBuffer('image/png');
}

describe('rentals in the browser', () => {
  it('books a costume with an advance, hands it over on the day, takes it back late and torn, refunds the rest, cleans it', async () => {
    const T0 = '2026-11-24'; // a Tuesday
    const pickUpDay = addDays(T0, 7);
    const dueDay = addDays(T0, 9);
    const lateDay = addDays(dueDay, 2);
    setDay(T0);
    const { page, errors, server } = await openDemoShop(browser, { viewport: { width: 1366, height: 950 }, timeoutMs: 10_000, env: { HH_TEST_CLOCK_FILE: clockFile } });
    stopServe = server.stop;

    // The cashier पूजा यादव unlocks the counter and opens Rentals (F2): today's work, nothing yet.
    await page.getByTestId('lock').click();
    await unlockAs(page, 'पूजा यादव', '1111');
    await page.keyboard.press('F2');
    await page.getByTestId('rentals-today').waitFor();
    await page.getByText('आज: मंगल, 24 नवंबर 2026').waitFor(); // the shop's day, from the core
    await page.getByText(hi.rental.today.overdueNone).waitFor();
    await bothLanguages(page, 'rentals-today-empty', en.rental.today.overdueNone, hi.rental.today.overdueNone);

    // A new booking: Sunita wants the women's costume RENT-001-1 for her event next week.
    await page.getByTestId('tab-new').click();
    const form = page.getByTestId('booking-form');
    await form.waitFor();
    await page.getByTestId('rent-cust-name').fill('सुनीता वर्मा');
    await page.getByTestId('rent-cust-phone').fill('98260 11223');
    await page.getByTestId('rent-cust-id').fill('आधार 4321');
    await page.getByTestId('rent-from').fill(pickUpDay);
    await page.getByTestId('rent-due').fill(dueDay);
    await page.getByTestId('rent-event').fill(addDays(T0, 8));
    expect(await text(page, 'rent-due-words')).toContain('गुरु, 3 दिसंबर 2026');
    expect(await text(page, 'rent-from-words')).toContain('7 दिन बाद');
    await page.getByTestId('rent-item-search').fill('वेशभूषा');
    // the list settles 200 ms after typing (two costumes left): click only then, or the rows move
    // up under the next click and the piece's checkbox is missed (a CI run did)
    await expect.poll(() => page.getByTestId('rent-item-picks').locator('.rent-pick').count()).toBe(2);
    await page.getByTestId('rent-pick-RENT-001').click();
    const line = page.getByTestId('rent-line-RENT-001');
    await line.waitFor();
    await line.getByTestId('rent-piece-RENT-001-1').check();
    // the live quote shows both prices: ₹600 by the day (2 days), charged as the cheaper, or the ₹800 package;
    // the family wants the wedding package (drapes and crown included), so the counter picks it on purpose (#19)
    await expect.poll(() => text(page, 'rent-quote-rent')).toBe('₹600.00');
    expect(await text(page, 'rent-choice-0')).toContain('₹800.00');
    await page.getByTestId('rent-event-0').check();
    // ₹800 for up to 3 days (2 days here) + ₹2,000 deposit, the piece free
    await expect.poll(() => text(page, 'rent-quote-rent')).toBe('₹800.00');
    expect(await text(page, 'rent-quote-deposit')).toBe('₹2,000.00');
    expect(await page.getByTestId('rent-quote').locator('.total-amount').textContent()).toBe('₹2,800.00');
    expect(await line.getByTestId('rent-line-free').textContent()).toContain('खाली');
    // the availability calendar of the costume, from the booking line (the form keeps what was typed)
    await line.getByTestId('rent-line-calendar').click();
    await page.getByTestId('calendar-dialog').waitFor();
    await page.getByTestId('cal-piece-RENT-001-1').waitFor();
    await bothLanguages(page, 'rentals-calendar', en.rental.cal.allFree, hi.rental.cal.allFree);
    await page.getByTestId('calendar-close').click();
    expect(await page.getByTestId('rent-cust-name').inputValue()).toBe('सुनीता वर्मा');
    // an advance of ₹500 in cash
    await page.getByTestId('rent-take-advance').check();
    await page.getByTestId('rent-adv-cash-amount').fill('500');
    await expect.poll(() => text(page, 'rent-adv-left')).toContain('₹2,300.00');
    await bothLanguages(page, 'rentals-new-booking', en.rental.newTitle, hi.rental.newTitle);
    await page.getByTestId('rent-submit').click();

    // The booking: its number, pick-up day large, the advance; the booking slip can be printed and previewed.
    const detail = page.getByTestId('rental-detail');
    await detail.waitFor();
    const rentalNo = await text(page, 'rental-no');
    expect(rentalNo).toMatch(/^HH\/R\/2026-27\/C1-0+1$/); // per financial year and counter
    expect(await text(page, 'rental-done')).toContain('बुक हो गया');
    expect(await text(page, 'rental-due-words')).toContain('मंगल, 1 दिसंबर 2026');
    expect(await text(page, 'rental-advance')).toBe('₹500.00');
    expect(await text(page, 'rental-balance')).toBe('₹2,300.00');
    await page.getByTestId('rental-slip-preview-toggle').click();
    await page.getByTestId('rental-slip-preview-img').waitFor();
    await bothLanguages(page, 'rentals-booked', en.rental.bookingSlip, hi.rental.bookingSlip);
    const booked = await pageApi(page, 'rentals.list', { view: 'all' });
    expect(booked.value.total).toBe(1);
    const rentalId: number = booked.value.rows[0].id;
    await savePreview(page, 'rental', rentalId, 'rentals-slip-booking');

    // Bad input is refused in words and saves nothing: the same costume for overlapping days,
    await page.getByTestId('tab-new').click();
    await page.getByTestId('rent-cust-name').fill('रेखा साहू');
    await page.getByTestId('rent-cust-phone').fill('9300012345');
    await page.getByTestId('rent-from').fill(addDays(T0, 8));
    await page.getByTestId('rent-due').fill(addDays(T0, 10));
    await page.getByTestId('rent-pick-RENT-001').click();
    await page.getByTestId('rent-line-RENT-001').getByTestId('rent-piece-RENT-001-1').check();
    await page.getByTestId('rent-quote-notfree').waitFor();
    expect(await page.getByTestId('rent-line-RENT-001').getByTestId('rent-line-free').textContent()).toBe('यह नग इन तारीख़ों में बुक है (2 दूसरे खाली)');
    await page.getByTestId('rent-submit').click();
    // the piece and the first day it is taken, in words
    await page.getByTestId('rent-form-error').getByText('नग RENT-001-1 बुध, 2 दिसंबर 2026 को किसी और के लिए बुक है।').waitFor();
    await page.getByTestId('rent-line-RENT-001').getByTestId('rent-line-error').waitFor();
    await bothLanguages(page, 'rentals-error-taken', 'Piece RENT-001-1 is booked for someone else on Wed, 2 Dec 2026', 'किसी और के लिए बुक है');
    // and a return date before the pick-up date.
    await page.getByTestId('rent-line-RENT-001').getByTestId('rent-piece-RENT-001-1').uncheck();
    await page.getByTestId('rent-due').fill(addDays(T0, 7));
    await page.getByTestId('rent-quote-error').waitFor();
    await page.getByTestId('rent-submit').click();
    await page.locator('#rent-due-error').waitFor();
    expect(await page.locator('#rent-due-error').textContent()).toBe('वापसी की तारीख़ (मंगल, 1 दिसंबर 2026) लेने की तारीख़ (बुध, 2 दिसंबर 2026) से पहले है।');
    await bothLanguages(page, 'rentals-error-dates', 'The return date (Tue, 1 Dec 2026) is before the pick-up date (Wed, 2 Dec 2026).', 'लेने की तारीख़ (बुध, 2 दिसंबर 2026) से पहले है');
    expect((await pageApi(page, 'rentals.list', { view: 'all' })).value.total).toBe(1);

    // Today's list shows the booking among the coming pick-ups.
    await page.getByTestId('tab-today').click();
    await page.getByTestId('list-pickups').getByText(rentalNo).waitFor();
    await bothLanguages(page, 'rentals-today-pickups', en.rental.today.pickups, hi.rental.today.pickups);

    // Pick-up day: she pays the rest (rent ₹800 + deposit ₹2,000 - advance ₹500) in cash and takes it.
    await nextDay(page, pickUpDay);
    await page.getByTestId('list-pickups').getByTestId(`rental-row-${rentalNo}`).getByTestId('rental-open').click();
    await page.getByTestId('action-pickup').click();
    await page.getByTestId('pickup-panel').waitFor();
    expect(await page.getByTestId('pickup-pay-box').locator('.total-amount').first().textContent()).toBe('₹2,300.00');
    await page.getByTestId('pickup-pay-all-cash').click();
    await page.getByTestId('pickup-pay-cash-tendered').fill('2500');
    expect(await page.getByTestId('pickup-pay-change').locator('.total-amount').textContent()).toBe('₹200.00');
    await bothLanguages(page, 'rentals-pickup', en.rental.pickUpTitle, hi.rental.pickUpTitle);
    await page.getByTestId('pickup-submit').click();
    await page.getByTestId('rental-done').getByText('सामान दे दिया').waitFor();
    expect(await text(page, 'rental-status')).toBe(hi.rental.status.out);
    expect(await text(page, 'rental-due-words')).toContain('गुरु, 3 दिसंबर 2026'); // the return date, large
    expect(await text(page, 'rental-deposit-held')).toBe('₹2,000.00');
    await page.getByTestId('rental-slip-preview-toggle').click();
    await page.getByTestId('rental-slip-preview-img').waitFor();
    await bothLanguages(page, 'rentals-out', en.rental.rentalSlip, hi.rental.rentalSlip);
    await savePreview(page, 'rental', rentalId, 'rentals-slip-rental');

    // Two days after the due date: late, with her number to call and a WhatsApp reminder in Hindi.
    await nextDay(page, lateDay);
    const overdue = page.getByTestId('list-overdue');
    await overdue.getByText(rentalNo).waitFor();
    expect(await overdue.textContent()).toContain('2 दिन देर');
    expect(await overdue.getByTestId('overdue-call').getAttribute('href')).toBe('tel:9826011223');
    const wa = overdue.getByTestId('overdue-whatsapp');
    await wa.waitFor();
    const link = new URL((await wa.getAttribute('href'))!);
    expect(link.origin + link.pathname).toBe('https://wa.me/919826011223');
    const message = link.searchParams.get('text')!;
    expect(message).toContain('सुनीता वर्मा जी');
    expect(message).toContain(rentalNo);
    expect(message).toContain('छत्तीसगढ़ी वेशभूषा (महिला)');
    expect(message).toContain('गुरुवार, 3 दिसंबर 2026');
    expect(message).toContain('2 दिन की देर');
    expect(message).toContain('₹200.00 प्रति दिन');
    await bothLanguages(page, 'rentals-today-overdue', en.rental.today.overdue, hi.rental.today.overdue);

    // Check-in: back, torn dupatta ₹300; late 2 x ₹200 = ₹400; ₹2,000 - ₹400 - ₹300 = ₹1,300 back in cash.
    // She brings it back: its tag scanned at the counter opens the rental.
    await page.locator('.rent-today-date').click();
    await page.keyboard.type('RENT-001-1', { delay: 5 });
    await page.keyboard.press('Enter');
    await page.getByTestId('rental-late').waitFor();
    await page.getByTestId('action-checkin').click();
    const ci = page.getByTestId('checkin-panel');
    await ci.waitFor();
    const row = page.getByTestId('checkin-line-RENT-001-1');
    expect(await row.getByTestId('checkin-qty').inputValue()).toBe('1');
    await row.getByTestId('checkin-damage').fill('300');
    expect(await page.getByTestId('checkin-submit').isDisabled()).toBe(true); // a charge needs words
    await row.getByTestId('checkin-note').fill('दुपट्टा फटा / torn dupatta');
    // a photo of the tear, shrunk in the browser and sent with the check-in
    expect(await text(page, 'checkin-panel')).toContain(hi.rental.photoHint);
    await row.getByTestId('checkin-photo').setInputFiles({ name: 'tear.png', mimeType: 'image/png', buffer: tearPng() });
    await row.getByTestId('checkin-photo-thumb').waitFor();
    expect(await text(page, 'checkin-late-days')).toBe('2');
    expect(await text(page, 'checkin-late-fee')).toBe('₹400.00');
    expect(await text(page, 'checkin-damage-total')).toBe('₹300.00');
    expect(await text(page, 'checkin-deposit')).toBe('₹2,000.00');
    expect(await text(page, 'checkin-result-amount')).toBe('₹1,300.00');
    expect(await text(page, 'checkin-result')).toContain(hi.rental.refundToGive);
    await page.getByTestId('checkin-refund-cash').check();
    await bothLanguages(page, 'rentals-checkin', en.rental.checkInTitle, hi.rental.checkInTitle);
    await page.getByTestId('checkin-submit').click();
    await page.getByTestId('rental-done').getByText('सामान वापस ले लिया').waitFor();
    expect(await text(page, 'rental-status')).toBe(hi.rental.status.returned);
    const returned = await pageApi(page, 'rentals.get', { id: rentalId });
    const ret = returned.value.returns[0];
    expect([ret.lateDays, ret.lateFeePaise, ret.damagePaise, ret.depositReleasedPaise, ret.refundPaise]).toEqual([2, 40_000, 30_000, 200_000, 130_000]);
    expect(returned.value.payments.at(-1)).toMatchObject({ event: 'return', method: 'cash', amountPaise: -130_000 });
    expect(await text(page, `return-refund-${ret.returnNo}`)).toBe('₹1,300.00');
    // the photo is kept with the return line and shown on the rental, as a JPEG made in the browser
    expect(ret.lines[0].photoId).toEqual(expect.any(Number));
    const photo = await pageApi(page, 'rentals.getPhoto', { photoId: ret.lines[0].photoId });
    expect(photo.value.mime).toBe('image/jpeg');
    const thumb = page.getByTestId(`return-${ret.returnNo}`).getByTestId('return-photo').locator('img');
    await thumb.waitFor();
    await expect.poll(() => thumb.evaluate((img) => { const i = img as unknown as { complete: boolean; naturalWidth: number }; return i.complete && i.naturalWidth; })).toBe(120);
    expect(await thumb.getAttribute('alt')).toBe('छत्तीसगढ़ी वेशभूषा (महिला) के नुकसान की फ़ोटो');
    await page.getByTestId('return-slip-preview-toggle').click();
    await page.getByTestId('return-slip-preview-img').waitFor();
    await bothLanguages(page, 'rentals-returned', en.rental.returnSlip, hi.rental.returnSlip);
    await savePreview(page, 'rental_return', ret.id, 'rentals-slip-return');

    // The costume waits in Cleaning; once washed it is made ready to rent again.
    await page.getByTestId('tab-cleaning').click();
    const card = page.getByTestId('cleaning-RENT-001-1');
    await card.waitFor();
    expect(await card.textContent()).toContain('दुपट्टा फटा');
    await bothLanguages(page, 'rentals-cleaning', en.rental.cleaningHelp, hi.rental.cleaningHelp);
    await page.getByTestId('piece-RENT-001-1-to-ready').click();
    await page.getByTestId('cleaning-done').waitFor();
    await page.getByTestId('cleaning-empty').waitFor();
    const piece = await pageApi(page, 'rentals.listPieces', { status: 'ready' });
    expect(piece.value.map((p: { tag: string }) => p.tag)).toContain('RENT-001-1');

    // All bookings, found by her phone number.
    await page.getByTestId('tab-bookings').click();
    await page.getByTestId('rentals-search').fill('98260');
    await page.getByTestId('rentals-list').getByText(rentalNo).waitFor();
    await bothLanguages(page, 'rentals-bookings', en.rental.tabs.bookings, hi.rental.tabs.bookings);

    // The items for rent, and one costume's pieces and calendar (a cashier sees, does not edit).
    await page.getByTestId('tab-items').click();
    await page.getByTestId('item-row-RENT-006').waitFor();
    await bothLanguages(page, 'rentals-items', en.rental.col.lateFee, hi.rental.col.lateFee);
    await page.getByTestId('item-row-RENT-001').getByTestId('item-open').click();
    await page.getByTestId('pieces-table').waitFor();
    await page.getByTestId('piece-RENT-001-1').getByTestId('piece-open').click();
    await page.getByTestId('piece-history').waitFor();
    await bothLanguages(page, 'rentals-item', en.rental.pieces, hi.rental.pieces);

    // A walk-in takes 10 kalsha now: rent ₹50 x 10 + deposit ₹100 x 10, all by cash.
    await page.getByTestId('tab-walkIn').click();
    await page.getByTestId('walkin-form').waitFor();
    await page.getByTestId('rent-cust-name').fill('गीता निषाद');
    await page.getByTestId('rent-cust-phone').fill('9425012345');
    await page.getByTestId('rent-due').fill(addDays(lateDay, 2));
    await page.getByTestId('rent-pick-RENT-006').click();
    await page.getByTestId('rent-line-RENT-006').getByTestId('rent-line-qty').fill('10');
    // 2 days by the day would be ₹200 (the cheaper, charged by default, #19); the wedding takes the package.
    await expect.poll(() => text(page, 'rent-quote-rent')).toBe('₹200.00');
    await page.getByTestId('rent-event-0').check();
    await expect.poll(() => text(page, 'rent-quote-rent')).toBe('₹500.00');
    await page.getByTestId('rent-pay-all-cash').click();
    await bothLanguages(page, 'rentals-walkin', en.rental.walkInTitle, hi.rental.walkInTitle);
    await page.getByTestId('rent-submit').click();
    await page.getByTestId('rental-done').getByText('सामान दे दिया').waitFor();
    // ...and comes back to keep them a day longer: ₹10 x 10 more, owed until the return.
    await page.getByTestId('action-extend').click();
    await page.getByTestId('extend-panel').waitFor();
    await expect.poll(() => text(page, 'extend-extra')).toBe('₹0.00'); // 3 days still within the event price
    await page.getByTestId('extend-due').fill(addDays(lateDay, 4));
    await expect.poll(() => text(page, 'extend-extra')).toBe('₹100.00');
    await bothLanguages(page, 'rentals-extend', en.rental.extendTitle, hi.rental.extendTitle);
    await page.getByTestId('extend-submit').click();
    await page.getByTestId('rental-done').waitFor();
    expect(await text(page, 'rental-balance')).toBe('₹100.00');
    const kalshaNo = await text(page, 'rental-no');

    // 8 kalsha come back now: 8 deposits (₹800) less the ₹100 owed for the extra day = ₹700 back.
    await page.getByTestId('action-checkin').click();
    const kRow = page.getByTestId('checkin-line-RENT-006');
    await kRow.waitFor();
    expect(await kRow.getByTestId('checkin-qty').inputValue()).toBe('10');
    await kRow.getByTestId('checkin-qty').fill('8');
    await expect.poll(() => text(page, 'checkin-deposit')).toBe('₹800.00');
    expect(await text(page, 'checkin-open')).toBe('₹100.00');
    expect(await text(page, 'checkin-result-amount')).toBe('₹700.00');
    await page.getByTestId('checkin-refund-cash').check();
    await page.getByTestId('checkin-submit').click();
    await page.getByTestId('rental-done').getByText('सामान वापस ले लिया').waitFor();
    expect(await text(page, 'rental-status')).toBe(hi.rental.status.out); // 2 still with her
    expect(await text(page, `return-still-out-${kalshaNo}/1`)).toBe('2 सामान अभी ग्राहक के पास');
    await page.getByTestId('return-slip-preview-toggle').click();
    await page.getByTestId('return-slip-preview-img').waitFor();
    await bothLanguages(page, 'rentals-partial-return', '2 items still with the customer', '2 सामान अभी ग्राहक के पास');
    const kalsha = await pageApi(page, 'rentals.get', { id: (await pageApi(page, 'rentals.list', { view: 'all', q: kalshaNo })).value.rows[0].id });
    expect(kalsha.value.lines[0]).toMatchObject({ returnedQty: 8, missingQty: 0 });
    await savePreview(page, 'rental_return', kalsha.value.returns[0].id, 'rentals-slip-partial-return');

    // The last 2 later: 1 back, 1 broken beyond use (₹150 with a note): ₹200 deposit - ₹150 = ₹50 back.
    await page.getByTestId('action-checkin').click();
    await kRow.waitFor();
    expect(await kRow.getByTestId('checkin-qty').inputValue()).toBe('2');
    await kRow.getByTestId('checkin-qty').fill('1');
    await kRow.getByTestId('checkin-missing').fill('1');
    await kRow.getByTestId('checkin-damage').fill('150');
    await kRow.getByTestId('checkin-note').fill('एक कलशा टूटा / one kalsha broken');
    await expect.poll(() => text(page, 'checkin-result-amount')).toBe('₹50.00');
    await page.getByTestId('checkin-refund-cash').check();
    await page.getByTestId('checkin-submit').click();
    await page.getByTestId(`return-${kalshaNo}/2`).waitFor(); // the banner is already there from the first return
    expect(await text(page, 'rental-status')).toBe(hi.rental.status.returned);
    expect(await page.getByTestId(`return-still-out-${kalshaNo}/2`).count()).toBe(0);
    expect(await text(page, `return-${kalshaNo}/2`)).toContain('1 गुम');
    const closed = await pageApi(page, 'rentals.get', { id: kalsha.value.id });
    expect(closed.value.lines[0]).toMatchObject({ returnedQty: 9, missingQty: 1 });
    expect(closed.value.returns[1]).toMatchObject({ damagePaise: 15_000, depositReleasedPaise: 20_000, refundPaise: 5_000 });

    // A booking cancelled well ahead: the shop's rule is shown, the advance goes back.
    await page.getByTestId('tab-new').click();
    await page.getByTestId('rent-cust-name').fill('कविता ठाकुर');
    await page.getByTestId('rent-cust-phone').fill('7000012345');
    await page.getByTestId('rent-from').fill(addDays(lateDay, 20));
    await page.getByTestId('rent-due').fill(addDays(lateDay, 22));
    await page.getByTestId('rent-pick-RENT-003').click();
    await page.getByTestId('rent-quote-rent').waitFor();
    await page.getByTestId('rent-take-advance').check();
    await page.getByTestId('rent-adv-upi-amount').fill('200');
    await page.getByTestId('rent-adv-upi-received').check();
    await page.getByTestId('rent-submit').click();
    await page.getByTestId('rental-done').waitFor();
    await page.getByTestId('action-cancel').click();
    await page.getByTestId('cancel-rule').waitFor();
    await page.getByTestId('cancel-reason').fill('शादी की तारीख़ बदल गई');
    expect(await page.getByTestId('cancel-refund').locator('.total-amount').textContent()).toBe('₹200.00');
    await bothLanguages(page, 'rentals-cancel', en.rental.cancelTitle, hi.rental.cancelTitle);
    // She keeps ₹50 for the trouble: not the rule, so a manager's PIN is asked first; a wrong one stays on the pad.
    await page.getByTestId('cancel-override').check();
    await page.getByTestId('cancel-keep').fill('50');
    expect(await page.getByTestId('cancel-refund').locator('.total-amount').textContent()).toBe('₹150.00');
    await page.getByTestId('cancel-submit').click();
    await page.getByTestId('approval-dialog').waitFor();
    await page.getByTestId('approval-pin').fill('9999');
    await page.getByTestId('approval-ok').click();
    await page.getByTestId('approval-error').waitFor();
    await page.getByTestId('approval-pin').fill('1234');
    await page.getByTestId('approval-ok').click();
    await page.getByTestId('rental-done').getByText('रद्द हो गई').waitFor();
    const cancelled = (await pageApi(page, 'rentals.list', { view: 'cancelled', q: '7000012345' })).value.rows[0];
    const cancelledRental = (await pageApi(page, 'rentals.get', { id: cancelled.id })).value;
    expect(cancelledRental.payments.map((p: { event: string; amountPaise: number }) => [p.event, p.amountPaise])).toEqual([['booking', 20_000], ['cancel', -15_000]]);
    expect(cancelledRental.balancePaise).toBe(0);

    // The cashier reads the shop's rules (she cannot change them).
    await page.getByTestId('tab-rules').click();
    await page.getByTestId('rules-view').waitFor();
    expect(await text(page, 'rules-cancel')).toContain('7 या ज़्यादा दिन पहले');
    expect(await page.getByTestId('rules-terms').locator('li').count()).toBe(3);
    expect(await page.getByTestId('rules-form').count()).toBe(0);
    await bothLanguages(page, 'rentals-rules', en.rental.rules.managerEdits, hi.rental.rules.managerEdits);

    // A manager edits the rent terms.
    await page.getByTestId('lock').click();
    await unlockAs(page, 'ललिता साहू', '1234');
    await page.keyboard.press('F2');
    await page.getByTestId('tab-items').click();
    await page.getByTestId('item-row-RENT-001').getByTestId('item-open').click();
    await page.getByTestId('terms-form').waitFor();
    await page.getByTestId('terms-deposit').fill('abc');
    await page.getByTestId('terms-save').click();
    await page.getByTestId('terms-form').getByText(hi.issues.amount).waitFor();
    await page.getByTestId('terms-deposit').fill('2500');
    await page.getByTestId('terms-save').click();
    await page.getByTestId('terms-saved').waitFor();
    await bothLanguages(page, 'rentals-item-manager', en.rental.terms.title, hi.rental.terms.title);

    // ...and the shop's rules: a share over 100% is refused on its box and saves nothing; 40% is saved,
    // with a fourth slip term added and the second one removed.
    await page.getByTestId('tab-rules').click();
    await page.getByTestId('rules-form').waitFor();
    expect(await page.getByTestId('rules-keep').inputValue()).toBe('50');
    await page.getByTestId('rules-keep').fill('150');
    await page.getByTestId('rules-save').click();
    await page.locator('#rules-keep-error').getByText(hi.issues.percent).waitFor();
    await page.getByTestId('rules-term-add').click();
    await page.getByTestId('rules-save').click();
    await page.getByTestId('rules-term-4').getByText(hi.rental.rules.termEmpty).waitFor();
    await bothLanguages(page, 'rentals-rules-error', en.issues.percent, hi.issues.percent);
    expect((await pageApi(page, 'rentals.getRules', {})).value).toMatchObject({ cancelKeepBps: 5000 });
    await page.getByTestId('rules-keep').fill('40');
    await page.getByTestId('rules-term-4').getByTestId('rules-term-text').fill('सजावट का सामान गिन कर लें / Count decorations at pick-up');
    await page.getByTestId('rules-term-2').getByTestId('rules-term-remove').click();
    expect(await text(page, 'rules-cancel')).toContain('40%');
    await page.getByTestId('rules-save').click();
    await page.getByTestId('rules-saved').waitFor();
    const rules = (await pageApi(page, 'rentals.getRules', {})).value;
    expect(rules.cancelFreeDays).toBe(7);
    expect(rules.cancelKeepBps).toBe(4000);
    expect(rules.terms).toHaveLength(3);
    expect(rules.terms[2]).toBe('सजावट का सामान गिन कर लें / Count decorations at pick-up');
    await bothLanguages(page, 'rentals-rules-manager', en.rental.rules.saved, hi.rental.rules.saved);

    expect(errors).toEqual([]);
  });
});
