import { z } from 'zod';
import { searchText } from './fields';
import type { ProductRow } from './catalog';
import { method } from './define';

export interface SearchResult {
  /** Best first, never more than `limit`. */
  rows: ProductRow[];
  /** The first row is the product whose barcode or SKU is exactly what was typed. */
  exact: boolean;
}

export const searchApi = {
  /** The counter's search box: barcode, SKU, or a name in Devanagari, English or Latin-typed Hindi. */
  'catalog.search': method<SearchResult>()({
    input: z.object({
      q: searchText(80).min(1),
      limit: z.number().int().min(1).max(50).default(20),
      /** true: only what can be rented; false: only what cannot; absent: everything. */
      forRent: z.boolean().optional(),
      includeArchived: z.boolean().default(false),
    }),
    access: 'user',
  }),
  /** The scanner: exactly one barcode or SKU; an archived product is found, with its status. */
  'catalog.lookup': method<ProductRow>()({
    input: z.object({ code: searchText(64).min(1) }),
    access: 'user',
  }),
};
