/** A report cell as words on the screen and on the A4 page (the CSV writes plain numbers instead). */
import type { Cell, ColumnKind, Words } from './api/range-reports';
import { formatINR, type Lang } from './money';

export const isWords = (c: Cell): c is Words => typeof c === 'object' && c !== null;

export const wordsIn = (x: Words, lang: Lang): string => (lang === 'en' ? x.en || x.hi : x.hi || x.en);

/** '2026-11-05' -> '05-11-2026' (the day first, as the shop writes it). */
export const dmy = (d: string) => (/^\d{4}-\d{2}-\d{2}$/.test(d) ? `${d.slice(8, 10)}-${d.slice(5, 7)}-${d.slice(0, 4)}` : d);

export function formatCell(c: Cell, kind: ColumnKind, lang: Lang): string {
  if (c === null) return '';
  if (isWords(c)) return wordsIn(c, lang);
  if (typeof c === 'string') return kind === 'date' ? dmy(c) : c;
  switch (kind) {
    case 'money':
      return formatINR(c, lang);
    case 'qty':
      return (c / 1000).toLocaleString('en-IN', { maximumFractionDigits: 3 });
    case 'pct':
      return `${(c / 100).toFixed(1)}%`;
    default:
      return c.toLocaleString('en-IN');
  }
}
