import { businessDate } from '../../shared/dates';
import type { App } from '../app';
import { stmt } from '../db/stmt';
import { readSettings } from '../settings/handlers';
import { makeBackup } from './handlers';
import { tidySearchIndex } from '../catalog/tidy-index';

/** True when no daily backup was made on today's shop day yet. */
export function dailyBackupDue(app: App, now: Date): boolean {
  const s = readSettings(app.db);
  if (!s) return false; // not set up yet: nothing to keep
  const last = stmt<[], { at: string }>(app.db, "SELECT max(at) AS at FROM backups WHERE reason = 'daily'").get()?.at;
  return !last || businessDate(new Date(last), s.timeZone) < businessDate(now, s.timeZone);
}

/** Repeat-safety records older than this are dropped: a retry comes within seconds, never days. */
export const IDEMPOTENCY_KEEP_MS = 48 * 3600_000;

export function pruneIdempotency(app: App, now: Date): number {
  return stmt(app.db, 'DELETE FROM idempotency WHERE at < ?').run(new Date(now.getTime() - IDEMPOTENCY_KEEP_MS).toISOString()).changes;
}

/**
 * Housekeeping while the app runs: old repeat-safety records pruned (they would otherwise be
 * most of the file), and daily verified backups while the app runs (checked hourly and at start), and one when it
 * closes; then the search index merged in small steps (tidy-index.ts). Failures are logged, never thrown: a missing USB drive must not stop the counter.
 */
export function scheduleBackups(app: App, log: (msg: string, e?: unknown) => void, clock = () => new Date(), opts: { tidyAfterMs?: number } = {}): { stop(): void; onClose(): Promise<void> } {
  let stopped = false;
  const tidy = async () => {
    try {
      await tidySearchIndex(app.db, { stopped: () => stopped });
    } catch (e) {
      log('tidying the search index failed', e);
    }
  };
  const tick = async (first = false) => {
    try {
      pruneIdempotency(app, clock());
    } catch (e) {
      log('pruning repeat records failed', e);
    }
    try {
      if (dailyBackupDue(app, clock())) await makeBackup(app.db, clock(), 'daily');
    } catch (e) {
      log('daily backup failed', e);
    }
    if (!first) await tidy();
  };
  void tick(true);
  const timer = setInterval(() => void tick(), 60 * 60_000);
  timer.unref?.();
  // not in the first minutes: the counter is starting up then
  const firstTidy = setTimeout(() => void tidy(), opts.tidyAfterMs ?? 5 * 60_000);
  firstTidy.unref?.();
  const stop = () => {
    stopped = true;
    clearInterval(timer);
    clearTimeout(firstTidy);
  };
  return {
    stop,
    onClose: async () => {
      stop();
      try {
        if (readSettings(app.db)) await makeBackup(app.db, clock(), 'close');
      } catch (e) {
        log('backup on close failed', e);
      }
    },
  };
}
