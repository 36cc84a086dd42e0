/**
 * Request bodies are capped per method before anything is parsed: a 12 MB checkout is refused with
 * 413 in the usual error envelope, the server stops reading (the connection closes while the client
 * is still sending), and nothing is written. Photos and CSV imports keep their larger caps.
 */
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/core/app';
import { startServer, type RunningServer } from '../../src/server/http';
import { contract, DEFAULT_BODY_BYTES, maxBodyOf } from '../../src/shared/api';
import { PHOTO_BODY_BYTES } from '../../src/shared/api/photos';
import { tableCounts, tempDir } from '../support/db';

let app: App;
let server: RunningServer;

beforeAll(async () => {
  const staticDir = tempDir('hh-static-');
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<html></html>');
  app = createApp(':memory:');
  server = await startServer({ app, staticDir, port: 0, token: 'test-token' });
});
afterAll(async () => {
  await server.close();
  app.close();
});

/**
 * POST `total` bytes of body to a method over a raw socket, a chunk at a time, and report what came
 * back and how much of the body the socket took before the server answered and closed it.
 */
function send(method: string, total: number, opts: { declare?: boolean } = {}): Promise<{ status: number; body: string; sent: number }> {
  return new Promise((resolve) => {
    const sock = net.connect(server.port, '127.0.0.1');
    let got = '';
    let sent = 0;
    let answered = false;
    const head = [`POST /api/${method} HTTP/1.1`, `host: 127.0.0.1:${server.port}`, 'content-type: application/json', 'x-hh-token: test-token', 'connection: close'];
    head.push(opts.declare === false ? 'transfer-encoding: chunked' : `content-length: ${total}`);
    const chunk = Buffer.alloc(64 * 1024, 0x20); // spaces: the body would be valid JSON whitespace
    sock.on('connect', () => {
      sock.write(`${head.join('\r\n')}\r\n\r\n`);
      const pump = () => {
        while (!answered && sent < total) {
          const n = Math.min(chunk.length, total - sent);
          const piece = opts.declare === false ? Buffer.concat([Buffer.from(`${n.toString(16)}\r\n`), chunk.subarray(0, n), Buffer.from('\r\n')]) : chunk.subarray(0, n);
          sent += n;
          if (!sock.write(piece)) return void sock.once('drain', pump);
        }
        if (sent >= total && opts.declare === false) sock.write('0\r\n\r\n');
      };
      pump();
    });
    sock.on('data', (c) => {
      got += c.toString();
      answered = true;
    });
    sock.on('error', () => {}); // the server closing while we still write: EPIPE/ECONNRESET, expected
    sock.on('close', () => {
      const [h = '', ...rest] = got.split('\r\n\r\n');
      let body = rest.join('\r\n\r\n');
      if (/transfer-encoding: chunked/i.test(h)) body = body.split('\r\n').filter((_, i) => i % 2 === 1).join('');
      resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(h)?.[1] ?? 0), body, sent });
    });
  });
}

describe('request body caps', () => {
  it('each method has its cap: photos and CSV larger, the rest far less', () => {
    expect(maxBodyOf(contract['sales.checkout'])).toBe(DEFAULT_BODY_BYTES);
    expect(maxBodyOf(contract['photos.set'])).toBe(PHOTO_BODY_BYTES);
    expect(maxBodyOf(contract['rentals.addPhoto'])).toBe(PHOTO_BODY_BYTES);
    expect(maxBodyOf(contract['csv.importProducts'])).toBeGreaterThan(32 * 1024 * 1024);
    expect(DEFAULT_BODY_BYTES).toBeLessThan(PHOTO_BODY_BYTES);
  });

  it('a 12 MB checkout declared up front is refused with 413 before a byte of it is read, nothing written', async () => {
    const before = tableCounts(app.db);
    const r = await send('sales.checkout', 12 * 1024 * 1024);
    expect(r.status).toBe(413);
    expect(JSON.parse(r.body)).toEqual({ ok: false, error: { code: 'BAD_REQUEST', details: { reason: 'too large', limitBytes: DEFAULT_BODY_BYTES } } });
    expect(r.sent).toBeLessThan(12 * 1024 * 1024); // the server closed the connection while we were still sending
    expect(tableCounts(app.db)).toEqual(before);
  });

  it('a 12 MB chunked checkout (no length given) is cut off at the cap, not read whole', async () => {
    const before = tableCounts(app.db);
    const r = await send('sales.checkout', 12 * 1024 * 1024, { declare: false });
    expect(r.status).toBe(413);
    expect(JSON.parse(r.body)).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST', details: { reason: 'too large' } } });
    expect(r.sent).toBeLessThan(12 * 1024 * 1024);
    expect(tableCounts(app.db)).toEqual(before);
  });

  it('a body under the cap is read whole and answered as usual (here: not JSON)', async () => {
    const r = await send('setup.status', 100 * 1024);
    expect(r.status).toBe(400);
    expect(JSON.parse(r.body)).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST', details: { reason: 'json' } } }); // whitespace only is not JSON
  });
});
