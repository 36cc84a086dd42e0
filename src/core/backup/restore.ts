import fs from 'node:fs';
import { fileStamp } from '../../shared/dates';
import { verifyBackup } from './files';

const requestFile = (dbFile: string) => `${dbFile}.restore.json`;

/**
 * A restore is asked for while the shop is open and done at the next start, before the database
 * is opened: no live connection ever sees its file swapped underneath it.
 */
export function requestRestore(dbFile: string, backupFile: string, sha256: string, at: Date): void {
  fs.writeFileSync(requestFile(dbFile), JSON.stringify({ file: backupFile, sha256, requestedAt: at.toISOString() }));
}

interface RestoreRequest {
  file: string;
  sha256: string;
  requestedAt: string;
}

export function pendingRestore(dbFile: string): RestoreRequest | null {
  const req = requestFile(dbFile);
  return fs.existsSync(req) ? (JSON.parse(fs.readFileSync(req, 'utf8')) as RestoreRequest) : null;
}

/** Forget a restore request; true when there was one. */
export function cancelRestore(dbFile: string): boolean {
  const req = requestFile(dbFile);
  if (!fs.existsSync(req)) return false;
  fs.rmSync(req);
  return true;
}

export interface RestoreOutcome {
  restoredFrom: string;
  keptAside: string;
}

/**
 * At start: if a restore was asked for, check the backup again, move the current database (with
 * its WAL) aside, and put the backup in its place. A backup that no longer verifies is refused
 * and the current database stays as it was.
 */
export function applyPendingRestore(dbFile: string, now = new Date()): RestoreOutcome | { refused: string } | null {
  const pending = pendingRestore(dbFile);
  if (!pending) return null;
  const { file, sha256 } = pending;
  cancelRestore(dbFile);
  // The file must still be exactly what was checked (and, if unverified, accepted) when it was asked for.
  const v = verifyBackup(file, (_f, sha) => (sha === sha256 ? 'match' : 'mismatch'));
  if (!v.ok) return { refused: v.reason };
  const aside = `${dbFile}.before-restore-${fileStamp(now)}`; // before the file opens: the default shop zone
  for (const ext of ['', '-wal', '-shm']) if (fs.existsSync(dbFile + ext)) fs.renameSync(dbFile + ext, aside + ext);
  fs.copyFileSync(file, dbFile);
  return { restoredFrom: file, keptAside: aside };
}
