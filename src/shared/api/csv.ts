import { z } from 'zod';
import { isoDate } from './fields';
import { method } from './define';

/** One problem in one cell: `row` is the spreadsheet's line number (the header is line 1). */
export interface CsvRowError {
  row: number;
  column: string;
  /** An `issues.*` text key in the renderer (e.g. 'required', 'unknown_craft', 'duplicate'). */
  code: string;
  value?: string;
}

export interface CsvImportReport {
  /** Data rows in the file. */
  rows: number;
  /** Rows that were (or, in a preview, would be) created. */
  created: number;
  errors: CsvRowError[];
  /** False for a preview and for any file with an error: nothing half-imported. */
  written: boolean;
}

export interface CsvFile {
  fileName: string;
  /** UTF-8 with a byte-order mark, so Excel opens Hindi correctly. */
  csv: string;
  rows: number;
}

/** 32 MiB of text: a 100,000-product catalogue fits. */
const CSV_MAX_CHARS = 32 * 1024 * 1024;
const csvText = z.string().min(1).max(CSV_MAX_CHARS);
/** A whole catalogue (100,000 products) in one call: its text as JSON, Devanagari at 3 bytes a character, with room. */
const CSV_BODY_BYTES = 40 << 20;

export const csvApi = {
  /** Check a file without writing anything: the row-by-row report the import would give. */
  'csv.previewProducts': method<CsvImportReport>()({ input: z.object({ csv: csvText }), access: 'manager', maxBodyBytes: CSV_BODY_BYTES }),
  /** All rows or none: any row error refuses the whole file (IMPORT_REJECTED with the report). */
  'csv.importProducts': method<CsvImportReport>()({ input: z.object({ csv: csvText }), access: 'manager', maxBodyBytes: CSV_BODY_BYTES }),
  'csv.previewArtisans': method<CsvImportReport>()({ input: z.object({ csv: csvText }), access: 'manager', maxBodyBytes: CSV_BODY_BYTES }),
  'csv.importArtisans': method<CsvImportReport>()({ input: z.object({ csv: csvText }), access: 'manager', maxBodyBytes: CSV_BODY_BYTES }),
  'csv.exportProducts': method<CsvFile>()({ input: z.object({ includeArchived: z.boolean().default(false) }), access: 'manager' }),
  'csv.exportArtisans': method<CsvFile>()({ input: z.object({}), access: 'manager' }),
  /** A stock count as a sheet to count on (open) or its variance report (posted). */
  /** An artisan's statement for a period: her items sold, the shares, and the totals. */
  'csv.exportStatement': method<CsvFile>()({
    input: z.object({ artisanId: z.number().int().positive(), from: isoDate, to: isoDate }),
    access: 'manager',
  }),
  'csv.exportCount': method<CsvFile>()({ input: z.object({ id: z.number().int().positive() }), access: 'user' }),
};
