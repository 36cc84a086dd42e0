import { z } from 'zod';
import { method } from './define';
import { isoDate, str } from './fields';

export interface XlsxFile {
  fileName: string;
  /** The workbook's bytes, base64 (JSON-safe over IPC and HTTP). */
  xlsxBase64: string;
  rows: number;
}

const month = str().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'month' });

/**
 * The same tables as the CSV exports, as XLSX with typed cells (codes as text, money as numbers,
 * dates as dates, Hindi as it is): a spreadsheet opens them right with its default options.
 */
export const xlsxApi = {
  'xlsx.exportProducts': method<XlsxFile>()({ input: z.object({ includeArchived: z.boolean().default(false) }), access: 'manager', async: true }),
  'xlsx.exportStatement': method<XlsxFile>()({
    input: z.object({ artisanId: z.number().int().positive(), from: isoDate, to: isoDate }),
    access: 'manager',
    async: true,
  }),
  'xlsx.exportMonthly': method<XlsxFile>()({ input: z.object({ month }), access: 'manager', async: true }),
};
