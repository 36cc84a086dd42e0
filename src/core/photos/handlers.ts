import type { Photo, photosApi } from '../../shared/api/photos';
import { MAX_PHOTO_BYTES } from '../../shared/api/photos';
import { AppError } from '../../shared/errors';
import { getProduct } from '../catalog/products';
import { stmt } from '../db/stmt';
import type { HandlerMap } from '../dispatch';

/** What the bytes are, by their first bytes (never by what the sender claims). */
function sniff(b: Buffer): Photo['mime'] | null {
  if (b.length > 8 && b.readUInt32BE(0) === 0x89504e47) return 'image/png';
  if (b.length > 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'image/jpeg';
  if (b.length > 12 && b.toString('latin1', 0, 4) === 'RIFF' && b.toString('latin1', 8, 12) === 'WEBP') return 'image/webp';
  return null;
}

const badPhoto = (code: string) => new AppError('INVALID_INPUT', { issues: [{ path: ['base64'], code, message: code }] });

export const photosHandlers = {
  'photos.get': ({ productId }, { db }) => {
    const r = stmt<[number], { mime: Photo['mime']; bytes: Buffer }>(db, 'SELECT mime, bytes FROM product_photos WHERE product_id = ?').get(productId);
    return r ? { mime: r.mime, base64: r.bytes.toString('base64') } : null;
  },
  'photos.set': ({ productId, base64 }, ctx) => {
    getProduct(ctx.db, productId); // NOT_FOUND for an unknown product
    if (base64 === '') {
      stmt(ctx.db, 'DELETE FROM product_photos WHERE product_id = ?').run(productId);
      ctx.auditDetails({ input: { productId, removed: true } });
      return null;
    }
    const bytes = Buffer.from(base64, 'base64');
    if (bytes.length > MAX_PHOTO_BYTES) throw badPhoto('photo_too_big');
    const mime = sniff(bytes);
    if (!mime) throw badPhoto('photo_type');
    stmt(
      ctx.db,
      `INSERT INTO product_photos (product_id, mime, bytes, updated_at) VALUES (?, ?, ?, ?)
       ON CONFLICT(product_id) DO UPDATE SET mime = excluded.mime, bytes = excluded.bytes, updated_at = excluded.updated_at`,
    ).run(productId, mime, bytes, ctx.now.toISOString());
    ctx.auditDetails({ input: { productId, mime, bytes: bytes.length } }); // not the image itself
    return null;
  },
} satisfies HandlerMap<typeof photosApi>;
