import type { labelsApi } from '../../shared/api/labels';
import { AppError } from '../../shared/errors';
import { priceLabel } from '../../printing/docs/label';
import { LABEL_SHEET } from '../../printing/label-sheet';
import type { PriceLabel } from '../../printing/types';
import type { DB } from '../db/open';
import { stmt } from '../db/stmt';
import type { HandlerMap } from '../dispatch';
import { requireSettings } from '../settings/handlers';
import { shopToday } from '../shop-day';

/** At most this many labels in one PDF: 20 A4 sheets. */
const MAX_LABELS = LABEL_SHEET.cols * LABEL_SHEET.rows * 20;

/** Refuse a run longer than 20 sheets (the PDF sheet and the A4 page alike). */
export function checkLabelCount(items: { copies: number }[]): void {
  const total = items.reduce((s, i) => s + i.copies, 0);
  if (total > MAX_LABELS) throw new AppError('INVALID_INPUT', { issues: [{ path: ['items'], code: 'too_big', message: 'too_big', maximum: MAX_LABELS }] });
}

interface Row { name_hi: string; name_en: string; price_paise: number; sku: string; barcode: string | null; craft_hi: string; craft_en: string; artisan: string | null }

/** One product's label data (exported for thermal labels, print.labels). */
export function labelData(db: DB, productId: number, index: number, lang: 'hi' | 'en', shopName: string): PriceLabel {
  const r = stmt<[number], Row>(
    db,
    `SELECT p.name_hi, p.name_en, p.price_paise, p.sku, c.name_hi AS craft_hi, c.name_en AS craft_en,
            (SELECT min(code) FROM barcodes b WHERE b.product_id = p.id) AS barcode,
            COALESCE(NULLIF(a.name_hi, ''), a.name_en) AS artisan
       FROM products p JOIN crafts c ON c.id = p.craft_id LEFT JOIN artisans a ON a.id = p.artisan_id WHERE p.id = ?`,
  ).get(productId);
  if (!r) throw new AppError('NOT_FOUND', { what: 'product', field: ['items', index, 'productId'], productId });
  return {
    lang, shopName, nameHi: r.name_hi, nameEn: r.name_en, pricePaise: r.price_paise, barcode: r.barcode ?? r.sku, sku: r.sku,
    craft: lang === 'hi' ? r.craft_hi : r.craft_en, artisan: r.artisan ?? undefined,
  };
}

export const labelsHandlers = {
  'labels.exportPdf': async ({ items, lang }, ctx) => {
    checkLabelCount(items);
    const total = items.reduce((s, i) => s + i.copies, 0);
    const labels = ctx.read((db) => {
      const shopName = requireSettings(db).shopName;
      return items.map((i, n) => ({ data: labelData(db, i.productId, n, lang, shopName), copies: i.copies }));
    });
    // The renderer and PDF writer load on first use: they cost the app's start time and memory.
    const [{ renderBlocks, sheetBarcodePng }, { labelSheetPdf }] = await Promise.all([import('../../printing/raster'), import('../../printing/pdf')]);
    const sheet: { png: Buffer; barcode: Buffer }[] = [];
    for (const l of labels) {
      // One picture per product, reused per copy; the barcode is drawn apart, across the label's width.
      const png = await renderBlocks(priceLabel(l.data).filter((b) => b.kind !== 'barcode' && b.kind !== 'cut'), '58mm');
      const barcode = await sheetBarcodePng(l.data.barcode);
      for (let c = 0; c < l.copies; c++) sheet.push({ png, barcode });
    }
    const pdf = await labelSheetPdf(sheet, 'Price labels');
    const perPage = LABEL_SHEET.cols * LABEL_SHEET.rows;
    return { fileName: `labels-${shopToday(ctx.db, ctx.now)}.pdf`, pdfBase64: pdf.toString('base64'), pages: Math.ceil(total / perPage), labels: total };
  },
} satisfies HandlerMap<typeof labelsApi>;
