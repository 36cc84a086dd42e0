/**
 * The architecture's walls, checked on the source: Electron stays in src/main; src/shared runs
 * anywhere (no Node, no Electron, no SQLite, no React, no DOM); the core knows nothing of its
 * transports or the UI; the renderer reaches the shop only through src/shared's contract.
 */
import fs from 'node:fs';
import { isBuiltin } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..', '..');

function sourceFiles(dir: string): string[] {
  const abs = path.join(root, dir);
  if (!fs.existsSync(abs)) return [];
  return (fs.readdirSync(abs, { recursive: true, withFileTypes: true }) as fs.Dirent[])
    .filter((d) => d.isFile() && /\.(ts|tsx|mts|cts|js|jsx|mjs)$/.test(d.name) && !d.name.endsWith('.d.ts'))
    .map((d) => path.join(d.parentPath, d.name))
    .filter((f) => !f.includes(`${path.sep}node_modules${path.sep}`));
}

/** Comments out of the way; `//` only counts after whitespace or line start, so 'app://x' survives. */
function stripComments(code: string): string {
  return code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|\s)\/\/.*$/gm, '$1');
}

const IMPORT_PATTERNS = [
  /\bimport\s+(?:type\s+)?(?:[\w$*{}\s,]+?\s+from\s+)?['"]([^'"]+)['"]/g,
  /\bexport\s+(?:type\s+)?(?:\*|\*\s+as\s+[\w$]+|\{[^}]*\})\s+from\s+['"]([^'"]+)['"]/g,
  /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  /\brequire\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
];

function importsOf(code: string): string[] {
  const clean = stripComments(code);
  return IMPORT_PATTERNS.flatMap((re) => [...clean.matchAll(re)].map((m) => m[1] as string));
}

interface Import {
  file: string; // repo-relative, with /
  spec: string;
  target: string | null; // repo-relative path a relative import points at
}

function importsIn(dir: string): Import[] {
  return sourceFiles(dir).flatMap((abs) =>
    importsOf(fs.readFileSync(abs, 'utf8')).map((spec) => ({
      file: path.relative(root, abs).split(path.sep).join('/'),
      spec,
      target: spec.startsWith('.') ? path.relative(root, path.resolve(path.dirname(abs), spec)).split(path.sep).join('/') : null,
    })),
  );
}

const under = (p: string | null, dir: string) => p !== null && (p === dir || p.startsWith(dir + '/'));
const pkg = (spec: string) => (spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : (spec.split('/')[0] as string));
const show = (list: Import[]) => list.map((i) => `${i.file} -> ${i.spec}`);

describe('module boundaries', () => {
  const src = importsIn('src');
  const renderer = importsIn('renderer');

  it('the scanner finds real imports (so the rules below are not vacuous)', () => {
    expect(src.some((i) => i.file === 'src/main/ipc.ts' && i.target === 'src/shared/api')).toBe(true);
    expect(src.some((i) => i.file === 'src/main/window.ts' && i.spec === 'electron')).toBe(true);
    expect(importsOf("import a from 'a';\nimport type { B } from \"b\";\nexport * from './c';\nexport { d } from './d';\nimport './e.css';\nconst f = await import('f');\n// import 'nope'\n/* import 'nope2' */\nconst u = 'app://pos'; import {\n  g,\n  h,\n} from 'g';")).toEqual(
      ['a', 'b', './e.css', 'g', './c', './d', 'f'],
    );
  });

  it("only src/main imports 'electron'", () => {
    const bad = [...src, ...renderer].filter((i) => pkg(i.spec) === 'electron' && !under(i.file, 'src/main'));
    expect(show(bad)).toEqual([]);
  });

  it('src/shared imports no Node builtin, Electron, SQLite, React or DOM', () => {
    const forbidden = new Set(['electron', 'better-sqlite3', 'react', 'react-dom', 'node-thermal-printer', '@napi-rs/canvas']);
    const shared = src.filter((i) => under(i.file, 'src/shared'));
    const bad = shared.filter((i) => isBuiltin(i.spec) || forbidden.has(pkg(i.spec)) || (i.target !== null && !under(i.target, 'src/shared')));
    expect(show(bad)).toEqual([]);
    const dom = /\b(?:window|document|navigator|localStorage|sessionStorage|HTMLElement|customElements)\s*[.[(]/;
    const usesDom = sourceFiles('src/shared').filter((f) => dom.test(stripComments(fs.readFileSync(f, 'utf8'))));
    expect(usesDom.map((f) => path.relative(root, f))).toEqual([]);
  });

  it('src/core imports nothing from src/main, src/server or the renderer', () => {
    const bad = src.filter((i) => under(i.file, 'src/core') && (under(i.target, 'src/main') || under(i.target, 'src/server') || under(i.target, 'renderer')));
    expect(show(bad)).toEqual([]);
  });

  it('the renderer reaches the shop only through src/shared, and never Node', () => {
    expect(renderer.length).toBeGreaterThan(0);
    const bad = renderer.filter(
      (i) =>
        isBuiltin(i.spec) ||
        ['better-sqlite3', 'node-thermal-printer', '@napi-rs/canvas'].includes(pkg(i.spec)) ||
        under(i.target, 'src/core') ||
        under(i.target, 'src/main') ||
        under(i.target, 'src/server'),
    );
    expect(show(bad)).toEqual([]);
  });
});
