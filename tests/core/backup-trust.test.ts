/** Issue #21.2: a backup is checked against the SHA-256 recorded when it was made, not only its .sha256 note. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/core/app';
import { sha256File } from '../../src/core/backup/files';
import { dbFingerprint, demoShop, tempDir } from '../support/db';
import { shopWithBackup } from './backup-support';


/** Change one name inside the file: still a sound SQLite database, no longer what was backed up. */
function tamper(file: string): void {
  const copy = createApp(file, { migrate: false }); // the app's own opening: its search functions are there
  copy.db.prepare("UPDATE products SET name_en = 'Changed on the USB drive' WHERE id = 1").run();
  copy.db.pragma('wal_checkpoint(TRUNCATE)');
  copy.close();
  for (const ext of ['-wal', '-shm']) fs.rmSync(file + ext, { force: true });
}

/** Refused with `code`, and nothing written: no restore waiting, the database as it was. */
function expectRefused(app: ReturnType<typeof createApp>, file: string, input: { file: string; acceptUnverified?: boolean }, token: string, code: string, reason?: string) {
  const before = dbFingerprint(app.db);
  const r = app.call('backup.restore', input, token).result;
  expect(r).toMatchObject({ ok: false, error: { code, ...(reason ? { details: { reason } } : {}) } });
  expect(dbFingerprint(app.db)).toBe(before);
  expect(fs.existsSync(`${file}.restore.json`)).toBe(false);
}

describe('backup verification against the recorded checksum', () => {
  it('a changed backup whose .sha256 note is missing is refused', async () => {
    const { app, file, owner, backup } = await shopWithBackup();
    fs.rmSync(`${backup}.sha256`);
    tamper(backup);
    expect(app.call('backup.verify', { file: backup }, owner).result).toEqual({ ok: true, value: { ok: false, reason: 'checksum' } });
    expectRefused(app, file, { file: backup }, owner, 'BACKUP_INVALID', 'checksum');
    expectRefused(app, file, { file: backup, acceptUnverified: true }, owner, 'BACKUP_INVALID', 'checksum'); // no confirmation overrides our own record
    app.close();
  });

  it('a changed backup whose .sha256 note was rewritten to match is refused: the recorded hash wins', async () => {
    const { app, file, owner, backup } = await shopWithBackup();
    tamper(backup);
    fs.writeFileSync(`${backup}.sha256`, `${sha256File(backup)}  ${path.basename(backup)}\n`);
    expect(app.call('backup.verify', { file: backup }, owner).result).toEqual({ ok: true, value: { ok: false, reason: 'checksum' } });
    expectRefused(app, file, { file: backup }, owner, 'BACKUP_INVALID', 'checksum');
    app.close();
  });

  it('an exact copy of our backup elsewhere (no note) is still ours: verified by its recorded hash', async () => {
    const { app, dir, owner, backup } = await shopWithBackup();
    const copy = path.join(dir, 'usb-copy.db');
    fs.copyFileSync(backup, copy);
    expect(app.call('backup.verify', { file: copy }, owner).result).toEqual({ ok: true, value: { ok: true, sha256: sha256File(backup) } });
    expect(app.call('backup.restore', { file: copy }, owner).result).toEqual({ ok: true, value: { restartRequired: true } });
    app.close();
  });

  it('a foreign file (no record, no note) needs the owner’s explicit confirmation, and says it cannot be verified', async () => {
    const { app, dir, file, owner, cashier, backup } = await shopWithBackup();
    const foreign = path.join(dir, 'from-another-computer.db');
    fs.copyFileSync(backup, foreign);
    tamper(foreign);
    const sha = sha256File(foreign);
    expect(app.call('backup.verify', { file: foreign }, owner).result).toEqual({ ok: true, value: { ok: true, sha256: sha, unverified: true } });
    expectRefused(app, file, { file: foreign }, owner, 'BACKUP_UNVERIFIED');
    expectRefused(app, file, { file: foreign, acceptUnverified: true }, cashier, 'FORBIDDEN');
    const m = app.call('users.create', { name: 'मीना वर्मा', role: 'manager', pin: '4321' }, owner).result;
    if (!m.ok) throw new Error(JSON.stringify(m.error));
    const manager = app.call('session.login', { userId: m.value.id, pin: '4321' }).session;
    if (!manager || !('set' in manager)) throw new Error('manager login');
    expectRefused(app, file, { file: foreign, acceptUnverified: true }, manager.set, 'FORBIDDEN');

    expect(app.call('backup.restore', { file: foreign, acceptUnverified: true }, owner).result).toEqual({ ok: true, value: { restartRequired: true, unverified: true } });
    const audit = app.db.prepare("SELECT details FROM audit_log WHERE action = 'backup.restore' ORDER BY id DESC LIMIT 1").pluck().get() as string;
    expect(JSON.parse(audit)).toMatchObject({ sha256: sha, unverified: true });
    app.close();
    const reopened = createApp(file); // the owner's choice is carried out at the next start
    expect(reopened.db.prepare('SELECT name_en FROM products WHERE id = 1').pluck().get()).toBe('Changed on the USB drive');
    reopened.close();
  });
});
