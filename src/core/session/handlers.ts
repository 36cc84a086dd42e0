import type { SessionUser } from '../../shared/api';
import type { sessionApi } from '../../shared/api/session';
import type { Ctx } from '../context';
import { stmt } from '../db/stmt';
import type { HandlerMap } from '../dispatch';
import { checkPin } from './check-pin';

export const sessionHandlers = {
  'session.people': (_i, { db }) =>
    stmt<[], SessionUser>(db, `SELECT id, name, role FROM users WHERE active = 1 ORDER BY CASE role WHEN 'cashier' THEN 1 ELSE 0 END, name`).all(),

  'session.login': ({ userId, pin }, ctx: Ctx) => {
    const user = checkPin(ctx.db, userId, pin, ctx.now, 'login');
    ctx.startSession(user);
    return user;
  },

  'session.logout': (_i, ctx) => {
    ctx.endSession();
    return null;
  },

  'session.current': (_i, { user }) => user,
} satisfies HandlerMap<typeof sessionApi>;
