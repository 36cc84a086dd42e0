/**
 * A device-independent document: a list of blocks laid out top to bottom on a paper roll.
 * Builders (docs/*.ts) are pure functions from data to blocks; outputs (escpos.ts, preview.ts)
 * decide how each block reaches paper or screen.
 */
export type Align = 'left' | 'center' | 'right';
export type TextSize = 'small' | 'normal' | 'large' | 'huge';
export type Paper = '58mm' | '80mm';

export interface TextBlock {
  kind: 'text';
  text: string;
  size?: TextSize;
  align?: Align;
  bold?: boolean;
  /** White on black, for the DUPLICATE mark and other things that must not be missed. */
  invert?: boolean;
}
export interface Cell {
  text: string;
  /** Fraction of the paper width; the cells of a row add up to 1. */
  width: number;
  align?: Align;
}
export interface ColumnsBlock {
  kind: 'columns';
  cells: Cell[];
  size?: TextSize;
  bold?: boolean;
}
export interface RuleBlock {
  kind: 'rule';
  style?: 'single' | 'double';
}
export interface QrBlock {
  kind: 'qr';
  data: string;
  /** Module size in printer dots (ESC/POS cell size 1-8). */
  size?: number;
}
export interface BarcodeBlock {
  kind: 'barcode';
  /** CODE128 (set B): printable ASCII only. */
  data: string;
  height?: number;
}
export interface BoxBlock {
  kind: 'box';
  /** Printed under the box, e.g. 'हस्ताक्षर / अँगूठा — Signature / Thumbprint'. */
  label: string;
  height?: number;
}
export interface FeedBlock {
  kind: 'feed';
  lines?: number;
}
export interface CutBlock {
  kind: 'cut';
}
export interface DrawerBlock {
  kind: 'drawer';
}

export type Block =
  | TextBlock
  | ColumnsBlock
  | RuleBlock
  | QrBlock
  | BarcodeBlock
  | BoxBlock
  | FeedBlock
  | CutBlock
  | DrawerBlock;

/** Paper geometry: printable dots across and characters of the printer's font A. */
export const PAPER: Record<Paper, { dots: number; chars: number }> = {
  '58mm': { dots: 384, chars: 32 },
  '80mm': { dots: 576, chars: 48 },
};

/** Printer fonts only know ASCII: anything else (Devanagari, ₹, …) must go out as a picture. */
export function isPlainAscii(s: string): boolean {
  return /^[\x20-\x7e]*$/.test(s);
}

/** The text a block prints, for deciding text vs raster; null for blocks that carry none. */
export function blockText(b: Block): string | null {
  switch (b.kind) {
    case 'text':
      return b.text;
    case 'columns':
      return b.cells.map((c) => c.text).join('');
    case 'box':
      return b.label;
    case 'rule':
      return '';
    default:
      return null;
  }
}

// Small constructors keep the builders readable.
export const text = (t: string, o: Omit<TextBlock, 'kind' | 'text'> = {}): TextBlock => ({ kind: 'text', text: t, ...o });
export const center = (t: string, o: Omit<TextBlock, 'kind' | 'text' | 'align'> = {}): TextBlock => text(t, { ...o, align: 'center' });
export const row = (cells: Cell[], o: Omit<ColumnsBlock, 'kind' | 'cells'> = {}): ColumnsBlock => ({ kind: 'columns', cells, ...o });
/** Label on the left, value on the right: the commonest receipt line. */
export const pair = (label: string, value: string, o: Omit<ColumnsBlock, 'kind' | 'cells'> = {}): ColumnsBlock =>
  row([{ text: label, width: 0.55 }, { text: value, width: 0.45, align: 'right' }], o);
export const rule = (style: RuleBlock['style'] = 'single'): RuleBlock => ({ kind: 'rule', style });
export const feed = (lines = 1): FeedBlock => ({ kind: 'feed', lines });
export const cut = (): CutBlock => ({ kind: 'cut' });
