import type { Migration } from './index';

/**
 * A stand-in for version 21, which belongs to the custom-orders branch: versions must be
 * contiguous, so this branch cannot run 0022 without something at 21. Drop this file (and its
 * line in index.ts) when custom orders' own 0021 is merged; it creates nothing.
 */
const m: Migration = {
  version: 21,
  name: 'reserved-custom-orders',
  up() {},
};
export default m;
