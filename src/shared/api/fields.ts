import { z } from 'zod';
import { MAX_PAISE } from '../money';
import { isValidTimeZone } from '../dates';

/** Building blocks shared by every capability's schemas, so a rule is written once. */
export const lang = z.enum(['hi', 'en']);
export const id = z.number().int().positive();

/*
 * Text. Control characters (C0, DEL, C1) are refused in every text field: a NUL breaks the FTS
 * query and the PDF/raster text, an ESC is a printer command. Tab and CR are refused too; a
 * newline only in multi-line fields (a textarea that is never printed). Every schema string starts
 * from str() or multiline() (a test walks the contract for any that does not); the rule's issue
 * comes first, so the renderer shows 'issues.control_chars'.
 */
const CONTROL = /^[^\u0000-\u001f\u007f-\u009f]*$/;
const CONTROL_BUT_NEWLINE = /^[^\u0000-\u0009\u000b-\u001f\u007f-\u009f]*$/;
export const CONTROL_MESSAGE = 'control_chars';
export const str = () => z.string().regex(CONTROL, { message: CONTROL_MESSAGE });
export const multiline = () => z.string().regex(CONTROL_BUT_NEWLINE, { message: CONTROL_MESSAGE });
/** Required single-line text, trimmed. */
export const text = (max: number) => str().trim().min(1).max(max);
export const optionalText = (max: number) => str().trim().max(max).default('');
export const optionalMultiline = (max: number) => multiline().trim().max(max).default('');
/** What is typed or scanned into a search or lookup box: control characters become spaces, never an error. */
export const searchText = (max: number) =>
  z
    .string()
    .overwrite((s) => s.replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' '))
    .trim()
    .max(max);
/** A person's or a shop's name: trimmed, 1-80 characters, any script. */
export const name = text(80);
/** A business date 'YYYY-MM-DD' (its range checked where it matters). */
export const isoDate = str().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'date' });
/** Indian mobile or landline digits; empty allowed where the field is optional. */
export const phone = str()
  .trim()
  .regex(/^(\+91[\s-]?)?[0-9][0-9\s-]{5,13}$/, { message: 'phone' });
export const optionalPhone = z.union([z.literal(''), phone]).default('');
/** GSTIN: 2-digit state, 10-character PAN, entity, 'Z', check character. */
export const gstin = str()
  .trim()
  .toUpperCase()
  .regex(/^[0-9]{2}[A-Z]{5}[0-9]{4}[A-Z][1-9A-Z]Z[0-9A-Z]$/, { message: 'gstin' });
export const timeZone = str().refine(isValidTimeZone, { message: 'timezone' });
export const pin = str().regex(/^[0-9]{4,6}$/, { message: 'pin' });
export const paise = z.number().int().min(0).max(MAX_PAISE);
/** Client-made id of a call the counter may repeat (UUID). */
export const requestId = z.uuid();
