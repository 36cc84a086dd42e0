/**
 * The members' board in Chromium against `serve`: the cashier opens the board (Shift+F10), records a
 * member's training request with the keyboard (Enter), tries to resolve it without a note (refused
 * in words, nothing written), resolves it with what was done, and sees the history; a forbidden move
 * and a repeated request id write nothing; the by-month tab shows the chart and its table; the CSV
 * downloads; the A4 meeting sheet renders. Screenshots in Hindi and English at 1366x768.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../renderer/src/i18n/en';
import { hi } from '../../renderer/src/i18n/hi';
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

const clockFile = path.join(tempDir(), 'clock.txt');
const VIEW = { width: 1366, height: 768 };

describe("members' board in the browser", () => {
  it("records and resolves a member's training request; refusals in words; months chart, CSV and the A4 sheet", async () => {
    fs.writeFileSync(clockFile, new Date('2026-12-07T11:00:00+05:30').toISOString());
    const { page, errors, server } = await openDemoShop(browser, { viewport: VIEW, acceptDownloads: true, timeoutMs: 10_000, env: { HH_TEST_CLOCK_FILE: clockFile } });
    stopServe = server.stop;

    // The group's earlier months, recorded through the API (the chart needs a history).
    const members = (await pageApi(page, 'artisans.list', {})).value as { id: number; nameHi: string }[];
    const member = members[0]!;
    for (const [raisedOn, kind, text] of [['2026-09-12', 'work_conditions', 'कार्यशाला में रोशनी कम है'], ['2026-10-03', 'shop', 'दुकान में धान आर्ट के बैज आगे रखें'], ['2026-11-21', 'community', 'स्कूल में जागरूकता शिविर']] as const) {
      const r = await pageApi(page, 'board.raise', { requestId: randomUUID(), memberId: members[1]!.id, kind, text, raisedOn });
      expect(r.ok, JSON.stringify(r.error)).toBe(true);
      if (kind === 'shop') expect((await pageApi(page, 'board.move', { requestId: randomUUID(), itemId: r.value.id, to: 'resolved', note: 'बैज काउंटर पर रखे' })).ok).toBe(true);
    }

    // Shift+F10 opens the board; F9 puts the cursor on the member.
    await page.keyboard.press('Shift+F10');
    await page.getByTestId('board').waitFor();
    await page.getByTestId('board-table').waitFor();
    await page.keyboard.press('F9');
    await expect.poll(() => page.evaluate(() => (globalThis as unknown as { document: { activeElement: { id: string } | null } }).document.activeElement?.id)).toBe('board-member');
    await page.getByTestId('board-member').selectOption(String(member.id));
    await page.getByTestId('board-kind').selectOption('training');
    await page.getByTestId('board-text').fill('कोसा सिल्क की बुनाई का प्रशिक्षण चाहिए');
    await page.getByTestId('board-text').press('Enter');
    await page.getByTestId('board-notice').getByText(hi.board.raise.saved.replace('{{name}}', member.nameHi)).waitFor();
    const detail = page.getByTestId('board-detail');
    await detail.getByText('कोसा सिल्क की बुनाई का प्रशिक्षण चाहिए').waitFor();
    const list = (await pageApi(page, 'board.list', {})).value as { id: number; text: string; status: string }[];
    const item = list.find((i) => i.text.startsWith('कोसा'))!;
    expect(item.status).toBe('open');

    // Resolved without a note: refused, in Hindi, nothing written.
    await page.getByTestId('board-to-resolved').click();
    await page.getByTestId('board-note').press('Enter');
    await page.getByTestId('board-move-error').getByText(hi.errors.INVALID_INPUT).waitFor();
    await detail.getByText(hi.issues.board_note_resolved).waitFor();
    expect(((await pageApi(page, 'board.get', { id: item.id })).value as { changes: number; status: string })).toMatchObject({ changes: 1, status: 'open' });
    await bothLanguages(page, 'board-no-note', en.issues.board_note_resolved, hi.issues.board_note_resolved);

    // Work starts, then it is resolved with what was done (Enter confirms).
    await page.getByTestId('board-to-in_progress').click();
    await page.getByTestId('board-move-confirm').click();
    await page.getByTestId('board-notice').getByText(hi.board.moved.replace('{{status}}', hi.board.statuses.in_progress)).waitFor();
    await page.getByTestId('board-to-resolved').click();
    await page.getByTestId('board-note').fill('देवकी टंडन ने शनिवार को कक्षा ली');
    await page.getByTestId('board-note').press('Enter');
    await page.getByTestId('board-outcome').getByText('देवकी टंडन ने शनिवार को कक्षा ली').waitFor();
    await expect.poll(() => page.getByTestId('board-event').count()).toBe(3);
    expect(await page.getByTestId('board-history').textContent()).toContain(hi.board.acts.resolve);
    expect(await page.getByTestId(`board-row-${item.id}`).textContent()).toContain(hi.board.statuses.resolved);
    await bothLanguages(page, 'board-resolved', en.board.acts.resolve, hi.board.acts.resolve);

    // A resolved item cannot go back to work (only reopen), and a repeated request writes once.
    const forbidden = await pageApi(page, 'board.move', { requestId: randomUUID(), itemId: item.id, to: 'in_progress', note: '' });
    expect(forbidden.error.code).toBe('BOARD_MOVE');
    const input = { requestId: randomUUID(), memberId: member.id, kind: 'other', text: 'पानी की टंकी' };
    const once = await pageApi(page, 'board.raise', input);
    const twice = await pageApi(page, 'board.raise', input);
    expect(twice.value.id).toBe(once.value.id);
    expect(((await pageApi(page, 'board.list', {})).value as unknown[]).length).toBe(5);
    const unknown = await pageApi(page, 'board.raise', { requestId: randomUUID(), memberId: 99_999, kind: 'other', text: 'x' });
    expect(unknown.error.code).toBe('UNKNOWN_MEMBER');
    expect(hi.errors.UNKNOWN_MEMBER && en.errors.UNKNOWN_MEMBER).toBeTruthy();

    // By month: the chart and its table; the CSV.
    await page.getByTestId('tab-months').click();
    await page.getByTestId('board-chart').locator('canvas').waitFor();
    const dec = page.getByTestId('board-month-2026-12');
    await expect.poll(() => dec.textContent()).toContain('दिसंबर 2026');
    expect((await dec.locator('td').allTextContents()).slice(1)).toEqual(['2', '2', '0']);
    expect((await page.getByTestId('board-month-2026-10').locator('td').allTextContents()).slice(1)).toEqual(['1', '0', '0']);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('board-csv').click()]);
    const csv = fs.readFileSync((await download.path())!, 'utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toContain('देवकी टंडन ने शनिवार को कक्षा ली');
    await bothLanguages(page, 'board-months', en.board.months.chart, hi.board.months.chart);

    // The meeting's A4 sheet, as Chromium would print it.
    for (const lang of ['hi', 'en'] as const) {
      const sheet = (await pageApi(page, 'board.getMeetingSheet', { lang, from: '2026-09', to: '2026-12' })).value as { html: string };
      const a4 = await browser.newPage({ viewport: { width: 794, height: 1123 } });
      await a4.setContent(sheet.html);
      await shot(a4, `board-meeting-a4-${lang}`);
      const pdf = await a4.pdf({ format: 'A4' });
      expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
      await a4.close();
    }
    expect(errors).toEqual([]);
  });
});
