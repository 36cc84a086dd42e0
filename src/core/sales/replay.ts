/**
 * What a repeated sales.checkout needs to answer with its first result, kept small: the sale's id
 * and the few fields of the Sale that the file could later read differently (names and SKUs come
 * from joins; returns come later). About 100 bytes instead of the whole Sale's ~1.7 kB of JSON,
 * which made the repeat-safety record the biggest row of a sale.
 */
import type { Sale } from '../../shared/api/sales';
import type { DB } from '../db/open';
import { getSale } from './read';

export interface SaleRef {
  sale: number;
  cashier: string;
  approvedBy: string | null;
  skus: string[];
}

export function keepSale(s: Sale): SaleRef {
  return { sale: s.id, cashier: s.cashier, approvedBy: s.approvedBy, skus: s.lines.map((l) => l.sku) };
}

/** The Sale as checkout returned it: read again, as of then (no returns yet, the names and SKUs of then). */
export function rebuildSale(db: DB, k: SaleRef): Sale {
  const { returns: _later, ...s } = getSale(db, k.sale);
  return { ...s, cashier: k.cashier, approvedBy: k.approvedBy, lines: s.lines.map((l, i) => ({ ...l, sku: k.skus[i] ?? l.sku, returnedMilli: 0 })) };
}
