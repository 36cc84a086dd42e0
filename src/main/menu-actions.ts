/**
 * What the menu's items do. Every shop action goes through the core with the session of the
 * window it was chosen in, so roles hold exactly as on the screens: nobody logged in, or a
 * cashier, is told so and nothing happens.
 */
import path from 'node:path';
import type { BrowserWindow } from 'electron';
import { app, dialog, shell } from 'electron';
import type { App } from '../core/app';
import type { Result } from '../shared/errors';
import type { Lang } from '../shared/money';
import { say, type TextKey } from './desktop-text';
import type { MenuActions } from './menu';
import type { SessionTokens } from './ipc';

export interface MenuDeps {
  shop: () => Pick<App, 'callAny'> | null;
  tokens: SessionTokens;
  window: () => BrowserWindow | null;
  lang: () => Lang;
  dbPath: string;
  logFile: string;
  log: (msg: string, detail?: unknown) => void;
}

export function menuActions(d: MenuDeps): MenuActions {
  const t = (k: TextKey) => say(k, d.lang());
  const box = (message: string, detail?: string, type: 'info' | 'error' = 'info') => {
    const win = d.window();
    const opts = { type, title: 'Hamar Hatri POS', message, detail, buttons: [t('ok')] };
    return win ? dialog.showMessageBox(win, opts) : dialog.showMessageBox(opts);
  };

  const call = async (method: string, input: unknown): Promise<Result<unknown>> => {
    const shop = d.shop();
    const win = d.window();
    if (!shop) return { ok: false, error: { code: 'INTERNAL', details: {} } };
    const token = win ? d.tokens.get(win.webContents.id) ?? null : null;
    try {
      return (await shop.callAny(method, input, token)).result;
    } catch (e) {
      d.log(`menu ${method} failed`, e);
      return { ok: false, error: { code: 'INTERNAL', details: {} } };
    }
  };

  /** A refused call in words the person can act on. */
  const refused = (r: Result<unknown>, ownerOnly = false) => {
    if (r.ok) return;
    const code = r.error.code;
    if (code === 'UNAUTHENTICATED') return box(t('needLogin'), undefined, 'error');
    if (code === 'FORBIDDEN') return box(t(ownerOnly ? 'needOwner' : 'needLogin'), undefined, 'error');
    return box(t('failed'), code, 'error');
  };

  return {
    openDataFolder: () => void shell.openPath(path.dirname(d.dbPath)),
    backupNow: async () => {
      const r = await call('backup.now', {});
      if (r.ok) await box(t('backupDone'), (r.value as { file: string }).file);
      else await refused(r);
    },
    printerTest: async () => {
      const r = await call('print.testPage', { lang: d.lang() });
      if (r.ok) await box(t('printDone'));
      else await refused(r);
    },
    restore: async () => {
      // The backups folder is a manager's read; ask it first so a cashier is stopped before a file dialog.
      const settings = await call('backup.getSettings', {});
      if (!settings.ok) return void (await refused(settings, true));
      const win = d.window();
      const pickOpts = { title: t('restorePick'), defaultPath: (settings.value as { dir: string }).dir, properties: ['openFile' as const], filters: [{ name: 'SQLite', extensions: ['db', 'sqlite'] }] };
      const pick = win ? await dialog.showOpenDialog(win, pickOpts) : await dialog.showOpenDialog(pickOpts);
      const file = pick.filePaths[0];
      if (pick.canceled || !file) return;
      const r = await call('backup.restore', { file });
      if (!r.ok) return void (await refused(r, true));
      const answer = await dialog.showMessageBox({ type: 'question', title: 'Hamar Hatri POS', message: t('restoreConfirm'), detail: file, buttons: [t('restartNow'), t('later')], defaultId: 0, cancelId: 1 });
      if (answer.response === 0) {
        app.relaunch();
        app.quit();
      }
    },
    about: () =>
      void box(
        `Hamar Hatri POS · हमर हटरी`,
        [`${t('version')}: ${app.getVersion()}`, `${t('database')}: ${d.dbPath}`, `${t('log')}: ${d.logFile}`].join('\n'),
      ),
    quit: () => app.quit(),
  };
}
