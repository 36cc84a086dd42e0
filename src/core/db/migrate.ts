import type Database from 'better-sqlite3';
import { AppError } from '../../shared/errors';
import { migrations, type Migration } from './migrations';

/** The schema version this build of the app writes. */
export function latestVersion(list: readonly Migration[] = migrations): number {
  return list.length === 0 ? 0 : (list[list.length - 1] as Migration).version;
}

/**
 * Apply every pending migration in ONE transaction, bumping PRAGMA user_version; a database
 * written by a newer app is refused untouched (opening it could corrupt what we don't know).
 */
export function migrate(db: Database.Database, list: readonly Migration[] = migrations): number {
  list.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`migration ${m.name} has version ${m.version}, expected ${i + 1}`);
  });
  const current = db.pragma('user_version', { simple: true }) as number;
  const latest = latestVersion(list);
  if (current > latest) throw new AppError('DB_NEWER_THAN_APP', { dbVersion: current, appVersion: latest });
  const pending = list.filter((m) => m.version > current);
  if (pending.length === 0) return current;
  db.transaction(() => {
    for (const m of pending) {
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    }
  }).immediate();
  const fkProblems = db.pragma('foreign_key_check') as unknown[];
  if (fkProblems.length > 0) throw new Error(`foreign_key_check failed after migration: ${JSON.stringify(fkProblems)}`);
  return latest;
}
