import { businessDate } from '../../shared/dates';
import type { App } from '../app';
import { stmt } from '../db/stmt';
import { readSettings } from '../settings/handlers';
import { makeBackup } from './handlers';

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
 * closes. Failures are logged, never thrown: a missing USB drive must not stop the counter.
 */
export function scheduleBackups(app: App, log: (msg: string, e?: unknown) => void, clock = () => new Date()): { stop(): void; onClose(): Promise<void> } {
  const tick = async () => {
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
  };
  void tick();
  const timer = setInterval(() => void tick(), 60 * 60_000);
  timer.unref?.();
  return {
    stop: () => clearInterval(timer),
    onClose: async () => {
      clearInterval(timer);
      try {
        if (readSettings(app.db)) await makeBackup(app.db, clock(), 'close');
      } catch (e) {
        log('backup on close failed', e);
      }
    },
  };
}
