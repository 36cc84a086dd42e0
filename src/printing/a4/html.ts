/** One A4 document as a self-contained HTML page (fonts embedded) for Chromium to print. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { A4Doc, A4Table } from './model';

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ESC[c] as string);
}

let fontCss: string | null = null;
/**
 * @font-face rules with the woff2 files inlined: the page prints the same with no fonts installed.
 * Each rule is one line `@font-face{...}`: the renderer's printA4 reads them back into FontFace
 * objects (the app's CSP refuses inline styles and data: fonts in its own frames).
 */
export function fontFaces(): string {
  if (fontCss) return fontCss;
  const require = createRequire(import.meta.url);
  const dir = join(dirname(require.resolve('@fontsource/noto-sans-devanagari/package.json')), 'files');
  const rules: string[] = [];
  for (const w of [400, 700]) {
    for (const [subset, range] of [
      ['devanagari', 'U+0900-097F, U+1CD0-1CF9, U+200C-200D, U+20A8, U+20B9, U+25CC, U+A830-A839, U+A8E0-A8FF'],
      ['latin', 'U+0000-00FF, U+0131, U+0152-0153, U+02BB-02BC, U+02C6, U+02DA, U+02DC, U+2000-206F, U+2074, U+20AC, U+2122, U+2191, U+2193, U+2212, U+2215, U+FEFF, U+FFFD'],
    ] as const) {
      const b64 = readFileSync(join(dir, `noto-sans-devanagari-${subset}-${w}-normal.woff2`)).toString('base64');
      rules.push(`@font-face{font-family:'HH Noto';font-weight:${w};src:url(data:font/woff2;base64,${b64}) format('woff2');unicode-range:${range}}`);
    }
  }
  fontCss = rules.join('\n');
  return fontCss;
}

const CSS = `
@page { size: A4; margin: 14mm 12mm 16mm 12mm; }
* { box-sizing: border-box; }
body { font-family: 'HH Noto', sans-serif; font-size: 10.5pt; color: #111; margin: 0; }
header { position: relative; border-bottom: 2px solid #111; padding-bottom: 4mm; margin-bottom: 4mm; }
.shop { font-size: 15pt; font-weight: 700; }
.shopline { font-size: 9pt; color: #333; }
h1 { font-size: 14pt; margin: 4mm 0 1mm; }
.subtitle { font-size: 10pt; color: #333; margin-bottom: 2mm; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.5mm 4mm; margin: 2mm 0 0; font-size: 9.5pt; }
dt { color: #444; } dd { margin: 0; font-weight: 700; }
h2 { font-size: 11.5pt; margin: 6mm 0 2mm; break-after: avoid; }
table { width: 100%; border-collapse: collapse; font-size: 9.5pt; }
thead { display: table-header-group; }
th { text-align: left; border-bottom: 1.5px solid #111; padding: 1.5mm 1.5mm; font-weight: 700; }
td { border-bottom: 0.5px solid #bbb; padding: 1.2mm 1.5mm; vertical-align: top; }
tr { break-inside: avoid; }
.r { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tfoot td { font-weight: 700; border-top: 1.5px solid #111; border-bottom: none; }
.empty { color: #555; font-style: italic; padding: 2mm 0; }
footer { margin-top: 8mm; font-size: 9.5pt; }
footer p { margin: 1mm 0; }
/* In the header's corner: a fixed element below the page box fell into the margin, where Chromium prints nothing. */
.printed { position: absolute; top: 0; right: 0; font-size: 8pt; color: #555; }
`;

function table(t: A4Table): string {
  const align = (i: number) => (t.columns[i]?.align === 'right' ? ' class="r"' : '');
  const head = t.heading ? `<h2>${esc(t.heading)}</h2>` : '';
  if (t.rows.length === 0 && !t.totals?.length) return `${head}<p class="empty">${esc(t.empty ?? '—')}</p>`;
  const row = (cells: string[]) => `<tr>${cells.map((c, i) => `<td${align(i)}>${esc(c)}</td>`).join('')}</tr>`;
  return `${head}<table><thead><tr>${t.columns.map((c, i) => `<th${align(i)}>${esc(c.label)}</th>`).join('')}</tr></thead>`
    + `<tbody>${t.rows.map(row).join('')}</tbody>`
    + (t.totals?.length ? `<tfoot>${t.totals.map(row).join('')}</tfoot>` : '')
    + '</table>';
}

export function a4Html(doc: A4Doc): string {
  const meta = doc.meta?.length ? `<dl>${doc.meta.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${esc(v)}</dd>`).join('')}</dl>` : '';
  return `<!doctype html><html lang="${doc.lang}"><head><meta charset="utf-8"><title>${esc(doc.title)}</title>`
    + `<style>${fontFaces()}${CSS}</style></head><body>`
    + `<header><div class="shop">${esc(doc.shop.name)}</div>${doc.shop.lines.map((l) => `<div class="shopline">${esc(l)}</div>`).join('')}`
    + `<h1>${esc(doc.title)}</h1>${doc.subtitle ? `<div class="subtitle">${esc(doc.subtitle)}</div>` : ''}${meta}`
    + (doc.printedAt ? `<div class="printed">${esc(doc.printedAt)}</div>` : '')
    + '</header>'
    + doc.tables.map(table).join('')
    + (doc.footer?.length ? `<footer>${doc.footer.map((l) => `<p>${esc(l)}</p>`).join('')}</footer>` : '')
    + '</body></html>';
}
