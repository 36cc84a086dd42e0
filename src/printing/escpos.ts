/**
 * Blocks to ESC/POS bytes through node-thermal-printer. Plain-ASCII text goes out as printer
 * text; a run of blocks with any Devanagari or ₹ is rendered to one picture (raster.ts) and
 * sent as GS v 0. QR and CODE128 use the printer's own commands, cut and drawer kick likewise.
 */
import { createRequire } from 'node:module';
import type { ThermalPrinter as ThermalPrinterT } from 'node-thermal-printer';
import { blockText, isPlainAscii, PAPER, type Align, type Block, type Cell, type Paper } from './document';
import { BARCODE_MODULE_DOTS, bands, dotBands, renderBlocks, renderDots } from './raster';

// node-thermal-printer is CommonJS with `module.exports = ThermalPrinter`.
const require = createRequire(import.meta.url);
const { ThermalPrinter } = require('node-thermal-printer') as { ThermalPrinter: typeof ThermalPrinterT };

/** ESC p m t1 t2: pulse drawer pin 2 (m=0) for t1*2 ms, off for t2*2 ms. */
export const DRAWER_KICK = Buffer.from([0x1b, 0x70, 0x00, 25, 250]);

export type PrinterType = 'epson' | 'star' | 'tanca' | 'brother' | 'custom';

export interface EncodeOptions {
  paper: Paper;
  type?: PrinterType;
  /** Print everything as pictures (some printers' fonts look too unlike the preview). */
  rasterAll?: boolean;
  /** Leave out drawer kicks (a counter without a drawer, or a reprint). */
  noDrawer?: boolean;
  /** node-thermal-printer code page name (e.g. 'PC437_USA'), set after the reset. */
  characterSet?: string;
}

/** Blocks that need a picture; rules and feeds follow their neighbours. */
function needsRaster(b: Block, all: boolean): boolean {
  if (b.kind === 'box') return true;
  if (b.kind === 'rule' || b.kind === 'feed') return false;
  const t = blockText(b);
  return t !== null && (all || !isPlainAscii(t));
}

/** Runs of consecutive raster blocks; a rule or feed between two raster blocks joins the run. */
function groups(blocks: Block[], all: boolean): ({ raster: Block[] } | { native: Block })[] {
  const out: ({ raster: Block[] } | { native: Block })[] = [];
  let run: Block[] | null = null;
  let pending: Block[] = []; // rules/feeds after a raster block, undecided
  const flush = () => {
    if (run) out.push({ raster: run });
    run = null;
    for (const p of pending) out.push({ native: p });
    pending = [];
  };
  for (const b of blocks) {
    if (needsRaster(b, all)) {
      if (run) (run as Block[]).push(...pending);
      else for (const p of pending) out.push({ native: p });
      pending = [];
      run ??= [];
      (run as Block[]).push(b);
    } else if ((b.kind === 'rule' || b.kind === 'feed') && run) {
      pending.push(b);
    } else {
      flush();
      out.push({ native: b });
    }
  }
  flush();
  return out;
}

function pad(text: string, width: number, align: Align | undefined): string {
  const t = text.length > width ? text.slice(0, width) : text;
  const room = width - t.length;
  if (align === 'right') return ' '.repeat(room) + t;
  if (align === 'center') return ' '.repeat(Math.floor(room / 2)) + t + ' '.repeat(Math.ceil(room / 2));
  return t + ' '.repeat(room);
}

/** Word-wrap ASCII to `width` characters. */
function fold(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/ +/)) {
    if (!line) line = word;
    else if (line.length + 1 + word.length <= width) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
    while (line.length > width) {
      lines.push(line.slice(0, width));
      line = line.slice(width);
    }
  }
  lines.push(line);
  return lines;
}

/** Columns as fixed-width text; a cell that does not fit continues on the next line. */
export function columnLines(cells: Cell[], chars: number): string[] {
  const last = cells[cells.length - 1];
  // A label/value pair: the value (a bill number, a date, an amount) is never broken; it takes
  // the room it needs and the label wraps in what is left, as the raster layout does.
  if (cells.length === 2 && last?.align === 'right') {
    const label = cells[0]!.text;
    const value = last.text;
    if (value.length > chars - 6) {
      // Too long to sit beside any label: the label on its own line(s), the value under it.
      return [...(label ? fold(label, chars) : []), ...fold(value, chars).map((l) => pad(l, chars, 'right'))];
    }
    const labelLines = fold(label, chars - value.length - 1);
    return labelLines.map((l, k) => (k === 0 ? pad(l, chars - value.length, 'left') + value : l));
  }
  const widths = cells.map((c) => Math.max(1, Math.round(c.width * chars)));
  const folded = cells.map((c, i) => fold(c.text, Math.max(1, (widths[i] as number) - (i < cells.length - 1 ? 1 : 0))));
  const n = Math.max(...folded.map((f) => f.length));
  const lines: string[] = [];
  for (let k = 0; k < n; k++) {
    lines.push(cells.map((c, i) => pad(folded[i]?.[k] ?? '', widths[i] as number, c.align)).join('').slice(0, chars));
  }
  return lines;
}

