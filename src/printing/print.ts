/**
 * Print a document: encode, send, and report. Never throws for a printer problem: a sale is
 * committed before printing and a failed print only returns an error for the screen to show
 * (with a reprint action) and for the job record.
 */
import type { Block, Paper } from './document';
import { encode, type PrinterType } from './escpos';
import { PrintError, type PrintErrorCode } from './errors';
import { send, type SendOptions } from './transport';
import { systemPrinter } from './system-printer';

export interface PrinterConfig extends SendOptions {
  /** 'tcp://192.168.1.50:9100', '/dev/usb/lp0', 'COM3' or 'printer:TVS RP3160' (needs `driver`). */
  interface: string;
  paper: Paper;
  type?: PrinterType;
  rasterAll?: boolean;
  /** false: no cash drawer on this counter. */
  cashDrawer?: boolean;
  /** node-thermal-printer code page name. */
  characterSet?: string;
}

export type PrintOutcome =
  | { ok: true; bytes: number; ms: number }
  | { ok: false; error: { code: PrintErrorCode; message: string; details: Record<string, unknown> }; ms: number };

export async function printDocument(blocks: Block[], cfg: PrinterConfig, opts: { reprint?: boolean } = {}): Promise<PrintOutcome> {
  const started = Date.now();
  try {
    // A named system printer without the raw driver: the same picture, through the OS spooler.
    const named = /^printer:(.+)$/i.exec(cfg.interface);
    const spool = systemPrinter();
    if (named && !cfg.driver && spool) {
      const { renderBlocks } = await import('./raster');
      const png = await renderBlocks(blocks, cfg.paper);
      await spool(png, named[1]!.trim(), cfg.paper);
      return { ok: true, bytes: png.length, ms: Date.now() - started };
    }
    const bytes = await encode(blocks, { paper: cfg.paper, type: cfg.type, rasterAll: cfg.rasterAll, noDrawer: cfg.cashDrawer === false || opts.reprint, characterSet: cfg.characterSet });
    await send(cfg.interface, bytes, cfg);
    return { ok: true, bytes: bytes.length, ms: Date.now() - started };
  } catch (e) {
    const pe = e instanceof PrintError ? e : new PrintError('PRINTER_ERROR', e instanceof Error ? e.message : String(e));
    return { ok: false, error: { code: pe.code, message: pe.message, details: pe.details }, ms: Date.now() - started };
  }
}
