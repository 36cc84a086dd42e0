import { uuidv7 } from '../uuid';
import type { Unit } from '../../shared/api/products';
import type { MovementKind } from '../../shared/api/stock';
import { AppError } from '../../shared/errors';
import type { DB } from '../db/open';
import { stmt } from '../db/stmt';
import { assertUnitQty } from './units';

/** Kinds that take stock off the shelf (their qty_milli is negative). */
const REMOVALS: ReadonlySet<MovementKind> = new Set(['sale', 'rental_out', 'return_to_artisan', 'write_off']);
/** Kinds that put stock on the shelf (positive). A count adjustment may go either way. */
const ADDITIONS: ReadonlySet<MovementKind> = new Set(['intake', 'sale_return', 'rental_in']);

export interface NewMovement {
  productId: number;
  /** Signed: negative takes stock away. */
  qtyMilli: number;
  kind: MovementKind;
  unitPricePaise?: number | null;
  userId: number | null;
  at: Date;
  reason?: string;
  reference?: string;
  refType?: string | null;
  refId?: string | null;
  /** Field to name in an error (e.g. ['lines', 0, 'qtyMilli']). */
  path?: (string | number)[];
  /** Goods that have already left the shop (a bill sold offline): recorded even below zero. */
  allowNegative?: boolean;
  /**
   * The product's row as this transaction already read it (checkout reads every line's product
   * with its stock in one query): then it is not read again. Its on_hand must be as of now, i.e.
   * less what earlier movements of the same transaction took (the caller keeps it current).
   */
  stock?: ProductStock;
}

export interface ProductStock {
  id: number;
  sku: string;
  unit: Unit;
  status: 'active' | 'archived';
  on_hand: number;
}

function productStock(db: DB, productId: number): ProductStock | undefined {
  return stmt<[number], ProductStock>(
    db,
    `SELECT p.id, p.sku, p.unit, p.status, COALESCE(s.qty_milli, 0) AS on_hand
       FROM products p LEFT JOIN stock_on_hand s ON s.product_id = p.id WHERE p.id = ?`,
  ).get(productId);
}

export function onHandMilli(db: DB, productId: number): number {
  return stmt<[number], { q: number }>(db, 'SELECT qty_milli AS q FROM stock_on_hand WHERE product_id = ?').get(productId)?.q ?? 0;
}

export function allowNegativeStock(db: DB): boolean {
  return stmt<[], { v: number }>(db, 'SELECT allow_negative_stock AS v FROM shop_settings WHERE id = 1').get()?.v === 1;
}

/**
 * Refuse taking `qtyMilli` (> 0) of a product off the shelf when fewer are on hand, unless the
 * shop allows negative stock. recordMovement makes the same check for every removal (with the
 * row it has already read), so no path can skip it; a count posting checks with this first.
 */
export function assertCanRemove(db: DB, productId: number, qtyMilli: number, path: (string | number)[] = ['qtyMilli']): void {
  const p = productStock(db, productId);
  if (!p) throw new AppError('NOT_FOUND', { what: 'product', field: path.slice(0, -1).concat('productId'), productId });
  if (qtyMilli <= p.on_hand || allowNegativeStock(db)) return;
  throw new AppError('INSUFFICIENT_STOCK', { field: path, productId, sku: p.sku, onHandMilli: p.on_hand, requestedMilli: qtyMilli });
}

/**
 * THE one way a stock movement is written. Checks the product exists, the quantity suits its
 * unit and the sign suits the kind, and that a removal does not take more than is on hand.
 * The stock_on_hand cache is updated by a trigger in the same transaction.
 */
export function recordMovement(db: DB, m: NewMovement): { id: number; uid: string; onHandMilli: number } {
  const path = m.path ?? ['qtyMilli'];
  if (m.stock && m.stock.id !== m.productId) throw new Error(`stock row of product ${m.stock.id} given for ${m.productId}`); // a programming error
  const p = m.stock ?? productStock(db, m.productId);
  if (!p) throw new AppError('NOT_FOUND', { what: 'product', field: path.slice(0, -1).concat('productId'), productId: m.productId });
  if (m.qtyMilli === 0) throw new AppError('INVALID_INPUT', { issues: [{ path, code: 'too_small', message: 'zero', minimum: 1 }] });
  assertUnitQty(p.unit, Math.abs(m.qtyMilli), path);
  if ((REMOVALS.has(m.kind) && m.qtyMilli > 0) || (ADDITIONS.has(m.kind) && m.qtyMilli < 0)) {
    throw new Error(`a ${m.kind} movement cannot have qty ${m.qtyMilli}`); // a programming error, not bad input
  }
  // The removal check with the row in hand (assertCanRemove would read it again).
  if (REMOVALS.has(m.kind) && -m.qtyMilli > p.on_hand && !m.allowNegative && !allowNegativeStock(db)) {
    throw new AppError('INSUFFICIENT_STOCK', { field: path, productId: m.productId, sku: p.sku, onHandMilli: p.on_hand, requestedMilli: -m.qtyMilli });
  }
  const uid = uuidv7();
  const r = stmt(
    db,
    `INSERT INTO stock_movements (uid, product_id, qty_milli, kind, unit_price_paise, user_id, at, reason, reference, ref_type, ref_id)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(uid, m.productId, m.qtyMilli, m.kind, m.unitPricePaise ?? null, m.userId, m.at.toISOString(), m.reason ?? '', m.reference ?? '', m.refType ?? null, m.refId ?? null);
  return { id: Number(r.lastInsertRowid), uid, onHandMilli: p.on_hand + m.qtyMilli };
}

/** The highest movement id so far: a point in the ledger (counts use it as "as the shelf was seen"). */
export function ledgerSeq(db: DB): number {
  return stmt<[], { s: number | null }>(db, 'SELECT max(id) AS s FROM stock_movements').get()?.s ?? 0;
}
