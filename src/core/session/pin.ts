import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';

/**
 * PINs are 4-6 digits, so the hash must be slow: scrypt (N=2^15, r=8, p=1, ~32 MiB) with a
 * 16-byte random salt per PIN. Stored as "scrypt$N$r$p$salt$hash" so the cost can grow later.
 */
const N = 1 << 15;
const R = 8;
const P = 1;
const KEYLEN = 32;
const MAXMEM = 64 * 1024 * 1024;

export function hashPin(pin: string): string {
  const salt = randomBytes(16);
  const hash = scryptSync(pin, salt, KEYLEN, { N, r: R, p: P, maxmem: MAXMEM });
  return ['scrypt', N, R, P, salt.toString('base64'), hash.toString('base64')].join('$');
}

export function verifyPin(pin: string, stored: string): boolean {
  const [algo, n, r, p, salt, hash] = stored.split('$');
  if (algo !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  const actual = scryptSync(pin, Buffer.from(salt, 'base64'), expected.length, { N: Number(n), r: Number(r), p: Number(p), maxmem: MAXMEM });
  return timingSafeEqual(actual, expected);
}

/** Wrong PINs allowed before a lock, and the lock's length: 30 s, doubling, at most 15 minutes. */
export const FREE_PIN_TRIES = 5;
export function lockoutMs(failedPins: number): number {
  if (failedPins < FREE_PIN_TRIES) return 0;
  return Math.min(30_000 * 2 ** (failedPins - FREE_PIN_TRIES), 15 * 60_000);
}
