/**
 * A4 "save as PDF" in the desktop app: the core builds the page (a `pages.*` method returning
 * { fileName, html }), a hidden script-less window loads it and Chromium's printToPDF writes a PDF
 * with a real text layer, which the person saves where they choose.
 *
 * Why a second channel beside hh:call: printing to PDF needs a BrowserWindow, which only the main
 * process has; the core (plain Node) cannot do it. The channel takes the same (method, input) as
 * hh:call and goes through the same checks (handleCall: the sender is the app's page, the caller's
 * own session token, the method's role), and only the pages.* methods: the HTML always comes from
 * the core inside main, never from the page, so a page cannot make main render content of its own.
 */
import { BrowserWindow, dialog, type IpcMain } from 'electron';
import { writeFile } from 'node:fs/promises';
import type { App } from '../core/app';
import { A4_METHODS, type A4Page } from '../shared/api/a4';
import type { Result } from '../shared/errors';
import { handleCall, type SessionTokens } from './ipc';

export const A4_PDF_CHANNEL = 'hh:a4pdf';

/** The page as an A4 PDF, printed by Chromium in a hidden, sandboxed window without JavaScript. */
export async function htmlToPdf(html: string): Promise<Buffer> {
  const win = new BrowserWindow({ show: false, webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false } });
  try {
    await win.loadURL(`data:text/html;charset=utf-8;base64,${Buffer.from(html, 'utf8').toString('base64')}`);
    // The page's own @page rule sets A4 and its margins.
    const pdf = await win.webContents.printToPDF({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true });
    return Buffer.from(pdf);
  } finally {
    win.destroy();
  }
}

export interface A4PdfDeps {
  toPdf: (html: string) => Promise<Buffer>;
  /** Ask where to save; null when the person cancels. */
  choosePath: (fileName: string) => Promise<string | null>;
  write: (path: string, pdf: Buffer) => Promise<void>;
}

const A4 = new Set<string>(A4_METHODS);

/** One save: run the pages.* method as the caller, print its page to PDF, save it where they choose. */
export async function saveA4Pdf(
  app: Pick<App, 'callAny'>, tokens: SessionTokens, caller: { id: number; frameUrl: string | null | undefined }, name: unknown, input: unknown, deps: A4PdfDeps,
): Promise<Result<{ path: string | null; bytes: number }>> {
  if (typeof name !== 'string' || !A4.has(name)) return { ok: false, error: { code: 'UNKNOWN_METHOD', details: { method: String(name).slice(0, 100) } } };
  const page = await handleCall(app, tokens, caller, name, input);
  if (!page.ok) return page;
  const { fileName, html } = page.value as A4Page;
  const pdf = await deps.toPdf(html);
  const path = await deps.choosePath(fileName);
  if (path) await deps.write(path, pdf);
  return { ok: true, value: { path, bytes: pdf.length } };
}

export function registerA4Pdf(app: Pick<App, 'callAny'>, ipcMain: Pick<IpcMain, 'handle'>, tokens: SessionTokens): void {
  const deps: A4PdfDeps = {
    toPdf: htmlToPdf,
    choosePath: async (fileName) => {
      const r = await dialog.showSaveDialog({ defaultPath: fileName, filters: [{ name: 'PDF', extensions: ['pdf'] }] });
      return r.canceled || !r.filePath ? null : r.filePath;
    },
    write: (path, pdf) => writeFile(path, pdf),
  };
  ipcMain.handle(A4_PDF_CHANNEL, async (event, name: unknown, input: unknown) => {
    try {
      return await saveA4Pdf(app, tokens, { id: event.sender.id, frameUrl: event.senderFrame?.url }, name, input, deps);
    } catch (e) {
      console.error('hh:a4pdf failed', e);
      return { ok: false, error: { code: 'INTERNAL', details: {} } } satisfies Result<unknown>;
    }
  });
}
