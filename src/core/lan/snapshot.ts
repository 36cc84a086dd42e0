/**
 * The offline copy of the shop a joined counter sells from when the main counter cannot be
 * reached (#18): a consistent copy of the main counter's database (SQLite's online backup, as
 * "back up now" makes), with what no other computer should hold taken out.
 */
import type Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { verifyBackup } from '../backup/files';
import type { DB } from '../db/open';
import { openSqlite } from '../db/sqlite';
import { markAsCopy } from './copy-ids';

/** Make the copy for a paired device in a temporary file; the caller sends it and removes it. */
export async function makeSnapshot(db: DB): Promise<string> {
  const file = path.join(os.tmpdir(), `hh-snapshot-${randomBytes(6).toString('hex')}.db`);
  await db.backup(file);
  const copy = openSqlite(file);
  try {
    copy.exec(`
      UPDATE lan_host SET enabled = 0, cert_pem = NULL, key_pem = NULL, fingerprint = NULL;
      UPDATE lan_devices SET token_hash = lower(hex(randomblob(32)));
      DELETE FROM idempotency;
    `);
    copy.pragma('journal_mode = DELETE'); // one file to send
  } finally {
    copy.close();
  }
  return file;
}

/** Where a joined counter keeps its copy: beside its own database. */
export const snapshotFileOf = (localFile: string): string => `${localFile}.offline-copy.db`;

/**
 * Put a downloaded copy in place if it is a whole, current shop; false (and nothing changed) if not.
 * The joined counter's own printer is kept: the copy's printer settings are the main counter's.
 */
export function installSnapshot(downloaded: string, target: string, localDb: DB): boolean {
  const v = verifyBackup(downloaded);
  if (!v.ok) {
    fs.rmSync(downloaded, { force: true });
    return false;
  }
  const copy = openSqlite(downloaded);
  try {
    copyOwnPrinter(localDb, copy);
    markAsCopy(copy); // its own bills and print jobs take ids of their own (copy-ids.ts)
  } finally {
    copy.close();
  }
  for (const ext of ['-wal', '-shm']) fs.rmSync(target + ext, { force: true });
  fs.renameSync(downloaded, target);
  return true;
}

/** The joined counter's own printer row, as it is, into the copy (at install, and when it is changed). */
export function copyOwnPrinter(localDb: DB, copy: Database.Database): void {
  const mine = localDb.prepare('SELECT * FROM printer_settings WHERE id = 1').get() as Record<string, unknown> | undefined;
  if (!mine) return;
  const cols = Object.keys(mine).filter((c) => c !== 'id');
  copy.prepare(`UPDATE printer_settings SET ${cols.map((c) => `"${c}" = @${c}`).join(', ')} WHERE id = 1`).run(mine);
}
