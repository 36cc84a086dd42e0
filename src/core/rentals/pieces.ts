/** Tagged pieces: each costume its own tag and history (ready, out, cleaning, repair, retired). */
import { uuidv7 } from '../uuid';
import type { SessionUser } from '../../shared/api';
import type { PieceEvent, PieceStatus, RentalPiece } from '../../shared/api/rentals';
import { AppError } from '../../shared/errors';
import type { DB } from '../db/open';
import { stmt } from '../db/stmt';
import { productIdByCode } from '../catalog/products';
import { recordMovement } from '../stock/ledger';
import { ownedUnits, readTerms, rentableProduct } from './terms';

interface PieceRow {
  id: number; product_id: number; sku: string; name_hi: string; name_en: string; tag: string; status: PieceStatus; note: string; updated_at: string;
  rental_id: number | null; rental_no: string | null;
}

const PIECE_SQL = `SELECT c.id, c.product_id, p.sku, p.name_hi, p.name_en, c.tag, c.status, c.note, c.updated_at, r.id AS rental_id, r.rental_no
  FROM rental_pieces c JOIN products p ON p.id = c.product_id
  LEFT JOIN rental_lines l ON l.piece_id = c.id AND c.status = 'out' AND l.rental_id IN (SELECT id FROM rentals WHERE status = 'out')
    AND NOT EXISTS (SELECT 1 FROM rental_return_lines x WHERE x.line_id = l.id)
  LEFT JOIN rentals r ON r.id = l.rental_id`;

const toPiece = (r: PieceRow): RentalPiece => ({
  id: r.id, productId: r.product_id, sku: r.sku, nameHi: r.name_hi, nameEn: r.name_en, tag: r.tag, status: r.status, note: r.note, updatedAt: r.updated_at,
  rentalId: r.rental_id, rentalNo: r.rental_no,
});

export function getPiece(db: DB, pieceId: number, field: string | (string | number)[] = 'pieceId'): RentalPiece {
  const r = stmt<[number], PieceRow>(db, `${PIECE_SQL} WHERE c.id = ?`).get(pieceId);
  if (!r) throw new AppError('NOT_FOUND', { what: 'piece', field, id: pieceId });
  return toPiece(r);
}

export function listPieces(db: DB, q: { productId?: number | undefined; status?: PieceStatus | undefined }): RentalPiece[] {
  return stmt<[number | null, number | null, string | null, string | null], PieceRow>(
    db,
    `${PIECE_SQL} WHERE (? IS NULL OR c.product_id = ?) AND (? IS NULL OR c.status = ?) ORDER BY p.sku, c.tag`,
  ).all(q.productId ?? null, q.productId ?? null, q.status ?? null, q.status ?? null).map(toPiece);
}

export function pieceHistory(db: DB, pieceId: number): PieceEvent[] {
  return stmt<[number], { at: string; status: PieceStatus; note: string; by: string | null; rental_no: string | null; photo_id: number | null }>(
    db,
    `SELECT e.at, e.status, e.note, u.name AS by, r.rental_no, e.photo_id FROM rental_piece_events e
       LEFT JOIN users u ON u.id = e.user_id LEFT JOIN rentals r ON r.id = e.rental_id WHERE e.piece_id = ? ORDER BY e.id`,
  ).all(pieceId).map((e) => ({ at: e.at, status: e.status, note: e.note, by: e.by ?? '', rentalNo: e.rental_no, photoId: e.photo_id }));
}

/** THE way a piece changes status: the cached status and an event in its history, together. */
export function movePiece(db: DB, pieceId: number, status: PieceStatus, e: { note?: string; userId: number; at: string; rentalId?: number | null; photoId?: number | null }): void {
  stmt(db, 'INSERT INTO rental_piece_events (piece_id, at, status, note, user_id, rental_id, photo_id) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
    pieceId, e.at, status, e.note ?? '', e.userId, e.rentalId ?? null, e.photoId ?? null,
  );
  // The note is the piece's latest condition: an event without one leaves it as it was.
  stmt(db, `UPDATE rental_pieces SET status = ?, note = CASE WHEN ? = '' THEN note ELSE ? END, updated_at = ? WHERE id = ?`).run(status, e.note ?? '', e.note ?? '', e.at, pieceId);
}

/** A tag must read as one thing only when scanned: not another piece, barcode or SKU. */
function tagTaken(db: DB, tag: string): boolean {
  return Boolean(
    stmt(db, 'SELECT 1 FROM rental_pieces WHERE tag = ? COLLATE NOCASE').get(tag) ||
      stmt(db, 'SELECT 1 FROM barcodes WHERE code = ? COLLATE NOCASE').get(tag) ||
      stmt(db, 'SELECT 1 FROM products WHERE sku = ? COLLATE NOCASE').get(tag),
  );
}

