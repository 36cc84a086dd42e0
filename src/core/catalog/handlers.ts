import type { catalogApi } from '../../shared/api/catalog';
import { stmt } from '../db/stmt';
import type { HandlerMap } from '../dispatch';
import { PRODUCT_ROW_COLUMNS, PRODUCT_ROW_FROM, toProductRow, type ProductRowSql } from './product-row';


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
    const rows = stmt<[typeof params], ProductRowSql>(
      db,
      `SELECT ${PRODUCT_ROW_COLUMNS} FROM ${PRODUCT_ROW_FROM}
        ${WHERE}
        ORDER BY ${ORDER[q.sort]} LIMIT @limit OFFSET @offset`,
    ).all(params);
    const total = stmt<[typeof params], { n: number }>(db, `SELECT count(*) AS n FROM products p LEFT JOIN stock_on_hand s ON s.product_id = p.id ${WHERE}`).get(params)!.n;
    return {
      total,
      rows: rows.map(toProductRow),
    };
  },
} satisfies HandlerMap<typeof catalogApi>;
