/**
 * A4 "save as PDF" in main (#20 item 10b), with the mocked electron: the page comes from the core
 * as the caller (same checks as hh:call), Chromium prints it to A4 in a hidden window without
 * JavaScript, and the PDF is written where the person chose; only pages.* methods are run.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createApp, type App } from '../../src/core/app';
import { dialog, FakeBrowserWindow, FakeWebContents, ipcMain, resetElectron } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).electron);

const { registerIpc } = await import('../../src/main/ipc');
const { A4_PDF_CHANNEL, htmlToPdf, registerA4Pdf } = await import('../../src/main/a4-pdf');

type Listener = (event: unknown, name: unknown, input?: unknown) => Promise<any>;
let shop: App;
let call: Listener;
let a4: Listener;
const wc = new FakeWebContents();
const ev = (url: string | null = 'app://pos/index.html') => ({ sender: wc, senderFrame: url === null ? null : { url } });

describe('A4 PDF channel', () => {
  beforeEach(() => {
    resetElectron();
    shop = createApp(':memory:', { log: () => {} });
    const tokens = registerIpc(shop, ipcMain as never);
    registerA4Pdf(shop, ipcMain as never, tokens);
    call = ipcMain.handle.mock.calls[0]![1] as Listener;
    expect(ipcMain.handle.mock.calls[1]![0]).toBe(A4_PDF_CHANNEL);
    a4 = ipcMain.handle.mock.calls[1]![1] as Listener;
  });
  afterEach(() => shop.close());

  it('prints the core page to an A4 PDF in a hidden sandboxed window without JavaScript, then closes it', async () => {
    const pdf = await htmlToPdf('<!doctype html><p>कमला निषाद</p>');
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const win = FakeBrowserWindow.all.at(-1)!;
    expect(win.options).toMatchObject({ show: false, webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false } });
    expect(win.loadedUrl!.startsWith('data:text/html;charset=utf-8;base64,')).toBe(true);
    expect(Buffer.from(win.loadedUrl!.split(',')[1]!, 'base64').toString('utf8')).toContain('कमला निषाद');
    expect(win.webContents.pdfOptions).toEqual([{ pageSize: 'A4', printBackground: true, preferCSSPageSize: true }]);
    expect(win.destroyed).toBe(true);
  });

  it("runs pages.statement as the caller and writes the PDF where she chose; a cancel writes nothing", async () => {
    await call(ev(), 'setup.loadDemo', { language: 'hi' }); // the owner is logged in on this webContents
    const artisanId = shop.db.prepare("SELECT id FROM artisans WHERE name_hi = 'कमला निषाद'").pluck().get() as number;
    const input = { artisanId, from: '2026-11-01', to: '2026-11-30' };
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'hh-a4-')), 'statement.pdf');
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: file });
    const r = await a4(ev(), 'pages.statement', input);
    expect(r).toMatchObject({ ok: true, value: { path: file } });
    expect(dialog.showSaveDialog).toHaveBeenCalledWith(expect.objectContaining({ defaultPath: `statement-${artisanId}-2026-11-01-2026-11-30.pdf` }));
    expect(fs.readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
    // the page main printed is the core's statement, with her name
    expect(Buffer.from(FakeBrowserWindow.all.at(-1)!.loadedUrl!.split(',')[1]!, 'base64').toString('utf8')).toContain('कमला निषाद');
    expect(await a4(ev(), 'pages.statement', input)).toMatchObject({ ok: true, value: { path: null } }); // cancelled
  });

  it('refuses anything but pages.* methods, other senders, and callers without the role, before printing anything', async () => {
    const before = FakeBrowserWindow.all.length;
    for (const name of ['setup.loadDemo', 'backup.now', 'nope', 42, null]) {
      expect(await a4(ev(), name, {}), String(name)).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    }
    expect(await a4(ev('https://example.com/'), 'pages.statement', { artisanId: 1, from: '2026-11-01', to: '2026-11-30' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    // nobody logged in on this webContents
    expect(await a4(ev(), 'pages.statement', { artisanId: 1, from: '2026-11-01', to: '2026-11-30' })).toMatchObject({ ok: false });
    expect(FakeBrowserWindow.all.length).toBe(before);
    expect(dialog.showSaveDialog).not.toHaveBeenCalled();
  });
});
