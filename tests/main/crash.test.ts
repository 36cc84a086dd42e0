import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createLogger } from '../../src/core/log';
import { tempDir } from '../support/db';
import { app, dialog, FakeBrowserWindow, resetElectron } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).electron);

const { watchMainErrors, watchRenderer } = await import('../../src/main/crash');

const settle = () => new Promise((r) => setTimeout(r, 10));
const box = () => dialog.showMessageBox.mock.calls.at(-1)?.at(-1) as { title: string; message: string; detail: string; buttons: string[] };

describe('crash safety', () => {
  beforeEach(resetElectron);

  it('an uncaught error in main is logged and shown in both languages with restart', async () => {
    const log = createLogger(tempDir(), { echo: false });
    const proc = new EventEmitter();
    watchMainErrors(log, proc as never);
    dialog.nextResponse = 0; // restart
    proc.emit('uncaughtException', new Error('disk went away'));
    await settle();
    expect(fs.readFileSync(log.file, 'utf8')).toMatch(/main uncaughtException Error: disk went away/);
    expect(box().title).toMatch(/[\u0900-\u097F].* \/ .*Hamar Hatri POS ran into a problem/);
    expect(box().message).toMatch(/[\u0900-\u097F]/);
    expect(box().message).toContain('Completed bills and payments are safe');
    expect(box().detail).toContain(log.file);
    expect(box().buttons[0]).toContain('Restart');
    expect(app.relaunch).toHaveBeenCalledTimes(1);
    expect(app.quit).toHaveBeenCalledTimes(1);
  });

  it('a renderer crash: logged, a bilingual box, and "restart" reloads the screens (never a blank window)', async () => {
    const dir = tempDir();
    const log = createLogger(dir, { echo: false });
    const win = new FakeBrowserWindow({});
    watchRenderer(win as never, log);
    dialog.nextResponse = 0;
    win.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 11 });
    await settle();
    expect(win.webContents.reloaded).toBe(1);
    expect(box().message).toContain('The screen stopped working');
    expect(fs.readFileSync(path.join(dir, 'hamar-hatri.log'), 'utf8')).toContain('renderer gone {"reason":"crashed","exitCode":11}');

    dialog.nextResponse = 1; // quit
    win.webContents.emit('render-process-gone', {}, { reason: 'oom', exitCode: 1 });
    await settle();
    expect(win.webContents.reloaded).toBe(1);
    expect(app.quit).toHaveBeenCalledTimes(1);
  });

  it('a clean exit of the page (the app closing) shows nothing', async () => {
    const win = new FakeBrowserWindow({});
    watchRenderer(win as never, createLogger(tempDir(), { echo: false }));
    win.webContents.emit('render-process-gone', {}, { reason: 'clean-exit', exitCode: 0 });
    await settle();
    expect(dialog.showMessageBox).not.toHaveBeenCalled();
  });
});
