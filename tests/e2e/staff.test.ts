import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, openDemoShop, SCREENSHOTS } from '../support/browser';
import { tempDir } from '../support/db';

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

const shot = (page: Page, name: string) => page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });

/** Lock the counter and unlock it as `name` with `pin` (the lock screen's people and PIN pad). */
async function unlockAs(page: Page, name: string, pin: string) {
  await page.getByTestId('lock').click();
  await page.getByRole('listitem').filter({ hasText: name }).click();
  await page.getByTestId('pin-input').fill(pin);
  await page.getByTestId('unlock').click();
  await page.getByTestId('who').filter({ hasText: name }).waitFor();
}

async function openSettingsTab(page: Page, tab: 'staff' | 'audit' | 'backup') {
  await page.keyboard.press('F6');
  await page.getByTestId(`tab-${tab}`).click();
}

describe('staff, audit trail and backups', () => {
  it('adds a cashier, resets her PIN, retires her; the audit trail records it; a backup is made and checked', async () => {
    const dir = tempDir();
    const { page, server } = await openDemoShop(browser, { viewport: { width: 1280, height: 900 }, dbFile: path.join(dir, 'shop.db') });
    stop = server.stop;

    // Staff: a mismatched PIN is caught before anything is sent, then she is added
    await openSettingsTab(page, 'staff');
    const list = page.getByTestId('staff-list');
    await list.getByText('ललिता साहू').waitFor();
    await page.getByLabel('नाम', { exact: true }).fill('रीना ठाकुर');
    expect(await page.getByTestId('sa-role').locator('option').count()).toBe(3); // the owner may add any role
    await page.getByTestId('sa-pin').fill('4455');
    await page.getByTestId('sa-again').fill('4456');
    await page.getByTestId('sa-submit').click();
    await page.getByText('दोनों पिन एक जैसे नहीं हैं।').waitFor();
    await shot(page, 'staff-pin-mismatch-hi');
    await page.getByTestId('sa-again').fill('4455');
    await page.getByTestId('sa-submit').click();
    await page.getByTestId('staff-notice').filter({ hasText: 'रीना ठाकुर जुड़ गईं' }).waitFor();
    const reena = list.locator('tr', { hasText: 'रीना ठाकुर' });
    await reena.getByText('विक्रेता').waitFor();
    expect(await page.getByTestId('sa-pin').inputValue()).toBe(''); // PINs are not kept on screen

    // The last owner cannot be retired: the core's refusal in plain words
    const owner = list.locator('tr', { hasText: 'ललिता साहू' });
    await owner.getByRole('button', { name: 'काम से हटाएँ' }).click();
    await owner.getByRole('button', { name: 'हाँ, ललिता साहू को हटाएँ' }).click();
    await page.getByTestId('staff-notice').filter({ hasText: 'कम से कम एक मालिक' }).waitFor();
    await shot(page, 'staff-hi');

    // She unlocks the counter with her PIN; then the owner again, after one wrong PIN
    await unlockAs(page, 'रीना ठाकुर', '4455');
    await page.getByTestId('lock').click();
    await page.getByRole('listitem').filter({ hasText: 'ललिता साहू' }).click();
    await page.getByTestId('pin-input').fill('9999');
    await page.getByTestId('unlock').click();
    await page.getByRole('alert').waitFor();
    await page.getByTestId('pin-input').fill('1234');
    await page.getByTestId('unlock').click();
    await page.getByTestId('who').filter({ hasText: 'ललिता साहू' }).waitFor();

    // A new PIN for her, which then works
    await openSettingsTab(page, 'staff');
    await reena.getByRole('button', { name: 'नया पिन' }).click();
    await page.getByTestId('sr-pin').fill('6677');
    await page.getByTestId('sr-again').fill('6677');
    await page.getByTestId('sr-submit').click();
    await page.getByTestId('staff-notice').filter({ hasText: 'रीना ठाकुर का नया पिन' }).waitFor();
    await unlockAs(page, 'रीना ठाकुर', '6677');
    await unlockAs(page, 'ललिता साहू', '1234');

    // Retired: she is gone from the lock screen
    await openSettingsTab(page, 'staff');
    await reena.getByRole('button', { name: 'काम से हटाएँ' }).click();
    await reena.getByRole('button', { name: 'हाँ, रीना ठाकुर को हटाएँ' }).click();
    await page.getByTestId('staff-notice').filter({ hasText: 'रीना ठाकुर को काम से हटा दिया गया' }).waitFor();
    await reena.getByText('हटाई गईं').waitFor();
    await page.getByTestId('lock').click();
    await page.getByRole('listitem').filter({ hasText: 'ललिता साहू' }).waitFor();
    expect(await page.getByRole('listitem').filter({ hasText: 'रीना ठाकुर' }).count()).toBe(0);
    expect(await page.getByRole('listitem').filter({ hasText: 'पूजा यादव' }).count()).toBe(1);
    await page.getByRole('listitem').filter({ hasText: 'ललिता साहू' }).click();
    await page.getByTestId('pin-input').fill('1234');
    await page.getByTestId('unlock').click();
    await page.getByTestId('who').waitFor();

    // Audit trail: her creation, the wrong PIN; nothing to edit
    await openSettingsTab(page, 'audit');
    const created = page.locator('[data-testid="audit-row"][data-action="users.create"]', { hasText: 'रीना ठाकुर' });
    await created.waitFor();
    expect(await created.textContent()).toContain('नया व्यक्ति जोड़ा');
    expect(await created.textContent()).not.toContain('4455');
    const wrong = page.locator('[data-testid="audit-row"][data-action="session.login_failed"]');
    await wrong.first().waitFor();
    expect(await wrong.first().textContent()).toContain('गलत पिन');
    expect(await wrong.first().textContent()).toContain('ललिता साहू');
    expect(await page.getByTestId('audit-tab').locator('input:not([type=date]), textarea, [contenteditable=true]').count()).toBe(0);
    await page.getByTestId('af-action').selectOption('session.login_failed');
    await page.getByTestId('audit-count').filter({ hasText: '1 रिकॉर्ड' }).waitFor();
    expect(await page.getByTestId('audit-row').count()).toBe(1);
    await page.getByTestId('af-action').selectOption('users.');
    await page.locator('[data-testid="audit-row"][data-action="users.setActive"]').first().waitFor();
    await page.getByTestId('af-action').selectOption('');
    await created.waitFor();
    await shot(page, 'audit-hi');

    // Backups: a relative folder is refused; back up now; it is listed and checks out sound
    await openSettingsTab(page, 'backup');
    await page.getByTestId('bk-dir').fill('backups-here');
    await page.getByTestId('bk-save').click();
    await page.getByText('फ़ोल्डर का पूरा रास्ता लिखें').waitFor();
    await page.getByTestId('bk-dir').fill(path.join(dir, 'backups'));
    await page.getByTestId('bk-save').click();
    await page.getByText('बैकअप की सेटिंग सहेजी गई।').waitFor();
    await page.getByTestId('backup-now-btn').click();
    const made = page.getByTestId('backup-made');
    await made.waitFor();
    expect(await made.textContent()).toMatch(/hamar-hatri-.*\.db/);
    expect(await made.textContent()).toMatch(/SHA-256 [0-9a-f]{12}/);
    await page.getByTestId('backup-row').first().waitFor();
    expect(fs.readdirSync(path.join(dir, 'backups')).filter((f) => f.endsWith('.db'))).toHaveLength(1);
    await page.getByTestId('backup-check').first().click();
    await page.getByTestId('backup-check-result').filter({ hasText: 'ठीक है' }).waitFor();
    await shot(page, 'backup-hi');
    await page.getByTestId('backup-restore').first().click();
    await page.getByTestId('restore-confirm').waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'backup-restore-confirm-hi.png') });
    await page.getByTestId('restore-yes').click();
    await page.getByTestId('backup-restart').waitFor();
    expect(fs.existsSync(path.join(dir, 'shop.db.restore.json'))).toBe(true);

    // The same three tabs in English
    await page.getByTestId('lang-switch').click();
    await page.getByText('Backups in the folder').waitFor();
    await shot(page, 'backup-en');
    await page.getByTestId('tab-audit').click();
    await page.locator('[data-testid="audit-row"][data-action="backup.restore"]').filter({ hasText: 'Restore asked for' }).waitFor();
    await shot(page, 'audit-en');
    // The request is still shown after leaving the tab, and the owner can call it off
    await page.getByTestId('tab-backup').click();
    await page.getByTestId('backup-restart').getByText('will happen when the app next starts').waitFor();
    await page.getByTestId('restore-cancel').click();
    await page.getByTestId('backup-restart').waitFor({ state: 'detached' });
    expect(fs.existsSync(path.join(dir, 'shop.db.restore.json'))).toBe(false);
    await page.getByTestId('tab-audit').click();
    await page.locator('[data-testid="audit-row"][data-action="backup.cancelRestore"]').filter({ hasText: 'Restore called off' }).waitFor();
    await page.getByTestId('tab-staff').click();
    await page.getByTestId('staff-list').getByText('Retired').waitFor();
    await shot(page, 'staff-en');
    await page.getByTestId('lang-switch').click();

    // A cashier gets a friendly note instead of the tabs
    await unlockAs(page, 'पूजा यादव', '1111');
    await openSettingsTab(page, 'staff');
    await page.getByTestId('manager-only').waitFor();
    expect(await page.getByTestId('staff-list').count()).toBe(0);
    await page.getByTestId('tab-backup').click();
    await page.getByTestId('manager-only').waitFor();
    await shot(page, 'staff-cashier-hi');
    await page.close();
  }, 120_000);
});
