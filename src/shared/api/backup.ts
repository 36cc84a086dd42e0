import { z } from 'zod';
import { str } from './fields';
import { method } from './define';

export interface BackupSettings {
  /** Where backups go (e.g. a USB drive); the default is a folder beside the database. */
  dir: string;
  isDefaultDir: boolean;
  keep: number;
}

export interface BackupInfo {
  file: string;
  sha256: string;
  bytes: number;
  at: string;
}

export const backupApi = {
  'backup.getSettings': method<BackupSettings>()({ input: z.object({}), access: 'manager' }),
  'backup.updateSettings': method<BackupSettings>()({
    input: z.object({ dir: str().trim().max(500), keep: z.number().int().min(1).max(365) }),
    access: 'manager',
  }),
  /** "Back up now": SQLite's online backup, then integrity_check and a SHA-256, keeping the last N. */
  'backup.now': method<BackupInfo>()({ input: z.object({}), access: 'manager', async: true }),
  'backup.list': method<BackupInfo[]>()({ input: z.object({}), access: 'manager' }),
  /**
   * Check a backup file; a corrupted one, or one of ours whose checksum differs from the one recorded
   * when it was made, is refused with the reason. unverified: sound, but not a backup this shop recorded.
   */
  'backup.verify': method<{ ok: boolean; reason?: string; sha256?: string; unverified?: true }>()({ input: z.object({ file: str().min(1).max(1000) }), access: 'manager' }),
  /** Every table as CSV and JSON in one zip, saved in the backup folder, for the group's records. */
  'backup.exportAll': method<{ file: string; bytes: number }>()({ input: z.object({}), access: 'manager' }),
  /**
   * Restore from a verified backup at the next start, the current database kept aside first. A file
   * the shop has no record of is refused (BACKUP_UNVERIFIED) unless the owner accepts it unverified.
   */
  'backup.restore': method<{ restartRequired: true; unverified?: true }>()({
    input: z.object({ file: str().min(1).max(1000), acceptUnverified: z.boolean().default(false) }),
    access: 'owner',
  }),
  /** The restore waiting for the next start, if one was asked for (so it can be seen and called off). */
  'backup.getPendingRestore': method<{ file: string; requestedAt: string } | null>()({ input: z.object({}), access: 'manager' }),
  /** Call off a restore asked for earlier: the next start keeps today's database. */
  'backup.cancelRestore': method<{ cancelled: boolean }>()({ input: z.object({}), access: 'owner' }),
};
