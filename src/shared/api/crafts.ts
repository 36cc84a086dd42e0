import { z } from 'zod';
import { method } from './define';
import { id, optionalText, str } from './fields';
import { oneName } from './products';

export interface Craft {
  id: number;
  code: string;
  nameHi: string;
  nameEn: string;
  sort: number;
  active: boolean;
}

const craftShape = {
  /** Empty: made from the craft's number. */
  code: str().trim().toUpperCase().regex(/^[A-Z0-9_-]{0,20}$/, { message: 'invalid_format' }).default(''),
  nameHi: optionalText(80),
  nameEn: optionalText(80),
  sort: z.number().int().min(0).max(10_000).default(0),
  active: z.boolean().default(true),
};

/** The editable list of craft categories. */
export const craftsApi = {
  'crafts.list': method<Craft[]>()({ input: z.object({ includeInactive: z.boolean().default(false) }), access: 'user' }),
  'crafts.create': method<Craft>()({ input: z.object(craftShape).superRefine(oneName), access: 'manager' }),
  'crafts.update': method<Craft>()({ input: z.object({ id, ...craftShape }).superRefine(oneName), access: 'manager' }),
};
