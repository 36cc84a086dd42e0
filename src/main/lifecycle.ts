import { app, BrowserWindow, dialog, ipcMain } from 'electron';
import { createApp, type App } from '../core/app';
import { scheduleBackups } from '../core/backup/schedule';
import { createLogger } from '../core/log';
import { setSystemPrinter } from '../printing/system-printer';
import { electronSystemPrint } from './system-print';
import path from 'node:path';
import { registerIpc } from './ipc';
import { registerA4Pdf } from './a4-pdf';
import { nativeBindingPath } from './native';
import { databasePath, rendererDir } from './paths';
import { serveRenderer } from './protocol';
import { startupErrorText } from './startup-error';
import { createMainWindow } from './window';

/**
 * Run the desktop app. One instance per machine (two would fight over the database and the
 * printer). Resolves true once the window is up, false when this process quits instead.
 */
export function startApp(): Promise<boolean> {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return Promise.resolve(false);
  }
  let win: BrowserWindow | null = null;
  let shop: App | null = null;
  let backups: ReturnType<typeof scheduleBackups> | null = null;
  let backedUp = false;

  const openWindow = () => {
    win = createMainWindow();
    win.on('closed', () => (win = null));
  };

  // Someone started the app again: bring the existing counter window forward instead.
  app.on('second-instance', () => {
    if (!win) return;
    if (win.isMinimized()) win.restore();
    win.show();
    win.focus();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  // One verified backup as the app closes: hold the quit until it is written (it takes a moment).
  app.on('before-quit', (event) => {
    if (backedUp || !backups) return;
    event.preventDefault();
    backedUp = true;
    void backups.onClose().finally(() => app.quit());
  });
  // Close the database last, so WAL is checkpointed and the file is left tidy.
  app.on('will-quit', () => {
    shop?.close();
    shop = null;
  });

  return app.whenReady().then(() => {
    const dbPath = databasePath();
    const log = createLogger(path.join(path.dirname(dbPath), 'logs'));
    try {
      shop = createApp(dbPath, { nativeBinding: nativeBindingPath(), log });
    } catch (e) {
      console.error('could not open database', e);
      const { title, body } = startupErrorText(e, dbPath);
      dialog.showErrorBox(title, body);
      app.quit();
      return false;
    }
    const tokens = registerIpc(shop, ipcMain);
    registerA4Pdf(shop, ipcMain, tokens); // A4 pages saved as PDF by Chromium here in main
    setSystemPrinter(electronSystemPrint); // 'printer:NAME' prints through the OS spooler
    backups = scheduleBackups(shop, log);
    serveRenderer(rendererDir());
    openWindow();
    // macOS keeps the app alive without windows; clicking the dock icon brings one back.
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) openWindow();
    });
    return true;
  });
}
