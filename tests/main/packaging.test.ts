/**
 * electron-builder for real (linux "dir" target, stand-in Electron binary): checks what ships in
 * app.asar, that *.node is unpacked and that the Electron addon lands in resources/native.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..', '..');

describe('packaging', () => {
  it('npm run pack:check passes', { timeout: 180_000 }, () => {
    const r = spawnSync(process.execPath, ['scripts/pack-check.mjs'], { cwd: root, encoding: 'utf8' });
    const out = `${r.stdout}\n${r.stderr}`;
    expect(out).not.toMatch(/^FAIL /m);
    expect(r.status, out).toBe(0);
    expect(out).toContain('pack:check: packaging config OK');
  });
});
