import fs from 'node:fs';
import path from 'node:path';
import type { BackupInfo, BackupSettings, backupApi } from '../../shared/api/backup';
import { AppError } from '../../shared/errors';
import type { DB } from '../db/open';
import { stmt } from '../db/stmt';
import type { HandlerMap } from '../dispatch';
import { backupTo, knownBackups, listBackupFiles, prune, sha256File, verifyBackup } from './files';
import { cancelRestore, pendingRestore, requestRestore } from './restore';
import { writeExport } from './export';

export function backupSettings(db: DB): BackupSettings {
  const r = stmt<[], { backup_dir: string; backup_keep: number }>(db, 'SELECT backup_dir, backup_keep FROM shop_settings WHERE id = 1').get();
  if (!r) throw new AppError('NOT_SET_UP');
  const fallback = db.name === ':memory:' ? '' : path.join(path.dirname(path.resolve(db.name)), 'backups');
  return { dir: r.backup_dir || fallback, isDefaultDir: r.backup_dir === '', keep: r.backup_keep };
}

const badField = (field: string, message: string) => new AppError('INVALID_INPUT', { issues: [{ path: [field], code: 'custom', message }] });

/** Make a verified backup now and keep only the newest N (daily, on close and by the button). */
export async function makeBackup(db: DB, now: Date, reason: 'manual' | 'daily' | 'close', record = (b: BackupInfo) => recordBackup(db, b, reason)): Promise<BackupInfo> {
  const s = backupSettings(db);
  if (!s.dir) throw badField('dir', 'backup_dir');
  const b = await backupTo(db, s.dir, now, reason);
  record(b);
  prune(db, s.dir, s.keep);
  return b;
}

function recordBackup(db: DB, b: BackupInfo, reason: string): void {
  stmt(db, 'INSERT INTO backups (file, sha256, bytes, at, reason) VALUES (?, ?, ?, ?, ?)').run(b.file, b.sha256, b.bytes, b.at, reason);
}

export const backupHandlers = {
  'backup.getSettings': (_i, { db }) => backupSettings(db),
  'backup.updateSettings': ({ dir, keep }, ctx) => {
    if (dir && !path.isAbsolute(dir)) throw badField('dir', 'absolute_path');
    if (dir) {
      try {
        fs.mkdirSync(dir, { recursive: true });
        fs.accessSync(dir, fs.constants.W_OK);
      } catch {
        throw badField('dir', 'not_writable');
      }
    }
    const before = backupSettings(ctx.db);
    stmt(ctx.db, 'UPDATE shop_settings SET backup_dir = ?, backup_keep = ? WHERE id = 1').run(dir, keep);
    const after = backupSettings(ctx.db);
    ctx.auditDetails({ before, after });
    return after;
  },
  'backup.now': (_i, ctx) => makeBackup(ctx.db, ctx.now, 'manual', (b) => ctx.write((db) => recordBackup(db, b, 'manual'), { file: b.file, sha256: b.sha256 })),
  'backup.list': (_i, { db }) => {
    const s = backupSettings(db);
    return listBackupFiles(s.dir).map((file) => {
      const note = `${file}.sha256`;
      const sha = fs.existsSync(note) ? (fs.readFileSync(note, 'utf8').split(/\s+/)[0] ?? '') : sha256File(file);
      const st = fs.statSync(file);
      return { file, sha256: sha, bytes: st.size, at: st.mtime.toISOString() };
    });
  },
  'backup.exportAll': (_i, { db, now }) => {
    const s = backupSettings(db);
    if (!s.dir) throw badField('dir', 'backup_dir');
    return writeExport(db, s.dir, now);
  },
  'backup.verify': ({ file }, { db }) => {
    const v = verifyBackup(file, knownBackups(db));
    if (!v.ok) return { ok: false, reason: v.reason };
    return v.verified ? { ok: true, sha256: v.sha256 } : { ok: true, sha256: v.sha256, unverified: true as const };
  },
  'backup.restore': ({ file, acceptUnverified }, ctx) => {
    const v = verifyBackup(file, knownBackups(ctx.db));
    if (!v.ok) throw new AppError('BACKUP_INVALID', { field: 'file', reason: v.reason });
    // Not one of ours: it may have been edited, so only the owner's explicit word lets it in.
    if (!v.verified && !acceptUnverified) throw new AppError('BACKUP_UNVERIFIED', { field: 'file', sha256: v.sha256 });
    if (ctx.db.name === ':memory:') throw new AppError('BACKUP_INVALID', { field: 'file', reason: 'memory' });
    requestRestore(path.resolve(ctx.db.name), file, v.sha256, ctx.now);
    ctx.auditDetails(v.verified ? { sha256: v.sha256 } : { sha256: v.sha256, unverified: true });
    return v.verified ? { restartRequired: true as const } : { restartRequired: true as const, unverified: true as const };
  },
  'backup.getPendingRestore': (_i, { db }) => {
    if (db.name === ':memory:') return null;
    const p = pendingRestore(path.resolve(db.name));
    return p ? { file: p.file, requestedAt: p.requestedAt } : null;
  },
  'backup.cancelRestore': (_i, ctx) => {
    const file = ctx.db.name === ':memory:' ? null : pendingRestore(path.resolve(ctx.db.name))?.file;
    const cancelled = ctx.db.name !== ':memory:' && cancelRestore(path.resolve(ctx.db.name));
    ctx.auditDetails({ file: file ?? null });
    return { cancelled };
  },
} satisfies HandlerMap<typeof backupApi>;
