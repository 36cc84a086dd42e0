import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { createApp } from '../core/app';
import { scheduleBackups } from '../core/backup/schedule';
import { createLogger } from '../core/log';
import { DB_FILE_NAME, defaultDataDir } from './data-dir';
import { startServer } from './http';

/** `npm run serve -- [--db FILE] [--port N]`: the app in a browser, on this computer only. */
async function main() {
  const { values } = parseArgs({ options: { db: { type: 'string' }, port: { type: 'string', default: '4321' } } });
  const dbFile = path.resolve(values.db ?? path.join(defaultDataDir(), DB_FILE_NAME));
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be 0-65535, got ${values.port}`);
  const log = createLogger(path.join(path.dirname(dbFile), 'logs'));
  const app = createApp(dbFile, { log, ...testClock() });
  const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
  const server = await startServer({ app, staticDir: path.join(repo, 'dist', 'renderer'), port });
  console.log(`Hamar Hatri POS (browser mode)\n  database: ${dbFile}\n  open:     ${server.url}\n  (Ctrl+C to stop)`);
  const backups = scheduleBackups(app, log);
  const stop = () => {
    void server
      .close()
      .then(() => backups.onClose())
      .then(() => {
        app.close();
        process.exit(0);
      });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

/**
 * TEST ONLY: HH_TEST_CLOCK_FILE names a file holding an ISO time; the shop then runs at that time
 * (read on every call, so a browser test can move the day forward: pick-up day, overdue day).
 * "<ISO> running" runs on from that instant as real time passes after the file was written (its
 * mtime), so a browser test's shop keeps the order of events. An empty or missing file means the
 * real time. A real shop never sets this variable.
 */
function testClock(): { clock?: () => Date } {
  const file = process.env.HH_TEST_CLOCK_FILE;
  if (!file) return {};
  return {
    clock: () => {
      let text = '';
      let writtenMs = 0;
      try {
        text = fs.readFileSync(file, 'utf8').trim();
        writtenMs = fs.statSync(file).mtimeMs;
      } catch {
        // no file yet: real time
      }
      const [at, mode] = text.split(/\s+/);
      const d = at ? new Date(at) : new Date();
      if (Number.isNaN(d.getTime())) return new Date();
      return mode === 'running' ? new Date(d.getTime() + Math.max(0, Date.now() - writtenMs)) : d;
    },
  };
}

main().catch((e: unknown) => {
  const code = (e as { code?: string }).code;
  if (code === 'DB_NEWER_THAN_APP') console.error('This database was written by a newer version of the app; update the app. / यह डेटाबेस ऐप के नए संस्करण का है; ऐप अपडेट करें।');
  else if (code === 'EADDRINUSE') console.error('That port is in use; try --port 0 for any free port. / यह पोर्ट पहले से उपयोग में है।');
  else console.error(e);
  process.exit(1);
});
