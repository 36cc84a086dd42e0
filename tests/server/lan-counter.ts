/**
 * One counter as a real process for the LAN tests: the same composition as `serve` (openCounter)
 * on loopback. Prints {url, token} on its first line, then "lan <port>" whenever main-counter
 * mode starts or stops; serves until killed. HH_TEST_CLOCK_FILE runs it on the test's clock.
 */
import { openCounter } from '../../src/server/counter';
import { startServer } from '../../src/server/http';
import { readTestClock } from '../../src/server/test-clock';

const [dbFile, staticDir] = process.argv.slice(2) as [string, string];
const clockFile = process.env.HH_TEST_CLOCK_FILE;
const clock = clockFile ? () => readTestClock(clockFile, Date.now()) ?? new Date() : undefined;
const lan = await openCounter(dbFile, { lanHost: '127.0.0.1', clock, log: () => {}, onLan: (p) => process.stdout.write(`lan ${p ?? 'off'}\n`) });
const server = await startServer({ app: lan.app, staticDir });
process.stdout.write(`${JSON.stringify({ url: server.url, token: server.token })}\n`);
