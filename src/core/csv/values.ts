import { parseRupees, parseScaled } from '../../shared/money';
import { CellError } from './import';

/** Cell readers shared by every CSV import: each names its column when it cannot read a cell. */

const YES = new Set(['yes', 'y', 'true', '1', 'हाँ', 'हां', 'ha', 'haan']);
const NO = new Set(['no', 'n', 'false', '0', 'नहीं', 'नही', 'nahi']);

export function yesNo(column: string, v: string, fallback: boolean): boolean {
  if (v === '') return fallback;
  const s = v.toLowerCase();
  if (YES.has(s)) return true;
  if (NO.has(s)) return false;
  throw new CellError(column, 'yes_no', v);
}

export function rupees(column: string, v: string): number {
  const p = parseRupees(v);
  if (p === null || p < 0) throw new CellError(column, 'amount', v);
  return p;
}

export function optionalRupees(column: string, v: string): number | null {
  return v === '' ? null : rupees(column, v);
}

/** "5", "5%", "0.25" percent -> basis points. */
export function percentBps(column: string, v: string): number | null {
  if (v === '') return null;
  const bps = parseScaled(v.replace(/%$/, ''), 2);
  if (bps === null || bps < 0 || bps > 10_000) throw new CellError(column, 'percent', v);
  return bps;
}

/** A quantity in the product's unit (up to 3 decimals) -> thousandths. */
export function quantityMilli(column: string, v: string): number {
  if (v === '') return 0;
  const q = parseScaled(v, 3);
  if (q === null || q < 0) throw new CellError(column, 'quantity', v);
  return q;
}

/** Codes separated by ; | or spaces in one cell. */
export function codeList(v: string): string[] {
  return v.split(/[;|\s]+/).filter(Boolean);
}

export function formatRupees(paise: number | null): string {
  return paise === null ? '' : (paise / 100).toFixed(2);
}

export function formatScaled(value: number | null, places: number): string {
  if (value === null) return '';
  const s = (value / 10 ** places).toFixed(places);
  return places > 0 ? s.replace(/\.?0+$/, '') : s;
}
