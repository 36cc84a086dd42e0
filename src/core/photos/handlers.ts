import type { Photo, photosApi } from '../../shared/api/photos';
import { getProduct } from '../catalog/products';
import { stmt } from '../db/stmt';
import { checkPhoto } from './image';
import type { HandlerMap } from '../dispatch';

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
    const { bytes, mime } = checkPhoto(base64);
    stmt(
      ctx.db,
      `INSERT INTO product_photos (product_id, mime, bytes, updated_at) VALUES (?, ?, ?, ?)
       ON CONFLICT(product_id) DO UPDATE SET mime = excluded.mime, bytes = excluded.bytes, updated_at = excluded.updated_at`,
    ).run(productId, mime, bytes, ctx.now.toISOString());
    ctx.auditDetails({ input: { productId, mime, bytes: bytes.length } }); // not the image itself
    return null;
  },
} satisfies HandlerMap<typeof photosApi>;
