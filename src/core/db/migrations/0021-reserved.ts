import type { Migration } from './index';

/**
 * A stand-in so this branch's migration can carry the number it was given (23) while versions stay
 * contiguous: another branch's migration takes version 21 at merge, and this file is dropped then.
 */
const m: Migration = { version: 21, name: 'reserved-21', up() {} };
export default m;
