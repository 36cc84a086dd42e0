import { latinDigits, parseScaled } from '../../../../src/shared/money';
import { otherLang } from '../Stock/names';

/** Names in the reader's language first; either may be empty (never both). `subLang` is the second name's language, for its `lang` attribute. */
export function namePair(hiFirst: boolean, x: { nameHi: string; nameEn: string }): { main: string; sub: string; subLang: 'hi' | 'en' } {
  const [a, b] = hiFirst ? [x.nameHi, x.nameEn] : [x.nameEn, x.nameHi];
  const subLang = otherLang(hiFirst ? 'hi' : 'en');
  return a ? { main: a, sub: b, subLang } : { main: b, sub: '', subLang };
}

/** Thousandths of a unit shown plainly: 2500 -> "2.5", 4000 -> "4". */
export function showQty(milli: number): string {
  return String(milli / 1000);
}

/** What someone typed ("2.5", "२") as thousandths; null when it is not a plain quantity. */
export function parseQty(text: string): number | null {
  return parseScaled(text, 3);
}

/** Basis points as a percent without trailing zeros: 2000 -> "20", 250 -> "2.5". */
export function bpsToPercent(bps: number): string {
  return String(bps / 100);
}

/** A typed percent ("20", "2.5", "२०", "20%") as basis points 0..10000, else null. */
export function percentToBps(text: string): number | null {
  const v = parseScaled(text.replace(/%\s*$/, ''), 2);
  return v !== null && v >= 0 && v <= 10_000 ? v : null;
}

/** Loose match for the quick filter: case-free, Devanagari digits as Latin. */
export function matches(query: string, ...texts: string[]): boolean {
  const q = latinDigits(query).trim().toLowerCase();
  return !q || texts.some((t) => latinDigits(t).toLowerCase().includes(q));
}
