import { z } from 'zod';
import { method } from './define';
import { id, lang } from './fields';

export interface PdfFile {
  fileName: string;
  /** The PDF's bytes, base64 (JSON-safe over IPC and HTTP). */
  pdfBase64: string;
  pages: number;
}

export const labelsApi = {
  /** Price tags for a sheet of stickers (A4, 3 x 8): name in Hindi and English, price, Code128 barcode. */
  'labels.exportPdf': method<PdfFile & { labels: number }>()({
    input: z.object({
      items: z.array(z.object({ productId: id, copies: z.number().int().min(1).max(240).default(1) })).min(1).max(500),
      lang: lang.default('hi'),
    }),
    access: 'user',
    async: true,
  }),
};
