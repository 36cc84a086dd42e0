/** What makes bytes a photo the shop keeps: a JPEG, PNG or WebP (by its first bytes) of at most 512 KiB. */
import type { Photo } from '../../shared/api/photos';
import { MAX_PHOTO_BYTES } from '../../shared/api/photos';
import { AppError } from '../../shared/errors';

/** What the bytes are, by their first bytes (never by what the sender claims). */
export function sniff(b: Buffer): Photo['mime'] | null {
  if (b.length > 8 && b.readUInt32BE(0) === 0x89504e47) return 'image/png';
  if (b.length > 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'image/jpeg';
  if (b.length > 12 && b.toString('latin1', 0, 4) === 'RIFF' && b.toString('latin1', 8, 12) === 'WEBP') return 'image/webp';
  return null;
}

const badPhoto = (field: string, code: string) => new AppError('INVALID_INPUT', { issues: [{ path: [field], code, message: code }] });

/**
 * The decoded photo and its type, or INVALID_INPUT on `field` ('photo_too_big', 'photo_type').
 * `claimed`: a type the sender named must be what the bytes are.
 */
export function checkPhoto(base64: string, opts: { field?: string; claimed?: Photo['mime'] } = {}): { bytes: Buffer; mime: Photo['mime'] } {
  const field = opts.field ?? 'base64';
  const bytes = Buffer.from(base64, 'base64');
  if (bytes.length > MAX_PHOTO_BYTES) throw badPhoto(field, 'photo_too_big');
  const mime = sniff(bytes);
  if (!mime) throw badPhoto(field, 'photo_type');
  if (opts.claimed && opts.claimed !== mime) throw badPhoto('mime', 'photo_type');
  return { bytes, mime };
}
