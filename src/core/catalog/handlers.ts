import type { ProductRow } from '../../shared/api';
import type { catalogApi } from '../../shared/api/catalog';
import { stmt } from '../db/stmt';
import type { HandlerMap } from '../dispatch';

interface Row {
  id: number;
  sku: string;
  name_hi: string;
  name_en: string;
  craft_hi: string;
  craft_en: string;
  owner_hi: string | null;
  owner_en: string | null;
  price_paise: number;
  for_sale: number;
  for_rent: number;
  on_hand_milli: number;
  status: 'active' | 'archived';
  unit: 'piece' | 'pair' | 'set' | 'metre';
  craft_id: number;
  artisan_id: number | null;
  barcode: string | null;
  low_stock_milli: number;
}

// Fixed SQL per sort key (never user text in SQL); ties break on id so pages never overlap.
const ORDER = {
  id: 'p.id',
  sku: 'p.sku, p.id',
  name: "COALESCE(NULLIF(p.name_hi, ''), p.name_en), p.id",
  price: 'p.price_paise, p.id',
  onHand: 'on_hand_milli, p.id',
} as const;

const WHERE = `WHERE p.status = @status
   AND (@craftId IS NULL OR p.craft_id = @craftId)
   AND (@artisanId IS NULL OR (@artisanId = 'group' AND p.artisan_id IS NULL) OR p.artisan_id = @artisanId)
   AND (@forRent IS NULL OR p.for_rent = @forRent)
   AND (@lowStockOnly = 0 OR (p.low_stock_milli > 0 AND COALESCE(s.qty_milli, 0) <= p.low_stock_milli))`;

export const catalogHandlers = {
  'catalog.page': (q, { db }) => {
    const params = {
      status: q.status,
      craftId: q.craftId ?? null,
      artisanId: q.artisanId ?? null,
      forRent: q.forRent === undefined ? null : q.forRent ? 1 : 0,
      lowStockOnly: q.lowStockOnly ? 1 : 0,
      limit: q.limit,
      offset: q.offset,
    };
    const rows = stmt<[typeof params], Row>(
      db,
      `SELECT p.id, p.sku, p.name_hi, p.name_en, c.name_hi AS craft_hi, c.name_en AS craft_en,
              a.name_hi AS owner_hi, a.name_en AS owner_en, p.price_paise, p.for_sale, p.for_rent,
              COALESCE(s.qty_milli, 0) AS on_hand_milli, p.status, p.unit, p.craft_id, p.artisan_id, p.low_stock_milli,
              (SELECT min(code) FROM barcodes b WHERE b.product_id = p.id) AS barcode
         FROM products p JOIN crafts c ON c.id = p.craft_id
         LEFT JOIN artisans a ON a.id = p.artisan_id
         LEFT JOIN stock_on_hand s ON s.product_id = p.id
        ${WHERE}
        ORDER BY ${ORDER[q.sort]} LIMIT @limit OFFSET @offset`,
    ).all(params);
    const total = stmt<[typeof params], { n: number }>(db, `SELECT count(*) AS n FROM products p LEFT JOIN stock_on_hand s ON s.product_id = p.id ${WHERE}`).get(params)!.n;
    return {
      total,
      rows: rows.map(
        (r): ProductRow => ({
          id: r.id,
          sku: r.sku,
          nameHi: r.name_hi,
          nameEn: r.name_en,
          craftHi: r.craft_hi,
          craftEn: r.craft_en,
          ownerName: r.owner_hi || r.owner_en,
          pricePaise: r.price_paise,
          forSale: r.for_sale === 1,
          forRent: r.for_rent === 1,
          onHand: r.on_hand_milli / 1000,
          status: r.status,
          unit: r.unit,
          craftId: r.craft_id,
          artisanId: r.artisan_id,
          barcode: r.barcode,
          onHandMilli: r.on_hand_milli,
          lowStockMilli: r.low_stock_milli,
          lowStock: r.low_stock_milli > 0 && r.on_hand_milli <= r.low_stock_milli,
        }),
      ),
    };
  },
} satisfies HandlerMap<typeof catalogApi>;
