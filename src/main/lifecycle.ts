import { app, BrowserWindow, dialog, ipcMain, screen } from 'electron';
import type { App } from '../core/app';
import { scheduleBackups } from '../core/backup/schedule';
import { createLogger } from '../core/log';
import { setSystemPrinter } from '../printing/system-printer';
import { openCounter } from '../server/counter';
import type { LanHostControl } from '../server/lan-host';
import { electronSystemPrint } from './system-print';
import path from 'node:path';
import { watchMainErrors, watchRenderer } from './crash';
import { InFlight } from './in-flight';
import { registerIpc } from './ipc';
import { registerA4Pdf } from './a4-pdf';
import { installMenu } from './menu';
import { menuActions } from './menu-actions';
import { followPageLanguage } from './page-language';
import type { Lang } from '../shared/money';
import { nativeBindingPath } from './native';
import { databasePath, rendererDir } from './paths';
import { serveRenderer } from './protocol';
import { startupErrorText } from './startup-error';
import { createMainWindow, MIN_HEIGHT, MIN_WIDTH } from './window';
import { loadWindowState, rememberWindowState } from './window-state';

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
  let lan: LanHostControl | null = null;
  let backups: ReturnType<typeof scheduleBackups> | null = null;
  let readyToQuit = false;
  let draining = false;
  let lang: Lang = 'hi';
  const inFlight = new InFlight();
  let setMenuLanguage: (l: Lang) => void = () => {};

  const openWindow = (log: ReturnType<typeof createLogger>, stateFile: string) => {
    const state = loadWindowState(stateFile, screen.getAllDisplays().map((d) => d.workArea), { width: MIN_WIDTH, height: MIN_HEIGHT });
    const w = createMainWindow(undefined, state);
    win = w;
    rememberWindowState(w, stateFile);
    watchRenderer(w, log);
    followPageLanguage(w, (l) => setMenuLanguage(l));
    w.on('closed', () => (win = null));
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
  // Hold the quit until every call already running has finished (a backup, a print recording its
  // outcome), then take one verified backup as the app closes; only then let it go.
  app.on('before-quit', (event) => {
    if (readyToQuit) return;
    event.preventDefault();
    if (draining) return;
    draining = true;
    void inFlight
      .idle()
      .then(() => backups?.onClose())
      .then(() => lan?.stop())
      .catch(() => undefined)
      .finally(() => {
        readyToQuit = true;
        app.quit();
      });
  });
  // Close the database last, so WAL is checkpointed and the file is left tidy.
  app.on('will-quit', () => {
    shop?.close();
    shop = null;
  });

  return app.whenReady().then(async () => {
    const dbPath = databasePath();
    const log = createLogger(path.join(path.dirname(dbPath), 'logs'));
    watchMainErrors(log);
    try {
      // The same composition as `serve`: a joined counter's link (and its offline copy), and
      // main-counter mode on the shop's network when the owner has turned it on (#18).
      lan = await openCounter(dbPath, { nativeBinding: nativeBindingPath(), log });
      shop = lan.app;
    } catch (e) {
      console.error('could not open database', e);
      const { title, body } = startupErrorText(e, dbPath);
      dialog.showErrorBox(title, body);
      app.quit();
      return false;
    }
    const tokens = registerIpc(shop, ipcMain, inFlight);
    const actions = menuActions({ shop: () => shop, tokens, window: () => win, lang: () => lang, dbPath, logFile: log.file, log });
    setMenuLanguage = (l) => {
      if (l === lang) return;
      lang = l;
      installMenu(lang, actions);
    };
    installMenu(lang, actions);
    registerA4Pdf(shop, ipcMain, tokens); // A4 pages saved as PDF by Chromium here in main
    setSystemPrinter(electronSystemPrint); // 'printer:NAME' prints through the OS spooler
    backups = scheduleBackups(shop, log);
    serveRenderer(rendererDir());
    const stateFile = path.join(app.getPath('userData'), 'window-state.json');
    openWindow(log, stateFile);
    // macOS keeps the app alive without windows; clicking the dock icon brings one back.
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) openWindow(log, stateFile);
    });
    return true;
  });
}
