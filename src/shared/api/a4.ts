import { z } from 'zod';
import { method } from './define';
import { id, isoDate, lang } from './fields';
import { periodInput } from './gst';
import { month } from './reports';

/** An A4 document as one self-contained HTML page (fonts inlined) for Chromium to print or save as PDF. */
export interface A4Page {
  /** The PDF's name when saved ('statement-….pdf'). */
  fileName: string;
  html: string;
}

/**
 * A4 documents with a real text layer: the renderer prints the page (printA4), the desktop app
 * also saves it as a PDF in the main process (webContents.printToPDF on the A4 channel).
 */
export const a4Api = {
  /** Her statement for a period: account, goods, items sold with her share. */
  'pages.statement': method<A4Page>()({ input: z.object({ artisanId: id, from: isoDate, to: isoDate, lang: lang.optional() }), access: 'manager' }),
  /** Price labels on an A4 sticker sheet, names and prices as text, barcodes across each label. */
  'pages.labels': method<A4Page>()({
    input: z.object({ items: z.array(z.object({ productId: id, copies: z.number().int().min(1).max(240).default(1) })).min(1).max(500), lang: lang.default('hi') }),
    access: 'user',
  }),
  /** The monthly report (by craft, by day), the rentals report and the GST return, as their tabs show them. */
  'pages.monthly': method<A4Page>()({ input: z.object({ month, lang: lang.optional() }), access: 'manager' }),
  'pages.rentalsReport': method<A4Page>()({ input: z.object({ from: isoDate, to: isoDate, lang: lang.optional() }), access: 'manager' }),
  'pages.gstReturn': method<A4Page>()({ input: z.object({ period: periodInput, lang: lang.optional() }), access: 'manager' }),
};

/** The methods whose result is an A4Page: the only ones the desktop app's PDF channel will run. */
export const A4_METHODS = Object.keys(a4Api) as (keyof typeof a4Api)[];
