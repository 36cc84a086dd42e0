import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { app, dialog, FakeBrowserWindow, ipcMain, protocol, resetElectron } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).electron);
// Electron's own build of the addon cannot exist here: hand over the plain-Node build instead,
// which still exercises the nativeBinding path.
vi.mock('../../src/main/native', () => ({
  nativeBindingPath: () => path.resolve('node_modules/better-sqlite3/build/Release/better_sqlite3.node'),
}));

const { startApp } = await import('../../src/main/lifecycle');

let userData: string;

describe('app lifecycle', () => {
  beforeEach(() => {
    resetElectron();
    userData = fs.mkdtempSync(path.join(os.tmpdir(), 'hh-userdata-'));
    app.userData = userData;
  });
  afterEach(() => {
    app.emit('will-quit'); // closes the database if one was opened
    fs.rmSync(userData, { recursive: true, force: true });
  });

  it('quits at once when another instance holds the lock', async () => {
    app.requestSingleInstanceLock.mockReturnValue(false);
    await expect(startApp()).resolves.toBe(false);
    expect(app.quit).toHaveBeenCalledTimes(1);
    expect(app.whenReady).not.toHaveBeenCalled();
    expect(FakeBrowserWindow.all).toHaveLength(0);
    expect(ipcMain.handle).not.toHaveBeenCalled();
    expect(fs.existsSync(path.join(userData, 'hamar-hatri.db'))).toBe(false);
  });

  it('opens the database in userData, wires IPC and app://, then opens one window', async () => {
    await expect(startApp()).resolves.toBe(true);
    expect(fs.existsSync(path.join(userData, 'hamar-hatri.db'))).toBe(true);
    // hh:call, and hh:a4pdf for A4 pages saved as PDF in main (#20 item 10)
    expect(ipcMain.handle.mock.calls.map((c) => c[0])).toEqual(['hh:call', 'hh:a4pdf']);
    expect(protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect(FakeBrowserWindow.all).toHaveLength(1);
    expect(app.quit).not.toHaveBeenCalled();
  });

  it('a second launch restores and focuses the existing window', async () => {
    await startApp();
    const win = FakeBrowserWindow.all[0] as FakeBrowserWindow;
    win.minimized = true;
    app.emit('second-instance');
    expect(win.minimized).toBe(false);
    expect(win.focused).toBe(true);
    expect(FakeBrowserWindow.all).toHaveLength(1);
  });

  it('closes the database on will-quit', async () => {
    await startApp();
    const file = path.join(userData, 'hamar-hatri.db');
    expect(fs.existsSync(file + '-wal')).toBe(true); // open, in WAL mode
    app.emit('will-quit');
    // With the connection closed, WAL is checkpointed away and the file can be opened alone.
    expect(fs.existsSync(file + '-wal')).toBe(false);
  });

  it('macOS: activate with no windows opens one again', async () => {
    await startApp();
    (FakeBrowserWindow.all[0] as FakeBrowserWindow).destroyed = true;
    app.emit('activate');
    expect(FakeBrowserWindow.getAllWindows()).toHaveLength(1);
  });

  it('a database from a newer app: Hindi and English error box, then quit', async () => {
    const file = path.join(userData, 'hamar-hatri.db');
    const db = new Database(file);
    db.pragma('user_version = 9999');
    db.close();
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});

    await expect(startApp()).resolves.toBe(false);
    expect(dialog.showErrorBox).toHaveBeenCalledTimes(1);
    const [title, body] = dialog.showErrorBox.mock.calls[0] as [string, string];
    expect(title).toMatch(/[\u0900-\u097F]/);
    expect(title).toContain('Hamar Hatri POS');
    expect(body).toMatch(/[\u0900-\u097F]/);
    expect(body).toContain('newer version');
    expect(app.quit).toHaveBeenCalled();
    expect(logged).toHaveBeenCalled();
    logged.mockRestore();
    expect(FakeBrowserWindow.all).toHaveLength(0);
    expect(ipcMain.handle).not.toHaveBeenCalled();
    // The newer database was left untouched.
    const again = new Database(file, { readonly: true });
    expect(again.pragma('user_version', { simple: true })).toBe(9999);
    again.close();
  });

  it('any other failure to open: a general bilingual message with the path, then quit', async () => {
    fs.writeFileSync(path.join(userData, 'not-a-folder'), '');
    app.userData = path.join(userData, 'not-a-folder', 'inside'); // mkdir under a file fails
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    await expect(startApp()).resolves.toBe(false);
    logged.mockRestore();
    const [, body] = dialog.showErrorBox.mock.calls[0] as [string, string];
    expect(body).toContain('could not be opened');
    expect(body).toContain('नहीं खुल सका');
    expect(body).toContain(path.join(app.userData, 'hamar-hatri.db'));
    expect(app.quit).toHaveBeenCalled();
  });
});
