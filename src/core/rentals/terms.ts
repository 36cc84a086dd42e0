/** How each item is rented (terms), what the shop owns of it, and the shop's cancellation rules and slip terms. */
import type { PieceStatus, RentableItem, RentalRules, RentalTerms, RentalTermsInput } from '../../shared/api/rentals';
import { PIECE_STATUSES } from '../../shared/api/rentals';
import { AppError } from '../../shared/errors';
import type { DB } from '../db/open';
import { stmt } from '../db/stmt';

interface TermsRow {
  mode: RentalTerms['mode']; day_price_paise: number | null; event_price_paise: number | null; event_days: number | null;
  deposit_paise: number; late_fee_per_day_paise: number; buffer_days: number;
}

const toTerms = (t: TermsRow): RentalTerms => ({
  mode: t.mode, dayPricePaise: t.day_price_paise, eventPricePaise: t.event_price_paise, eventDays: t.event_days,
  depositPaise: t.deposit_paise, lateFeePerDayPaise: t.late_fee_per_day_paise, bufferDays: t.buffer_days,
});

export function readTerms(db: DB, productId: number): RentalTerms | null {
  const t = stmt<[number], TermsRow>(db, 'SELECT * FROM rental_terms WHERE product_id = ?').get(productId);
  return t ? toTerms(t) : null;
}

/** Units of a product out with customers now (lines of rentals out, less what came back or was lost). */
export function outUnits(db: DB, productId: number): number {
  return stmt<[number], { n: number }>(
    db,
    `SELECT COALESCE(sum(l.qty - COALESCE((SELECT sum(x.qty + x.missing_qty) FROM rental_return_lines x WHERE x.line_id = l.id), 0)), 0) AS n
       FROM rental_lines l JOIN rentals r ON r.id = l.rental_id WHERE l.product_id = ? AND r.status = 'out'`,
  ).get(productId)!.n;
}

/** Units the shop owns for renting: on the shelf plus out with customers. */
export function ownedUnits(db: DB, productId: number): number {
  const onHand = stmt<[number], { q: number }>(db, 'SELECT qty_milli AS q FROM stock_on_hand WHERE product_id = ?').get(productId)?.q ?? 0;
  return Math.floor(onHand / 1000) + outUnits(db, productId);
}

interface ItemRow {
  id: number; sku: string; name_hi: string; name_en: string; craft_id: number; artisan_id: number | null; a_hi: string | null; a_en: string | null;
  status: 'active' | 'archived'; for_rent: number;
}

const ITEM_SQL = `SELECT p.id, p.sku, p.name_hi, p.name_en, p.craft_id, p.artisan_id, a.name_hi AS a_hi, a.name_en AS a_en, p.status, p.for_rent
  FROM products p LEFT JOIN artisans a ON a.id = p.artisan_id`;

function toItem(db: DB, p: ItemRow): RentableItem {
  const terms = readTerms(db, p.id);
  const pieces = Object.fromEntries(PIECE_STATUSES.map((s) => [s, 0])) as Record<PieceStatus, number>;
  for (const r of stmt<[number], { status: PieceStatus; n: number }>(db, 'SELECT status, count(*) AS n FROM rental_pieces WHERE product_id = ? GROUP BY status').all(p.id)) pieces[r.status] = r.n;
  const owned = ownedUnits(db, p.id);
  const tagged = PIECE_STATUSES.filter((s) => s !== 'retired').reduce((a, s) => a + pieces[s], 0);
  return {
    productId: p.id, sku: p.sku, nameHi: p.name_hi, nameEn: p.name_en, craftId: p.craft_id, artisanId: p.artisan_id,
    artisanNameHi: p.a_hi ?? '', artisanNameEn: p.a_en ?? '', status: p.status, terms, ownedQty: owned, outQty: outUnits(db, p.id), pieces,
    untagged: terms?.mode === 'pieces' ? Math.max(0, owned - tagged) : 0,
  };
}

export function rentableItems(db: DB, includeArchived: boolean): RentableItem[] {
  return stmt<[number], ItemRow>(db, `${ITEM_SQL} WHERE p.for_rent = 1 AND (? = 1 OR p.status = 'active') ORDER BY p.sku`)
    .all(includeArchived ? 1 : 0)
    .map((p) => toItem(db, p));
}

/** A product that can carry rental terms (for rent), or NOT_FOUND / NOT_FOR_RENT naming `field`. */
export function rentableProduct(db: DB, productId: number, field: string | (string | number)[] = 'productId'): ItemRow {
  const p = stmt<[number], ItemRow>(db, `${ITEM_SQL} WHERE p.id = ?`).get(productId);
  if (!p) throw new AppError('NOT_FOUND', { what: 'product', field, id: productId });
  if (p.for_rent !== 1) throw new AppError('NOT_FOR_RENT', { field, id: p.id, sku: p.sku });
  return p;
}

export function rentableItem(db: DB, productId: number): RentableItem {
  return toItem(db, rentableProduct(db, productId));
}

/** Set an item's terms. The mode cannot change while the item is booked or out (its lines were made for the old mode). */
export function setTerms(db: DB, t: RentalTermsInput, userId: number, now: Date): { before: RentalTerms | null; after: RentableItem } {
  rentableProduct(db, t.productId);
  const before = readTerms(db, t.productId);
  if (before && before.mode !== t.mode) {
    const open = stmt<[number], { n: number }>(
      db,
      `SELECT count(*) AS n FROM rental_lines l JOIN rentals r ON r.id = l.rental_id WHERE l.product_id = ? AND r.status IN ('booked', 'out')`,
    ).get(t.productId)!.n;
    if (open > 0) throw new AppError('CONFLICT', { field: 'mode', reason: 'openRentals', productId: t.productId });
  }
  stmt(
    db,
    `INSERT INTO rental_terms (product_id, mode, day_price_paise, event_price_paise, event_days, deposit_paise, late_fee_per_day_paise, buffer_days, updated_at, updated_by)
     VALUES (@productId, @mode, @dayPricePaise, @eventPricePaise, @eventDays, @depositPaise, @lateFeePerDayPaise, @bufferDays, @at, @userId)
     ON CONFLICT(product_id) DO UPDATE SET mode = excluded.mode, day_price_paise = excluded.day_price_paise, event_price_paise = excluded.event_price_paise,
       event_days = excluded.event_days, deposit_paise = excluded.deposit_paise, late_fee_per_day_paise = excluded.late_fee_per_day_paise,
       buffer_days = excluded.buffer_days, updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
  ).run({ ...t, at: now.toISOString(), userId });
  return { before, after: rentableItem(db, t.productId) };
}

export function readRules(db: DB): RentalRules {
  const r = stmt<[], { cancel_free_days: number; cancel_keep_bps: number; terms: string }>(db, 'SELECT cancel_free_days, cancel_keep_bps, terms FROM rental_rules WHERE id = 1').get()!;
  return { cancelFreeDays: r.cancel_free_days, cancelKeepBps: r.cancel_keep_bps, terms: JSON.parse(r.terms) as string[] };
}

export function writeRules(db: DB, r: RentalRules, userId: number, now: Date): RentalRules {
  stmt(db, 'UPDATE rental_rules SET cancel_free_days = ?, cancel_keep_bps = ?, terms = ?, updated_at = ?, updated_by = ? WHERE id = 1').run(
    r.cancelFreeDays, r.cancelKeepBps, JSON.stringify(r.terms), now.toISOString(), userId,
  );
  return readRules(db);
}
