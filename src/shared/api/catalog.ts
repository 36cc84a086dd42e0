import { z } from 'zod';
import { method } from './define';

export interface ProductRow {
  id: number;
  sku: string;
  nameHi: string;
  nameEn: string;
  craftHi: string;
  craftEn: string;
  ownerName: string | null;
  pricePaise: number;
  forSale: boolean;
  forRent: boolean;
  onHand: number;
  /** Set by search and lookup: an archived product is still found by its barcode, flagged. */
  status?: 'active' | 'archived';
  // Set by catalog.page (optional so other producers of rows need not fill them):
  unit?: 'piece' | 'pair' | 'set' | 'metre';
  craftId?: number;
  artisanId?: number | null;
  /** The first barcode (in-store or printed). */
  barcode?: string | null;
  onHandMilli?: number;
  lowStockMilli?: number;
  /** On hand at or below the product's low-stock threshold (a threshold of 0 never flags). */
  lowStock?: boolean;
}

export interface ProductPage {
  rows: ProductRow[];
  total: number;
}

export const catalogApi = {
  /** One page of the catalogue, never all of it: the screen asks for what it shows. */
  'catalog.page': method<ProductPage>()({
    input: z.object({
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(200).default(50),
      craftId: z.number().int().positive().optional(),
      /** An artisan's id, or 'group' for the group's own stock. */
      artisanId: z.union([z.number().int().positive(), z.literal('group')]).optional(),
      forRent: z.boolean().optional(),
      lowStockOnly: z.boolean().default(false),
      status: z.enum(['active', 'archived']).default('active'),
      sort: z.enum(['id', 'sku', 'name', 'price', 'onHand']).default('id'),
    }),
    access: 'user',
  }),
};
