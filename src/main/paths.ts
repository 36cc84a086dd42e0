import path from 'node:path';
import { app } from 'electron';

/** The app's root: the repo when run as `electron .`, resources/app.asar when packaged. */
export function appRoot(): string {
  return app.getAppPath();
}

/** The bundled preload (CommonJS: sandboxed preloads cannot be ES modules). */
export function preloadPath(): string {
  return path.join(appRoot(), 'out', 'main', 'preload.cjs');
}

/** vite's build of the renderer, served through app://. */
export function rendererDir(): string {
  return path.join(appRoot(), 'dist', 'renderer');
}

/** The shop's database lives with the user's data, never inside the (read-only) install. */
export function databasePath(): string {
  return path.join(app.getPath('userData'), 'hamar-hatri.db');
}
