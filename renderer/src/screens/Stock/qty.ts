import { parseScaled } from '../../../../src/shared/money';

/** Quantities are integer thousandths: 2500 reads as "2.5", -1000 as "-1". */
export function formatQty(milli: number): string {
  const sign = milli < 0 ? '-' : '';
  const abs = Math.abs(milli);
  const frac = String(abs % 1000).padStart(3, '0').replace(/0+$/, '');
  return `${sign}${Math.floor(abs / 1000)}${frac ? `.${frac}` : ''}`;
}

/** What a person typed ("2.5", "३") as thousandths, or null when it is not a plain quantity. */
export function parseQty(text: string): number | null {
  return parseScaled(text, 3);
}

/** A signed difference with its sign shown: "+2", "-1", "0". */
export function formatDiff(milli: number): string {
  return milli > 0 ? `+${formatQty(milli)}` : formatQty(milli);
}
