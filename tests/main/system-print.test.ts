import { afterEach, describe, expect, it, vi } from 'vitest';
import { FakeBrowserWindow, FakeWebContents } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).electron);

const { electronSystemPrint } = await import('../../src/main/system-print');
const { printDocument } = await import('../../src/printing/print');
const { setSystemPrinter } = await import('../../src/printing/system-printer');

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

afterEach(() => {
  FakeWebContents.printers = [];
  FakeWebContents.printFails = null;
  setSystemPrinter(null);
});

describe('named system printers through Electron', () => {
  it('prints the picture silently to the named printer in a hidden sandboxed window, then closes it', async () => {
    FakeWebContents.printers = [{ name: 'TVS RP3160' }, { name: 'HP LaserJet' }];
    await electronSystemPrint(PNG, 'TVS RP3160', '80mm');
    const win = FakeBrowserWindow.all[FakeBrowserWindow.all.length - 1]!;
    expect(win.options).toMatchObject({ show: false, webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false } });
    expect(decodeURIComponent(win.loadedUrl!)).toContain('width:80mm');
    expect(decodeURIComponent(win.loadedUrl!)).toContain(`data:image/png;base64,${PNG.toString('base64')}`);
    expect(win.webContents.printed).toEqual([expect.objectContaining({ silent: true, deviceName: 'TVS RP3160' })]);
    expect(win.destroyed).toBe(true);
  });

  it('refuses a printer the system does not have, and reports a failed print, coded', async () => {
    FakeWebContents.printers = [{ name: 'HP LaserJet' }];
    await expect(electronSystemPrint(PNG, 'TVS RP3160', '58mm')).rejects.toMatchObject({ code: 'PRINTER_UNREACHABLE' });
    FakeWebContents.printers = [{ name: 'TVS RP3160' }];
    FakeWebContents.printFails = 'Print job canceled';
    await expect(electronSystemPrint(PNG, 'TVS RP3160', '58mm')).rejects.toMatchObject({ code: 'PRINTER_ERROR' });
    expect(FakeBrowserWindow.all.at(-1)!.destroyed).toBe(true);
  });

  it("a 'printer:NAME' interface goes to the registered system printer with the rendered picture", async () => {
    const sent: { png: Buffer; name: string; paper: string }[] = [];
    setSystemPrinter(async (png, name, paper) => void sent.push({ png, name, paper }));
    const r = await printDocument([{ kind: 'text', text: 'हमर हटरी ₹1,25,000.00' } as never], { interface: 'printer:TVS RP3160', paper: '58mm' });
    expect(r.ok).toBe(true);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.name).toBe('TVS RP3160');
    expect(sent[0]!.png.subarray(1, 4).toString()).toBe('PNG');
    expect(sent[0]!.png.readUInt32BE(16)).toBe(384); // the 58 mm roll's width in dots
  });
});
