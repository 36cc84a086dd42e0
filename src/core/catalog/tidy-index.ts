import type { DB } from '../db/open';
import { stmt } from '../db/stmt';

/**
 * Every product write adds a small segment to products_fts, and FTS5's automerge leaves a few
 * levels of them: a query then walks every segment's doclists, which is what makes a rare word's
 * search (it never fills its window, so it reads the lists to their end) ~40% slower at 100,000
 * products than on a merged index. `merge` with a negative page count merges across levels into one
 * segment, at most `pages` leaf pages a call (~10-20 ms at 100 pages), so it can be done in steps
 * while the counter stays free. Returns true when there was work (call again), false when done.
 */
export function tidySearchIndexStep(db: DB, pages = 100): boolean {
  const total = stmt<[], number>(db, 'SELECT total_changes()').pluck();
  const before = total.get()!;
  stmt(db, "INSERT INTO products_fts(products_fts, rank) VALUES('merge', ?)").run(-Math.abs(pages));
  // the command itself counts as one change; the segments it rewrote are the rest
  return total.get()! - before > 1;
}

/** The whole merge in steps, the event loop free between them; stops when told, or after `maxSteps` (the next tick goes on). */
export async function tidySearchIndex(db: DB, opts: { pages?: number; pauseMs?: number; maxSteps?: number; stopped?: () => boolean } = {}): Promise<number> {
  const { pages = 100, pauseMs = 100, maxSteps = 2000, stopped = () => false } = opts;
  let steps = 0;
  while (steps < maxSteps && !stopped() && db.open) {
    steps++;
    if (!tidySearchIndexStep(db, pages)) break;
    await new Promise((r) => setTimeout(r, pauseMs));
  }
  return steps;
}
