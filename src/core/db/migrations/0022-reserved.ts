import type { Migration } from './index';

/**
 * A stand-in so this branch's migration can carry the number it was given (23) while versions stay
 * contiguous: another branch's migration takes version 22 at merge, and this file is dropped then.
 */
const m: Migration = { version: 22, name: 'reserved-22', up() {} };
export default m;
