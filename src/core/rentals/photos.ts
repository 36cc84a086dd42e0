/** Photos of damage on a rental: added while it is out, attached to a check-in line, read back by id. */
import { uuidv7 } from '../uuid';
import type { Photo } from '../../shared/api/photos';
import { AppError } from '../../shared/errors';
import type { DB } from '../db/open';
import { stmt } from '../db/stmt';
import { checkPhoto } from '../photos/image';
import { rentalRow } from './read';

export function addPhoto(db: DB, input: { rentalId: number; mime: Photo['mime']; base64: string }, userId: number, now: Date): { photoId: number; mime: Photo['mime']; bytes: number } {
  const r = rentalRow(db, input.rentalId);
  if (r.status !== 'out') throw new AppError('RENTAL_STATUS', { field: 'rentalId', rentalNo: r.rental_no, status: r.status });
  const { bytes, mime } = checkPhoto(input.base64, { claimed: input.mime });
  const photoId = Number(
    stmt(db, 'INSERT INTO rental_photos (uid, rental_id, mime, bytes, at, user_id) VALUES (?, ?, ?, ?, ?, ?)').run(uuidv7(), r.id, mime, bytes, now.toISOString(), userId).lastInsertRowid,
  );
  return { photoId, mime, bytes: bytes.length };
}

export function getPhoto(db: DB, photoId: number): Photo {
  const p = stmt<[number], { mime: Photo['mime']; bytes: Buffer }>(db, 'SELECT mime, bytes FROM rental_photos WHERE id = ?').get(photoId);
  if (!p) throw new AppError('NOT_FOUND', { what: 'rentalPhoto', field: 'photoId', id: photoId });
  return { mime: p.mime, base64: p.bytes.toString('base64') };
}

/** NOT_FOUND on `field` unless the photo was added to this rental. */
export function checkPhotoOf(db: DB, rentalId: number, photoId: number, field: (string | number)[]): void {
  const owner = stmt<[number], { rental_id: number }>(db, 'SELECT rental_id FROM rental_photos WHERE id = ?').get(photoId);
  if (owner?.rental_id !== rentalId) throw new AppError('NOT_FOUND', { what: 'rentalPhoto', field, id: photoId });
}
