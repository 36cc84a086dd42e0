/**
 * Property tests replay. fast-check's failure message names the seed and the path of the
 * shrunk counterexample; `HH_FC_SEED=<seed> HH_FC_PATH=<path> npx vitest run <file>` runs exactly
 * that case again. Found counterexamples are then kept in their test as fixed `examples`.
 */
import fc from 'fast-check';

const seed = process.env.HH_FC_SEED;
if (seed) {
  const n = Number(seed);
  if (!Number.isInteger(n)) throw new Error(`HH_FC_SEED must be an integer, got ${seed}`);
  fc.configureGlobal({ seed: n, ...(process.env.HH_FC_PATH ? { path: process.env.HH_FC_PATH } : {}) });
}
