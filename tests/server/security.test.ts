import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/core/app';
import { startServer, type RunningServer } from '../../src/server/http';
import { defaultDataDir } from '../../src/server/data-dir';
import { tableCounts, tempDir } from '../support/db';

let app: App;
let server: RunningServer;
let staticDir: string;

/** A raw request over a real socket, so we control the Host header the way an attacker could. */
function request(opts: { method?: string; path: string; headers?: Record<string, string>; body?: string }): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: server.port, method: opts.method ?? 'GET', path: opts.path, headers: { host: `127.0.0.1:${server.port}`, ...opts.headers }, setHost: false }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    if (opts.body !== undefined) req.write(opts.body);
    req.end();
  });
}

/** A request written by hand on a socket: what no HTTP client would send (an absolute-form target, odd headers). */
function raw(text: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const sock = net.connect(server.port, '127.0.0.1', () => sock.end(text));
    let got = '';
    sock.setEncoding('utf8');
    sock.on('data', (c) => (got += c));
    sock.on('error', reject);
    sock.on('close', () => {
      const [head = '', ...rest] = got.split('\r\n\r\n');
      let body = rest.join('\r\n\r\n');
      // Chunked: size line, data, ... a zero-size chunk.
      if (/transfer-encoding: chunked/i.test(head)) body = body.split('\r\n').filter((_, i) => i % 2 === 1).join('');
      resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1] ?? 0), body });
    });
  });
}
const rawPost = (target: string, headers: Record<string, string> = {}, body = '{}') =>
  raw(
    [`POST ${target} HTTP/1.1`, ...Object.entries({ host: `127.0.0.1:${server.port}`, 'content-type': 'application/json', 'x-hh-token': server.token, 'content-length': String(Buffer.byteLength(body)), connection: 'close', ...headers }).map(([k, v]) => `${k}: ${v}`), '', body].join('\r\n'),
  );

const api = (method: string, input: unknown, headers: Record<string, string> = {}) =>
  request({ method: 'POST', path: `/api/${method}`, headers: { 'content-type': 'application/json', 'x-hh-token': server.token, ...headers }, body: JSON.stringify(input) });

beforeAll(async () => {
  staticDir = tempDir('hh-static-');
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<html><head><meta name="hh-token" content="" /></head><body>app</body></html>');
  fs.mkdirSync(path.join(staticDir, 'assets'));
  fs.writeFileSync(path.join(staticDir, 'assets', 'a.js'), 'console.log(1)');
  fs.writeFileSync(path.join(tempDir(), 'secret.txt'), 'secret');
  app = createApp(':memory:');
  server = await startServer({ app, staticDir });
});
afterAll(async () => {
  await server.close();
  app.close();
});

