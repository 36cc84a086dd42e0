import { z } from 'zod';
import { method, ROLES, type Role } from './define';
import { id, isoDate, name, pin, searchText } from './fields';

export interface StaffMember {
  id: number;
  name: string;
  role: Role;
  active: boolean;
  lockedUntil: string | null;
  createdAt: string;
}

export interface AuditRow {
  id: number;
  at: string;
  userName: string | null;
  action: string;
  details: Record<string, unknown>;
}

const date = isoDate;

export const usersApi = {
  'users.list': method<StaffMember[]>()({ input: z.object({ includeInactive: z.boolean().default(false) }), access: 'manager' }),
  /** A manager adds cashiers; only the owner adds managers or owners (checked in the core). */
  'users.create': method<StaffMember>()({ input: z.object({ name, role: z.enum(ROLES), pin }), access: 'manager' }),
  /** Set a new PIN for someone who forgot hers; her open sessions end. */
  'users.resetPin': method<StaffMember>()({ input: z.object({ id, pin }), access: 'manager' }),
  'users.setActive': method<StaffMember>()({ input: z.object({ id, active: z.boolean() }), access: 'manager' }),
  /** The audit trail, newest first, filtered; it can be read, never edited. */
  'audit.list': method<{ rows: AuditRow[]; total: number }>()({
    input: z.object({
      action: searchText(60).optional(),
      userId: id.optional(),
      from: date.optional(),
      to: date.optional(),
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(200).default(50),
    }),
    access: 'manager',
  }),
};
