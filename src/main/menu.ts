/**
 * The application menu, in the language the person at the counter chose. Pure template building
 * (tested without Electron's Menu) plus the one call that installs it.
 */
import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { Lang } from '../shared/money';
import { say } from './desktop-text';

export interface MenuActions {
  openDataFolder(): void;
  backupNow(): void;
  restore(): void;
  printerTest(): void;
  about(): void;
  quit(): void;
}

export function menuTemplate(lang: Lang, a: MenuActions): MenuItemConstructorOptions[] {
  const t = (k: Parameters<typeof say>[0]) => say(k, lang);
  return [
    {
      label: t('menuShop'),
      submenu: [
        { id: 'data-folder', label: t('dataFolder'), click: () => a.openDataFolder() },
        { type: 'separator' },
        { id: 'backup-now', label: t('backupNow'), click: () => a.backupNow() },
        { id: 'restore', label: t('restore'), click: () => a.restore() },
        { type: 'separator' },
        { id: 'printer-test', label: t('printerTest'), click: () => a.printerTest() },
        { type: 'separator' },
        { id: 'quit', label: t('quit'), accelerator: 'CmdOrCtrl+Q', click: () => a.quit() },
      ],
    },
    {
      label: t('menuView'),
      submenu: [
        { id: 'reload', label: t('reload'), role: 'reload' },
        { id: 'zoom-in', label: t('zoomIn'), role: 'zoomIn' },
        { id: 'zoom-out', label: t('zoomOut'), role: 'zoomOut' },
        { id: 'zoom-reset', label: t('zoomReset'), role: 'resetZoom' },
        { type: 'separator' },
        { id: 'full-screen', label: t('fullScreen'), role: 'togglefullscreen' },
      ],
    },
    { label: t('menuHelp'), submenu: [{ id: 'about', label: t('about'), click: () => a.about() }] },
  ];
}

export function installMenu(lang: Lang, actions: MenuActions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(lang, actions)));
}
