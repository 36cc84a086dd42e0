/** Products over a range (top sellers; slow movers: in stock, nothing sold in N days) and stock on hand valued by craft and by artisan. */
import type { Cell, ReportSection } from '../../../shared/api/range-reports';
import { addDays } from '../../../shared/dates';
import { mulDivRound } from '../../../shared/money';
import { dmy } from '../../../shared/report-format';
import type { DB } from '../../db/open';
import { stmt } from '../../db/stmt';
import { col, names, summed, w } from './model';

/** How many products each list shows (the slow movers dearest stock first). */
export const TOP_N = 50;
export const SLOW_N = 200;

/** Above this many sale lines in the range (sales_daily says how many) the top sellers come from product_totals' order; below it one pass over product_daily is cheaper. */
export const TOP_BY_ORDER_LINES = 40_000;

type Sums = { id: number; qty: number; net: number; rqty: number; rnet: number };

export const PRODUCT_RANGE_SQL = {
  lines: `SELECT COALESCE(sum(lines + return_lines), 0) AS n FROM sales_daily WHERE business_date BETWEEN ? AND ?`,
  /** Per product over the range from product_daily, the best net sellers first (a short range: one pass over its days). */
  top: `SELECT product_id AS id, sum(qty_milli) AS qty, sum(net_paise) AS net, sum(returned_milli) AS rqty, sum(returned_paise) AS rnet
          FROM product_daily WHERE business_date BETWEEN ? AND ? GROUP BY product_id ORDER BY sum(net_paise) - sum(returned_paise) DESC, product_id LIMIT ${TOP_N}`,
  /** Products by what they ever sold, the most first: no range can give a product more than this (net is never negative). */
  byTotal: `SELECT product_id AS id, net_paise AS bound FROM product_totals INDEXED BY product_totals_net ORDER BY net_paise DESC, product_id LIMIT ? OFFSET ?`,
  /** The range's sums of the given products (a JSON array of ids), each a range of product_daily_product. */
  sumsOf: `SELECT c.value AS id, sum(d.qty_milli) AS qty, sum(d.net_paise) AS net, sum(d.returned_milli) AS rqty, sum(d.returned_paise) AS rnet
             FROM json_each(?) c JOIN product_daily d INDEXED BY product_daily_product ON d.product_id = c.value AND d.business_date BETWEEN ? AND ? GROUP BY c.value`,
  names: `SELECT p.id, p.sku, p.name_hi, p.name_en, c.name_hi AS craft_hi, c.name_en AS craft_en FROM json_each(?) j JOIN products p ON p.id = j.value JOIN crafts c ON c.id = p.craft_id`,
  /** In stock, for sale, last sold before the cut-off (or never): the dearest stock first, read off stock_values' order until 200 are found. */
  slow: `SELECT p.sku, p.name_hi, p.name_en, c.name_hi AS craft_hi, c.name_en AS craft_en, s.qty_milli AS qty, p.price_paise AS price, l.business_date AS last_sold
           FROM stock_values v INDEXED BY stock_values_order CROSS JOIN stock_on_hand s ON s.product_id = v.product_id CROSS JOIN products p ON p.id = v.product_id
           JOIN crafts c ON c.id = p.craft_id LEFT JOIN product_last_sold l ON l.product_id = p.id
          WHERE s.qty_milli > 0 AND p.status = 'active' AND p.for_sale = 1 AND (l.business_date IS NULL OR l.business_date < ?)
          ORDER BY v.value_paise DESC, v.product_id LIMIT ${SLOW_N}`,
  /** Stock on hand and its value by craft and owner, kept per product's rounding by migration 0029's triggers. */
  stock: `SELECT craft_id, artisan_id, items, qty_milli AS qty, at_price_paise AS at_price, at_cost_paise AS at_cost, no_cost FROM stock_groups WHERE items > 0`,
} as const;

const value = (x: Sums) => x.net - x.rnet;
const best = (a: Sums, b: Sums) => value(b) - value(a) || a.id - b.id;

