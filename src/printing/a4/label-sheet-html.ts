/**
 * Price labels on an A4 sticker sheet (3 x 8, 70 x 37 mm) as one HTML page for Chromium to print:
 * names and prices are real text (searchable, shaped by the browser), the barcode an SVG drawn
 * across the label's width less its quiet zones, so it stays sharp and reads in a 100 dpi scan.
 */
import type bwipjs from 'bwip-js/node';
import { barcodeEngine } from '../barcode-engine';
import { money } from '../format';
import { LABEL_SHEET } from '../label-sheet';
import type { PriceLabel } from '../types';
import { esc, fontFaces } from './html';

const { cols, rows, cellW, cellH, pad } = LABEL_SHEET;

const CSS = `
@page { size: A4; margin: 0; }
* { box-sizing: border-box; }
body { margin: 0; font-family: 'HH Noto', sans-serif; color: #000; }
.sheet { width: 210mm; height: 297mm; display: grid; grid-template-columns: repeat(${cols}, ${cellW}mm); grid-template-rows: repeat(${rows}, ${cellH}mm);
  justify-content: center; align-content: center; break-after: page; }
.sheet:last-child { break-after: auto; }
.label { padding: ${pad}mm; display: flex; flex-direction: column; align-items: center; justify-content: space-between; overflow: hidden; text-align: center; }
.shop { font-size: 6.5pt; font-weight: 700; line-height: 1.2; }
.name { font-size: 8.5pt; font-weight: 700; line-height: 1.25; max-height: 2.6em; overflow: hidden; }
.other { font-size: 6.5pt; line-height: 1.2; }
.price { font-size: 12pt; font-weight: 700; line-height: 1.2; }
.code { width: ${cellW - 2 * pad - 8}mm; height: 9mm; display: block; }
.meta { font-size: 6pt; line-height: 1.2; white-space: nowrap; overflow: hidden; max-width: 100%; }
`;

/** CODE128 as SVG with the shortest code sets; stretched to the label's width (no aspect lock). */
function barcodeSvg(data: string): string {
  const svg = barcodeEngine().toSVG({ bcid: 'code128', text: data, height: 8, includetext: true, textxalign: 'center', textsize: 8 } as bwipjs.RenderOptions);
  return svg.replace('<svg ', '<svg class="code" preserveAspectRatio="none" role="img" aria-label="' + esc(data) + '" ');
}

function label(l: PriceLabel, svg: string): string {
  const [main, other] = l.lang === 'hi' ? [l.nameHi || l.nameEn, l.nameEn] : [l.nameEn || l.nameHi, l.nameHi];
  const meta = [l.sku, l.craft, l.artisan].filter(Boolean).join(' · ');
  return `<div class="label"><div class="shop">${esc(l.shopName)}</div><div class="name">${esc(main ?? '')}</div>`
    + (other && other !== main ? `<div class="other">${esc(other)}</div>` : '')
    + `<div class="price">${esc(money(l.pricePaise, l.lang))}</div>${svg}${meta ? `<div class="meta">${esc(meta)}</div>` : ''}</div>`;
}

/** Every label (copies already repeated), 24 to a sheet. */
export function labelSheetHtml(labels: PriceLabel[], title: string): string {
  const svgs = new Map<string, string>();
  const cells = labels.map((l) => label(l, svgs.get(l.barcode) ?? svgs.set(l.barcode, barcodeSvg(l.barcode)).get(l.barcode)!));
  const per = cols * rows;
  const sheets: string[] = [];
  for (let i = 0; i < Math.max(1, cells.length); i += per) sheets.push(`<section class="sheet">${cells.slice(i, i + per).join('')}</section>`);
  const lang = labels[0]?.lang ?? 'hi';
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${esc(title)}</title><style>${fontFaces()}${CSS}</style></head><body>${sheets.join('')}</body></html>`;
}
