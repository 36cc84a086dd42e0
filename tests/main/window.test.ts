import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeBrowserWindow, resetElectron, shell } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).electron);

const { createMainWindow, MIN_WIDTH, MIN_HEIGHT } = await import('../../src/main/window');

function open() {
  const win = createMainWindow() as unknown as FakeBrowserWindow;
  return { win, wc: win.webContents };
}

describe('main window', () => {
  beforeEach(resetElectron);

  it('isolates and sandboxes the renderer, with the bundled CommonJS preload', () => {
    const { win } = open();
    const wp = win.options.webPreferences;
    expect(wp).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, spellcheck: false });
    expect(wp.preload).toBe(path.join('/repo', 'out', 'main', 'preload.cjs'));
    expect(win.options.minWidth).toBe(MIN_WIDTH);
    expect(win.options.minHeight).toBe(MIN_HEIGHT);
    expect(MIN_WIDTH).toBeGreaterThanOrEqual(1024);
    expect(win.options.show).toBe(false);
    expect(win.options.backgroundColor).toMatch(/^#/);
  });

  it('loads the app:// start page and shows only when ready', () => {
    const { win } = open();
    expect(win.loadedUrl).toBe('app://pos/index.html');
    expect(win.shown).toBe(false);
    win.emit('ready-to-show');
    expect(win.shown).toBe(true);
  });

  it('blocks navigation away from the app origin', () => {
    const { wc } = open();
    for (const url of ['https://example.com/', 'file:///etc/passwd', 'http://pos/index.html', 'app://other/index.html', 'javascript:alert(1)']) {
      expect(wc.fire('will-navigate', url).defaultPrevented, url).toBe(true);
      expect(wc.fire('will-redirect', url).defaultPrevented, url).toBe(true);
    }
    expect(wc.fire('will-navigate', 'app://pos/index.html#/sale').defaultPrevented).toBe(false);
  });

  it('sends a WhatsApp reminder or a phone call to the system apps, and nothing else', () => {
    const { wc } = open();
    const wa = 'https://wa.me/919826011223?text=%E0%A4%A8%E0%A4%AE%E0%A4%B8%E0%A5%8D%E0%A4%A4%E0%A5%87';
    expect(wc.windowOpenHandler?.({ url: wa })).toEqual({ action: 'deny' }); // never a window of ours
    expect(wc.fire('will-navigate', 'tel:+919826011223').defaultPrevented).toBe(true);
    for (const url of ['https://wa.me.evil.com/919826011223', 'https://wa.me/919826011223/../x', 'http://wa.me/919826011223', 'https://user@wa.me/919826011223', 'tel:12;x', 'file:///etc/passwd', 'https://example.com']) {
      wc.windowOpenHandler?.({ url });
      wc.fire('will-navigate', url);
    }
    expect(shell.openExternal.mock.calls.map((c) => c[0])).toEqual([wa, 'tel:+919826011223']);
  });

  it('denies window.open and every permission', () => {
    const { wc } = open();
    expect(wc.windowOpenHandler?.({ url: 'https://example.com' })).toEqual({ action: 'deny' });
    expect(wc.windowOpenHandler?.({ url: 'app://pos/index.html' })).toEqual({ action: 'deny' });
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read']) {
      const callback = vi.fn();
      wc.session.permissionRequest?.(wc, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
      expect(wc.session.permissionCheck?.(wc, permission)).toBe(false);
    }
  });
});
