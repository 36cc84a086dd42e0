import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { app, dialog, FakeBrowserWindow, ipcMain, Menu, protocol, resetElectron } from './fake-electron';

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

  const setupInput = { shopName: 'हमर हटरी', address: 'बोरसी, दुर्ग', phone: '9876543210', language: 'hi', managerName: 'ललेश्वरी साहू', pin: '2580' };
  const handler = () => (ipcMain.handle.mock.calls[0] as unknown as [string, (e: unknown, n: string, i: unknown) => Promise<any>])[1];
  const event = (win: FakeBrowserWindow) => ({ sender: Object.assign(win.webContents, { once: win.webContents.once.bind(win.webContents) }), senderFrame: { url: 'app://pos/index.html' } });

  it('a quit waits for a call still running, then for the closing backup, and only then lets go', async () => {
    await startApp();
    const win = FakeBrowserWindow.all[0] as FakeBrowserWindow;
    expect((await handler()(event(win), 'setup.complete', setupInput)).ok).toBe(true);
    let done = false;
    let doneAtQuit: boolean | null = null;
    app.quit.mockImplementation(() => void (doneAtQuit = done));
    const running = handler()(event(win), 'backup.now', {}).then((r) => ((done = true), r));
    const quitEvent = { defaultPrevented: false, preventDefault() { this.defaultPrevented = true; } };
    app.emit('before-quit', quitEvent);
    expect(quitEvent.defaultPrevented).toBe(true);
    app.emit('before-quit', { preventDefault() {} }); // a second quit while waiting starts nothing new
    expect(app.quit).not.toHaveBeenCalled();
    expect((await running).ok).toBe(true);
    await vi.waitFor(() => expect(app.quit).toHaveBeenCalledTimes(1));
    expect(doneAtQuit).toBe(true); // the running call had finished before the app was let go
    const backups = fs.readdirSync(path.join(userData, 'backups')).filter((f) => f.endsWith('.db'));
    expect(backups.length).toBeGreaterThanOrEqual(2); // the one asked for, and the one on close
    const last = { defaultPrevented: false, preventDefault() { this.defaultPrevented = true; } };
    app.emit('before-quit', last); // the quit it then calls goes through
    expect(last.defaultPrevented).toBe(false);
  });

  it('the menu is installed in Hindi and follows the language the page switches to', async () => {
    await startApp();
    const labels = () => (Menu.installed as { label: string }[]).map((t) => t.label);
    expect(labels()).toEqual(['दुकान', 'देखें', 'मदद']);
    const win = FakeBrowserWindow.all[0] as FakeBrowserWindow;
    win.webContents.pageLang = 'en';
    win.emit('page-title-updated');
    await vi.waitFor(() => expect(labels()).toEqual(['Shop', 'View', 'Help']));
    expect(win.webContents.executeJavaScript).toHaveBeenCalledWith('document.documentElement.lang', false);
  });

  it('the window opens at the size and place it was closed at, with its menu bar shown', async () => {
    await startApp();
    const first = FakeBrowserWindow.all[0] as FakeBrowserWindow;
    expect(first.options).toMatchObject({ width: 1280, height: 800, autoHideMenuBar: false });
    first.bounds = { x: 30, y: 40, width: 1200, height: 720 };
    first.emit('close');
    app.emit('will-quit');
    resetElectron();
    app.userData = userData;
    await startApp();
    expect((FakeBrowserWindow.all[0] as FakeBrowserWindow).options).toMatchObject({ x: 30, y: 40, width: 1200, height: 720 });
  });
});

describe('the desktop app as a counter on the shop network (#18)', () => {
  beforeEach(() => {
    resetElectron();
    userData = fs.mkdtempSync(path.join(os.tmpdir(), 'hh-userdata-'));
    app.userData = userData;
  });
  afterEach(() => {
    app.emit('will-quit');
    fs.rmSync(userData, { recursive: true, force: true });
  });

  it('serves the LAN at start when the owner had turned main-counter mode on, and stops it on quit', async () => {
    const { openDatabase } = await import('../../src/core/db/open');
    const { makeCertificate, saveHost } = await import('../../src/core/lan/host');
    const { peerCertificate } = await import('../../src/core/lan/client');
    const net = await import('node:net');
    const port = await new Promise<number>((resolve) => {
      const s = net.createServer().listen(0, '127.0.0.1', () => {
        const p = (s.address() as { port: number }).port;
        s.close(() => resolve(p));
      });
    });
    const db = openDatabase(path.join(userData, 'hamar-hatri.db'));
    const cert = await makeCertificate('हमर हटरी', new Date());
    saveHost(db, true, port, cert);
    db.close();

    await expect(startApp()).resolves.toBe(true);
    await vi.waitFor(async () => expect((await peerCertificate(`127.0.0.1:${port}`)).fingerprint).toBe(cert.fingerprint));
    app.quit.mockImplementation(() => {});
    app.emit('before-quit', { preventDefault() {} });
    await vi.waitFor(() => expect(app.quit).toHaveBeenCalled());
    await expect(peerCertificate(`127.0.0.1:${port}`, 1000)).rejects.toMatchObject({ code: 'LINK_DOWN' });
  });
});
