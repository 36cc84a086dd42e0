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

/**
 * Daily verified backups while the app runs (checked hourly and at start), and one when it
 * closes. Failures are logged, never thrown: a missing USB drive must not stop the counter.
 */
export function scheduleBackups(app: App, log: (msg: string, e?: unknown) => void, clock = () => new Date()): { stop(): void; onClose(): Promise<void> } {
  const tick = async () => {
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
