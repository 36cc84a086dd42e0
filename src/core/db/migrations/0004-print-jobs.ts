import type { Migration } from './index';

/** Reserved: filled in by the print-jobs work before it ships. */
const m: Migration = {
  version: 4,
  name: 'print-jobs',
  up() {},
};
export default m;
