/**
 * A crash is never a blank window: an uncaught error in main or a renderer that died is written
 * to the rotating log and shown as a bilingual box with "restart". Completed sales are already
 * committed (every call is one SQLite transaction), so restarting loses at most an unfinished cart.
 */
import { app, dialog, type BrowserWindow } from 'electron';
import type { Logger } from '../core/log';
import { both, bothLines } from './desktop-text';

type Log = Pick<Logger, 'file'> & ((msg: string, detail?: unknown) => void);

/** Restart the whole app: a relaunch once the current process has let go of the database. */
export function restartApp(): void {
  app.relaunch();
  app.quit();
}

let current: Log | null = null;
let showing = false;

/** Once per process (a second start of the app in the same process swaps the log, adds no listener). */
export function watchMainErrors(log: Log, proc: Pick<NodeJS.Process, 'on'> = process): void {
  const first = current === null;
  current = log;
  if (!first) return;
  const onError = (kind: string) => (e: unknown) => {
    const log = current as Log;
    log(`main ${kind}`, e);
    if (showing) return; // one box at a time, however many errors follow
    showing = true;
    const detail = e instanceof Error ? e.message : String(e);
    void dialog
      .showMessageBox({ type: 'error', title: both('crashTitle'), message: bothLines('crashBody'), detail: `${detail}\n${log.file}`, buttons: [both('restart'), both('quit')], defaultId: 0, cancelId: 1, noLink: true })
      .then(({ response }) => (response === 0 ? restartApp() : app.quit()))
      .finally(() => (showing = false));
  };
  proc.on('uncaughtException', onError('uncaughtException'));
  proc.on('unhandledRejection', onError('unhandledRejection'));
}

/** The page's process died or hung: log it, say so, and load the screens again on "restart". */
export function watchRenderer(win: BrowserWindow, log: Log): void {
  win.webContents.on('render-process-gone', (_event, details) => {
    log('renderer gone', details);
    if (details.reason === 'clean-exit' || win.isDestroyed()) return;
    void dialog
      .showMessageBox(win, { type: 'error', title: both('crashTitle'), message: bothLines('screenGoneBody'), detail: `${details.reason}\n${log.file}`, buttons: [both('restart'), both('quit')], defaultId: 0, cancelId: 1, noLink: true })
      .then(({ response }) => {
        if (response !== 0) return app.quit();
        if (!win.isDestroyed()) win.webContents.reload();
      });
  });
  win.on('unresponsive', () => log('renderer unresponsive'));
  win.on('responsive', () => log('renderer responsive again'));
}
