import { uuidv7 } from '../uuid';
import type { SessionUser } from '../../shared/api';
import type { ExchangeInput, SaleExchange } from '../../shared/api/sales';
import { AppError } from '../../shared/errors';
import type { DB } from '../db/open';
import { stmt } from '../db/stmt';
import { approverOf, checkout } from './checkout';
import { getReturn, getSale } from './read';
import { returnItems } from './returns';

/** A half's errors name its own list: the return's lines are returnLines, the new sale's newLines. */
function renamed<T>(list: 'returnLines' | 'newLines', fn: () => T): T {
  const fix = (p: unknown) => (Array.isArray(p) && p[0] === 'lines' ? [list, ...p.slice(1)] : p);
  try {
    return fn();
  } catch (e) {
    if (!(e instanceof AppError) || !e.details) throw e;
    const d = { ...e.details, ...(e.details.field !== undefined ? { field: fix(e.details.field) } : {}) };
    if (d.issues) d.issues = d.issues.map((i) => ({ ...i, path: fix(i.path) as (string | number)[] }));
    throw new AppError(e.code, d);
  }
}

/**
 * An exchange in the caller's transaction: the goods come back (stock, her share reversed), the
 * new bill is rung up with their value counted as paid, and the difference is either paid by the
 * customer (the new bill's payments) or given back (a refund, out of the drawer when cash). One
 * sale_exchanges row ties the two and says how the value was settled. Never more back than is
 * returnable; a manager's PIN covers both a discount on the new bill and a refund over the limit.
 */
export function exchange(db: DB, input: ExchangeInput, cashier: SessionUser, now: Date): SaleExchange {
  const approver = approverOf(db, input, now);
  let saleId = 0;
  let credit = 0;
  const ret = renamed('returnLines', () =>
    returnItems(db, { requestId: input.requestId, billNo: input.billNo, lines: input.returnLines, refundMethod: input.refundMethod, reason: input.reason }, cashier, now, {
      approver,
      settle: (value) => {
        const sale = renamed('newLines', () =>
          checkout(
            db,
            {
              requestId: input.requestId, lines: input.newLines, billDiscount: input.billDiscount, discountReason: input.discountReason, payments: input.payments,
              customerName: input.customerName, customerPhone: input.customerPhone,
            },
            cashier,
            now,
            { approver, creditPaise: value },
          ),
        );
        saleId = sale.id;
        credit = Math.min(value, sale.totalPaise);
        return { refundPaise: value - credit };
      },
    }),
  );
  const refund = ret.refundPaise - credit;
  stmt(db, 'INSERT INTO sale_exchanges (uid, return_id, sale_id, at, credit_paise, refund_paise, refund_method) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
    uuidv7(), ret.id, saleId, now.toISOString(), credit, refund, refund > 0 ? (input.refundMethod ?? null) : null,
  );
  const sale = getSale(db, saleId);
  return { return: getReturn(db, ret.id), sale, creditPaise: credit, paidPaise: sale.totalPaise - credit, refundPaise: refund };
}
