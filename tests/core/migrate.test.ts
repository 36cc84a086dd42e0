import Database from 'better-sqlite3';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { latestVersion, migrate } from '../../src/core/db/migrate';
import { migrations, type Migration } from '../../src/core/db/migrations';
import { openDatabase } from '../../src/core/db/open';
import { AppError } from '../../src/shared/errors';
import { tempDir } from '../support/db';

const tables = (db: Database.Database) =>
  db.prepare(`SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`).all() as { name: string; sql: string }[];

describe('opening the database', () => {
  it('sets the house pragmas on a file', () => {
    const db = openDatabase(path.join(tempDir(), 'a.db'));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    db.close();
  });
});

describe('migrations', () => {
  it('bring an empty database to the latest version with STRICT tables only', () => {
    const db = new Database(':memory:');
    expect(migrate(db)).toBe(latestVersion());
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.length);
    // FTS5 virtual tables and the shadow tables SQLite makes for them cannot be STRICT.
    const all = tables(db);
    const virtual = all.filter((t) => /^CREATE VIRTUAL TABLE/i.test(t.sql)).map((t) => t.name);
    const own = all.filter((t) => !virtual.some((v) => t.name === v || t.name.startsWith(`${v}_`)));
    expect(own.length).toBeGreaterThan(5);
    for (const t of own) expect(t.sql, t.name).toMatch(/\)\s*STRICT/);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(migrate(db)).toBe(latestVersion()); // idempotent
  });

  it.each(migrations.map((m) => [m.version, m.name, m] as const))('migration %i (%s) applies on top of the one before', (v, _n, m) => {
    const db = new Database(':memory:');
    migrate(db, migrations.slice(0, v - 1));
    expect(db.pragma('user_version', { simple: true })).toBe(v - 1);
    migrate(db, migrations.slice(0, v));
    expect(db.pragma('user_version', { simple: true })).toBe(m.version);
  });

  it('refuses a database written by a newer app and leaves it untouched', () => {
    const file = path.join(tempDir(), 'future.db');
    const raw = new Database(file);
    raw.pragma(`user_version = ${latestVersion() + 1}`);
    raw.exec('CREATE TABLE from_the_future (x INTEGER) STRICT');
    raw.close();
    let err: unknown;
    try {
      openDatabase(file);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('DB_NEWER_THAN_APP');
    const after = new Database(file);
    expect(after.pragma('user_version', { simple: true })).toBe(latestVersion() + 1);
    expect(tables(after).map((t) => t.name)).toEqual(['from_the_future']);
    after.close();
  });

  it('runs all pending migrations in one transaction: a failing one leaves nothing behind', () => {
    const db = new Database(':memory:');
    const broken: Migration = { version: migrations.length + 1, name: 'broken', up: (d) => d.exec('CREATE TABLE half (x INTEGER) STRICT; SELECT * FROM no_such_table;') };
    expect(() => migrate(db, [...migrations, broken])).toThrow();
    expect(db.pragma('user_version', { simple: true })).toBe(0);
    expect(tables(db)).toEqual([]);
  });

  it('rejects a gap in the version numbers', () => {
    const db = new Database(':memory:');
    expect(() => migrate(db, [{ ...migrations[0]!, version: 2 }])).toThrow(/expected 1/);
  });
});
