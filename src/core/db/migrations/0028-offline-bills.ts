import type { Migration } from './index';

/**
 * Bills sold at a joined counter while the main counter could not be reached (#18).
 * - stock_warnings: an offline bill that took stock below zero is recorded anyway (the goods have
 *   left the shop) and listed here for the manager, once per line.
 * - lan_queue (on the joined counter): `recorded` is set once the bill is in the counter's offline
 *   copy too (a queue row is written first, so a crash between the two is found and settled at the
 *   next start); `last_error` keeps why the main counter refused a bill, which then waits.
 * - lan_link: when the offline copy of the shop was last taken.
 */
const m: Migration = {
  version: 28,
  name: 'offline-bills',
  up(db) {
    db.exec(`
      CREATE TABLE stock_warnings (
        id INTEGER PRIMARY KEY,
        sale_id INTEGER NOT NULL REFERENCES sales(id),
        product_id INTEGER NOT NULL REFERENCES products(id),
        on_hand_after_milli INTEGER NOT NULL CHECK (on_hand_after_milli < 0),
        at TEXT NOT NULL,
        UNIQUE (sale_id, product_id)
      ) STRICT;
      CREATE INDEX stock_warnings_at ON stock_warnings (at);
      ALTER TABLE lan_queue ADD COLUMN recorded INTEGER NOT NULL DEFAULT 0 CHECK (recorded IN (0, 1));
      ALTER TABLE lan_queue ADD COLUMN last_error TEXT;
      ALTER TABLE lan_link ADD COLUMN snapshot_at TEXT;
    `);
  },
};
export default m;
