import { z } from 'zod';
import { method } from './define';
import { gstin, lang, name, optionalPhone, optionalText, timeZone } from './fields';

export const shopSettingsInput = z.object({
  shopName: name,
  address: optionalText(200),
  phone: optionalPhone,
  language: lang,
  timeZone: timeZone.default('Asia/Kolkata'),
  gstin: z.union([z.literal(''), gstin]).default(''),
  /** Allow selling or writing off more than is on hand; left out, the saved choice stays. */
  allowNegativeStock: z.boolean().optional(),
});
export type ShopSettingsInput = z.input<typeof shopSettingsInput>;
export type ShopSettings = Omit<z.output<typeof shopSettingsInput>, 'allowNegativeStock'> & { allowNegativeStock: boolean; updatedAt: string };

export const settingsApi = {
  'settings.get': method<ShopSettings>()({ input: z.object({}), access: 'public' }),
  // The shop's settings are the owner's (the first manager, made at setup), or need her PIN.
  'settings.update': method<ShopSettings>()({ input: shopSettingsInput, access: 'owner' }),
};
