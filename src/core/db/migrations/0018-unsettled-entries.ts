import type { Migration } from './index';

/**
 * Her unsettled entries as a cache (bench/README.md, "Still missed" 5). payouts.listUnpaid read
 * every accrual, reversal and adjustment she ever had and probed payout_items and payouts for
 * each to find the few not yet paid (the busiest artisan at a million lines: ~30,000 entries, of
 * which a month's ~1,000 are open: 45 ms warm, 0.5 s cold). No index can answer "not settled":
 * settled-ness is a fact about other tables (payout_items, and a reversal in payouts), and the
 * ledger row itself is never updated. So a set of (artisan, entry) not settled by a payout in
 * force, kept by triggers in the same transaction as the rows that change it (rule 4), backfilled
 * here from the ledgers with the exact test the app used (entries.ts SETTLED), and recomputed
 * from them by a property test (tests/core/payouts.test.ts):
 *  - an accrual, reversal or adjustment written to her ledger is open;
 *  - an entry listed on a payout is closed (pay() checks it is open in the same transaction);
 *  - a payout reversed (a payouts row with reverses_payout_id) opens its entries again.
 * A cache, not a ledger: its rows are deleted and re-added; the ledgers stay append-only.
 */
const m: Migration = {
  version: 18,
  name: 'unsettled-entries',
  up(db) {
    db.exec(`
      CREATE TABLE artisan_unsettled (
        artisan_id INTEGER NOT NULL REFERENCES artisans(id),
        ledger_id INTEGER NOT NULL REFERENCES artisan_ledger(id),
        PRIMARY KEY (artisan_id, ledger_id)
      ) STRICT, WITHOUT ROWID;
      INSERT INTO artisan_unsettled (artisan_id, ledger_id)
        SELECT e.artisan_id, e.id FROM artisan_ledger e
         WHERE e.kind IN ('accrual', 'reversal', 'adjustment')
           AND NOT EXISTS (SELECT 1 FROM payout_items pi JOIN payouts p ON p.id = pi.payout_id
                            WHERE pi.ledger_id = e.id AND NOT EXISTS (SELECT 1 FROM payouts r WHERE r.reverses_payout_id = p.id));

      CREATE TRIGGER artisan_ledger_unsettled AFTER INSERT ON artisan_ledger WHEN NEW.kind IN ('accrual', 'reversal', 'adjustment') BEGIN
        INSERT INTO artisan_unsettled (artisan_id, ledger_id) VALUES (NEW.artisan_id, NEW.id);
      END;
      CREATE TRIGGER payout_items_unsettled AFTER INSERT ON payout_items BEGIN
        DELETE FROM artisan_unsettled WHERE artisan_id = (SELECT artisan_id FROM artisan_ledger WHERE id = NEW.ledger_id) AND ledger_id = NEW.ledger_id;
      END;
      CREATE TRIGGER payouts_reversal_unsettled AFTER INSERT ON payouts WHEN NEW.reverses_payout_id IS NOT NULL BEGIN
        INSERT OR IGNORE INTO artisan_unsettled (artisan_id, ledger_id)
          SELECT e.artisan_id, e.id FROM payout_items pi JOIN artisan_ledger e ON e.id = pi.ledger_id WHERE pi.payout_id = NEW.reverses_payout_id;
      END;
    `);
  },
};
export default m;
