import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { app, resetElectron } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).electron);

const { nativeBindingPath } = await import('../../src/main/native');

describe('Electron build of better-sqlite3', () => {
  afterEach(resetElectron);

  it('comes from resources/native when packaged', () => {
    app.isPackaged = true;
    const proc = process as NodeJS.Process & { resourcesPath?: string };
    const before = proc.resourcesPath;
    proc.resourcesPath = '/opt/Hamar Hatri POS/resources';
    try {
      expect(nativeBindingPath()).toBe(path.join('/opt/Hamar Hatri POS/resources', 'native', 'better_sqlite3.node'));
    } finally {
      proc.resourcesPath = before;
    }
  });

  it('comes from build/electron-native in the repo otherwise (never node_modules)', () => {
    app.appPath = '/repo';
    expect(nativeBindingPath()).toBe(path.join('/repo', 'build', 'electron-native', 'better_sqlite3.node'));
  });
});
