/**
 * Money is integer paise (1 ₹ = 100 paise), never a float. Rates are basis points
 * (1 bp = 0.01 %, 10 000 bp = 100 %).
 *
 * THE rounding rule, used everywhere a share, a tax or a discount is computed:
 *   round half away from zero, once, on the exact rational result (see mulDivRound).
 * Where parts must add up to a whole (a bill discount spread over lines, CGST+SGST),
 * use allocate(): it rounds each part down and hands the leftover paise to the parts
 * with the largest remainders, so the parts always sum to the whole exactly.
 */

export type Paise = number;
export type Bps = number;

/** ₹10 crore: a sane upper bound for any single amount the shop handles. */
export const MAX_PAISE = 10_000_000_000;
export const BPS_100_PERCENT = 10_000;

export function isPaise(n: unknown): n is Paise {
  return typeof n === 'number' && Number.isSafeInteger(n) && Math.abs(n) <= MAX_PAISE;
}

/** a * b / den, rounded half away from zero; exact for any safe integers (BigInt inside). */
export function mulDivRound(a: number, b: number, den: number): number {
  if (!Number.isSafeInteger(a) || !Number.isSafeInteger(b) || !Number.isSafeInteger(den) || den === 0) {
    throw new RangeError(`mulDivRound needs safe integers and den != 0, got ${a}, ${b}, ${den}`);
  }
  // Fast path, exact: while the product (doubled, plus den) stays a safe integer, numbers do it
  // (a stock report rounds ~300,000 of these; BigInt took ~0.6 µs each).
  const prod = a * b;
  if (Number.isSafeInteger(Math.abs(prod) * 2 + Math.abs(den))) {
    const dd = Math.abs(den);
    const ab = Math.abs(prod);
    let q = Math.floor((ab * 2 + dd) / (2 * dd));
    const r = ab * 2 + dd - q * 2 * dd; // exact remainder: correct a float division that rounded across an integer
    if (r < 0) q -= 1;
    else if (r >= 2 * dd) q += 1;
    return (prod < 0) !== (den < 0) && q !== 0 ? -q : q;
  }
  let num = BigInt(a) * BigInt(b);
  let d = BigInt(den);
  if (d < 0n) {
    num = -num;
    d = -d;
  }
  const neg = num < 0n;
  const abs = neg ? -num : num;
  const q = (abs * 2n + d) / (2n * d); // floor((abs + d/2) / d): half rounds away from zero
  return Number(neg ? -q : q);
}

/** The share of `amount` at `bps` basis points (e.g. a 25 % commission = 2500 bp). */
export function applyBps(amount: Paise, bps: Bps): Paise {
  return mulDivRound(amount, bps, BPS_100_PERCENT);
}

/**
 * Split `total` into parts proportional to non-negative `weights` that sum to `total` exactly
 * (largest-remainder method; ties go to the earlier part so the result is deterministic).
 */
export function allocate(total: Paise, weights: readonly number[]): Paise[] {
  if (weights.length === 0) return [];
  if (weights.some((w) => !Number.isSafeInteger(w) || w < 0)) throw new RangeError('weights must be non-negative integers');
  const sumW = weights.reduce((s, w) => s + BigInt(w), 0n);
  if (sumW === 0n) {
    const out = weights.map(() => 0);
    out[0] = total;
    return out;
  }
  const sign = total < 0 ? -1n : 1n;
  const t = BigInt(Math.abs(total));
  const floors = weights.map((w) => (t * BigInt(w)) / sumW);
  const rems = weights.map((w, i) => ({ i, r: (t * BigInt(w)) % sumW }));
  let left = t - floors.reduce((s, f) => s + f, 0n);
  rems.sort((x, y) => (x.r === y.r ? x.i - y.i : x.r > y.r ? -1 : 1));
  for (const { i } of rems) {
    if (left === 0n) break;
    floors[i] = (floors[i] as bigint) + 1n;
    left -= 1n;
  }
  return floors.map((f) => Number(f * sign));
}

const DEVANAGARI_DIGITS = '०१२३४५६७८९';

/** Devanagari digits (०-९) to Latin, so "१२०" reads as 120. */
export function latinDigits(text: string): string {
  return [...text]
    .map((ch) => {
      const d = DEVANAGARI_DIGITS.indexOf(ch);
      return d >= 0 ? String(d) : ch;
    })
    .join('');
}

/**
 * A typed decimal ("1,25,000.5", "१२.२५", "-3") as an integer count of 1/10^places, or null
 * when it is not a plain number with at most `places` decimals. Grouping commas are allowed.
 */
export function parseScaled(text: string, places: number): number | null {
  const m = /^(-?)(\d{1,13})(?:\.(\d+))?$/.exec(latinDigits(text.trim()).replace(/,/g, ''));
  if (!m || (m[3] ?? '').length > places) return null;
  const value = Number(m[2]) * 10 ** places + Number((m[3] ?? '').padEnd(places, '0') || '0');
  return Number.isSafeInteger(value) ? (m[1] === '-' ? -value : value) : null;
}

/**
 * Read what a person typed as rupees ("1,25,000.50", "₹ 99", "१२०") into paise.
 * Returns null for anything that is not a plain amount with at most two decimals.
 */
export function parseRupees(text: string): Paise | null {
  const value = parseScaled(text.trim().replace(/^(₹|rs\.?|inr)\s*/i, ''), 2);
  return value !== null && isPaise(value) ? value : null;
}

export type Lang = 'hi' | 'en';

const formatters = new Map<string, Intl.NumberFormat>();

/** ₹1,25,000.00 — Indian digit grouping in both languages; formatting happens only at the edge. */
export function formatINR(paise: Paise, lang: Lang = 'hi'): string {
  const locale = lang === 'hi' ? 'hi-IN' : 'en-IN';
  let f = formatters.get(locale);
  if (!f) {
    f = new Intl.NumberFormat(locale, { style: 'currency', currency: 'INR', minimumFractionDigits: 2, numberingSystem: 'latn' });
    formatters.set(locale, f);
  }
  // Divide only for display; the value itself stays integer paise.
  return f.format(paise / 100);
}