/** Tag more pieces of a pieces-mode item: the tags given, then `count` more made from the SKU (RENT-001-4...). */
export function addPieces(db: DB, input: { productId: number; tags: string[]; count: number }, userId: number, now: Date): RentalPiece[] {
  const p = rentableProduct(db, input.productId);
  const terms = readTerms(db, p.id);
  if (!terms) throw new AppError('RENTAL_TERMS_MISSING', { field: 'productId', id: p.id, sku: p.sku });
  if (terms.mode !== 'pieces') throw new AppError('CONFLICT', { field: 'productId', reason: 'countedMode', id: p.id, sku: p.sku });
  if (input.tags.length + input.count === 0) throw new AppError('INVALID_INPUT', { issues: [{ path: ['count'], code: 'too_small', message: 'too_small', minimum: 1 }] });
  const issues = input.tags.flatMap((t, i) => (tagTaken(db, t) || input.tags.findIndex((o) => o.toLowerCase() === t.toLowerCase()) !== i ? [{ path: ['tags', i], code: 'custom', message: 'tag_taken' }] : []));
  if (issues.length) throw new AppError('INVALID_INPUT', { issues });
  // Every piece is a unit in stock: tagging more pieces than there are units would promise what the shelf lacks.
  const tagged = stmt<[number], { n: number }>(db, `SELECT count(*) AS n FROM rental_pieces WHERE product_id = ? AND status <> 'retired'`).get(p.id)!.n;
  const untagged = ownedUnits(db, p.id) - tagged;
  const wanted = input.tags.length + input.count;
  if (wanted > untagged) {
    throw new AppError('INSUFFICIENT_STOCK', { field: input.count ? 'count' : 'tags', productId: p.id, sku: p.sku, onHandMilli: Math.max(0, untagged) * 1000, requestedMilli: wanted * 1000 });
  }
  const tags = [...input.tags];
  for (let n = 1; tags.length < wanted; n++) {
    const made = `${p.sku}-${n}`;
    if (!tagTaken(db, made) && !tags.some((t) => t.toLowerCase() === made.toLowerCase())) tags.push(made);
  }
  const at = now.toISOString();
  return tags.map((tag) => {
    const id = Number(stmt(db, `INSERT INTO rental_pieces (uid, product_id, tag, status, created_at, updated_at) VALUES (?, ?, ?, 'ready', ?, ?)`).run(uuidv7(), p.id, tag, at, at).lastInsertRowid);
    movePiece(db, id, 'ready', { note: '', userId, at });
    return getPiece(db, id);
  });
}

/**
 * Cleaned -> ready, off to repair, or retired for good (a manager's call; the unit leaves the
 * stock as a write-off). 'out' is only set by pick-up and cleared by check-in.
 */
export function setPieceStatus(db: DB, input: { pieceId: number; status: 'ready' | 'cleaning' | 'repair' | 'retired'; note: string; photoId?: number | undefined }, user: SessionUser, now: Date): { before: RentalPiece; after: RentalPiece } {
  const before = getPiece(db, input.pieceId);
  if (before.status === 'out') throw new AppError('CONFLICT', { field: 'status', reason: 'pieceOut', tag: before.tag, rentalNo: before.rentalNo });
  if (before.status === 'retired') throw new AppError('CONFLICT', { field: 'status', reason: 'pieceRetired', tag: before.tag });
  // A photo in the piece's history must be one the shop took of a rental (rentals.addPhoto).
  if (input.photoId !== undefined && !stmt<[number], { id: number }>(db, 'SELECT id FROM rental_photos WHERE id = ?').get(input.photoId)) {
    throw new AppError('NOT_FOUND', { what: 'photo', field: 'photoId', id: input.photoId });
  }
  const at = now.toISOString();
  if (input.status === 'retired') {
    if (user.role === 'cashier') throw new AppError('FORBIDDEN', { field: 'status', reason: 'retire', need: 'manager' });
    recordMovement(db, { productId: before.productId, qtyMilli: -1000, kind: 'write_off', userId: user.id, at: now, reason: `retired ${before.tag}${input.note ? `: ${input.note}` : ''}`, reference: before.tag, refType: 'rental_piece', path: ['pieceId'] });
  }
  movePiece(db, before.id, input.status, { note: input.note, userId: user.id, at, photoId: input.photoId ?? null });
  return { before, after: getPiece(db, before.id) };
}

/** A scanned code: a piece's tag (with the rental it is out on, or booked for next), else an item's barcode or SKU. */
export function lookup(db: DB, code: string): { productId: number; pieceId: number | null; tag: string | null; rentalId: number | null } | null {
  const piece = stmt<[string], { id: number; product_id: number; tag: string }>(db, 'SELECT id, product_id, tag FROM rental_pieces WHERE tag = ? COLLATE NOCASE').get(code);
  if (piece) {
    const rental = stmt<[number], { id: number }>(
      db,
      `SELECT r.id FROM rental_lines l JOIN rentals r ON r.id = l.rental_id WHERE l.piece_id = ? AND r.status IN ('out', 'booked')
        ORDER BY r.status = 'out' DESC, r.from_date LIMIT 1`,
    ).get(piece.id);
    return { productId: piece.product_id, pieceId: piece.id, tag: piece.tag, rentalId: rental?.id ?? null };
  }
  const productId = productIdByCode(db, code);
  if (productId === null) return null;
  const forRent = stmt<[number], { for_rent: number }>(db, 'SELECT for_rent FROM products WHERE id = ?').get(productId)?.for_rent === 1;
  return forRent ? { productId, pieceId: null, tag: null, rentalId: null } : null;
}
