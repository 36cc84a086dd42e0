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
    }),
    access: 'user',
  }),
};
