import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { DB } from '../../src/core/db/open';
import { createApp, type AppOptions } from '../../src/core/app';

/** A fresh temp folder per call, removed by the OS's tmp cleaning. */
export function tempDir(prefix = 'hh-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** A real app on a real SQLite file (WAL and all), never a mock. */
export function fileApp(opts: AppOptions = {}) {
  const file = path.join(tempDir(), 'shop.db');
  return { app: createApp(file, opts), file };
}

/** Row count of every table: two snapshots equal means nothing was written. */
export function tableCounts(db: DB): Record<string, number> {
  const tables = db.prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`).pluck().all() as string[];
  return Object.fromEntries(tables.map((t) => [t, db.prepare(`SELECT count(*) FROM "${t}"`).pluck().get() as number]));
}

/** A full content fingerprint (row data, not just counts) for the strictest "nothing changed". */
export function dbFingerprint(db: DB): string {
  const tables = db.prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`).pluck().all() as string[];
  return JSON.stringify(tables.map((t) => [t, db.prepare(`SELECT * FROM "${t}"`).raw().all()]));
}

/** Set up a demo shop and return tokens for its owner and its cashier. */
export function demoShop(app: ReturnType<typeof createApp>) {
  const o = app.call('setup.loadDemo', { language: 'hi' });
  if (!o.result.ok || !o.session || !('set' in o.session)) throw new Error(`demo failed: ${JSON.stringify(o.result)}`);
  const owner = o.session.set;
  const people = app.call('session.people', {}).result;
  if (!people.ok) throw new Error('people');
  const cashierId = (people.value as { id: number; role: string }[]).find((p) => p.role === 'cashier')!.id;
  const c = app.call('session.login', { userId: cashierId, pin: '1111' });
  if (!c.session || !('set' in c.session)) throw new Error('cashier login failed');
  return { owner, cashier: c.session.set, cashierId };
}
