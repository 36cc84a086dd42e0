import os from 'node:os';
import path from 'node:path';

/**
 * Where the shop's database lives when --db is not given: the same folder Electron uses for
 * this app's user data, so the desktop app and browser mode open the same shop.
 */
export function defaultDataDir(platform = process.platform, env = process.env, home = os.homedir()): string {
  const product = 'Hamar Hatri POS';
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), product);
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', product);
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), product);
}

export const DB_FILE_NAME = 'hamar-hatri.db';
