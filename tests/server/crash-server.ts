/** A bare server process for the crash test: prints {url, token} on one line, then serves until killed. */
import { createApp } from '../../src/core/app';
import { startServer } from '../../src/server/http';

const [dbFile, staticDir] = process.argv.slice(2) as [string, string];
const app = createApp(dbFile);
const server = await startServer({ app, staticDir });
process.stdout.write(`${JSON.stringify({ url: server.url, token: server.token })}\n`);