/**
 * The range's top sellers: over a short range one pass over its days; over a long one products in
 * the order of what they ever sold, in doubling batches, until the 50th best so far beats what the
 * next product ever sold (exact: the same list as the pass over the days, ties by id).
 */
export function topSellers(db: DB, from: string, to: string, opts: { n?: number; byOrderAbove?: number; firstBatch?: number } = {}): Sums[] {
  const n = opts.n ?? TOP_N;
  const lines = stmt<[string, string], { n: number }>(db, PRODUCT_RANGE_SQL.lines).get(from, to)!.n;
  if (lines <= (opts.byOrderAbove ?? TOP_BY_ORDER_LINES)) return stmt<[string, string], Sums>(db, PRODUCT_RANGE_SQL.top).all(from, to).slice(0, n);
  const byTotal = stmt<[number, number], { id: number; bound: number }>(db, PRODUCT_RANGE_SQL.byTotal);
  const sumsOf = stmt<[string, string, string], Sums>(db, PRODUCT_RANGE_SQL.sumsOf);
  let top: Sums[] = [];
  for (let offset = 0, batch = opts.firstBatch ?? 100; ; offset += batch, batch *= 2) {
    const ids = byTotal.all(batch, offset);
    if (!ids.length) return top;
    top = [...top, ...sumsOf.all(JSON.stringify(ids.map((x) => x.id)), from, to)].sort(best).slice(0, n);
    const next = byTotal.get(1, offset + ids.length);
    if (!next || (top.length === n && value(top[n - 1]!) > next.bound)) return top;
  }
}

const productCols = [col('sku', 'text', 'कोड', 'SKU'), col('product', 'text', 'सामान', 'Product'), col('craft', 'text', 'शिल्प', 'Craft')];

export function byProduct(db: DB, from: string, to: string, slowDays: number, today: string): ReportSection[] {
  type Named = { id: number; sku: string; name_hi: string; name_en: string; craft_hi: string; craft_en: string };
  const sums = topSellers(db, from, to).sort((a, b) => value(b) - value(a) || b.qty - a.qty || a.id - b.id);
  const named = new Map(stmt<[string], Named>(db, PRODUCT_RANGE_SQL.names).all(JSON.stringify(sums.map((x) => x.id))).map((n) => [n.id, n]));
  const top = sums.map((x) => ({ ...named.get(x.id)!, ...x }));
  const cutoff = addDays(today, -slowDays + 1);
  type Slow = { sku: string; name_hi: string; name_en: string; craft_hi: string; craft_en: string; qty: number; price: number; last_sold: string | null };
  const slow = stmt<[string], Slow>(db, PRODUCT_RANGE_SQL.slow).all(cutoff);
  return [
    summed({
      id: 'top', title: w(`सबसे ज़्यादा बिकने वाले (पहले ${TOP_N})`, `Top sellers (first ${TOP_N})`),
      columns: [...productCols, col('qty', 'qty', 'बिका', 'Sold'), col('net', 'money', 'बिक्री', 'Sales'), col('returned', 'money', 'वापसी', 'Returned'), col('net_sales', 'money', 'शुद्ध बिक्री', 'Net sales')],
      rows: top.map((t) => [t.sku, names(t.name_hi, t.name_en), names(t.craft_hi, t.craft_en), t.qty - t.rqty, t.net, t.rnet, t.net - t.rnet]),
      chart: { type: 'bar', labelKey: 'product', valueKeys: ['net_sales'] },
    }),
    summed({
      id: 'slow', title: w(`धीमे बिकने वाले: ${slowDays} दिन से कुछ नहीं बिका`, `Slow movers: nothing sold in ${slowDays} days`),
      columns: [...productCols, col('on_hand', 'qty', 'स्टॉक', 'On hand'), col('value_at_price', 'money', 'बिक्री मूल्य पर', 'Value at price'), col('last_sold', 'date', 'पिछली बिक्री', 'Last sold')],
      rows: slow.map((s) => [s.sku, names(s.name_hi, s.name_en), names(s.craft_hi, s.craft_en), s.qty, mulDivRound(s.qty, s.price, 1000), s.last_sold]),
      note: w(`आज तक स्टॉक में, ${dmy(cutoff)} से कोई बिक्री नहीं (पहले ${SLOW_N}, सबसे महँगा स्टॉक पहले)।`, `In stock today, no sale since ${dmy(cutoff)} (first ${SLOW_N}, dearest stock first).`),
    }),
  ];
}

