// npm start: build everything the desktop app needs, then launch Electron on this repo.
// The Electron binary is checked FIRST: on a machine that cannot download it there is no point
// in spending a minute building, so say so at once and point to browser mode.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The 'electron' package exports the binary's path, downloading it on first use. Ask in a child
 * process so the download attempt's stack trace stays out of sight; null when there is no binary.
 */
function electronBinary() {
  const r = spawnSync(process.execPath, ['-e', "process.stdout.write(String(require('electron')))"], {
    cwd: root,
    encoding: 'utf8',
  });
  const p = r.status === 0 ? r.stdout.trim() : '';
  return p && fs.existsSync(p) ? p : null;
}

const electron = electronBinary();
if (!electron) {
  console.error(
    [
      'The Electron binary could not be downloaded on this machine, so the desktop app cannot start here.',
      'Use browser mode instead:  npm run serve',
      '',
      'इस मशीन पर Electron प्रोग्राम डाउनलोड नहीं हो सका, इसलिए डेस्कटॉप ऐप यहाँ शुरू नहीं हो सकता।',
      'इसके बजाय ब्राउज़र मोड चलाएँ:  npm run serve',
    ].join('\n'),
  );
  process.exit(1);
}

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
for (const script of ['build:renderer', 'build:main', 'native:electron']) {
  const r = spawnSync(npm, ['run', script], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (r.status !== 0) {
    console.error(`npm start: "npm run ${script}" failed`);
    process.exit(r.status ?? 1);
  }
}

const child = spawn(electron, [root, ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)));
