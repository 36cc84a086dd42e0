import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createApp } from '../../src/core/app';
import { demoShop, tempDir } from '../support/db';
import { app, dialog, FakeBrowserWindow, resetElectron, shell } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).electron);

const { menuTemplate } = await import('../../src/main/menu');
const { menuActions } = await import('../../src/main/menu-actions');

type Item = { id?: string; label?: string; role?: string; submenu?: Item[]; click?: () => void };
const noop = { openDataFolder() {}, backupNow() {}, restore() {}, printerTest() {}, about() {}, quit() {} };
const items = (t: Item[]) => t.flatMap((top) => top.submenu ?? []).filter((i) => i.id);

function shopWithWindow() {
  const dir = tempDir();
  const dbPath = path.join(dir, 'hamar-hatri.db');
  const shop = createApp(dbPath);
  const tokens = demoShop(shop);
  shop.call('backup.updateSettings', { dir: path.join(dir, 'backups'), keep: 5 }, tokens.owner);
  const win = new FakeBrowserWindow({});
  const sessions = new Map<number, string>();
  const log = vi.fn();
  const actions = menuActions({ shop: () => shop, tokens: sessions, window: () => win as never, lang: () => 'en', dbPath, logFile: path.join(dir, 'logs', 'hamar-hatri.log'), log });
  const loginAs = (token: string) => sessions.set(win.webContents.id, token);
  const lastBox = () => dialog.showMessageBox.mock.calls.at(-1)?.at(-1) as { message: string; detail?: string; type: string };
  return { dir, dbPath, shop, tokens, win, actions, loginAs, lastBox };
}

describe('application menu', () => {
  beforeEach(resetElectron);

  it('has the shop actions, in Hindi or English as the person chose', () => {
    const hi = menuTemplate('hi', noop) as Item[];
    const en = menuTemplate('en', noop) as Item[];
    const ids = ['data-folder', 'backup-now', 'restore', 'printer-test', 'quit', 'reload', 'zoom-in', 'zoom-out', 'zoom-reset', 'full-screen', 'about'];
    expect(items(hi).map((i) => i.id)).toEqual(ids);
    expect(items(en).map((i) => i.id)).toEqual(ids);
    expect(hi.map((t) => t.label)).toEqual(['दुकान', 'देखें', 'मदद']);
    expect(en.map((t) => t.label)).toEqual(['Shop', 'View', 'Help']);
    for (const i of items(hi)) expect(i.label, i.id).toMatch(/[\u0900-\u097F]/);
    for (const i of items(en)) expect(i.label, i.id).not.toMatch(/[\u0900-\u097F]/);
  });

  it('each item calls its action', () => {
    const called: string[] = [];
    const spy = Object.fromEntries(Object.keys(noop).map((k) => [k, () => called.push(k)])) as unknown as typeof noop;
    for (const i of items(menuTemplate('en', spy) as Item[])) i.click?.();
    expect(called).toEqual(['openDataFolder', 'backupNow', 'restore', 'printerTest', 'quit', 'about']);
  });

  it('back up now: refused with a clear word when nobody is logged in, made when a manager is', async () => {
    const s = shopWithWindow();
    const before = s.shop.db.prepare('select count(*) n from backups').get() as { n: number };
    await s.actions.backupNow();
    expect(s.lastBox()).toMatchObject({ type: 'error', message: expect.stringContaining('Log in as a manager') });
    expect(s.shop.db.prepare('select count(*) n from backups').get()).toEqual(before);

    s.loginAs(s.tokens.cashier);
    await s.actions.backupNow();
    expect(s.lastBox().message).toContain('Log in as a manager');
    expect(s.shop.db.prepare('select count(*) n from backups').get()).toEqual(before);

    s.loginAs(s.tokens.owner);
    await s.actions.backupNow();
    expect(s.lastBox()).toMatchObject({ type: 'info', message: 'The backup was made and verified.' });
    const file = s.lastBox().detail as string;
    expect(fs.existsSync(file)).toBe(true);
    expect((s.shop.db.prepare('select count(*) n from backups').get() as { n: number }).n).toBe(before.n + 1);
    s.shop.close();
  });

  it('restore: only the owner; the chosen backup waits for the next start and the app restarts on "restart now"', async () => {
    const s = shopWithWindow();
    s.loginAs(s.tokens.cashier);
    await s.actions.restore();
    expect(s.lastBox().message).toContain('Only the shop owner');
    expect(dialog.showOpenDialog).not.toHaveBeenCalled();

    s.loginAs(s.tokens.owner);
    const made = (await s.shop.call('backup.now', {}, s.tokens.owner)).result;
    if (!made.ok) throw new Error('no backup');
    dialog.nextOpen = { canceled: true, filePaths: [] };
    await s.actions.restore();
    expect(s.shop.call('backup.getPendingRestore', {}, s.tokens.owner).result).toEqual({ ok: true, value: null });

    dialog.nextOpen = { canceled: false, filePaths: [made.value.file] };
    dialog.nextResponse = 0; // "restart now"
    await s.actions.restore();
    expect(s.shop.call('backup.getPendingRestore', {}, s.tokens.owner).result).toMatchObject({ ok: true, value: { file: made.value.file } });
    expect(app.relaunch).toHaveBeenCalledTimes(1);
    expect(app.quit).toHaveBeenCalledTimes(1);
    s.shop.close();
  });

  it('printer test goes through the core; with no printer set up it says why', async () => {
    const s = shopWithWindow();
    s.loginAs(s.tokens.cashier);
    await s.actions.printerTest();
    const box = s.lastBox();
    expect(box.type).toBe('error');
    expect(box.detail).toMatch(/^[A-Z_]+$/); // the core's error code, never a stack
    s.shop.close();
  });

  it('about names the version, the database and the log; data folder opens the folder', async () => {
    const s = shopWithWindow();
    s.actions.about();
    expect(s.lastBox().detail).toContain('Version: 0.1.0');
    expect(s.lastBox().detail).toContain(s.dbPath);
    expect(s.lastBox().detail).toContain('hamar-hatri.log');
    s.actions.openDataFolder();
    expect(shell.openPath).toHaveBeenCalledWith(s.dir);
    s.shop.close();
  });
});
