import { uuidv7 } from '../uuid';
import type { Product, ProductInput, Unit } from '../../shared/api/products';
import { AppError } from '../../shared/errors';
import type { DB } from '../db/open';
import { stmt } from '../db/stmt';
import { assertUnitQty } from '../stock/units';
import { inStoreBarcode } from './barcode';

interface Row {
  id: number;
  uid: string;
  sku: string;
  name_hi: string;
  name_en: string;
  craft_id: number;
  craft_hi: string;
  craft_en: string;
  artisan_id: number | null;
  artisan_hi: string | null;
  artisan_en: string | null;
  price_paise: number;
  cost_paise: number | null;
  commission_bps: number | null;
  artisan_fixed_paise: number | null;
  discount_rule: 'split' | 'shop';
  hsn: string;
  gst_rate_bps: number;
  unit: Unit;
  for_sale: number;
  for_rent: number;
  status: 'active' | 'archived';
  low_stock_milli: number;
  on_hand: number;
  barcodes: string | null;
  created_at: string;
  updated_at: string;
}

export function getProduct(db: DB, id: number): Product {
  const r = stmt<[number], Row>(
    db,
    `SELECT p.*, c.name_hi AS craft_hi, c.name_en AS craft_en, a.name_hi AS artisan_hi, a.name_en AS artisan_en,
            COALESCE(s.qty_milli, 0) AS on_hand,
            (SELECT json_group_array(code) FROM (SELECT code FROM barcodes WHERE product_id = p.id ORDER BY code)) AS barcodes
       FROM products p JOIN crafts c ON c.id = p.craft_id
       LEFT JOIN artisans a ON a.id = p.artisan_id
       LEFT JOIN stock_on_hand s ON s.product_id = p.id
      WHERE p.id = ?`,
  ).get(id);
  if (!r) throw new AppError('NOT_FOUND', { what: 'product', field: 'id', id });
  return {
    id: r.id,
    uid: r.uid,
    sku: r.sku,
    nameHi: r.name_hi,
    nameEn: r.name_en,
    craftId: r.craft_id,
    craftHi: r.craft_hi,
    craftEn: r.craft_en,
    artisanId: r.artisan_id,
    artisanHi: r.artisan_hi,
    artisanEn: r.artisan_en,
    pricePaise: r.price_paise,
    costPaise: r.cost_paise,
    commissionBps: r.commission_bps,
    artisanFixedPaise: r.artisan_fixed_paise,
    discountRule: r.discount_rule,
    hsn: r.hsn,
    gstRateBps: r.gst_rate_bps,
    unit: r.unit,
    forSale: r.for_sale === 1,
    forRent: r.for_rent === 1,
    status: r.status,
    lowStockMilli: r.low_stock_milli,
    onHandMilli: r.on_hand,
    barcodes: JSON.parse(r.barcodes ?? '[]') as string[],
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/** Unknown craft or artisan: NOT_FOUND naming the field. */
function checkRefs(db: DB, p: ProductInput): string {
  const craft = stmt<[number], { code: string }>(db, 'SELECT code FROM crafts WHERE id = ?').get(p.craftId);
  if (!craft) throw new AppError('NOT_FOUND', { what: 'craft', field: 'craftId', id: p.craftId });
  if (p.artisanId !== null && !stmt(db, 'SELECT 1 FROM artisans WHERE id = ?').get(p.artisanId)) {
    throw new AppError('NOT_FOUND', { what: 'artisan', field: 'artisanId', id: p.artisanId });
  }
  assertUnitQty(p.unit, p.lowStockMilli, ['lowStockMilli']);
  return craft.code;
}

function checkSkuFree(db: DB, sku: string, selfId: number): void {
  const other = stmt<[string, number], { id: number }>(db, 'SELECT id FROM products WHERE sku = ? COLLATE NOCASE AND id <> ?').get(sku, selfId);
  if (other) throw new AppError('CONFLICT', { field: 'sku', value: sku, productId: other.id });
  // A rental piece's tag scans too: a code must find one thing only.
  if (stmt(db, 'SELECT 1 FROM rental_pieces WHERE tag = ? COLLATE NOCASE').get(sku)) throw new AppError('CONFLICT', { field: 'sku', value: sku, reason: 'pieceTag' });
}

/** Replace a product's barcodes; none given means one in-store EAN-13 made from its id. */
function setBarcodes(db: DB, productId: number, codes: string[]): void {
  const wanted = codes.length ? codes : [inStoreBarcode(productId)];
  wanted.forEach((code, i) => {
    if (wanted.indexOf(code) !== i) throw new AppError('CONFLICT', { field: 'barcodes', index: i, value: code });
    const other = stmt<[string, number], { product_id: number }>(db, 'SELECT product_id FROM barcodes WHERE code = ? AND product_id <> ?').get(code, productId);
    if (other) throw new AppError('CONFLICT', { field: 'barcodes', index: codes.length ? i : undefined, value: code, productId: other.product_id });
    // A barcode must not read as another product's SKU either: a scan finds one product only.
    const sku = stmt<[string, number], { id: number }>(db, 'SELECT id FROM products WHERE sku = ? COLLATE NOCASE AND id <> ?').get(code, productId);
    if (sku) throw new AppError('CONFLICT', { field: 'barcodes', index: i, value: code, productId: sku.id });
    if (stmt(db, 'SELECT 1 FROM rental_pieces WHERE tag = ? COLLATE NOCASE').get(code)) throw new AppError('CONFLICT', { field: 'barcodes', index: i, value: code, reason: 'pieceTag' });
  });
  stmt(db, 'DELETE FROM barcodes WHERE product_id = ?').run(productId);
  for (const code of wanted) stmt(db, 'INSERT INTO barcodes (code, product_id) VALUES (?, ?)').run(code, productId);
}

const COLUMNS = `name_hi = @nameHi, name_en = @nameEn, craft_id = @craftId, artisan_id = @artisanId, price_paise = @pricePaise,
  cost_paise = @costPaise, commission_bps = @commissionBps, artisan_fixed_paise = @artisanFixedPaise, discount_rule = @discountRule, hsn = @hsn, gst_rate_bps = @gstRateBps, unit = @unit,
  for_sale = @forSale, for_rent = @forRent, low_stock_milli = @lowStockMilli, updated_at = @at`;

function bind(p: ProductInput, at: Date) {
  return { ...p, forSale: p.forSale ? 1 : 0, forRent: p.forRent ? 1 : 0, at: at.toISOString() };
}

/** A new product (the screens and the demo loader both come through here). */
export function createProduct(db: DB, p: ProductInput, at: Date): Product {
  const craftCode = checkRefs(db, p);
  if (p.sku) checkSkuFree(db, p.sku, 0);
  const uid = uuidv7();
  // The SKU is unique and NOT NULL: hold the uid there until the made-up SKU can use the id.
  const id = Number(
    stmt(db, `INSERT INTO products (uid, sku, name_hi, name_en, craft_id, created_at, updated_at, price_paise) VALUES (?, ?, '-', '', ?, ?, ?, 0)`).run(
      uid, uid, p.craftId, at.toISOString(), at.toISOString(),
    ).lastInsertRowid,
  );
  let sku = p.sku;
  for (let n = 0; !sku; n++) {
    const made = `${craftCode}-${String(id).padStart(4, '0')}${n ? `-${n}` : ''}`;
    if (!stmt(db, 'SELECT 1 FROM products WHERE sku = ? COLLATE NOCASE').get(made)) sku = made;
  }
  stmt(db, `UPDATE products SET sku = @sku, ${COLUMNS} WHERE id = @id`).run({ ...bind(p, at), sku, id });
  setBarcodes(db, id, p.barcodes);
  return getProduct(db, id);
}

/** Edit a product; barcodes undefined leaves them as they are. Unit changes are refused once stock moved. */
export function updateProduct(db: DB, id: number, p: Omit<ProductInput, 'barcodes'> & { barcodes?: string[] }, at: Date): { before: Product; after: Product } {
  const before = getProduct(db, id);
  checkRefs(db, { ...p, barcodes: [] });
  const sku = p.sku || before.sku;
  checkSkuFree(db, sku, id);
  if (p.unit !== before.unit && stmt(db, 'SELECT 1 FROM stock_movements WHERE product_id = ? LIMIT 1').get(id)) {
    throw new AppError('CONFLICT', { field: 'unit', reason: 'stockMoved', productId: id });
  }
  stmt(db, `UPDATE products SET sku = @sku, ${COLUMNS} WHERE id = @id`).run({ ...bind({ ...p, barcodes: [] }, at), sku, id });
  if (p.barcodes !== undefined) setBarcodes(db, id, p.barcodes);
  return { before, after: getProduct(db, id) };
}

/** Archive or restore: status only; a product is never deleted (its history points at it). */
export function setProductStatus(db: DB, id: number, status: 'active' | 'archived', at: Date): { before: Product; after: Product } {
  const before = getProduct(db, id);
  stmt(db, 'UPDATE products SET status = ?, updated_at = ? WHERE id = ?').run(status, at.toISOString(), id);
  return { before, after: getProduct(db, id) };
}

/** A product by barcode or SKU (what a scanner or a typed code gives). */
export function productIdByCode(db: DB, code: string): number | null {
  const b = stmt<[string], { product_id: number }>(db, 'SELECT product_id FROM barcodes WHERE code = ?').get(code);
  if (b) return b.product_id;
  return stmt<[string], { id: number }>(db, 'SELECT id FROM products WHERE sku = ? COLLATE NOCASE').get(code)?.id ?? null;
}
