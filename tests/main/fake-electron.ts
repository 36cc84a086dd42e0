/**
 * A stand-in for the 'electron' module (its binary cannot be downloaded here, and unit tests
 * should not need it). Use from a test file with:
 *   vi.mock('electron', async () => (await import('./fake-electron')).electron);
 * It records what main asked for so tests can check it.
 */
import { EventEmitter } from 'node:events';
import os from 'node:os';
import path from 'node:path';
import { vi, type Mock } from 'vitest';

type Handler = (...args: unknown[]) => unknown;

let nextId = 1;

export class FakeSession {
  permissionRequest: Handler | null = null;
  permissionCheck: Handler | null = null;
  setPermissionRequestHandler = (h: Handler) => (this.permissionRequest = h);
  setPermissionCheckHandler = (h: Handler) => (this.permissionCheck = h);
}

export class FakeWebContents extends EventEmitter {
  id = nextId++;
  session = new FakeSession();
  windowOpenHandler: Handler | null = null;
  setWindowOpenHandler = (h: Handler) => (this.windowOpenHandler = h);
  /** The system's printers, and what silent printing was asked to do (for the system-print tests). */
  static printers: { name: string }[] = [];
  static printFails: string | null = null;
  printed: Record<string, unknown>[] = [];
  reloaded = 0;
  reload = () => void this.reloaded++;
  /** What the page answers to executeJavaScript (the window-language tests set <html lang>). */
  pageLang: string = 'hi';
  executeJavaScript = vi.fn(async (code: string) => (code.includes('documentElement.lang') ? this.pageLang : undefined));
  getPrintersAsync = async () => FakeWebContents.printers;
  /** printToPDF's options, answered with a stand-in PDF (for the A4 PDF tests). */
  pdfOptions: Record<string, unknown>[] = [];
  printToPDF = async (opts: Record<string, unknown>) => {
    this.pdfOptions.push(opts);
    return Buffer.from('%PDF-1.7 stand-in');
  };
  print = (opts: Record<string, unknown>, cb: (ok: boolean, reason: string) => void) => {
    this.printed.push(opts);
    cb(FakeWebContents.printFails === null, FakeWebContents.printFails ?? '');
  };
  /** Emit a navigation-style event (details object with url, then the deprecated url argument). */
  fire(name: string, url: string) {
    const event = { url, defaultPrevented: false, preventDefault() { this.defaultPrevented = true; } };
    this.emit(name, event, url);
    return event;
  }
}

export class FakeBrowserWindow extends EventEmitter {
  static all: FakeBrowserWindow[] = [];
  static getAllWindows = () => FakeBrowserWindow.all.filter((w) => !w.destroyed);
  webContents = new FakeWebContents();
  loadedUrl: string | null = null;
  shown = false;
  focused = false;
  minimized = false;
  maximized = false;
  destroyed = false;
  bounds = { x: 0, y: 0, width: 1280, height: 800 };
  constructor(readonly options: Record<string, any>) {
    super();
    FakeBrowserWindow.all.push(this);
  }
  loadURL = (url: string) => {
    this.loadedUrl = url;
    return Promise.resolve();
  };
  show = () => (this.shown = true);
  destroy = () => (this.destroyed = true);
  focus = () => (this.focused = true);
  isMinimized = () => this.minimized;
  isDestroyed = () => this.destroyed;
  isMaximized = () => this.maximized;
  maximize = () => (this.maximized = true);
  getBounds = () => ({ ...this.bounds });
  getNormalBounds = () => ({ ...this.bounds });
  restore = () => (this.minimized = false);
}

class FakeApp extends EventEmitter {
  isPackaged = false;
  appPath = '/repo';
  userData = path.join(os.tmpdir(), 'hh-fake-userdata');
  requestSingleInstanceLock = vi.fn(() => true);
  quit = vi.fn();
  relaunch = vi.fn();
  getVersion = () => '0.1.0';
  whenReady = vi.fn(() => Promise.resolve());
  commandLine = { appendSwitch: vi.fn() };
  getAppPath = () => this.appPath;
  getPath = (name: string) => {
    if (name !== 'userData') throw new Error(`unexpected getPath(${name})`);
    return this.userData;
  };
}

export const app = new FakeApp();
export const protocol = { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() };
// Typed by hand: inferred, its type names undici's Response by a path that differs between a
// checkout and a worktree sharing its node_modules (tsc -b then fails with TS2742).
export const net: { fetch: Mock<(url: string) => Promise<Response>> } = { fetch: vi.fn(async (_url: string) => new Response('')) };
export const dialog = {
  showErrorBox: vi.fn(),
  showSaveDialog: vi.fn(async (_o: Record<string, unknown>) => ({ canceled: true, filePath: undefined as string | undefined })),
  /** Answers with the button index `nextResponse` (0: the first button). */
  nextResponse: 0,
  showMessageBox: vi.fn(async (..._args: unknown[]) => ({ response: dialog.nextResponse, checkboxChecked: false })),
  nextOpen: { canceled: true, filePaths: [] as string[] },
  showOpenDialog: vi.fn(async (..._args: unknown[]) => dialog.nextOpen),
};
export const shell = { openExternal: vi.fn(async (_url: string) => undefined), openPath: vi.fn(async (_p: string) => '') };
/** The installed application menu: the template it was built from. */
export const Menu = {
  installed: null as unknown[] | null,
  buildFromTemplate: vi.fn((template: unknown[]) => ({ template })),
  setApplicationMenu: vi.fn((menu: { template: unknown[] } | null) => (Menu.installed = menu?.template ?? null)),
};
export const screen = { displays: [{ workArea: { x: 0, y: 0, width: 1366, height: 728 } }], getAllDisplays: () => screen.displays };
export const ipcMain = { handle: vi.fn() };
export const ipcRenderer = { invoke: vi.fn(async (..._args: unknown[]) => undefined as unknown) };
export const contextBridge = { exposeInMainWorld: vi.fn() };

export const electron = { app, protocol, net, dialog, shell, ipcMain, ipcRenderer, contextBridge, Menu, screen, BrowserWindow: FakeBrowserWindow };

/** Fresh state for the next test. */
export function resetElectron(): void {
  vi.clearAllMocks();
  app.removeAllListeners();
  app.isPackaged = false;
  app.appPath = '/repo';
  app.requestSingleInstanceLock.mockImplementation(() => true);
  FakeBrowserWindow.all = [];
  dialog.nextResponse = 0;
  dialog.nextOpen = { canceled: true, filePaths: [] };
  Menu.installed = null;
  screen.displays = [{ workArea: { x: 0, y: 0, width: 1366, height: 728 } }];
}
