import type { Role, SessionUser } from '../../shared/api';
import { AppError } from '../../shared/errors';
import { writeAudit } from '../audit';
import type { DB } from '../db/open';
import { stmt } from '../db/stmt';
import { CommittedError } from '../committed-error';
import { FREE_PIN_TRIES, lockoutMs, verifyPin } from './pin';

interface UserRow {
  id: number;
  name: string;
  role: Role;
  pin_hash: string;
  active: number;
  failed_pins: number;
  locked_until: string | null;
}

/**
 * Check a person's PIN: unlocking the counter and a manager's approval both come here, so the
 * lockout can't be dodged by guessing through the other door. Must run before the caller writes
 * anything: a wrong PIN commits only its own count and audit row (CommittedError).
 */
export function checkPin(db: DB, userId: number, pin: string, now: Date, purpose: 'login' | 'approval'): SessionUser {
  const u = stmt<[number], UserRow>(db, 'SELECT * FROM users WHERE id = ?').get(userId);
  if (!u || !u.active) throw new AppError('NOT_FOUND', { what: 'user', field: purpose === 'login' ? 'userId' : ['approval', 'userId'], id: userId });
  if (u.locked_until && u.locked_until > now.toISOString()) throw new AppError('LOCKED_OUT', { until: u.locked_until });
  if (!verifyPin(pin, u.pin_hash)) {
    const failed = u.failed_pins + 1;
    const lockMs = lockoutMs(failed);
    const until = lockMs > 0 ? new Date(now.getTime() + lockMs).toISOString() : null;
    stmt(db, 'UPDATE users SET failed_pins = ?, locked_until = ? WHERE id = ?').run(failed, until, u.id);
    writeAudit(db, now, u.id, `session.${purpose}_failed`, { failedPins: failed, lockedUntil: until });
    throw new CommittedError(until ? 'LOCKED_OUT' : 'WRONG_PIN', until ? { until } : { triesLeft: Math.max(0, FREE_PIN_TRIES - failed) });
  }
  if (u.failed_pins > 0) stmt(db, 'UPDATE users SET failed_pins = 0, locked_until = NULL WHERE id = ?').run(u.id);
  return { id: u.id, name: u.name, role: u.role };
}
