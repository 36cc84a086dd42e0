import type { DB } from '../db/open';
import { hasDevanagari, looseDevanagari, looseLatin, transliterateVariants } from './transliterate';

/**
 * What the search index holds, computed by one SQL function so the triggers of migration 0003
 * keep products_fts in step with every write, whoever makes it:
 *   hh_search_text(hindi, english) -> Devanagari words (spelling-folded) then every Latin reading
 *   ('ढोकरा हाथी', 'Dhokra elephant' -> 'ढोकरा हाथी dokra hati elefant dokara').
 * The sqlite3 command line does not know this function: it reads everything (products,
 * products_fts), but a write to products or crafts from it fails with "no such function".
 * Changing what it returns needs a migration that rebuilds products_fts.
 */
export function registerSearchFunctions(db: DB): void {
  db.function('hh_search_text', { deterministic: true }, (hi: unknown, en: unknown) => searchText(String(hi ?? ''), String(en ?? '')));
}

const DEVA_WORDS = /[\u0900-\u0963\u0971-\u097F]+/g;

export function searchText(hi: string, en: string): string {
  const words = new Set(looseDevanagari(hi).match(DEVA_WORDS) ?? []);
  for (const v of transliterateVariants(`${hi} ${en}`)) for (const w of looseLatin(v).split(' ')) if (w) words.add(w);
  return [...words].join(' ');
}

/** One typed word in the forms the index holds: folded Devanagari, or folded Latin pieces. */
export interface WordForms {
  raw: string;
  hi: string;
  latin: string[];
}

export function wordForms(word: string): WordForms {
  const raw = word.normalize('NFC').toLowerCase();
  if (hasDevanagari(raw)) {
    const hi = (looseDevanagari(raw).match(DEVA_WORDS) ?? []).join(' ');
    return { raw, hi, latin: looseLatin(transliterateVariants(raw)[0]!).split(' ').filter(Boolean) };
  }
  return { raw, hi: '', latin: looseLatin(raw).split(' ').filter(Boolean) };
}

export function queryWords(q: string): WordForms[] {
  return q.normalize('NFC').split(/\s+/).filter(Boolean).map(wordForms);
}

/** FTS5 phrase: the text in double quotes, quotes doubled, so no query syntax gets through. */
const phrase = (s: string) => `"${s.replace(/"/g, '""')}"`;
const TRIGRAM = 3;
const long = (s: string) => [...s].length >= TRIGRAM;

/**
 * The FTS5 MATCH expression, or null when no word is long enough for trigrams (the caller then
 * relies on prefix scans). Every word must match (AND), in the product's or its craft's names:
 * a Devanagari word as folded Devanagari, a Latin word as folded Latin (the index holds the
 * Latin readings of the Hindi names). A word with digits or punctuation may also be a piece of
 * the SKU; only then is the SKU searched, since each alternative costs a pass over the index.
 */
export function matchExpression(words: WordForms[]): string | null {
  const clauses: string[] = [];
  for (const w of words) {
    const alts: string[] = [];
    if (w.hi) {
      if (long(w.hi)) alts.push(`{name craft} : ${phrase(w.hi)}`);
    } else {
      const pieces = w.latin.filter(long);
      if (pieces.length > 0) alts.push(pieces.map((p) => `{name craft} : ${phrase(p)}`).join(' AND '));
      if (/[^a-z]/.test(w.raw) && long(w.raw)) alts.push(`sku : ${phrase(w.raw)}`);
    }
    if (alts.length > 0) clauses.push(alts.length === 1 ? `(${alts[0]})` : `((${alts.join(') OR (')}))`);
  }
  return clauses.length > 0 ? clauses.join(' AND ') : null;
}
