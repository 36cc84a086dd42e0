import { z } from 'zod';
import { method } from './define';
import { optionalText, paise, str } from './fields';

/** What the counter needs to make a bill: number prefix, the cashier's limits, UPI payee. */
export const billingSettingsInput = z.object({
  billPrefix: str().trim().regex(/^[A-Z0-9]{1,10}$/, { message: 'bill_prefix' }),
  cashierDiscountLimitBps: z.number().int().min(0).max(10_000),
  cashierRefundLimitPaise: paise,
  /** The shop's UPI id for the QR on screen and on the receipt; empty: no QR. */
  upiVpa: z.union([z.literal(''), str().trim().regex(/^[\w.-]{2,256}@[A-Za-z][A-Za-z0-9]{1,63}$/, { message: 'upi' })]),
  upiPayeeName: optionalText(60),
  returnPolicy: optionalText(200),
  /** The most one UPI payment may ask for (a QR above it fails on most payers' phones); unset keeps the shop's. */
  upiLimitPaise: paise.refine((p) => p >= 100, { message: 'too_small' }).optional(),
});
export type BillingSettings = Omit<z.output<typeof billingSettingsInput>, 'upiLimitPaise'> & { upiLimitPaise: number };

export const billingApi = {
  'billing.getSettings': method<BillingSettings>()({ input: z.object({}), access: 'user' }),
  'billing.updateSettings': method<BillingSettings>()({ input: billingSettingsInput, access: 'owner' }),
};
