import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { scheduleBackups } from '../core/backup/schedule';
import { createLogger } from '../core/log';
import { DB_FILE_NAME, defaultDataDir } from './data-dir';
import { startServer } from './http';
import { openCounter } from './counter';
import { readTestClock } from './test-clock';

/**
 * `npm run serve -- [--db FILE] [--port N] [--lan-host ADDR]`: the app in a browser, on this
 * computer only. As the shop's main counter it also serves paired counters on the LAN (all
 * interfaces, or --lan-host); as a joined counter its calls go to the main counter.
 */
async function main() {
  const { values } = parseArgs({ options: { db: { type: 'string' }, port: { type: 'string', default: '4321' }, 'lan-host': { type: 'string', default: '0.0.0.0' } } });
  const dbFile = path.resolve(values.db ?? path.join(defaultDataDir(), DB_FILE_NAME));
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be 0-65535, got ${values.port}`);
  const log = createLogger(path.join(path.dirname(dbFile), 'logs'));
  const lan = await openCounter(dbFile, {
    log,
    ...testClock(),
    lanHost: values['lan-host'],
    onLan: (p) => console.log(p === null ? 'lan: off' : `lan: https://${values['lan-host']}:${p}/`),
  });
  const app = lan.app;
  const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
  const server = await startServer({ app, staticDir: path.join(repo, 'dist', 'renderer'), port });
  console.log(`Hamar Hatri POS (browser mode)\n  database: ${dbFile}\n  open:     ${server.url}\n  (Ctrl+C to stop)`);
  const backups = scheduleBackups(app, log);
  const stop = () => {
    void server
      .close()
      .then(() => lan.stop())
      .then(() => backups.onClose())
      .then(() => {
        app.close();
        process.exit(0);
      });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

/** TEST ONLY: HH_TEST_CLOCK_FILE (see test-clock.ts) runs the shop at the time that file says. A real shop never sets it. */
function testClock(): { clock?: () => Date } {
  const file = process.env.HH_TEST_CLOCK_FILE;
  if (!file) return {};
  return { clock: () => readTestClock(file, Date.now()) ?? new Date() };
}

main().catch((e: unknown) => {
  const code = (e as { code?: string }).code;
  if (code === 'DB_NEWER_THAN_APP') console.error('This database was written by a newer version of the app; update the app. / यह डेटाबेस ऐप के नए संस्करण का है; ऐप अपडेट करें।');
  else if (code === 'EADDRINUSE') console.error('That port is in use; try --port 0 for any free port. / यह पोर्ट पहले से उपयोग में है।');
  else console.error(e);
  process.exit(1);
});
