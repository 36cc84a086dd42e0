import type { Role } from '../../shared/api';
import type { AuditRow, StaffMember, usersApi } from '../../shared/api/users';
import { AppError } from '../../shared/errors';
import { caller, type Ctx } from '../context';
import type { DB } from '../db/open';
import { stmt } from '../db/stmt';
import type { HandlerMap } from '../dispatch';
import { hashPin } from '../session/pin';
import { createUser } from '../session/users';
import { dayStartUtc, nextDate } from '../../shared/dates';

interface Row { id: number; name: string; role: Role; active: number; locked_until: string | null; created_at: string }
const toMember = (r: Row): StaffMember => ({ id: r.id, name: r.name, role: r.role, active: r.active === 1, lockedUntil: r.locked_until, createdAt: r.created_at });

function member(db: DB, id: number): StaffMember {
  const r = stmt<[number], Row>(db, 'SELECT * FROM users WHERE id = ?').get(id);
  if (!r) throw new AppError('NOT_FOUND', { what: 'user', field: 'id', id });
  return toMember(r);
}

/** A manager may manage cashiers; managers and owners are the owner's to manage (and her own PIN is hers). */
function mayManage(ctx: Ctx, target: { id?: number; role: Role }): void {
  const me = caller(ctx);
  if (me.role === 'owner' || target.role === 'cashier' || target.id === me.id) return;
  throw new AppError('FORBIDDEN', { field: 'role', reason: 'ownerOnly' });
}

/** The shop must always keep one active owner, or no one could change its settings. */
function keepAnOwner(db: DB, id: number): void {
  const others = stmt<[number], { n: number }>(db, "SELECT count(*) AS n FROM users WHERE role = 'owner' AND active = 1 AND id <> ?").get(id)!.n;
  if (others === 0) throw new AppError('CONFLICT', { field: 'active', reason: 'lastOwner' });
}

export const usersHandlers = {
  'users.list': ({ includeInactive }, { db }) =>
    stmt<[number], Row>(db, 'SELECT * FROM users WHERE active = 1 OR ? = 1 ORDER BY active DESC, role DESC, name').all(includeInactive ? 1 : 0).map(toMember),
  'users.create': ({ name, role, pin }, ctx) => {
    mayManage(ctx, { role });
    // Two people with one name would be two identical buttons on the lock screen.
    if (stmt(ctx.db, 'SELECT 1 FROM users WHERE name = ? AND active = 1').get(name)) throw new AppError('CONFLICT', { field: 'name', reason: 'sameName' });
    const u = createUser(ctx.db, name, role, pin, ctx.now);
    return member(ctx.db, u.id);
  },
  'users.resetPin': ({ id, pin }, ctx) => {
    const target = member(ctx.db, id);
    mayManage(ctx, target);
    stmt(ctx.db, 'UPDATE users SET pin_hash = ?, failed_pins = 0, locked_until = NULL WHERE id = ?').run(hashPin(pin), id);
    ctx.endSessionsOf(id);
    return member(ctx.db, id);
  },
  'users.setActive': ({ id, active }, ctx) => {
    const target = member(ctx.db, id);
    mayManage(ctx, target);
    if (!active && target.role === 'owner') keepAnOwner(ctx.db, id);
    stmt(ctx.db, 'UPDATE users SET active = ? WHERE id = ?').run(active ? 1 : 0, id);
    if (!active) ctx.endSessionsOf(id);
    ctx.auditDetails({ before: target.active, after: active });
    return member(ctx.db, id);
  },
  'audit.list': (q, { db }) => {
    // Dates are shop days: cut the UTC times at the day's start in the shop's time zone.
    const tz = stmt<[], { t: string }>(db, 'SELECT time_zone AS t FROM shop_settings WHERE id = 1').get()?.t ?? 'Asia/Kolkata';
    const p = {
      action: q.action ? `${q.action.replace(/[%_\\]/g, (c) => `\\${c}`)}%` : null, userId: q.userId ?? null,
      from: q.from ? dayStartUtc(q.from, tz) : null, to: q.to ? dayStartUtc(nextDate(q.to), tz) : null, offset: q.offset, limit: q.limit,
    };
    const where = `WHERE (@action IS NULL OR a.action LIKE @action ESCAPE '\\') AND (@userId IS NULL OR a.user_id = @userId)
      AND (@from IS NULL OR a.at >= @from) AND (@to IS NULL OR a.at < @to)`;
    const rows = stmt<[typeof p], { id: number; at: string; user_name: string | null; action: string; details: string }>(
      db,
      `SELECT a.id, a.at, u.name AS user_name, a.action, a.details FROM audit_log a LEFT JOIN users u ON u.id = a.user_id ${where} ORDER BY a.id DESC LIMIT @limit OFFSET @offset`,
    ).all(p);
    const total = stmt<[typeof p], { n: number }>(db, `SELECT count(*) AS n FROM audit_log a ${where}`).get(p)!.n;
    return { total, rows: rows.map((r): AuditRow => ({ id: r.id, at: r.at, userName: r.user_name, action: r.action, details: JSON.parse(r.details) as Record<string, unknown> })) };
  },
} satisfies HandlerMap<typeof usersApi>;
