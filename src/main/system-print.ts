import { BrowserWindow } from 'electron';
import type { Paper } from '../printing/document';
import { PrintError } from '../printing/errors';

const PAPER_MICRONS: Record<Paper, number> = { '58mm': 58_000, '80mm': 80_000 };

/**
 * Print a slip's picture on a named system printer (a Windows or CUPS printer, or an A4 laser)
 * with Electron's silent printing: a hidden, sandboxed window holding only the image, printed to
 * `deviceName` at the roll's width. Refuses a printer the system does not know.
 */
export async function electronSystemPrint(png: Buffer, deviceName: string, paper: Paper): Promise<void> {
  const win = new BrowserWindow({ show: false, webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false } });
  try {
    const printers = await win.webContents.getPrintersAsync();
    if (!printers.some((p) => p.name === deviceName)) {
      throw new PrintError('PRINTER_UNREACHABLE', `no system printer named '${deviceName}'`, { name: deviceName, known: printers.map((p) => p.name) });
    }
    const width = PAPER_MICRONS[paper];
    const html = `<!doctype html><html><body style="margin:0"><img style="width:${width / 1000}mm;display:block" src="data:image/png;base64,${png.toString('base64')}"></body></html>`;
    await win.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(html)}`);
    await new Promise<void>((resolve, reject) => {
      win.webContents.print({ silent: true, deviceName, printBackground: true, margins: { marginType: 'none' } }, (ok, reason) =>
        ok ? resolve() : reject(new PrintError('PRINTER_ERROR', `system printer '${deviceName}': ${reason}`, { name: deviceName, reason })),
      );
    });
  } finally {
    win.destroy();
  }
}
