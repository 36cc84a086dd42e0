import type { ProductRow, SearchResult } from '../../shared/api';
import { AppError } from '../../shared/errors';
import type { DB } from '../db/open';
import { stmt } from '../db/stmt';
import { matchExpression, queryWords, type WordForms } from './search-text';
import { PRODUCT_ROW_COLUMNS, PRODUCT_ROW_FROM, toProductRow, type ProductRowSql } from './product-row';

/** The columns of a ProductRow, fetched only for the few rows returned. */
const ROW_SQL = `SELECT ${PRODUCT_ROW_COLUMNS} FROM ${PRODUCT_ROW_FROM}`;

/** The filters are bound, not spliced into the SQL, so each statement is prepared once. */
const FILTER = `(@archived OR p.status = 'active') AND (@rent IS NULL OR p.for_rent = @rent)`;

/** Every statement of search and lookup (exported so tests can EXPLAIN exactly these). */
export const SEARCH_SQL = {
  byBarcode: `${ROW_SQL} WHERE p.id = (SELECT product_id FROM barcodes WHERE code = ?)`,
  bySku: `${ROW_SQL} WHERE p.id = (SELECT id FROM products WHERE sku = ?)`,
  bySkuAnyCase: `${ROW_SQL} WHERE p.id = (SELECT id FROM products WHERE lower(sku) = lower(?))`,
  byIds: `${ROW_SQL} WHERE p.id IN (SELECT value FROM json_each(?))`,
  /** Trigram matches in index order, filtered, bounded: never the whole match set. */
  window: `SELECT f.rowid AS id, p.name_hi, p.name_en, f.name AS text
             FROM products_fts f JOIN products p ON p.id = f.rowid
            WHERE products_fts MATCH @match AND ${FILTER}
            LIMIT @window`,
  /** Names or SKUs starting with the query: three limited range scans on migration 0003's indexes. */
  prefix: `SELECT id, name_hi, name_en, '' AS text FROM products p
            WHERE p.id IN (
              SELECT id FROM (SELECT id FROM products p WHERE name_hi >= @lo AND name_hi < @loEnd AND ${FILTER} LIMIT @limit)
              UNION SELECT id FROM (SELECT id FROM products p WHERE lower(name_en) >= @lower AND lower(name_en) < @lowerEnd AND ${FILTER} LIMIT @limit)
              UNION SELECT id FROM (SELECT id FROM products p WHERE lower(sku) >= @lower AND lower(sku) < @lowerEnd AND ${FILTER} LIMIT @limit))`,
};



/** The scanner's path: one primary-key probe of barcodes, else one probe of the unique SKU index. */
export function findByCode(db: DB, code: string): ProductRow | null {
  const r =
    stmt<[string], ProductRowSql>(db, SEARCH_SQL.byBarcode).get(code) ??
    stmt<[string], ProductRowSql>(db, SEARCH_SQL.bySku).get(code) ??
    stmt<[string], ProductRowSql>(db, SEARCH_SQL.bySkuAnyCase).get(code);
  return r ? toProductRow(r) : null;
}

export function lookup(db: DB, code: string): ProductRow {
  const row = findByCode(db, code);
  if (!row) throw new AppError('NOT_FOUND', { what: 'product', code });
  return row;
}

export interface SearchOptions {
  limit: number;
  forRent?: boolean;
  includeArchived: boolean;
}


/**
 * How many trigram matches are ranked, per row asked for. Ranking every match (bm25 over the
 * 8,000 'dhokra's of a 100,000-product shop) takes ~12 ms and bm25 alone ~7 µs a row; the counter
 * needs < 2 ms. So the first matches in index order (limit x WINDOW_FACTOR) are ranked, and names
 * that START with the query are always found besides, through the name indexes. A broad query
 * shows good matches, not necessarily the best of all 8,000; one more word narrows it. Twice the
 * limit (it was three times) is ~15% off the search's time at that size and as many candidates as a
 * screen of 20 needs.
 */
export const WINDOW_FACTOR = 2;

