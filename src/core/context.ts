import type { PrinterSettings } from '../shared/api/print';
import type { DB } from './db/open';
import type { SessionUser } from '../shared/api';

/** What a handler gets besides its validated input. */
export interface Ctx {
  db: DB;
  /** The time of this call (injectable for tests: financial-year boundaries, due dates). */
  now: Date;
  /** Who is calling; null only for 'public' methods. */
  user: SessionUser | null;
  /** Start a session for `user` when this call commits (login, setup). */
  startSession(user: SessionUser): void;
  /** End the caller's session when this call commits (logout). */
  endSession(): void;
  /** End every session of one person when this call commits (PIN reset, deactivation). */
  endSessionsOf(userId: number): void;
  /** Extra facts for this call's audit row (e.g. before/after of a setting). */
  auditDetails(details: Record<string, unknown>): void;
}

/** The caller, as a handler needs it when the method's access is not 'public'. */
export function caller(ctx: Ctx): SessionUser {
  if (!ctx.user) throw new Error('handler of a non-public method called without a user');
  return ctx.user;
}

/** What an async handler gets: it opens its own short transactions around its database work. */
export interface AsyncCtx {
  /** For work SQLite does on its own, outside a transaction (the online backup); queries go through read/write. */
  db: DB;
  now: Date;
  user: SessionUser | null;
  /** Run reads in one consistent snapshot. */
  read<T>(fn: (db: DB) => T): T;
  /** Run writes in one transaction, with this call's audit row (plus `details`) in it. */
  write<T>(fn: (db: DB) => T, details?: Record<string, unknown>): T;
  /** A print from a joined counter with a printer of its own: laid out for that printer, printed there. */
  remotePrinter?: PrinterSettings;
}
