import type { Migration } from './index';

/**
 * A repeatable call's id is kept with a sha256 of what was asked (method, caller, input), so the
 * same id with another request is refused instead of answered with the first result (#21).
 * Rows from before have NULL: they match any repeat of their own method, as they did then.
 */
const m: Migration = {
  version: 20,
  name: 'idempotency-hash',
  up(db) {
    db.exec(`
      ALTER TABLE idempotency ADD COLUMN request_hash TEXT
        CHECK (request_hash IS NULL OR (length(request_hash) = 64 AND request_hash NOT GLOB '*[^0-9a-f]*'));
    `);
  },
};
export default m;
