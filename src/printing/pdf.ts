/**
 * PDF export: the same pictures that go to the thermal printer, placed on PDF pages. Embedding
 * the rendered image (instead of PDF text) keeps Devanagari shaped exactly as on paper; no PDF
 * font shaping is involved.
 */
import PDFDocument from 'pdfkit';
import type { Paper } from './document';

const MM = 72 / 25.4; // PDF points per millimetre
const PAPER_MM: Record<Paper, number> = { '58mm': 58, '80mm': 80 };

function collect(doc: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}

function pngSize(png: Buffer): { w: number; h: number } {
  return { w: png.readUInt32BE(16), h: png.readUInt32BE(20) }; // IHDR width and height
}

/** A slip as one PDF page exactly as wide as the roll, as long as the slip. */
export function slipPdf(png: Buffer, paper: Paper, title: string): Promise<Buffer> {
  const { w, h } = pngSize(png);
  const width = PAPER_MM[paper] * MM;
  const margin = 4 * MM;
  const imgW = width - 2 * margin;
  const height = (imgW * h) / w + 2 * margin;
  const doc = new PDFDocument({ size: [width, height], margin: 0, info: { Title: title, Producer: 'Hamar Hatri POS' } });
  doc.image(png, margin, margin, { width: imgW });
  return collect(doc);
}

import { LABEL_SHEET } from './label-sheet';

export { LABEL_SHEET };

/** One label on a sheet: its picture (name, price) and, full width under it, its barcode. */
export interface SheetLabel {
  png: Buffer;
  barcode?: Buffer;
}

/** Quiet zone left and right of a sheet barcode inside its cell, in mm: scanners need about ten modules. */
const QUIET_MM = 4;
/** The barcode strip at the foot of a sheet label, in mm. */
const BARCODE_MM = 11;

/**
 * Labels on A4 sticker sheets, as many pages as needed. The barcode spans the label's width (less
 * its quiet zones) instead of shrinking with the picture: 58 of 70 mm, so it reads in a 100 dpi scan.
 */
export function labelSheetPdf(labels: (Buffer | SheetLabel)[], title: string): Promise<Buffer> {
  const { cols, rows, cellW, cellH, pad } = LABEL_SHEET;
  const doc = new PDFDocument({ size: 'A4', margin: 0, autoFirstPage: false, info: { Title: title, Producer: 'Hamar Hatri POS' } });
  const pageW = 210 * MM;
  const pageH = 297 * MM;
  const left = (pageW - cols * cellW * MM) / 2;
  const top = (pageH - rows * cellH * MM) / 2;
  // One embedded image per distinct picture, however many copies: a small file.
  // (openImage exists in pdfkit but is missing from its type package)
  const withOpen = doc as unknown as { openImage(src: Buffer): Buffer };
  const opened = new Map<Buffer, Buffer>();
  const open = (png: Buffer) => opened.get(png) ?? opened.set(png, withOpen.openImage(png)).get(png)!;
  labels.forEach((item, i) => {
    const l = Buffer.isBuffer(item) ? { png: item } : item;
    const slot = i % (cols * rows);
    if (slot === 0) doc.addPage();
    const x = left + (slot % cols) * cellW * MM;
    const y = top + Math.floor(slot / cols) * cellH * MM;
    const innerW = (cellW - 2 * pad) * MM;
    const innerH = (cellH - 2 * pad) * MM;
    const barH = l.barcode ? BARCODE_MM * MM : 0;
    // fit the picture inside the cell (above the barcode), keeping its proportions, centred
    doc.image(open(l.png), x + pad * MM, y + pad * MM, { fit: [innerW, innerH - barH], align: 'center', valign: 'center' });
    if (l.barcode) doc.image(open(l.barcode), x + (pad + QUIET_MM) * MM, y + pad * MM + innerH - barH, { width: innerW - 2 * QUIET_MM * MM, height: barH });
  });
  if (labels.length === 0) doc.addPage();
  return collect(doc);
}
