import { z } from 'zod';
import { str } from './fields';
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

/** Where a page ended, in its sort: the sort key of the last row and its id. */
export interface PageCursor {
  key: string | number;
  id: number;
}

export interface ProductPage {
  rows: ProductRow[];
  /** How many match, counted for the first page only (offset 0, no `after`); null on later pages. */
  total: number | null;
  /** Pass as `after` to get the page that follows (faster than a deep offset); null after the last page. */
  next: PageCursor | null;
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
      /** Keyset paging: the rows after this cursor (a previous page's `next`, same filters and sort). */
      after: z.object({ key: z.union([str().max(500), z.number().int()]), id: z.number().int().min(0) }).optional(),
    }),
    access: 'user',
  }),
};
