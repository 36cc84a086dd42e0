import type { Migration } from './index';

/** Where verified backups go and how many to keep; every backup made is recorded with its SHA-256. */
const m: Migration = {
  version: 10,
  name: 'backups',
  up(db) {
    db.exec(`
      ALTER TABLE shop_settings ADD COLUMN backup_dir TEXT NOT NULL DEFAULT '';
      ALTER TABLE shop_settings ADD COLUMN backup_keep INTEGER NOT NULL DEFAULT 14 CHECK (backup_keep BETWEEN 1 AND 365);
      CREATE TABLE backups (
        id INTEGER PRIMARY KEY,
        file TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        bytes INTEGER NOT NULL,
        at TEXT NOT NULL,
        reason TEXT NOT NULL CHECK (reason IN ('manual', 'daily', 'close', 'before_restore'))
      ) STRICT;
    `);
  },
};
export default m;
