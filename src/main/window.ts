import { BrowserWindow, shell, type WebContents } from 'electron';
import { externalTarget } from './external';
import { APP_START_URL, isAppUrl } from './origin';
import { preloadPath } from './paths';
import { DEFAULT_STATE, type WindowState } from './window-state';

/** A counter PC's screen is at least this big; smaller would cramp the bill and the keypad. */
export const MIN_WIDTH = 1024;
export const MIN_HEIGHT = 700;

/**
 * Keep the renderer on the app's own pages: no navigation away, no pop-ups, no permissions. A
 * WhatsApp reminder or a phone call link goes to the system's apps instead (see external.ts).
 */
export function lockDown(wc: WebContents): void {
  const openOutside = (url: string) => {
    const target = externalTarget(url);
    if (target) void shell.openExternal(target);
  };
  // details.url, not the deprecated second argument.
  wc.on('will-navigate', (details) => {
    if (isAppUrl(details.url)) return;
    details.preventDefault();
    openOutside(details.url);
  });
  wc.on('will-redirect', (details) => {
    if (!isAppUrl(details.url)) details.preventDefault();
  });
  wc.setWindowOpenHandler(({ url }) => {
    openOutside(url);
    return { action: 'deny' };
  });
  // A POS needs no camera, microphone, geolocation or notifications: refuse them all.
  wc.session.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  wc.session.setPermissionCheckHandler(() => false);
}

/**
 * The one window: isolated, sandboxed, no Node in the page; shown only once painted, at the size
 * and place it had last time (window-state.ts), with the shop's menu bar in view.
 */
export function createMainWindow(url: string = APP_START_URL, state: WindowState = DEFAULT_STATE): BrowserWindow {
  const win = new BrowserWindow({
    ...(state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : {}),
    width: state.width,
    height: state.height,
    minWidth: MIN_WIDTH,
    minHeight: MIN_HEIGHT,
    show: false,
    backgroundColor: '#f7f3ea',
    title: 'Hamar Hatri POS',
    autoHideMenuBar: false,
    webPreferences: {
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      preload: preloadPath(),
      spellcheck: false,
    },
  });
  lockDown(win.webContents);
  win.once('ready-to-show', () => {
    if (state.maximized) win.maximize();
    win.show();
  });
  void win.loadURL(url);
  return win;
}
