/**
 * A small ESC/POS decoder for tests: turns captured printer bytes back into what the printer
 * would do (text lines, cuts, QR, barcodes, raster pictures, drawer kicks), and draws them onto
 * a paper-wide PNG so a person can look at the receipt as it comes off the printer.
 * No maintained npm ESC/POS parser exists (only encoders), hence this one; it covers the
 * commands node-thermal-printer emits for EPSON and fails loudly on anything else.
 */
import { createCanvas, loadImage } from '@napi-rs/canvas';
import bwipjs from 'bwip-js/node';
import { fontSpec, registerFonts } from '../../src/printing/fonts';
import { code128B } from '../../src/printing/raster';

export type Op =
  | { op: 'init' }
  | { op: 'text'; text: string; align: number; bold: boolean; size: number; invert: boolean }
  | { op: 'feed'; lines: number }
  | { op: 'cut'; partial: boolean }
  | { op: 'qr'; data: string; cellSize: number; ec: string }
  | { op: 'barcode'; type: number; data: string; width: number; height: number; hri: number }
  | { op: 'raster'; width: number; height: number; bits: Buffer }
  | { op: 'drawer'; pin: number; onMs: number; offMs: number }
  | { op: 'status-query'; n: number };

export function decode(buf: Buffer): Op[] {
  const ops: Op[] = [];
  const st = { align: 0, bold: false, size: 0, invert: false };
  const qr = { data: '', cellSize: 3, ec: 'M' };
  const bc = { width: 3, height: 162, hri: 0 };
  let line = '';
  let i = 0;
  const need = (n: number) => {
    if (i + n > buf.length) throw new Error(`truncated command at ${i}`);
  };
  const b = (k: number) => buf[i + k] as number;
  const endLine = () => {
    ops.push({ op: 'text', text: line, ...st });
    line = '';
  };
  while (i < buf.length) {
    const c = b(0);
    if (c === 0x0a) {
      endLine();
      i += 1;
    } else if (c === 0x1b) {
      need(2);
      const cmd = b(1);
      if (cmd === 0x40) ((ops.push({ op: 'init' }), Object.assign(st, { align: 0, bold: false, size: 0, invert: false })), (i += 2));
      else if (cmd === 0x61) ((st.align = b(2) % 48), (i += 3));
      else if (cmd === 0x45) ((st.bold = b(2) === 1), (i += 3));
      else if (cmd === 0x21) ((st.size = b(2)), (i += 3));
      else if (cmd === 0x64) (ops.push({ op: 'feed', lines: b(2) }), (i += 3));
      else if (cmd === 0x70) (need(5), ops.push({ op: 'drawer', pin: b(2) % 48 === 0 ? 2 : 5, onMs: b(3) * 2, offMs: b(4) * 2 }), (i += 5));
      else if (cmd === 0x2d || cmd === 0x74 || cmd === 0x33 || cmd === 0x4d || cmd === 0x7b) i += 3;
      else if (cmd === 0x32) i += 2;
      else throw new Error(`unknown ESC 0x${cmd.toString(16)} at ${i}`);
    } else if (c === 0x1d) {
      need(2);
      const cmd = b(1);
      if (cmd === 0x56) {
        const m = b(2);
        ops.push({ op: 'cut', partial: m === 1 || m === 49 || m === 66 });
        i += m === 65 || m === 66 ? 4 : 3;
      } else if (cmd === 0x42) ((st.invert = b(2) === 1), (i += 3));
      else if (cmd === 0x21) ((st.size = b(2)), (i += 3));
      else if (cmd === 0x48) ((bc.hri = b(2)), (i += 3));
      else if (cmd === 0x66) i += 3;
      else if (cmd === 0x77) ((bc.width = b(2)), (i += 3));
      else if (cmd === 0x68) ((bc.height = b(2)), (i += 3));
      else if (cmd === 0x28 && b(2) === 0x6b) {
        const len = b(3) + b(4) * 256;
        need(5 + len);
        const cn = b(5);
        const fn = b(6);
        if (cn !== 0x31) throw new Error(`GS ( k symbol ${cn} not supported`);
        if (fn === 0x43) qr.cellSize = b(7);
        else if (fn === 0x45) qr.ec = 'LMQH'[b(7) - 48] ?? '?';
        else if (fn === 0x50) qr.data = buf.subarray(i + 8, i + 5 + len).toString('latin1');
        else if (fn === 0x51) ops.push({ op: 'qr', ...qr });
        i += 5 + len;
      } else if (cmd === 0x6b) {
        const m = b(2);
        if (m <= 6) {
          const end = buf.indexOf(0, i + 3);
          ops.push({ op: 'barcode', type: m, data: buf.subarray(i + 3, end).toString('latin1'), ...bc });
          i = end + 1;
        } else {
          const n = b(3);
          need(4 + n);
          ops.push({ op: 'barcode', type: m, data: buf.subarray(i + 4, i + 4 + n).toString('latin1'), ...bc });
          i += 4 + n;
        }
      } else if (cmd === 0x76 && b(2) === 0x30) {
        need(8);
        const wBytes = b(4) + b(5) * 256;
        const h = b(6) + b(7) * 256;
        need(8 + wBytes * h);
        ops.push({ op: 'raster', width: wBytes * 8, height: h, bits: Buffer.from(buf.subarray(i + 8, i + 8 + wBytes * h)) });
        i += 8 + wBytes * h;
      } else throw new Error(`unknown GS 0x${cmd.toString(16)} at ${i}`);
    } else if (c === 0x10 && b(1) === 0x04) {
      ops.push({ op: 'status-query', n: b(2) });
      i += 3;
    } else if (c >= 0x20 && c < 0x7f) {
      line += String.fromCharCode(c);
      i += 1;
    } else if (c === 0x0d || c === 0x09) {
      i += 1;
    } else {
      throw new Error(`unexpected byte 0x${c.toString(16)} at ${i}`);
    }
  }
  if (line) endLine();
  return ops;
}

