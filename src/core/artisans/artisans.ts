import { uuidv7 } from '../uuid';
import type { Artisan, ArtisanInput } from '../../shared/api/artisans';
import { AppError } from '../../shared/errors';
import type { DB } from '../db/open';
import { stmt } from '../db/stmt';

interface Row {
  id: number;
  uid: string;
  name_hi: string;
  name_en: string;
  phone: string;
  village: string;
  upi_id: string;
  bank_details: string;
  commission_bps: number;
  notes: string;
  active: number;
  created_at: string;
  product_count: number;
  stock_value: number;
}

// Stock value at selling price: sum of qty_milli * price, then / 1000 rounded half up, in integers.
const SELECT = `SELECT a.*,
    (SELECT count(*) FROM products p WHERE p.artisan_id = a.id AND p.status = 'active') AS product_count,
    (SELECT (COALESCE(sum(s.qty_milli * p.price_paise), 0) + 500) / 1000 FROM products p JOIN stock_on_hand s ON s.product_id = p.id
      WHERE p.artisan_id = a.id AND s.qty_milli > 0) AS stock_value
  FROM artisans a`;

const toArtisan = (r: Row): Artisan => ({
  id: r.id,
  uid: r.uid,
  nameHi: r.name_hi,
  nameEn: r.name_en,
  phone: r.phone,
  village: r.village,
  upiId: r.upi_id,
  bankDetails: r.bank_details,
  commissionBps: r.commission_bps,
  notes: r.notes,
  active: r.active === 1,
  createdAt: r.created_at,
  productCount: r.product_count,
  stockValuePaise: r.stock_value,
});

export function getArtisan(db: DB, id: number, field = 'id'): Artisan {
  const r = stmt<[number], Row>(db, `${SELECT} WHERE a.id = ?`).get(id);
  if (!r) throw new AppError('NOT_FOUND', { what: 'artisan', field, id });
  return toArtisan(r);
}

export function listArtisans(db: DB, includeInactive: boolean): Artisan[] {
  return stmt<[number], Row>(db, `${SELECT} WHERE a.active = 1 OR ? ORDER BY a.active DESC, COALESCE(NULLIF(a.name_hi, ''), a.name_en), a.id`)
    .all(includeInactive ? 1 : 0)
    .map(toArtisan);
}

function bind(a: ArtisanInput) {
  return { ...a, active: a.active ? 1 : 0 };
}

export function createArtisan(db: DB, a: ArtisanInput, at: Date): Artisan {
  const r = stmt(
    db,
    `INSERT INTO artisans (uid, name_hi, name_en, phone, village, upi_id, bank_details, commission_bps, notes, active, created_at)
     VALUES (@uid, @nameHi, @nameEn, @phone, @village, @upiId, @bankDetails, @commissionBps, @notes, @active, @at)`,
  ).run({ ...bind(a), uid: uuidv7(), at: at.toISOString() });
  return getArtisan(db, Number(r.lastInsertRowid));
}

/** Edit an artisan; set active false to retire her (never deleted: sales and payouts point at her). */
export function updateArtisan(db: DB, id: number, a: ArtisanInput): { before: Artisan; after: Artisan } {
  const before = getArtisan(db, id);
  stmt(
    db,
    `UPDATE artisans SET name_hi = @nameHi, name_en = @nameEn, phone = @phone, village = @village, upi_id = @upiId,
       bank_details = @bankDetails, commission_bps = @commissionBps, notes = @notes, active = @active WHERE id = @id`,
  ).run({ ...bind(a), id });
  return { before, after: getArtisan(db, id) };
}
