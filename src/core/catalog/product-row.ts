import type { ProductRow } from '../../shared/api';

/**
 * The one shape a product takes on the counter's lists (catalogue page, search, lookup): the
 * columns to select (FROM products p JOIN crafts c, LEFT JOIN artisans a, LEFT JOIN stock_on_hand s)
 * and the mapping, shared so the two lists can never disagree.
 */
export const PRODUCT_ROW_COLUMNS = `p.id, p.sku, p.name_hi, p.name_en, c.name_hi AS craft_hi, c.name_en AS craft_en,
  a.name_hi AS owner_hi, a.name_en AS owner_en, p.price_paise, p.for_sale, p.for_rent,
  COALESCE(s.qty_milli, 0) AS on_hand_milli, p.status, p.unit, p.craft_id, p.artisan_id, p.low_stock_milli,
  (SELECT min(code) FROM barcodes b WHERE b.product_id = p.id) AS barcode`;

export const PRODUCT_ROW_FROM = `products p JOIN crafts c ON c.id = p.craft_id
  LEFT JOIN artisans a ON a.id = p.artisan_id
  LEFT JOIN stock_on_hand s ON s.product_id = p.id`;

export interface ProductRowSql {
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
  unit: NonNullable<ProductRow['unit']>;
  craft_id: number;
  artisan_id: number | null;
  low_stock_milli: number;
  barcode: string | null;
}

export function toProductRow(r: ProductRowSql): ProductRow {
  return {
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
    onHandMilli: r.on_hand_milli,
    status: r.status,
    unit: r.unit,
    craftId: r.craft_id,
    artisanId: r.artisan_id,
    barcode: r.barcode,
    lowStockMilli: r.low_stock_milli,
    lowStock: r.low_stock_milli > 0 && r.on_hand_milli <= r.low_stock_milli,
  };
}
