/**
 * Noto Sans Devanagari from @fontsource, registered with @napi-rs/canvas once.
 * Skia reads the woff2 files directly (checked: shaping of क्ष, त्र, श्र and reph is right).
 * The devanagari subset lacks digits, comma and Latin letters, so the latin subset is registered
 * as a second family and every font string names both: Skia falls back per character.
 * Files are read with fs and registered from memory so that this also works from inside an
 * Electron asar archive, which native code cannot open by path.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { GlobalFonts } from '@napi-rs/canvas';

export const DEVA_FAMILY = 'HH Noto Devanagari';
export const LATIN_FAMILY = 'HH Noto Latin';
const WEIGHTS = [400, 700] as const;

let registered = false;

export function registerFonts(): void {
  if (registered) return;
  const require = createRequire(import.meta.url);
  const dir = join(dirname(require.resolve('@fontsource/noto-sans-devanagari/package.json')), 'files');
  for (const w of WEIGHTS) {
    for (const [subset, family] of [['devanagari', DEVA_FAMILY], ['latin', LATIN_FAMILY]] as const) {
      const file = join(dir, `noto-sans-devanagari-${subset}-${w}-normal.woff2`);
      if (!GlobalFonts.register(readFileSync(file), family)) throw new Error(`could not register font ${file}`);
    }
  }
  registered = true;
}

/** A canvas font string: '700 28px "HH Noto Devanagari", "HH Noto Latin"'. */
export function fontSpec(px: number, bold = false): string {
  return `${bold ? 700 : 400} ${px}px "${DEVA_FAMILY}", "${LATIN_FAMILY}"`;
}
