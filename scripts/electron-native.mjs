// Build better-sqlite3 for Electron's ABI into build/electron-native/better_sqlite3.node
// (npm run native:electron). Works on a temp copy so node_modules/better-sqlite3/build, the
// plain-Node build that tests and the loopback server load, is never touched. No
// install-app-deps, no postinstall: those rebuild in place and break the Node build.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'build', 'electron-native');
const outFile = path.join(outDir, 'better_sqlite3.node');
const stampFile = path.join(outDir, 'stamp.json');
const readJson = (p) => JSON.parse(fs.readFileSync(p, 'utf8'));

const electronVersion = readJson(path.join(root, 'node_modules', 'electron', 'package.json')).version;
const sqliteDir = path.join(root, 'node_modules', 'better-sqlite3');
const stamp = {
  electron: electronVersion,
  betterSqlite3: readJson(path.join(sqliteDir, 'package.json')).version,
  platform: process.platform,
  arch: process.env.npm_config_arch_electron || process.arch,
};
const force = process.argv.includes('--force');

if (!force && fs.existsSync(outFile) && fs.existsSync(stampFile)) {
  const old = readJson(stampFile);
  if (Object.keys(stamp).every((k) => old[k] === stamp[k])) {
    console.log(`native:electron: up to date for Electron ${electronVersion} (${stamp.arch}); --force rebuilds`);
    process.exit(0);
  }
}

// npm's config here has nodedir=/usr: node-gyp would then build against Node's headers and the
// result would not load in Electron. Drop every such variable from the children's environment.
const env = { ...process.env };
for (const key of Object.keys(env)) {
  if (/nodedir|^npm_config_(target|runtime|disturl|dist_url|arch|build_from_source)$/i.test(key)) delete env[key];
}

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'hh-electron-native-'));
const copy = path.join(work, 'better-sqlite3');
const bin = (pkg, file) => path.join(root, 'node_modules', pkg, file);
const run = (label, args) => {
  console.log(`native:electron: ${label}`);
  const r = spawnSync(process.execPath, args, { cwd: copy, env, stdio: 'inherit' });
  return r.status === 0;
};

try {
  // Copy the package but not its Node build, so a stale Node binary can never be picked up.
  fs.cpSync(sqliteDir, copy, { recursive: true, filter: (src) => src !== path.join(sqliteDir, 'build') });
  const target = ['--runtime', 'electron', '--target', electronVersion, '--arch', stamp.arch];
  const ok =
    run(`prebuild-install for Electron ${electronVersion}`, [bin('prebuild-install', 'bin.js'), ...target]) ||
    run(`node-gyp rebuild for Electron ${electronVersion}`, [
      bin('node-gyp', path.join('bin', 'node-gyp.js')),
      'rebuild',
      '--release',
      '--runtime=electron',
      `--target=${electronVersion}`,
      `--arch=${stamp.arch}`,
      '--dist-url=https://electronjs.org/headers',
    ]);
  const built = path.join(copy, 'build', 'Release', 'better_sqlite3.node');
  if (!ok || !fs.existsSync(built)) {
    console.error(
      `native:electron: could not build better-sqlite3 for Electron ${electronVersion}.\n` +
        'Both need the internet: prebuild-install downloads a prebuilt binary, node-gyp downloads Electron headers.',
    );
    process.exit(1);
  }
  fs.mkdirSync(outDir, { recursive: true });
  fs.copyFileSync(built, outFile);
  fs.writeFileSync(stampFile, JSON.stringify(stamp, null, 2) + '\n');
  console.log(`native:electron: wrote ${path.relative(root, outFile)}`);
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}
