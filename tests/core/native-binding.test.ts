import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../support/db';

const root = path.resolve(import.meta.dirname, '..', '..');
const run = (dir: string, addon: string) =>
  JSON.parse(
    execFileSync(process.execPath, ['--require', path.join(import.meta.dirname, 'fixtures', 'no-plain-addon.cjs'), '--import', 'tsx', path.join(import.meta.dirname, 'fixtures', 'backup-with-addon.ts'), dir, addon], { cwd: root, encoding: 'utf8', timeout: 60_000 }).trim().split('\n').at(-1)!,
  );

describe('the packaged app has only its own build of the SQLite addon', () => {
  it('backs up, checks a restore at the next start and makes an offline copy with the addon it was opened with', () => {
    const dir = tempDir();
    // the addon where the desktop app keeps it (resources/native), not where `bindings` looks
    const addon = path.join(dir, 'native', 'better_sqlite3.node');
    fs.mkdirSync(path.dirname(addon));
    fs.copyFileSync(path.join(root, 'node_modules/better-sqlite3/build/Release/better_sqlite3.node'), addon);
    const r = run(dir, addon);
    expect(r.backup).toMatchObject({ ok: true, value: { sha256: expect.stringMatching(/^[0-9a-f]{64}$/) } });
    expect(r.restore).toMatchObject({ ok: true });
    expect(r.installed).toBe(true);
    expect(r.restored).toBe(true);
  });
});
