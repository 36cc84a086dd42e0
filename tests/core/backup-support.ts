import path from 'node:path';
import { createApp } from '../../src/core/app';
import { demoShop, tempDir } from '../support/db';

/** A demo shop on a file with one backup made in its own folder (keep 5). */
export async function shopWithBackup() {
  const dir = tempDir();
  const file = path.join(dir, 'shop.db');
  const app = createApp(file);
  const { owner, cashier } = demoShop(app);
  app.call('backup.updateSettings', { dir: path.join(dir, 'b'), keep: 5 }, owner);
  const b = (await app.call('backup.now', {}, owner)).result;
  if (!b.ok) throw new Error(JSON.stringify(b.error));
  return { dir, file, app, owner, cashier, backup: b.value.file };
}
