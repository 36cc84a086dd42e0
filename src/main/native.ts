import path from 'node:path';
import { app } from 'electron';

/**
 * better_sqlite3.node compiled for Electron's ABI (scripts/electron-native.mjs). It is kept apart
 * from node_modules/better-sqlite3/build, which holds the plain-Node build that tests use.
 */
export function nativeBindingPath(): string {
  if (app.isPackaged) return path.join(process.resourcesPath, 'native', 'better_sqlite3.node');
  return path.join(app.getAppPath(), 'build', 'electron-native', 'better_sqlite3.node');
}
