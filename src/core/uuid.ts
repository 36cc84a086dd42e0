import { randomFillSync } from 'node:crypto';
import { v7 } from 'uuid';

/**
 * UUIDv7 for every row's `uid`, as uuid's own `v7()` makes them (the same monotonic milliseconds
 * and counter: uuid's `updateV7State`), but with the random bytes drawn from a 4 kB pool: `v7()`
 * asks webcrypto for 16 bytes each time, ~4 us a call, and a sale makes ten or more (#17).
 */
const pool = new Uint8Array(4096);
let next = pool.length;
const state = { msecs: -Infinity, seq: 0 };

function random16(): Uint8Array {
  if (next + 16 > pool.length) {
    randomFillSync(pool);
    next = 0;
  }
  const r = pool.subarray(next, next + 16);
  next += 16;
  return r;
}

export function uuidv7(): string {
  const random = random16();
  const now = Date.now();
  if (now > state.msecs) {
    state.seq = ((random[6]! & 0x7f) << 24) | (random[7]! << 16) | (random[8]! << 8) | random[9]!;
    state.msecs = now;
  } else {
    state.seq = (state.seq + 1) | 0;
    if (state.seq === 0) state.msecs++;
  }
  return v7({ msecs: state.msecs, seq: state.seq, random });
}
