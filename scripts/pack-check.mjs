// npm run pack:check: run electron-builder for real (linux "dir" target) without the Electron
// zip, which cannot be downloaded here: electronDist points at a folder with a stand-in
// `electron` file. This checks the packaging config: what goes into app.asar, what is unpacked,
// and that the Electron build of better-sqlite3 lands in resources/native.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const nativeFile = path.join(root, 'build', 'electron-native', 'better_sqlite3.node');
const unpacked = path.join(root, 'release', 'linux-unpacked');
const problems = [];
const check = (ok, what) => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) problems.push(what);
};

// Same trap as native:electron: never let npm's nodedir reach a build tool.
const env = { ...process.env };
for (const key of Object.keys(env)) if (/nodedir/i.test(key)) delete env[key];
const node = (args) => spawnSync(process.execPath, args, { cwd: root, env, stdio: 'inherit' }).status === 0;

if (!node([path.join(root, 'scripts', 'build-main.mjs')])) process.exit(1);

// A placeholder addon when the real one was not built (it needs the internet); removed afterwards
// so it can never be shipped by a real `npm run dist`.
const placeholder = !fs.existsSync(nativeFile);
if (placeholder) {
  fs.mkdirSync(path.dirname(nativeFile), { recursive: true });
  fs.writeFileSync(nativeFile, 'placeholder: not a real addon (pack:check)\n');
}
const fakeDist = fs.mkdtempSync(path.join(os.tmpdir(), 'hh-electron-dist-'));
fs.writeFileSync(path.join(fakeDist, 'electron'), '#!/bin/sh\necho "stand-in electron binary (pack:check)"\n', { mode: 0o755 });

let built = false;
try {
  fs.rmSync(unpacked, { recursive: true, force: true });
  built = node([path.join(root, 'node_modules', 'electron-builder', 'cli.js'), '--linux', 'dir', '--publish', 'never', `-c.electronDist=${fakeDist}`]);
} finally {
  fs.rmSync(fakeDist, { recursive: true, force: true });
  if (placeholder) fs.rmSync(nativeFile, { force: true });
}
check(built, 'electron-builder --linux dir');

const asarFile = path.join(unpacked, 'resources', 'app.asar');
check(fs.existsSync(asarFile), 'release/linux-unpacked/resources/app.asar');
check(fs.existsSync(path.join(unpacked, 'resources', 'native', 'better_sqlite3.node')), 'release/linux-unpacked/resources/native/better_sqlite3.node');

if (fs.existsSync(asarFile)) {
  // @electron/asar comes with electron-builder; list the archive to check what shipped.
  const asar = createRequire(import.meta.url)('@electron/asar');
  const entries = new Set(asar.listPackage(asarFile, { isPack: false }).map((e) => e.split(path.sep).join('/')));
  // the packages the main process requires from node_modules at run time (not bundled)
  const runtime = ['/node_modules/better-sqlite3/lib/index.js', '/node_modules/bwip-js/dist/bwip-js-node.js', '/node_modules/pdfkit/package.json', '/node_modules/node-thermal-printer/package.json'];
  for (const f of ['/package.json', '/out/main/index.js', '/out/main/preload.cjs', ...runtime]) {
    check(entries.has(f), `app.asar has ${f}`);
  }
  if (fs.existsSync(path.join(root, 'dist', 'renderer', 'index.html'))) check(entries.has('/dist/renderer/index.html'), 'app.asar has /dist/renderer/index.html');
  else console.log('skip dist/renderer/index.html (renderer not built: npm run build:renderer)');
  check(![...entries].some((e) => e.startsWith('/node_modules/better-sqlite3/build/')), 'no Node build of better-sqlite3 in app.asar');
  check(![...entries].some((e) => e.startsWith('/src/') || e.startsWith('/tests/')), 'no sources or tests in app.asar');
  check(![...entries].some((e) => e.startsWith('/node_modules/electron/')), 'electron package not in app.asar');
  console.log(`app.asar: ${entries.size} entries, ${(fs.statSync(asarFile).size / 1e6).toFixed(1)} MB`);
}

if (problems.length) {
  console.error(`pack:check: ${problems.length} problem(s)`);
  process.exit(1);
}
console.log('pack:check: packaging config OK');
