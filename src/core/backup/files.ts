import type Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { latestVersion } from '../db/migrate';
import type { DB } from '../db/open';
import { openSqlite } from '../db/sqlite';
import { stmt } from '../db/stmt';
import { shopFileStamp } from '../shop-day';

export interface BackupFile {
  file: string;
  sha256: string;
  bytes: number;
  at: string;
}

/** ok: verified is true when the file's hash is the one the shop recorded for it (a backup of ours). */
export type VerifyResult = { ok: true; sha256: string; userVersion: number; verified: boolean } | { ok: false; reason: 'missing' | 'not_sqlite' | 'corrupt' | 'checksum' | 'newer' | 'not_a_shop' };

/** What the shop's own records say of a file (absolute path) with this hash. */
export type Known = (file: string, sha256: string) => 'match' | 'mismatch' | 'unknown';

/**
 * The backups table as a Known: a file recorded at this path must have its recorded hash; a file
 * elsewhere whose hash we recorded is a copy of ours (moved to a USB drive); anything else is foreign.
 */
export function knownBackups(db: DB): Known {
  return (file, sha) => {
    const atPath = stmt<[string], { sha256: string }>(db, 'SELECT sha256 FROM backups WHERE file = ? ORDER BY id DESC LIMIT 1').get(file);
    if (atPath) return atPath.sha256 === sha ? 'match' : 'mismatch';
    return stmt(db, 'SELECT 1 FROM backups WHERE sha256 = ? LIMIT 1').get(sha) ? 'match' : 'unknown';
  };
}

export function sha256File(file: string): string {
  return createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

/**
 * The same hash read in 1 MB steps, the event loop free between them: a 1.5 GB shop's backup was
 * read whole into memory and hashed in one go, and the counter (serve, the app) waited for it.
 */
export async function sha256FileAsync(file: string): Promise<string> {
  const h = createHash('sha256');
  for await (const chunk of fs.createReadStream(file, { highWaterMark: 1 << 20 })) h.update(chunk as Buffer);
  return h.digest('hex');
}

const sidecar = (file: string) => `${file}.sha256`;

/**
 * Check a backup before trusting it: it opens as SQLite, passes integrity_check, is a shop
 * database this app understands, and has the checksum recorded when it was made (`known`).
 * The .sha256 note beside it is checked only for a file we have no record of: anyone who edits
 * a file can rewrite its note, so the note catches damage, never tampering.
 */
export function verifyBackup(file: string, known: Known = () => 'unknown', sha256?: string): VerifyResult {
  if (!fs.existsSync(file)) return { ok: false, reason: 'missing' };
  const head = Buffer.alloc(16);
  const fd = fs.openSync(file, 'r');
  fs.readSync(fd, head, 0, 16, 0);
  fs.closeSync(fd);
  if (head.toString('latin1') !== 'SQLite format 3\u0000') return { ok: false, reason: 'not_sqlite' };
  const sha = sha256 ?? sha256File(file); // a caller that has just hashed it (sha256FileAsync) passes it
  const record = known(path.resolve(file), sha);
  if (record === 'mismatch') return { ok: false, reason: 'checksum' };
  if (record === 'unknown' && fs.existsSync(sidecar(file)) && fs.readFileSync(sidecar(file), 'utf8').trim().split(/\s+/)[0] !== sha) return { ok: false, reason: 'checksum' };
  let db: Database.Database | undefined;
  try {
    db = openSqlite(file, { readonly: true, fileMustExist: true });
    if (db.pragma('integrity_check', { simple: true }) !== 'ok') return { ok: false, reason: 'corrupt' };
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > latestVersion()) return { ok: false, reason: 'newer' };
    if (!db.prepare("SELECT 1 FROM sqlite_schema WHERE name = 'shop_settings'").get()) return { ok: false, reason: 'not_a_shop' };
    return { ok: true, sha256: sha, userVersion: version, verified: record === 'match' };
  } catch {
    return { ok: false, reason: 'corrupt' };
  } finally {
    db?.close();
  }
}

/** A consistent copy of the live database (SQLite's online backup), verified, with its checksum beside it. */
export async function backupTo(db: DB, dir: string, now: Date, tag: string): Promise<BackupFile> {
  fs.mkdirSync(dir, { recursive: true });
  // The shop's wall clock (a 00:30 backup is named for today, not UTC's yesterday), to the millisecond.
  const stamp = `${shopFileStamp(db, now)}-${String(now.getUTCMilliseconds()).padStart(3, '0')}`;
  const file = path.join(dir, `hamar-hatri-${stamp}-${tag}.db`);
  await db.backup(file);
  const v = fs.existsSync(file) ? verifyBackup(file, undefined, await sha256FileAsync(file)) : verifyBackup(file);
  if (!v.ok) {
    fs.rmSync(file, { force: true });
    throw new Error(`backup failed verification: ${v.reason}`);
  }
  fs.writeFileSync(sidecar(file), `${v.sha256}  ${path.basename(file)}\n`);
  return { file, sha256: v.sha256, bytes: fs.statSync(file).size, at: now.toISOString() };
}

/**
 * Keep the newest `keep` of our backups in `dir`, newest by the time recorded when each was made
 * (the backups table), never by file name: a copy whose name sorts late must not hold a slot.
 * Files without a record are never touched. Side files go first, so a failure leaves no orphan.
 */
export function prune(db: DB, dir: string, keep: number): string[] {
  const rows = stmt<[], { file: string }>(db, 'SELECT file FROM backups ORDER BY at DESC, id DESC').all();
  const here = [...new Set(rows.map((r) => r.file))].filter((f) => path.dirname(f) === path.resolve(dir) && fs.existsSync(f));
  const gone = here.slice(keep);
  for (const f of gone) for (const ext of ['-wal', '-shm', '.sha256', '']) fs.rmSync(f + ext, { force: true });
  return gone;
}

/** Our backup files in a folder, newest first. */
export function listBackupFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => /^hamar-hatri-.*\.db$/.test(f))
    .sort()
    .reverse()
    .map((f) => path.join(dir, f));
}
