/**
 * Lays blocks out on a paper-wide canvas and returns a 1-bit PNG (pure black on opaque white),
 * the same picture the printer gets through GS v 0 and the screen gets as a preview.
 * Thresholding here, with the printer library's own rule, means preview == paper.
 */
import { createCanvas, loadImage, type SKRSContext2D } from '@napi-rs/canvas';
import type bwipjs from 'bwip-js/node';
import { barcodeEngine } from './barcode-engine';
import { PAPER, type Align, type Block, type Paper, type TextSize } from './document';
import { fontSpec, registerFonts } from './fonts';

/** Pixel sizes per paper; never below 24 px (thin strokes vanish on thermal paper). */
const SIZES: Record<Paper, Record<TextSize, number>> = {
  '58mm': { small: 24, normal: 25, large: 32, huge: 42 },
  '80mm': { small: 24, normal: 28, large: 36, huge: 50 },
};
const MARGIN = 4;
const CELL_GAP = 10;

type Ctx = SKRSContext2D;
interface Laid {
  height: number;
  draw(ctx: Ctx, y: number): void;
}

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Words that fit `width`; a word too long on its own is broken between graphemes, never inside a conjunct. */
export function wrap(ctx: Ctx, text: string, width: number): string[] {
  const lines: string[] = [];
  for (const para of text.split('\n')) {
    let line = '';
    for (const word of para.split(/ +/)) {
      const candidate = line ? `${line} ${word}` : word;
      if (ctx.measureText(candidate).width <= width) {
        line = candidate;
        continue;
      }
      if (line) lines.push(line);
      line = '';
      if (ctx.measureText(word).width <= width) {
        line = word;
        continue;
      }
      for (const { segment } of segmenter.segment(word)) {
        if (line && ctx.measureText(line + segment).width > width) {
          lines.push(line);
          line = '';
        }
        line += segment;
      }
    }
    lines.push(line);
  }
  return lines;
}

function lineHeight(px: number): number {
  // Devanagari needs room above (reph, matras) and below (ु, ृ, halant): about 1.5 em.
  return Math.round(px * 1.5);
}

function xFor(align: Align | undefined, left: number, width: number, textWidth: number): number {
  if (align === 'center') return left + (width - textWidth) / 2;
  if (align === 'right') return left + width - textWidth;
  return left;
}

interface LayoutCtx {
  ctx: Ctx;
  paper: Paper;
  width: number;
  images: Map<string, { width: number; height: number } & Parameters<Ctx['drawImage']>[0]>;
}

function layoutLines(l: LayoutCtx, lines: string[], px: number, bold: boolean, align: Align | undefined, left: number, width: number, invert = false): Laid {
  const lh = lineHeight(px);
  return {
    height: lines.length * lh,
    draw(ctx, y) {
      ctx.font = fontSpec(px, bold);
      ctx.textBaseline = 'middle';
      if (invert) {
        ctx.fillStyle = '#000';
        ctx.fillRect(left, y, width, lines.length * lh);
      }
      ctx.fillStyle = invert ? '#fff' : '#000';
      lines.forEach((line, i) => {
        const w = ctx.measureText(line).width;
        ctx.fillText(line, xFor(align, left, width, w), y + i * lh + lh / 2);
      });
      ctx.fillStyle = '#000';
    },
  };
}

