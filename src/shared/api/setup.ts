import { z } from 'zod';
import { method, type Role } from './define';
import { lang, name, optionalPhone, optionalText, pin } from './fields';
import type { SessionUser } from './session';

export const setupInput = z.object({
  shopName: name,
  address: optionalText(200),
  phone: optionalPhone,
  language: lang,
  managerName: name,
  pin,
});
export type SetupInput = z.input<typeof setupInput>;

export interface SetupStatus {
  setUp: boolean;
  language: 'hi' | 'en';
  shopName: string | null;
  /** The shop's time zone: screens show times and 'today' by it, not by the computer's clock. */
  timeZone: string;
}

export interface DemoLoaded {
  user: SessionUser;
  /** The demo's PINs are printed on screen so a newcomer can unlock as either role. */
  pins: { name: string; role: Role; pin: string }[];
}

export const setupApi = {
  'setup.status': method<SetupStatus>()({ input: z.object({}), access: 'public' }),
  'setup.complete': method<SessionUser>()({ input: setupInput, access: 'public' }),
  'setup.loadDemo': method<DemoLoaded>()({ input: z.object({ language: lang }), access: 'public' }),
};
