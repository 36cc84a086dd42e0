/**
 * The window's size and place, remembered across starts in the user-data folder. A saved place
 * that is no longer on any screen (a second monitor unplugged) is dropped, so the window never
 * opens where nobody can see it.
 */
import fs from 'node:fs';
import type { BrowserWindow, Rectangle } from 'electron';

export interface WindowState {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

export const DEFAULT_STATE: WindowState = { width: 1280, height: 800, maximized: false };

function isNum(n: unknown): n is number {
  return typeof n === 'number' && Number.isFinite(n);
}

/** True when at least 100x50 px of the window's top area is on one of the screens. */
function visible(s: Required<Pick<WindowState, 'x' | 'y' | 'width'>>, screens: Rectangle[]): boolean {
  return screens.some((d) => {
    const w = Math.min(s.x + s.width, d.x + d.width) - Math.max(s.x, d.x);
    const h = Math.min(s.y + 50, d.y + d.height) - Math.max(s.y, d.y);
    return w >= 100 && h >= 50;
  });
}

export function loadWindowState(file: string, screens: Rectangle[], min: { width: number; height: number }): WindowState {
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return { ...DEFAULT_STATE };
  }
  const r = raw as Partial<WindowState>;
  if (!isNum(r.width) || !isNum(r.height)) return { ...DEFAULT_STATE };
  const state: WindowState = { width: Math.max(min.width, Math.round(r.width)), height: Math.max(min.height, Math.round(r.height)), maximized: r.maximized === true };
  if (isNum(r.x) && isNum(r.y) && visible({ x: r.x, y: r.y, width: state.width }, screens)) {
    state.x = Math.round(r.x);
    state.y = Math.round(r.y);
  }
  return state;
}

export function saveWindowState(file: string, win: BrowserWindow): void {
  if (win.isDestroyed()) return;
  // The normal bounds, so a maximized window comes back maximized over the size it had before.
  const b = win.isMaximized() ? win.getNormalBounds() : win.getBounds();
  const state: WindowState = { x: b.x, y: b.y, width: b.width, height: b.height, maximized: win.isMaximized() };
  try {
    fs.writeFileSync(`${file}.tmp`, JSON.stringify(state));
    fs.renameSync(`${file}.tmp`, file);
  } catch {
    // a place that cannot be remembered is no reason to stop the counter
  }
}

/** Save as the window moves (after it settles) and as it closes. */
export function rememberWindowState(win: BrowserWindow, file: string, settleMs = 500): void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const later = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => saveWindowState(file, win), settleMs);
  };
  win.on('resize', later);
  win.on('move', later);
  win.on('close', () => {
    if (timer) clearTimeout(timer);
    saveWindowState(file, win);
  });
}
