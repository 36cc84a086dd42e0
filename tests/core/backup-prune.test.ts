/** Issue #21.4: "keep the newest N" keeps by the recorded time of our own backups, and leaves no side files behind. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/core/app';
import { demoShop, tempDir } from '../support/db';

const SIDES = ['-wal', '-shm', '.sha256'];

describe('backup cleanup', () => {
  it('keeps the newest N of our backups by recorded time, deletes each with its side files, and never touches a foreign file', async () => {
    const dir = tempDir();
    const usb = path.join(dir, 'usb');
    let now = new Date('2026-11-20T10:00:00Z');
    const app = createApp(path.join(dir, 'shop.db'), { clock: () => now, sessionIdleMs: 7 * 86_400_000 });
    const { owner } = demoShop(app);
    expect(app.call('backup.updateSettings', { dir: usb, keep: 2 }, owner).result).toMatchObject({ ok: true });
    // A copy someone put on the drive: its name sorts after every real backup's.
    const foreign = path.join(usb, 'hamar-hatri-zzzz-usb.db');
    for (const f of [foreign, ...SIDES.map((s) => foreign + s)]) fs.writeFileSync(f, `not ours: ${path.basename(f)}`);
    const made: string[] = [];
    for (let i = 0; i < 5; i++) {
      now = new Date(now.getTime() + 3600_000);
      const r = (await app.call('backup.now', {}, owner)).result;
      if (!r.ok) throw new Error(JSON.stringify(r.error));
      made.push(r.value.file);
    }
    const left = fs.readdirSync(usb).sort();
    const ours = left.filter((f) => f.endsWith('.db') && f !== path.basename(foreign));
    expect(ours).toEqual(made.slice(-2).map((f) => path.basename(f))); // the two newest
    for (const gone of made.slice(0, 3)) for (const ext of ['', ...SIDES]) expect(fs.existsSync(gone + ext)).toBe(false);
    // every side file left belongs to a database file that is still there
    const orphans = left.filter((f) => !f.endsWith('.db') && !left.includes(f.replace(/(-wal|-shm|\.sha256)$/, '')));
    expect(orphans).toEqual([]);
    for (const f of [foreign, ...SIDES.map((s) => foreign + s)]) expect(fs.readFileSync(f, 'utf8')).toBe(`not ours: ${path.basename(f)}`);
    expect(app.db.prepare('SELECT count(*) FROM backups').pluck().get()).toBe(5); // the record of each backup stays
    app.close();
  });
});
