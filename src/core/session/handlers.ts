import type { Role, SessionUser } from '../../shared/api';
import type { sessionApi } from '../../shared/api/session';
import { AppError } from '../../shared/errors';
import type { Ctx } from '../context';
import { stmt } from '../db/stmt';
import { CommittedError, type HandlerMap } from '../dispatch';
import { FREE_PIN_TRIES, lockoutMs, verifyPin } from './pin';
import { writeAudit } from '../audit';

interface UserRow {
  id: number;
  name: string;
  role: Role;
  pin_hash: string;
  active: number;
  failed_pins: number;
  locked_until: string | null;
}

export const sessionHandlers = {
  'session.people': (_i, { db }) =>
    stmt<[], SessionUser>(db, `SELECT id, name, role FROM users WHERE active = 1 ORDER BY CASE role WHEN 'cashier' THEN 1 ELSE 0 END, name`).all(),

  'session.login': ({ userId, pin }, ctx: Ctx) => {
    const { db, now } = ctx;
    const u = stmt<[number], UserRow>(db, 'SELECT * FROM users WHERE id = ?').get(userId);
    if (!u || !u.active) throw new AppError('NOT_FOUND', { what: 'user', id: userId });
    if (u.locked_until && u.locked_until > now.toISOString()) throw new AppError('LOCKED_OUT', { until: u.locked_until });
    if (!verifyPin(pin, u.pin_hash)) {
      const failed = u.failed_pins + 1;
      const lockMs = lockoutMs(failed);
      const until = lockMs > 0 ? new Date(now.getTime() + lockMs).toISOString() : null;
      stmt(db, 'UPDATE users SET failed_pins = ?, locked_until = ? WHERE id = ?').run(failed, until, u.id);
      // The count and the audit row must survive the refusal: that is what makes lockout work.
      writeAudit(db, now, u.id, 'session.login_failed', { failedPins: failed, lockedUntil: until });
      throw new CommittedError(until ? 'LOCKED_OUT' : 'WRONG_PIN', until ? { until } : { triesLeft: Math.max(0, FREE_PIN_TRIES - failed) });
    }
    stmt(db, 'UPDATE users SET failed_pins = 0, locked_until = NULL WHERE id = ?').run(u.id);
    const user: SessionUser = { id: u.id, name: u.name, role: u.role };
    ctx.startSession(user);
    return user;
  },

  'session.logout': (_i, ctx) => {
    ctx.endSession();
    return null;
  },

  'session.current': (_i, { user }) => user,
} satisfies HandlerMap<typeof sessionApi>;
