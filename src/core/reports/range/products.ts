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

/** x / 1000 rounded half away from zero, in SQLite's integer arithmetic (the rule of mulDivRound). */
const ROUND = (x: string) => `(CASE WHEN ${x} >= 0 THEN (${x} * 2 + 1000) / 2000 ELSE -((-(${x}) * 2 + 1000) / 2000) END)`;

export const PRODUCT_RANGE_SQL = {
  /** Per product over the range from product_daily, the best net sellers first. */
  top: `SELECT p.sku, p.name_hi, p.name_en, c.name_hi AS craft_hi, c.name_en AS craft_en, x.qty, x.net, x.rqty, x.rnet
          FROM (SELECT product_id, sum(qty_milli) AS qty, sum(net_paise) AS net, sum(returned_milli) AS rqty, sum(returned_paise) AS rnet
                  FROM product_daily WHERE business_date BETWEEN ? AND ? GROUP BY product_id ORDER BY sum(net_paise) - sum(returned_paise) DESC, product_id LIMIT ${TOP_N}) x
          JOIN products p ON p.id = x.product_id JOIN crafts c ON c.id = p.craft_id ORDER BY x.net - x.rnet DESC, x.qty DESC`,
  /** In stock, for sale, last sold before the cut-off (or never): the stock's value at price decides the order. */
  slow: `SELECT p.sku, p.name_hi, p.name_en, c.name_hi AS craft_hi, c.name_en AS craft_en, s.qty_milli AS qty, p.price_paise AS price, l.business_date AS last_sold
           FROM stock_on_hand s JOIN products p ON p.id = s.product_id JOIN crafts c ON c.id = p.craft_id LEFT JOIN product_last_sold l ON l.product_id = p.id
          WHERE s.qty_milli > 0 AND p.status = 'active' AND p.for_sale = 1 AND (l.business_date IS NULL OR l.business_date < ?)
          ORDER BY s.qty_milli * p.price_paise DESC, p.id LIMIT ${SLOW_N}`,
  /**
   * Stock on hand (the sum of its movements, cached) valued per product, rounded half away from
   * zero per product as mulDivRound does (qty_milli x paise / 1000), summed by craft and owner in SQL.
   */
  stock: `SELECT p.craft_id, COALESCE(p.artisan_id, 0) AS artisan_id, count(*) AS items, sum(s.qty_milli) AS qty,
                 sum(${ROUND('s.qty_milli * p.price_paise')}) AS at_price,
                 sum(CASE WHEN p.cost_paise IS NULL THEN 0 ELSE ${ROUND('s.qty_milli * p.cost_paise')} END) AS at_cost,
                 sum(p.cost_paise IS NULL) AS no_cost
            FROM stock_on_hand s JOIN products p ON p.id = s.product_id WHERE s.qty_milli <> 0 GROUP BY p.craft_id, p.artisan_id`,
} as const;

const productCols = [col('sku', 'text', 'कोड', 'SKU'), col('product', 'text', 'सामान', 'Product'), col('craft', 'text', 'शिल्प', 'Craft')];

export function byProduct(db: DB, from: string, to: string, slowDays: number, today: string): ReportSection[] {
  type Top = { sku: string; name_hi: string; name_en: string; craft_hi: string; craft_en: string; qty: number; net: number; rqty: number; rnet: number };
  const top = stmt<[string, string], Top>(db, PRODUCT_RANGE_SQL.top).all(from, to);
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
