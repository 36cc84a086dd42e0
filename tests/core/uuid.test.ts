import { validate, version } from 'uuid';
import { describe, expect, it } from 'vitest';
import { uuidv7 } from '../../src/core/uuid';

describe('uuidv7 (random bytes from a pool)', () => {
  it('makes valid, unique UUIDv7s that sort in the order they were made, across pool refills', () => {
    const ids = Array.from({ length: 5_000 }, () => uuidv7()); // 5,000 x 16 bytes: the 4 kB pool refilled ~20 times
    expect(ids.every((u) => validate(u) && version(u) === 7)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((u, i) => i === 0 || u > ids[i - 1]!)).toBe(true);
    // the time in its first 48 bits is now (the test clock's)
    expect(Math.abs(parseInt(ids[0]!.replace(/-/g, '').slice(0, 12), 16) - Date.now())).toBeLessThan(60_000);
  });
});
