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
}

export const catalogHandlers = {
  'catalog.page': ({ offset, limit }, { db }) => {
    const rows = stmt<[number, number], Row>(
      db,
      `SELECT p.id, p.sku, p.name_hi, p.name_en, c.name_hi AS craft_hi, c.name_en AS craft_en,
              a.name_hi AS owner_hi, a.name_en AS owner_en, p.price_paise, p.for_sale, p.for_rent,
              COALESCE(s.qty_milli, 0) AS on_hand_milli
         FROM products p JOIN crafts c ON c.id = p.craft_id
         LEFT JOIN artisans a ON a.id = p.artisan_id
         LEFT JOIN stock_on_hand s ON s.product_id = p.id
        WHERE p.status = 'active'
        ORDER BY p.id LIMIT ? OFFSET ?`,
    ).all(limit, offset);
    const total = (stmt(db, `SELECT count(*) AS n FROM products WHERE status = 'active'`).get() as { n: number }).n;
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
        }),
      ),
    };
  },
} satisfies HandlerMap<typeof catalogApi>;
