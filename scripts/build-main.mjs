// Bundle Electron's main process and preload with esbuild (npm run build:main).
// Main is ESM (package.json "type": "module"); the preload must be CommonJS because sandboxed
// preloads cannot be ES modules. Native and Electron modules stay external: they are loaded at run time.
import { build } from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { zodEnglishOnly } from './zod-english-only.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// --outdir=DIR builds elsewhere (tests); the app itself loads out/main.
const outArg = process.argv.find((a) => a.startsWith('--outdir='));
const outDir = outArg ? path.resolve(outArg.slice('--outdir='.length)) : path.join(root, 'out', 'main');
const common = { bundle: true, platform: 'node', target: 'node22', sourcemap: true, logLevel: 'warning', absWorkingDir: root };

await Promise.all([
  build({
    ...common,
    entryPoints: ['src/main/index.ts'],
    outdir: outDir,
    // Printing's picture renderer and PDF writer are imported on first use; splitting keeps them
    // (and the native modules they load) out of the start-up path: a faster start, less memory.
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    plugins: [zodEnglishOnly],
    format: 'esm',
    // pdfkit reads its font metrics from its own folder at run time, so it must not be bundled either.
    external: ['electron', 'better-sqlite3', '@napi-rs/canvas', 'node-thermal-printer', 'pdfkit'],
    // Bundled CommonJS dependencies may call require(); give ESM output a real one.
    banner: { js: "import { createRequire as __hhCreateRequire } from 'node:module'; const require = __hhCreateRequire(import.meta.url);" },
  }),
  build({
    ...common,
    entryPoints: ['src/main/preload.ts'],
    outfile: path.join(outDir, 'preload.cjs'),
    format: 'cjs',
    external: ['electron'],
  }),
]);
console.log(`built ${path.relative(root, outDir) || '.'}/index.js and preload.cjs`);
