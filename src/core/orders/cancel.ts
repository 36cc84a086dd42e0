/**
 * Cancelling a custom order: what happens to the advance still held is the shop's rule
 * (keptOnCancel: part back before work began, all kept once making began); any other amount
 * needs a manager (present, or her PIN). What is kept becomes the shop's income that day.
 */
import type { z } from 'zod';
import type { SessionUser } from '../../shared/api';
import { keptOnCancel, OPEN_STATUSES, type orderCancelInput } from '../../shared/api/orders';
import { AppError } from '../../shared/errors';
import type { DB } from '../db/open';
import { stmt } from '../db/stmt';
import { approverOf, isManager } from '../sales/checkout';
import { stampOf } from './create';
import { money } from './money';
import { cancelKeepBps, heldOf, orderRow } from './read';

export function cancelOrder(db: DB, input: Omit<z.output<typeof orderCancelInput>, 'requestId'>, user: SessionUser, now: Date): { keptPaise: number; refundPaise: number; rule: string } {
  const approver = approverOf(db, input, now);
  const r = orderRow(db, input.orderId);
  if (!OPEN_STATUSES.includes(r.status)) throw new AppError('ORDER_STATUS', { field: 'orderId', orderNo: r.order_no, status: r.status });
  const s = stampOf(db, now, user.id);
  const held = heldOf(db, r.id);
  let { keepPaise: keep, rule } = keptOnCancel(r.status, held, cancelKeepBps(db));
  if (input.keepPaise !== undefined && input.keepPaise !== keep) {
    if (!isManager(user.role) && approver === null) throw new AppError('APPROVAL_REQUIRED', { reason: 'cancelKeep', field: 'keepPaise' });
    if (input.keepPaise > held) throw new AppError('INVALID_INPUT', { issues: [{ path: ['keepPaise'], code: 'too_big', message: 'keep_over_advance', maximum: held }] });
    [keep, rule] = [input.keepPaise, 'manager'];
  }
  const refund = held - keep;
  if (refund > 0 && !input.refundMethod) throw new AppError('INVALID_INPUT', { issues: [{ path: ['refundMethod'], code: 'custom', message: 'refund_needed' }] });
  money(db, r, { kind: 'kept', amountPaise: -keep, note: input.reason }, s);
  if (refund > 0) money(db, r, { kind: 'refund', method: input.refundMethod!, amountPaise: -refund, note: input.reason }, s);
  stmt(db, `UPDATE orders SET status = 'cancelled', cancelled_at = ?, cancelled_by = ?, cancel_reason = ? WHERE id = ?`).run(s.at, user.id, input.reason, r.id);
  return { keptPaise: keep, refundPaise: refund, rule };
}