/**
 * Consecutive GS v 0 bands of one width joined back into the one picture they print as (a
 * printer puts them edge to edge), so a test reads a banded slip whole.
 */
export function joinRasters(ops: Op[]): Op[] {
  const out: Op[] = [];
  for (const op of ops) {
    const prev = out[out.length - 1];
    if (op.op === 'raster' && prev?.op === 'raster' && prev.width === op.width) {
      out[out.length - 1] = { op: 'raster', width: op.width, height: prev.height + op.height, bits: Buffer.concat([prev.bits, op.bits]) };
    } else out.push(op);
  }
  return out;
}

/** One GS v 0 picture back to a PNG (black where the bit is set). */
export function rasterToPng(r: Extract<Op, { op: 'raster' }>): Buffer {
  const c = createCanvas(r.width, r.height);
  const ctx = c.getContext('2d');
  const img = ctx.createImageData(r.width, r.height);
  const bpr = r.width / 8;
  for (let y = 0; y < r.height; y++) {
    for (let x = 0; x < r.width; x++) {
      const on = ((r.bits[y * bpr + (x >> 3)] as number) >> (7 - (x & 7))) & 1;
      const o = (y * r.width + x) * 4;
      img.data[o] = img.data[o + 1] = img.data[o + 2] = on ? 0 : 255;
      img.data[o + 3] = 255;
    }
  }
  ctx.putImageData(img, 0, 0);
  return c.toBuffer('image/png');
}

/** Fraction of dark pixels in a raster: a blank or all-black picture is a bug. */
export function inkRatio(r: Extract<Op, { op: 'raster' }>): number {
  let on = 0;
  for (const byte of r.bits) for (let k = 0; k < 8; k++) on += (byte >> k) & 1;
  return on / (r.width * r.height);
}

const FONT_A = { w: 12, h: 24, gap: 6 }; // EPSON font A, default 30-dot line

