/** A backup's hash is read in steps (the event loop free meanwhile): the same sha256 as reading it whole (#17). */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sha256File, sha256FileAsync } from '../../src/core/backup/files';
import { tempDir } from '../support/db';

describe('backup hash', () => {
  it('in 1 MB steps equals the whole-file hash, across chunk edges and for an empty file', async () => {
    const dir = tempDir();
    for (const size of [0, 1, (1 << 20) - 1, 1 << 20, 3 * (1 << 20) + 17]) {
      const f = path.join(dir, `f${size}`);
      fs.writeFileSync(f, randomBytes(size));
      expect(await sha256FileAsync(f), String(size)).toBe(sha256File(f));
    }
  });
});
