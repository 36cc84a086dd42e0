import type { BillingSettings, billingApi } from '../../shared/api/billing';
import { AppError } from '../../shared/errors';
import type { DB } from '../db/open';
import { stmt } from '../db/stmt';
import type { HandlerMap } from '../dispatch';

interface Row { bill_prefix: string; cashier_discount_limit_bps: number; cashier_refund_limit_paise: number; upi_vpa: string; upi_payee_name: string; return_policy: string; upi_limit_paise: number }

export function readBilling(db: DB): BillingSettings {
  const r = stmt<[], Row>(db, 'SELECT * FROM shop_settings WHERE id = 1').get();
  if (!r) throw new AppError('NOT_SET_UP');
  return {
    billPrefix: r.bill_prefix, cashierDiscountLimitBps: r.cashier_discount_limit_bps, cashierRefundLimitPaise: r.cashier_refund_limit_paise,
    upiVpa: r.upi_vpa, upiPayeeName: r.upi_payee_name, returnPolicy: r.return_policy, upiLimitPaise: r.upi_limit_paise,
  };
}

export const billingHandlers = {
  'billing.getSettings': (_i, { db }) => readBilling(db),
  'billing.updateSettings': (input, ctx) => {
    const before = readBilling(ctx.db);
    stmt(
      ctx.db,
      `UPDATE shop_settings SET bill_prefix = @billPrefix, cashier_discount_limit_bps = @cashierDiscountLimitBps,
         cashier_refund_limit_paise = @cashierRefundLimitPaise, upi_vpa = @upiVpa, upi_payee_name = @upiPayeeName,
         return_policy = @returnPolicy, upi_limit_paise = @upiLimitPaise, updated_at = @at WHERE id = 1`,
    ).run({ ...input, upiLimitPaise: input.upiLimitPaise ?? before.upiLimitPaise, at: ctx.now.toISOString() });
    const after = readBilling(ctx.db);
    ctx.auditDetails({ before, after });
    return after;
  },
} satisfies HandlerMap<typeof billingApi>;