/** Everything the printer would put on paper, as one PNG `dots` wide. */
export async function paperPng(ops: Op[], dots: number): Promise<Buffer> {
  registerFonts();
  type Draw = { h: number; draw: (ctx: ReturnType<ReturnType<typeof createCanvas>['getContext']>, y: number) => void };
  const items: Draw[] = [];
  for (const op of ops) {
    if (op.op === 'text') {
      const dh = op.size & 0x10 ? 2 : 1;
      const dw = op.size & 0x20 ? 2 : 1;
      const cw = FONT_A.w * dw;
      const h = FONT_A.h * dh + FONT_A.gap;
      const textW = op.text.length * cw;
      const x0 = op.align === 1 ? (dots - textW) / 2 : op.align === 2 ? dots - textW : 0;
      items.push({
        h,
        draw(ctx, y) {
          if (op.invert) ctx.fillRect(x0, y, textW, h);
          ctx.fillStyle = op.invert ? '#fff' : '#000';
          // Emulate the fixed-pitch printer font: one character per cell.
          ctx.font = fontSpec(20 * dh, op.bold);
          ctx.textBaseline = 'middle';
          [...op.text].forEach((ch, k) => {
            const w = ctx.measureText(ch).width;
            ctx.save();
            ctx.translate(x0 + k * cw + cw / 2, y + h / 2);
            ctx.scale(Math.min(1, (cw - 1) / Math.max(1, w)) * (dw > 1 ? 1 : 1), 1);
            ctx.fillText(ch, -Math.min(w, cw) / 2, 0);
            ctx.restore();
          });
          ctx.fillStyle = '#000';
        },
      });
    } else if (op.op === 'feed') {
      items.push({ h: op.lines * (FONT_A.h + FONT_A.gap), draw() {} });
    } else if (op.op === 'raster') {
      const img = await loadImage(rasterToPng(op));
      items.push({ h: op.height, draw: (ctx, y) => ctx.drawImage(img, 0, y) });
    } else if (op.op === 'qr' || op.op === 'barcode') {
      const opts =
        op.op === 'qr'
          ? { bcid: 'qrcode', text: op.data, eclevel: op.ec, scale: 1 }
          : { bcid: 'code128', text: code128B(op.data.replace(/^\{B/, '')), raw: true, scaleX: op.width, scaleY: 1, height: (op.height * 25.4) / 72 };
      const img = await loadImage((await bwipjs.toBuffer(opts as bwipjs.RenderOptions)) as Buffer);
      const k = op.op === 'qr' ? op.cellSize / 2 : 1;
      const w = img.width * k;
      const h = img.height * k;
      // HRI: the human-readable digits the printer adds under a barcode (GS H 2).
      const hri = op.op === 'barcode' && op.hri >= 2 ? op.data.replace(/^\{B/, '') : '';
      items.push({
        h: h + 8 + (hri ? FONT_A.h + FONT_A.gap : 0),
        draw(ctx, y) {
          ctx.imageSmoothingEnabled = false;
          ctx.drawImage(img, (dots - w) / 2, y + 4, w, h);
          if (hri) {
            ctx.font = fontSpec(20);
            ctx.textBaseline = 'middle';
            ctx.fillText(hri, (dots - ctx.measureText(hri).width) / 2, y + 8 + h + FONT_A.h / 2);
          }
        },
      });
    } else if (op.op === 'cut') {
      items.push({
        h: 20,
        draw(ctx, y) {
          for (let x = 0; x < dots; x += 10) ctx.fillRect(x, y + 10, 5, 1);
        },
      });
    }
  }
  const height = items.reduce((s, it) => s + it.h, 0);
  const c = createCanvas(dots, Math.max(1, height));
  const ctx = c.getContext('2d');
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, dots, height);
  ctx.fillStyle = '#000';
  let y = 0;
  for (const it of items) {
    it.draw(ctx, y);
    y += it.h;
  }
  return c.toBuffer('image/png');
}