interface Candidate {
  id: number;
  name_hi: string;
  name_en: string;
  text: string; // products_fts.name of this product ('' when found by the prefix scan)
}

/**
 * Ranked search: an exact barcode or SKU first; then names that start with the query; names
 * with a word that starts with it; names containing it; matches only in the craft or SKU.
 * Ties: the shorter name (the more specific product), then by name. Always at most `limit` rows.
 */
export function search(db: DB, q: string, opts: SearchOptions): SearchResult {
  const exactRow = findByCode(db, q);
  const exact =
    exactRow !== null &&
    (opts.includeArchived || exactRow.status === 'active') &&
    (opts.forRent === undefined || exactRow.forRent === opts.forRent);
  const filters = { archived: opts.includeArchived ? 1 : 0, rent: opts.forRent === undefined ? null : opts.forRent ? 1 : 0 };
  const words = queryWords(q);
  const match = matchExpression(words);

  const found = new Map<number, Candidate>();
  if (match) {
    const window = stmt<[Record<string, unknown>], Candidate>(db, SEARCH_SQL.window).all({ match, window: opts.limit * WINDOW_FACTOR, ...filters });
    for (const c of window) found.set(c.id, c);
  }
  for (const c of prefixMatches(db, q, { ...filters, limit: opts.limit })) if (!found.has(c.id)) found.set(c.id, c);
  if (exactRow) found.delete(exactRow.id);

  const first = words[0];
  const ranked = [...found.values()]
    .map((c) => ({ c, tier: first ? tier(c, first) : 3, len: (c.name_hi || c.name_en).length }))
    .sort((a, b) => a.tier - b.tier || a.len - b.len || cmp(a.c.name_hi, b.c.name_hi) || cmp(a.c.name_en, b.c.name_en) || a.c.id - b.c.id)
    .slice(0, opts.limit - (exact ? 1 : 0));
  const rows = rowsByIds(db, ranked.map((r) => r.c.id));
  return { rows: exact ? [exactRow, ...rows] : rows, exact };
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** 0 name starts with the word, 1 a name word does, 2 a name contains it, 3 craft or SKU only. */
function tier(c: Candidate, w: WordForms): number {
  if (c.name_hi.startsWith(w.raw) || c.name_en.toLowerCase().startsWith(w.raw)) return 0;
  // the index text opens with the Hindi name's first word, and its first Latin word is that
  // word's reading: 'ढोकरा हाथी dokra hati elefant dokara'
  const words = c.text.split(' ');
  const firstLatin = words.find((t) => LATIN_START.test(t)) ?? '';
  if ((w.hi && words[0]!.startsWith(w.hi)) || (w.latin[0] && firstLatin.startsWith(w.latin[0]))) return 0;
  const forms = [w.hi, w.latin[0] ?? ''].filter(Boolean);
  if (forms.some((f) => words.some((t) => t.startsWith(f)))) return 1;
  if (forms.some((f) => c.text.includes(f))) return 2;
  return 3;
}
const LATIN_START = /^[a-z0-9]/;

function rowsByIds(db: DB, ids: number[]): ProductRow[] {
  if (ids.length === 0) return [];
  const byId = new Map(
    stmt<[string], ProductRowSql>(db, SEARCH_SQL.byIds)
      .all(JSON.stringify(ids))
      .map((r) => [r.id, toProductRow(r)]),
  );
  return ids.map((id) => byId.get(id)!);
}

/** Names or SKUs starting with `q`: range scans on the indexes of migration 0003, each limited. */
function prefixMatches(db: DB, q: string, filters: Record<string, unknown>): Candidate[] {
  const lo = q.normalize('NFC');
  const lower = lo.toLowerCase();
  const end = (s: string) => `${s}\u{10FFFF}`; // above every string that starts with s
  return stmt<[Record<string, unknown>], Candidate>(db, SEARCH_SQL.prefix).all({ lo, loEnd: end(lo), lower, lowerEnd: end(lower), ...filters });
}
