import { z } from 'zod';
import { MAX_PAISE } from '../money';
import { isValidTimeZone } from '../dates';

/** Building blocks shared by every capability's schemas, so a rule is written once. */
export const lang = z.enum(['hi', 'en']);
export const id = z.number().int().positive();
/** A person's or a shop's name: trimmed, 1-80 characters, any script. */
export const name = z.string().trim().min(1).max(80);
export const optionalText = (max: number) => z.string().trim().max(max).default('');
/** Indian mobile or landline digits; empty allowed where the field is optional. */
export const phone = z
  .string()
  .trim()
  .regex(/^(\+91[\s-]?)?[0-9][0-9\s-]{5,13}$/, { message: 'phone' });
export const optionalPhone = z.union([z.literal(''), phone]).default('');
/** GSTIN: 2-digit state, 10-character PAN, entity, 'Z', check character. */
export const gstin = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[0-9]{2}[A-Z]{5}[0-9]{4}[A-Z][1-9A-Z]Z[0-9A-Z]$/, { message: 'gstin' });
export const timeZone = z.string().refine(isValidTimeZone, { message: 'timezone' });
export const pin = z.string().regex(/^[0-9]{4,6}$/, { message: 'pin' });
export const paise = z.number().int().min(0).max(MAX_PAISE);
/** Client-made id of a call the counter may repeat (UUID). */
export const requestId = z.uuid();
