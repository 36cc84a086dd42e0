/**
 * The language the person chose on the screens, read from the page itself (the renderer keeps
 * <html lang> and the window title in it), so the menu follows without a second IPC channel.
 */
import type { BrowserWindow } from 'electron';
import type { Lang } from '../shared/money';

export async function pageLanguage(win: BrowserWindow): Promise<Lang | null> {
  if (win.isDestroyed()) return null;
  const v: unknown = await win.webContents.executeJavaScript('document.documentElement.lang', false);
  return v === 'hi' || v === 'en' ? v : null;
}

/** Call `onLang` whenever the page's title changes (it does on every language switch) or it loads. */
export function followPageLanguage(win: BrowserWindow, onLang: (lang: Lang) => void): void {
  const check = () => void pageLanguage(win).then((l) => l && onLang(l), () => undefined);
  win.on('page-title-updated', check);
  win.webContents.on('did-finish-load', check);
}
