import { z } from 'zod';
import { method, type Role } from './define';
import { id, pin } from './fields';

export interface SessionUser {
  id: number;
  name: string;
  role: Role;
  /** Set on a login made at a paired counter on the LAN: its own counter code and bill series. */
  counter?: string;
}

export const sessionApi = {
  /** The people who can unlock the counter: names and roles only. */
  'session.people': method<SessionUser[]>()({ input: z.object({}), access: 'public' }),
  'session.login': method<SessionUser>()({ input: z.object({ userId: id, pin }), access: 'public' }),
  'session.logout': method<null>()({ input: z.object({}), access: 'public' }),
  'session.current': method<SessionUser | null>()({ input: z.object({}), access: 'public' }),
};
