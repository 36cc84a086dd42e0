import type { Migration } from './index';

/** Reserved: filled in by the search work before it ships. */
const m: Migration = {
  version: 3,
  name: 'search',
  up() {},
};
export default m;