export function newPrinter(type: PrinterType, paper: Paper, iface: unknown = { execute: async () => undefined }, driver?: object): ThermalPrinterT {
  return new ThermalPrinter({
    type: type as never,
    // A custom { execute } object is accepted at runtime though the typings say string.
    interface: iface as string,
    width: PAPER[paper].chars,
    breakLine: 'NONE' as never, // we fold ourselves: the library folds at full width even for double-width text
    ...(driver ? { driver } : {}),
  });
}

/**
 * The printer types whose library code prints a picture as one GS v 0 raster (node-thermal-printer's
 * epson.js and tanca.js). For them the dots are packed here from the canvas: the library's own way
 * (the picture as a PNG, decoded again, an object per pixel) took ~0.5 s a receipt on these machines.
 */
const GS_V0_TYPES = new Set<PrinterType>(['epson', 'tanca']);

/** GS v 0 m=48 xL xH yL yH d1..dk, with the header bytes exactly as node-thermal-printer writes them (xH always 0). */
export function gsv0({ width, height, dots }: { width: number; height: number; dots: Buffer }): Buffer {
  const w = width % 8 !== 0 ? width + 8 : width;
  return Buffer.concat([Buffer.from([0x1d, 0x76, 0x30, 48, (w >> 3) & 0xff, 0x00, height & 0xff, (height >> 8) & 0xff]), dots]);
}

/** Encode a document into the printer's bytes. */
export async function encode(blocks: Block[], o: EncodeOptions): Promise<Buffer> {
  const p = newPrinter(o.type ?? 'epson', o.paper);
  const chars = PAPER[o.paper].chars;
  (p as unknown as { initHardware(): void }).initHardware(); // missing from the typings
  if (o.characterSet) p.setCharacterSet(o.characterSet as never); // after ESC @, which resets it
  for (const g of groups(blocks, !!o.rasterAll)) {
    if ('raster' in g) {
      p.alignLeft();
      // In bands, one GS v 0 each: a small printer buffer takes a few hundred rows at a time. EPSON and
      // TANCA get the dots straight from the canvas (the library's image path is slow); the rest through it.
      if (GS_V0_TYPES.has(o.type ?? 'epson')) for (const band of dotBands(await renderDots(g.raster, o.paper))) p.append(gsv0(band));
      else for (const band of await bands(await renderBlocks(g.raster, o.paper))) await p.printImageBuffer(band);
      continue;
    }
    const b = g.native;
    switch (b.kind) {
      case 'text': {
        const wide = b.size === 'huge';
        setAlign(p, b.align);
        setSize(p, b.size);
        if (b.bold) p.bold(true);
        if (b.invert) p.invert(true);
        for (const line of fold(b.text, wide ? Math.floor(chars / 2) : chars)) p.println(line);
        if (b.invert) p.invert(false);
        if (b.bold) p.bold(false);
        p.setTextNormal();
        break;
      }
      case 'columns':
        p.alignLeft();
        setSize(p, b.size);
        if (b.bold) p.bold(true);
        for (const line of columnLines(b.cells, chars)) p.println(line);
        if (b.bold) p.bold(false);
        p.setTextNormal();
        break;
      case 'rule':
        p.alignLeft();
        p.println((b.style === 'double' ? '=' : '-').repeat(chars));
        break;
      case 'feed':
        for (let i = 0; i < (b.lines ?? 1); i++) p.newLine();
        break;
      case 'qr':
        p.alignCenter();
        p.printQR(b.data, { cellSize: b.size ?? 6, correction: 'M', model: 2 });
        p.newLine();
        p.alignLeft();
        break;
      case 'barcode':
        p.alignCenter();
        // HRI below (position 2) in font A; width in dots per module, height in dots.
        p.code128(b.data, { hriPos: 2, hriFont: 0, width: BARCODE_MODULE_DOTS, height: b.height ?? 80 } as never);
        p.newLine();
        p.alignLeft();
        break;
      case 'cut':
        p.cut({ verticalTabAmount: 1 });
        break;
      case 'drawer':
        if (o.noDrawer) break;
        // The library's EPSON kick is two truncated ESC p commands; send one well-formed
        // ESC p 0 t1 t2 (pin 2, 50 ms on, 500 ms off). Star printers use the library's own.
        if ((o.type ?? 'epson') === 'star') p.openCashDrawer();
        else p.append(DRAWER_KICK);
        break;
      case 'box':
        break; // always raster
    }
  }
  return p.getBuffer();
}

function setAlign(p: ThermalPrinterT, a: Align | undefined): void {
  if (a === 'center') p.alignCenter();
  else if (a === 'right') p.alignRight();
  else p.alignLeft();
}

function setSize(p: ThermalPrinterT, s: string | undefined): void {
  if (s === 'large') p.setTextDoubleHeight();
  else if (s === 'huge') p.setTextQuadArea();
  else p.setTextNormal();
}