function layout(l: LayoutCtx, b: Block): Laid | null {
  const { ctx, paper, width } = l;
  const inner = width - 2 * MARGIN;
  switch (b.kind) {
    case 'text': {
      const px = SIZES[paper][b.size ?? 'normal'];
      ctx.font = fontSpec(px, b.bold);
      const pad = b.invert ? 8 : 0;
      return layoutLines(l, wrap(ctx, b.text, inner - 2 * pad), px, !!b.bold, b.align, MARGIN, inner, b.invert);
    }
    case 'columns': {
      const px = SIZES[paper][b.size ?? 'normal'];
      ctx.font = fontSpec(px, b.bold);
      // A label/value pair: the value takes the room it needs and the label the rest, so
      // amounts and bill numbers never break; other rows keep their fractions.
      let widths = b.cells.map((c) => Math.round(c.width * inner));
      const last = b.cells[b.cells.length - 1];
      if (b.cells.length === 2 && last?.align === 'right') {
        const need = Math.ceil(ctx.measureText(last.text).width);
        if (need <= inner * 0.8) widths = [inner - need - CELL_GAP, need + CELL_GAP];
      }
      let x = MARGIN;
      const cells = b.cells.map((c, i) => {
        const w = widths[i] as number;
        const gap = i < b.cells.length - 1 ? CELL_GAP : 0;
        const laid = layoutLines(l, wrap(ctx, c.text, w - gap), px, !!b.bold, c.align, x, w - gap);
        x += w;
        return laid;
      });
      return {
        height: Math.max(...cells.map((c) => c.height)),
        draw: (c, y) => cells.forEach((cell) => cell.draw(c, y)),
      };
    }
    case 'rule':
      return {
        height: 16,
        draw(c, y) {
          if (b.style === 'double') {
            c.fillRect(MARGIN, y + 4, inner, 3);
            c.fillRect(MARGIN, y + 10, inner, 3);
          } else {
            for (let x = MARGIN; x < MARGIN + inner; x += 12) c.fillRect(x, y + 7, 8, 2);
          }
        },
      };
    case 'box': {
      const boxH = b.height ?? 140;
      const px = SIZES[paper].small;
      ctx.font = fontSpec(px);
      const label = layoutLines(l, wrap(ctx, b.label, inner), px, false, 'center', MARGIN, inner);
      return {
        height: 8 + boxH + label.height,
        draw(c, y) {
          c.lineWidth = 3;
          c.strokeRect(MARGIN + 1.5, y + 8 + 1.5, inner - 3, boxH - 3);
          label.draw(c, y + 8 + boxH);
        },
      };
    }
    case 'feed':
      return { height: (b.lines ?? 1) * lineHeight(SIZES[paper].normal), draw() {} };
    case 'qr':
    case 'barcode': {
      const img = l.images.get(imageKey(b));
      if (!img) return null;
      const hri = b.kind === 'barcode' ? layoutLines(l, [b.data], SIZES[paper].small, false, 'center', MARGIN, inner) : null;
      return {
        height: img.height + 16 + (hri?.height ?? 0),
        draw(c, y) {
          c.drawImage(img, Math.round((width - img.width) / 2), y + 8);
          hri?.draw(c, y + 8 + img.height + 4);
        },
      };
    }
    case 'cut':
    case 'drawer':
      return null;
  }
}

function imageKey(b: Block): string {
  return b.kind === 'qr' ? `qr|${b.size ?? 6}|${b.data}` : b.kind === 'barcode' ? `bc|${b.height ?? 80}|${b.data}` : '';
}

/** QR and CODE128 pictures for the preview, sized in printer dots like the printer draws them. */
async function symbolImages(blocks: Block[]): Promise<LayoutCtx['images']> {
  const images: LayoutCtx['images'] = new Map();
  for (const b of blocks) {
    if (b.kind !== 'qr' && b.kind !== 'barcode') continue;
    const key = imageKey(b);
    if (images.has(key)) continue;
    // eclevel/raw are BWIPP options the typings leave out. QR at M like the printer's own QR;
    // CODE128 forced into code set B as raw codewords, exactly what the printer draws for {B.
    const opts =
      b.kind === 'qr'
        ? { bcid: 'qrcode', text: b.data, eclevel: 'M', scale: 1 }
        : { bcid: 'code128', text: code128B(b.data), raw: true, scaleX: BARCODE_MODULE_DOTS, scaleY: 1, height: ((b.height ?? 80) * 25.4) / 72 };
    const png = (await barcodeEngine().toBuffer(opts as bwipjs.RenderOptions)) as Buffer;
    const img = await loadImage(png);
    if (b.kind === 'barcode') {
      images.set(key, img);
      continue;
    }
    // bwip draws a QR module as 2 px at scale 1; the printer draws it `size` dots wide.
    const k = (b.size ?? 6) / 2;
    const c = createCanvas(Math.round(img.width * k), Math.round(img.height * k));
    const cx = c.getContext('2d');
    cx.imageSmoothingEnabled = false;
    cx.drawImage(img, 0, 0, c.width, c.height);
    images.set(key, c);
  }
  return images;
}

/**
 * A sheet label's barcode as a picture to be scaled to the label's width: CODE128 with the code
 * sets chosen for the shortest symbol (set C for digit runs), 4 px a module, the code under it.
 */
export async function sheetBarcodePng(data: string): Promise<Buffer> {
  return (await barcodeEngine().toBuffer({ bcid: 'code128', text: data, scale: 4, height: 8, includetext: true, textxalign: 'center', textsize: 8 } as bwipjs.RenderOptions)) as Buffer;
}

/** CODE128 set B codewords (start B, then char - 32) in BWIPP raw notation; bwip adds check and stop. */
export function code128B(data: string): string {
  return [104, ...[...data].map((ch) => ch.charCodeAt(0) - 32)].map((v) => `^${String(v).padStart(3, '0')}`).join('');
}

/** Narrowest bar in dots: 2 is what ESC/POS printers and scanners handle reliably. */
export const BARCODE_MODULE_DOTS = 2;

