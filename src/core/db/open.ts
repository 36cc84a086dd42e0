import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { registerSearchFunctions } from '../catalog/search-text';
import { migrate } from './migrate';
import { openSqlite, useNativeBinding } from './sqlite';

export type DB = Database.Database;

export interface OpenOptions {
  /** Path of a better_sqlite3.node built for this runtime (Electron passes its own build). */
  nativeBinding?: string;
  /** ms to wait for a lock held by another connection before SQLITE_BUSY. */
  busyTimeoutMs?: number;
  /** Run pending migrations (default true). */
  migrate?: boolean;
}

/** Open the shop's database with the house pragmas, then bring its schema up to date. */
export function openDatabase(file: string, opts: OpenOptions = {}): DB {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  useNativeBinding(opts.nativeBinding);
  const db = openSqlite(file);
  try {
    db.pragma(`busy_timeout = ${opts.busyTimeoutMs ?? 5000}`);
    if (file !== ':memory:') db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL'); // this is money: durable at commit, even with WAL
    db.pragma('foreign_keys = ON');
    registerSearchFunctions(db); // the search index's triggers call these (migration 0003)
    if (opts.migrate !== false) migrate(db);
    return db;
  } catch (e) {
    db.close();
    throw e;
  }
}