type Agg = { items: number; qty: number; atCost: number; noCost: number; atPrice: number };

/** Stock on hand now and its value at cost and at price, by craft and by artisan (the group's own stock apart). */
export function stockReport(db: DB): ReportSection[] {
  const crafts = stmt<[], { id: number; name_hi: string; name_en: string }>(db, 'SELECT id, name_hi, name_en FROM crafts ORDER BY sort, id').all();
  const artisans = stmt<[], { id: number; name_hi: string; name_en: string }>(db, 'SELECT id, name_hi, name_en FROM artisans ORDER BY id').all();
  const byCraft = new Map<number, Agg>();
  const byArtisan = new Map<number, Agg>();
  const add = (m: Map<number, Agg>, k: number, r: Agg) => {
    const a = m.get(k) ?? { items: 0, qty: 0, atCost: 0, noCost: 0, atPrice: 0 };
    for (const f of Object.keys(a) as (keyof Agg)[]) a[f] += r[f];
    m.set(k, a);
  };
  type Row = { craft_id: number; artisan_id: number; items: number; qty: number; at_price: number; at_cost: number; no_cost: number };
  for (const r of stmt<[], Row>(db, PRODUCT_RANGE_SQL.stock).all()) {
    const agg = { items: r.items, qty: r.qty, atCost: r.at_cost, noCost: r.no_cost, atPrice: r.at_price };
    add(byCraft, r.craft_id, agg);
    add(byArtisan, r.artisan_id, agg);
  }
  const figures = (a: Agg): Cell[] => [a.items, a.qty, a.atCost, a.noCost, a.atPrice];
  const cols = [
    col('items', 'count', 'सामान', 'Items'), col('on_hand', 'qty', 'स्टॉक', 'On hand'), col('value_at_cost', 'money', 'लागत पर', 'Value at cost'),
    col('items_without_cost', 'count', 'बिना लागत के', 'Items without cost'), col('value_at_price', 'money', 'बिक्री मूल्य पर', 'Value at price'),
  ];
  const note = w('आज का स्टॉक (स्टॉक की हलचल का जोड़); लागत जिन सामानों की दर्ज नहीं, वे लागत मूल्य में नहीं गिने।', 'Stock today (the sum of its movements); items with no cost recorded are left out of the value at cost.');
  return [
    summed({
      id: 'stock_crafts', title: w('शिल्प के हिसाब से स्टॉक', 'Stock by craft'), columns: [col('craft', 'text', 'शिल्प', 'Craft'), ...cols], note,
      rows: crafts.filter((c) => byCraft.has(c.id)).map((c) => [names(c.name_hi, c.name_en), ...figures(byCraft.get(c.id)!)]),
      chart: { type: 'doughnut', labelKey: 'craft', valueKeys: ['value_at_price'] },
    }),
    summed({
      id: 'stock_artisans', title: w('कारीगर के हिसाब से स्टॉक', 'Stock by artisan'), columns: [col('artisan', 'text', 'कारीगर', 'Artisan'), ...cols],
      rows: [
        ...artisans.filter((a) => byArtisan.has(a.id)).map((a) => [names(a.name_hi, a.name_en), ...figures(byArtisan.get(a.id)!)]),
        ...(byArtisan.has(0) ? [[w('समूह का अपना', "The group's own"), ...figures(byArtisan.get(0)!)]] : []),
      ],
    }),
  ];
}
