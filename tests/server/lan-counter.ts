/**
 * One counter as a real process for the LAN tests: the same composition as `serve` (openCounter)
 * on loopback. Prints {url, token} on its first line, then "lan <port>" whenever main-counter
 * mode starts or stops; serves until killed.
 */
import { openCounter } from '../../src/server/counter';
import { startServer } from '../../src/server/http';

const [dbFile, staticDir] = process.argv.slice(2) as [string, string];
const lan = await openCounter(dbFile, { lanHost: '127.0.0.1', log: () => {}, onLan: (p) => process.stdout.write(`lan ${p ?? 'off'}\n`) });
const server = await startServer({ app: lan.app, staticDir });
process.stdout.write(`${JSON.stringify({ url: server.url, token: server.token })}\n`);
