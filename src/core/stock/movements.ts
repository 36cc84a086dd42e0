import type { Unit } from '../../shared/api/products';
import type { Movement, MovementKind } from '../../shared/api/stock';
import type { DB } from '../db/open';
import { stmt } from '../db/stmt';

interface Row {
  id: number; uid: string; product_id: number; sku: string; name_hi: string; name_en: string; unit: Unit; qty_milli: number; kind: MovementKind;
  unit_price_paise: number | null; user_id: number | null; user_name: string | null; at: string; reason: string; reference: string; ref_type: string | null; ref_id: string | null;
}

const WHERE = `WHERE (@productId IS NULL OR m.product_id = @productId) AND (@kind IS NULL OR m.kind = @kind)
  AND (@artisanId IS NULL OR p.artisan_id = @artisanId)`;

/** The ledger, newest first, a page at a time. */
export function listMovements(
  db: DB,
  q: { productId?: number | undefined; artisanId?: number | undefined; kind?: MovementKind | undefined; offset: number; limit: number },
): { rows: Movement[]; total: number } {
  const params = { productId: q.productId ?? null, artisanId: q.artisanId ?? null, kind: q.kind ?? null, offset: q.offset, limit: q.limit };
  const rows = stmt<[typeof params], Row>(
    db,
    `SELECT m.*, p.sku, p.name_hi, p.name_en, p.unit, u.name AS user_name
       FROM stock_movements m JOIN products p ON p.id = m.product_id LEFT JOIN users u ON u.id = m.user_id
       ${WHERE} ORDER BY m.id DESC LIMIT @limit OFFSET @offset`,
  ).all(params);
  const total = stmt<[typeof params], { n: number }>(db, `SELECT count(*) AS n FROM stock_movements m JOIN products p ON p.id = m.product_id ${WHERE}`).get(params)!.n;
  return {
    total,
    rows: rows.map((r) => ({
      id: r.id, uid: r.uid, productId: r.product_id, sku: r.sku, nameHi: r.name_hi, nameEn: r.name_en, unit: r.unit, qtyMilli: r.qty_milli, kind: r.kind,
      unitPricePaise: r.unit_price_paise, userId: r.user_id, userName: r.user_name, at: r.at, reason: r.reason, reference: r.reference, refType: r.ref_type, refId: r.ref_id,
    })),
  };
}