/** Control characters (a NUL saved before the contract refused them) would make the canvas throw: drawn as spaces. */
function printable<T>(v: T): T {
  if (typeof v === 'string') return v.replace(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g, ' ') as T;
  if (Array.isArray(v)) return v.map(printable) as T;
  if (v && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) {
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, printable(x)])) as T;
  }
  return v;
}

/** Render blocks to a paper-wide 1-bit PNG. */
export async function renderBlocks(input: Block[], paper: Paper): Promise<Buffer> {
  const { canvas, ctx, width, height } = await draw(input, paper);
  threshold(ctx, width, height);
  return canvas.toBuffer('image/png');
}

/**
 * The same picture as the printer's dots, straight from the canvas (no PNG made and read back):
 * rows of ceil(width / 8) bytes, the leftmost dot in the high bit, 1 = black by the printer's rule
 * (luminance < 128). What GS v 0 carries; escpos.ts sends it for the printers whose library code
 * does exactly this from the PNG (a test compares the bytes).
 */
export async function renderDots(input: Block[], paper: Paper): Promise<{ width: number; height: number; dots: Buffer }> {
  const { ctx, width, height } = await draw(input, paper);
  const d = ctx.getImageData(0, 0, width, height).data;
  const row = Math.ceil(width / 8);
  const dots = Buffer.alloc(row * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      if (0.2126 * (d[i] as number) + 0.7152 * (d[i + 1] as number) + 0.0722 * (d[i + 2] as number) < 128) dots[y * row + (x >> 3)]! |= 0x80 >> (x & 7);
    }
  }
  return { width, height, dots };
}

/** Lay the blocks out and draw them, black on opaque white, on a paper-wide canvas. */
async function draw(input: Block[], paper: Paper) {
  const blocks = printable(input);
  registerFonts();
  const width = PAPER[paper].dots;
  const measure = createCanvas(width, 10).getContext('2d');
  const l: LayoutCtx = { ctx: measure, paper, width, images: await symbolImages(blocks) };
  const laid = blocks.map((b) => layout(l, b)).filter((x): x is Laid => x !== null);
  const height = Math.max(1, laid.reduce((s, x) => s + x.height, 0));
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, width, height);
  ctx.fillStyle = '#000';
  ctx.strokeStyle = '#000';
  let y = 0;
  for (const x of laid) {
    x.draw(ctx, y);
    y += x.height;
  }
  return { canvas, ctx, width, height };
}

/**
 * Tallest picture sent in one GS v 0: printers with a small receive buffer drop or garble a
 * 576 x 2400 image, so a tall slip goes out as bands of at most this many dots (32 mm).
 */
export const RASTER_BAND_DOTS = 256;

/** A paper-wide PNG cut into bands of at most `maxDots` rows, top to bottom; printed one after another they make the whole. */
export async function bands(png: Buffer, maxDots = RASTER_BAND_DOTS): Promise<Buffer[]> {
  const img = await loadImage(png);
  if (img.height <= maxDots) return [png];
  const out: Buffer[] = [];
  for (let top = 0; top < img.height; top += maxDots) {
    const h = Math.min(maxDots, img.height - top);
    const c = createCanvas(img.width, h);
    const ctx = c.getContext('2d');
    ctx.imageSmoothingEnabled = false;
    ctx.drawImage(img, 0, top, img.width, h, 0, 0, img.width, h);
    out.push(c.toBuffer('image/png'));
  }
  return out;
}

/** The same bands as `bands`, cut from a packed 1-bit picture (whole rows of dots). */
export function dotBands(p: { width: number; height: number; dots: Buffer }, maxDots = RASTER_BAND_DOTS): Array<{ width: number; height: number; dots: Buffer }> {
  const row = Math.ceil(p.width / 8);
  const out: Array<{ width: number; height: number; dots: Buffer }> = [];
  for (let top = 0; top < p.height; top += maxDots) {
    const h = Math.min(maxDots, p.height - top);
    out.push({ width: p.width, height: h, dots: p.dots.subarray(top * row, (top + h) * row) });
  }
  return out;
}

/** The printer's rule (node-thermal-printer): dark where luminance < 128; opaque everywhere. */
function threshold(ctx: Ctx, width: number, height: number): void {
  const img = ctx.getImageData(0, 0, width, height);
  const d = img.data;
  for (let i = 0; i < d.length; i += 4) {
    const lum = 0.2126 * (d[i] as number) + 0.7152 * (d[i + 1] as number) + 0.0722 * (d[i + 2] as number);
    const v = lum < 128 ? 0 : 255;
    d[i] = d[i + 1] = d[i + 2] = v;
    d[i + 3] = 255;
  }
  ctx.putImageData(img, 0, 0);
}