describe('the loopback server', () => {
  it('listens on 127.0.0.1 only', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  it('hands the per-run token to the page it serves, with a strict CSP', async () => {
    const r = await request({ path: '/' });
    expect(r.status).toBe(200);
    expect(r.body).toContain(`<meta name="hh-token" content="${server.token}" />`);
    expect(r.headers['content-security-policy']).toContain("script-src 'self'");
    expect(r.headers['content-security-policy']).not.toContain('unsafe-eval');
    expect(r.headers['cache-control']).toBe('no-store');
    expect((await request({ path: '/assets/a.js' })).body).toBe('console.log(1)');
    expect((await request({ path: '/stock' })).body).toContain('hh-token'); // a screen path gets the app
    expect((await request({ path: '/assets/missing.js' })).status).toBe(404);
  });

  it('answers API calls that carry the token', async () => {
    const r = await api('setup.status', {});
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body)).toEqual({ ok: true, value: { setUp: false, language: 'hi', shopName: null, timeZone: 'Asia/Kolkata' } });
  });

  it('refuses a request without the token, or with a wrong one, and writes nothing', async () => {
    const before = tableCounts(app.db);
    const setup = { shopName: 'Evil', language: 'en', managerName: 'x', pin: '1234' };
    const none = await request({ method: 'POST', path: '/api/setup.complete', headers: { 'content-type': 'application/json' }, body: JSON.stringify(setup) });
    expect(none.status).toBe(403);
    expect(JSON.parse(none.body)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const wrong = await api('setup.complete', setup, { 'x-hh-token': 'x'.repeat(server.token.length) });
    expect(wrong.status).toBe(403);
    expect(tableCounts(app.db)).toEqual(before);
  });

  it('refuses a foreign Host header (DNS rebinding), even with the token', async () => {
    for (const host of ['evil.example:80', `evil.example:${server.port}`, '127.0.0.1', `127.0.0.2:${server.port}`, '']) {
      const r = await request({ method: 'POST', path: '/api/setup.status', headers: { host, 'content-type': 'application/json', 'x-hh-token': server.token }, body: '{}' });
      expect(r.status, host).toBe(421);
      const page = await request({ path: '/', headers: { host } });
      expect(page.status).toBe(421);
      expect(page.body).not.toContain(server.token);
    }
    expect((await api('setup.status', {}, { host: `localhost:${server.port}` })).status).toBe(200);
  });

  it('refuses a cross-site Origin, a non-JSON body and a simple form post', async () => {
    expect((await api('setup.status', {}, { origin: 'http://evil.example' })).status).toBe(403);
    expect((await api('setup.status', {}, { origin: `http://127.0.0.1:${server.port}` })).status).toBe(200);
    const form = await request({ method: 'POST', path: '/api/setup.status', headers: { 'content-type': 'text/plain', 'x-hh-token': server.token }, body: '{}' });
    expect(form.status).toBe(415);
    const broken = await request({ method: 'POST', path: '/api/setup.status', headers: { 'content-type': 'application/json', 'x-hh-token': server.token }, body: '{not json' });
    expect(broken.status).toBe(400);
    expect(JSON.parse(broken.body)).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    expect((await request({ path: '/api/setup.status' })).status).toBe(405);
  });

  it('refuses an Origin that is not exactly this server (no scheme, https, a trailing slash, null), writing nothing', async () => {
    const before = tableCounts(app.db);
    const setup = JSON.stringify({ shopName: 'Evil', language: 'en', managerName: 'x', pin: '1234' });
    for (const origin of [`127.0.0.1:${server.port}`, `https://127.0.0.1:${server.port}`, `http://127.0.0.1:${server.port}/`, 'null', `HTTP://127.0.0.1:${server.port}`, `http://127.0.0.1:${server.port}.evil.example`]) {
      const r = await rawPost('/api/setup.complete', { origin }, setup);
      expect(r.status, origin).toBe(403);
      expect(JSON.parse(r.body), origin).toEqual({ ok: false, error: { code: 'FORBIDDEN', details: { reason: 'origin' } } });
    }
    expect(tableCounts(app.db)).toEqual(before);
    expect((await rawPost('/api/setup.status', { origin: `http://127.0.0.1:${server.port}` })).status).toBe(200);
    expect((await rawPost('/api/setup.status', { origin: `http://localhost:${server.port}`, host: `localhost:${server.port}` })).status).toBe(200);
    expect((await rawPost('/api/setup.status')).status).toBe(200);
  });

  it('refuses an absolute-form request target naming another server; this server by its own Host passes', async () => {
    const before = tableCounts(app.db);
    const setup = JSON.stringify({ shopName: 'Evil', language: 'en', managerName: 'x', pin: '1234' });
    for (const target of ['http://evil.example/api/setup.complete', `http://evil.example:${server.port}/api/setup.complete`, `https://127.0.0.1:${server.port}/api/setup.complete`, `http://localhost:${server.port}/api/setup.complete`, `http://x@evil.example:${server.port}/api/setup.complete`]) {
      const r = await rawPost(target, {}, setup);
      expect(r.status, target).toBe(421);
      expect(JSON.parse(r.body), target).toEqual({ ok: false, error: { code: 'FORBIDDEN', details: { reason: 'host' } } });
    }
    expect(tableCounts(app.db)).toEqual(before);
    expect((await rawPost(`http://127.0.0.1:${server.port}/api/setup.status`)).status).toBe(200);
    expect((await rawPost('/api/setup.status')).status).toBe(200);
  });

  it('does not serve files outside the renderer folder', async () => {
    for (const p of ['/../secret.txt', '/%2e%2e/%2e%2e/etc/passwd', '/assets/..%2f..%2fpackage.json']) {
      const r = await request({ path: p });
      expect(r.body).not.toContain('secret');
      expect(r.body).not.toContain('root:');
    }
  });

  it('keeps the login in an HttpOnly cookie that the page script cannot read', async () => {
    const r = await api('setup.loadDemo', { language: 'hi' });
    expect(JSON.parse(r.body)).toMatchObject({ ok: true });
    const setCookie = String(r.headers['set-cookie']);
    expect(setCookie).toMatch(/^hh_session=[\w-]+; HttpOnly; SameSite=Strict; Path=\/api/);
    expect(r.body).not.toContain(setCookie.split(';')[0]!.split('=')[1]!);
    const cookie = setCookie.split(';')[0]!;
    expect(JSON.parse((await api('catalog.page', {}, { cookie })).body)).toMatchObject({ ok: true });
    expect(JSON.parse((await api('catalog.page', {})).body)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    const out = await api('session.logout', {}, { cookie });
    expect(String(out.headers['set-cookie'])).toContain('Max-Age=0');
    expect(JSON.parse((await api('catalog.page', {}, { cookie })).body)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  });

  it('has a default data folder shared with the desktop app', () => {
    expect(defaultDataDir('linux', {}, '/home/a')).toBe('/home/a/.config/Hamar Hatri POS');
    expect(defaultDataDir('win32', { APPDATA: 'C:\\Users\\a\\AppData\\Roaming' }, 'C:\\Users\\a')).toContain('Hamar Hatri POS');
  });
});
