import type { catalogApi, PageCursor } from '../../shared/api/catalog';
import { stmt } from '../db/stmt';
import type { HandlerMap } from '../dispatch';
import { PRODUCT_ROW_COLUMNS, PRODUCT_ROW_FROM, toProductRow, type ProductRowSql } from './product-row';

/**
 * The sort key per sort (fixed SQL, never user text); ties break on id so pages never overlap.
 * 'name' is exactly the expression of the products_status_name index (migration 15).
 */
const KEY = {
  id: null,
  sku: 'p.sku',
  name: "COALESCE(NULLIF(p.name_hi, ''), p.name_en)",
  price: 'p.price_paise',
  onHand: 'COALESCE(s.qty_milli, 0)',
} as const;
type Sort = keyof typeof KEY;

/**
 * Only the filters asked for go into the SQL (each a fixed fragment), so the planner can use
 * products_craft or products_artisan; a query shape is prepared once and reused (stmt()).
 */
interface Filters { craftId?: number | undefined; artisanId?: number | 'group' | undefined; forRent?: boolean | undefined; lowStockOnly: boolean }

function where(q: Filters): string {
  const w = ['p.status = @status'];
  if (q.craftId !== undefined) w.push('p.craft_id = @craftId');
  if (q.artisanId === 'group') w.push('p.artisan_id IS NULL');
  else if (q.artisanId !== undefined) w.push('p.artisan_id = @artisanId');
  if (q.forRent !== undefined) w.push('p.for_rent = @forRent');
  if (q.lowStockOnly) w.push('p.low_stock_milli > 0 AND COALESCE(s.qty_milli, 0) <= p.low_stock_milli');
  return `WHERE ${w.join(' AND ')}`;
}

/**
 * Rows after the cursor (keyset paging): as fast at row 90,000 as at row 0, unlike OFFSET.
 * Written as `key >= k AND (key > k OR id > i)` rather than `(key, id) > (k, i)`: SQLite uses
 * the first form as a range on an index over an expression, the row value it does not.
 */
function afterClause(sort: Sort): string {
  const key = KEY[sort];
  return key === null ? 'AND p.id > @afterId' : `AND ${key} >= @afterKey AND (${key} > @afterKey OR p.id > @afterId)`;
}

type PageQuery = Filters & { sort: Sort; after?: PageCursor | undefined; offset: number };

/**
 * The SQL of one page and (first page only) of its count; exported for the query-plan tests.
 * `ids` picks the page's ids alone, from an index when the filters and sort allow (a deep OFFSET
 * then skips index entries, not joined rows: 32 -> a few ms at row 50,000); `rows` joins just those.
 */
export function pageSql(q: PageQuery): { ids: string; rows: string; count: string | null } {
  const w = where(q);
  const key = KEY[q.sort];
  const order = `ORDER BY ${key ? `${key}, ` : ''}p.id`;
  const stock = q.lowStockOnly || q.sort === 'onHand' ? 'LEFT JOIN stock_on_hand s ON s.product_id = p.id' : '';
  const ids = `SELECT p.id FROM products p ${stock} ${w} ${q.after ? afterClause(q.sort) : ''} ${order} LIMIT @limit OFFSET @offset`;
  const rows = `SELECT ${PRODUCT_ROW_COLUMNS}, ${key ?? 'p.id'} AS sort_key FROM ${PRODUCT_ROW_FROM} WHERE p.id IN (${ids}) ${order}`;
  // The total only for the first page (the table sizes itself from it), and from products
  // alone unless the low-stock filter needs on-hand: counting on every page was most of its cost.
  const first = q.offset === 0 && !q.after;
  const count = first ? `SELECT count(*) AS n FROM products p ${q.lowStockOnly ? 'LEFT JOIN stock_on_hand s ON s.product_id = p.id' : ''} ${w}` : null;
  return { ids, rows, count };
}

export const catalogHandlers = {
  'catalog.page': (q, { db }) => {
    const params = {
      status: q.status,
      craftId: q.craftId ?? null,
      artisanId: q.artisanId === 'group' ? null : (q.artisanId ?? null),
      forRent: q.forRent === undefined ? null : q.forRent ? 1 : 0,
      limit: q.limit,
      offset: q.offset,
      afterKey: q.after?.key ?? null,
      afterId: q.after?.id ?? null,
    };
    const sql = pageSql(q);
    const rows = stmt<[typeof params], ProductRowSql & { sort_key: string | number }>(db, sql.rows).all(params);
    const total = sql.count === null ? null : stmt<[typeof params], { n: number }>(db, sql.count).get(params)!.n;
    const last = rows.length === q.limit ? rows[rows.length - 1] : undefined;
    const next: PageCursor | null = last ? { key: last.sort_key, id: last.id } : null;
    return { total, next, rows: rows.map(toProductRow) };
  },
} satisfies HandlerMap<typeof catalogApi>;
