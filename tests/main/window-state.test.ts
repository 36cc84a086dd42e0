import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { tempDir } from '../support/db';
import { FakeBrowserWindow, resetElectron } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).electron);

const { DEFAULT_STATE, loadWindowState, rememberWindowState, saveWindowState } = await import('../../src/main/window-state');

const screens = [{ x: 0, y: 0, width: 1366, height: 728 }];
const min = { width: 1024, height: 700 };
const fileWith = (v: unknown) => {
  const f = path.join(tempDir(), 'window-state.json');
  fs.writeFileSync(f, typeof v === 'string' ? v : JSON.stringify(v));
  return f;
};

describe('window size and place', () => {
  beforeEach(resetElectron);

  it('no file, a broken file or nonsense: the default size, placed by the system', () => {
    expect(loadWindowState(path.join(tempDir(), 'none.json'), screens, min)).toEqual(DEFAULT_STATE);
    expect(loadWindowState(fileWith('{not json'), screens, min)).toEqual(DEFAULT_STATE);
    expect(loadWindowState(fileWith({ width: 'wide' }), screens, min)).toEqual(DEFAULT_STATE);
  });

  it('comes back where it was, maximized if it was', () => {
    expect(loadWindowState(fileWith({ x: 40, y: 20, width: 1200, height: 700, maximized: true }), screens, min)).toEqual({ x: 40, y: 20, width: 1200, height: 700, maximized: true });
  });

  it('a place on a screen that is gone is dropped; a size under the minimum is raised', () => {
    expect(loadWindowState(fileWith({ x: 2000, y: 10, width: 1280, height: 720, maximized: false }), screens, min)).toEqual({ width: 1280, height: 720, maximized: false });
    expect(loadWindowState(fileWith({ x: 0, y: -300, width: 1280, height: 720 }), screens, min)).toEqual({ width: 1280, height: 720, maximized: false });
    expect(loadWindowState(fileWith({ x: 10, y: 10, width: 300, height: 200 }), screens, min)).toMatchObject({ width: 1024, height: 700 });
  });

  it('is saved as the window closes and after it settles from a move', async () => {
    const file = path.join(tempDir(), 'window-state.json');
    const win = new FakeBrowserWindow({});
    rememberWindowState(win as never, file, 5);
    win.bounds = { x: 12, y: 34, width: 1100, height: 720 };
    win.emit('move');
    await new Promise((r) => setTimeout(r, 30));
    expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toEqual({ x: 12, y: 34, width: 1100, height: 720, maximized: false });
    win.maximized = true;
    win.emit('close');
    expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toMatchObject({ maximized: true });
  });

  it('a destroyed window or an unwritable folder changes nothing and throws nothing', () => {
    const win = new FakeBrowserWindow({});
    win.destroyed = true;
    const file = path.join(tempDir(), 'w.json');
    saveWindowState(file, win as never);
    expect(fs.existsSync(file)).toBe(false);
    win.destroyed = false;
    expect(() => saveWindowState(path.join(tempDir(), 'no', 'such', 'w.json'), win as never)).not.toThrow();
  });
});
