/** Refusals the rental steps share. */
import type { SessionUser } from '../../shared/api';
import { AppError } from '../../shared/errors';
import { isManager } from '../sales/checkout';

/** One bad field, named by its path, with the message the screens translate (issues.*). */
export const invalid = (path: (string | number)[], message: string): never => {
  throw new AppError('INVALID_INPUT', { issues: [{ path, code: 'custom', message }] });
};

/** A manager's own call, or a cashier's with a manager's PIN (approverOf checked it before anything was written). */
export function requireManager(user: SessionUser, approver: SessionUser | null, reason: string, field: string): void {
  if (!isManager(user.role) && !approver) throw new AppError('APPROVAL_REQUIRED', { reason, field });
}
