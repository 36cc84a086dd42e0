import { randomBytes, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { App } from '../core/app';
import type { ErrorCode } from '../shared/errors';
import { CSP } from '../shared/csp';
import { contract, maxBodyOf, type Contract } from '../shared/api';

export interface ServeOptions {
  app: App;
  /** The built renderer (vite's output). */
  staticDir: string;
  port?: number;
  /** Fixed only in tests; otherwise a fresh random token each run. */
  token?: string;
}

export interface RunningServer {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

const SESSION_COOKIE = 'hh_session';
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
};
const BASE_HEADERS = {
  'content-security-policy': CSP,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-resource-policy': 'same-origin',
  'x-frame-options': 'DENY',
};

function sameBytes(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function cookie(req: http.IncomingMessage, name: string): string | null {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return v.join('=');
  }
  return null;
}

function sendJson(res: http.ServerResponse, status: number, body: unknown, extra: Record<string, string> = {}): void {
  res.writeHead(status, { ...BASE_HEADERS, 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...extra });
  res.end(JSON.stringify(body));
}

function refuse(res: http.ServerResponse, status: number, code: ErrorCode, reason: string, more: Record<string, unknown> = {}): void {
  sendJson(res, status, { ok: false, error: { code, details: { reason, ...more } } });
}

/**
 * The request target as a URL on this server: a path, or an absolute-form target ('http://host/...')
 * only when it names exactly the served origin its Host header names; anything else is null.
 */
function target(raw: string, host: string): URL | null {
  const own = `http://${host}`;
  if (raw.startsWith('/')) return new URL(own + raw);
  try {
    const url = new URL(raw);
    return url.origin === own && url.username === '' && url.password === '' ? url : null;
  } catch {
    return null;
  }
}

/**
 * Browser mode: the same dispatch over loopback HTTP. Only 127.0.0.1; the Host header must name
 * this server (defeats DNS rebinding); every API call must carry the per-run token that only the
 * page we serve knows, so another site open in the same browser cannot call the shop.
 */
export function startServer(opts: ServeOptions): Promise<RunningServer> {
  const token = opts.token ?? randomBytes(32).toString('base64url');
  const root = path.resolve(opts.staticDir);
  let port = 0;

  const allowedHosts = () => new Set([`127.0.0.1:${port}`, `localhost:${port}`]);

  const handleApi = (req: http.IncomingMessage, res: http.ServerResponse, method: string) => {
    const given = req.headers['x-hh-token'];
    if (typeof given !== 'string' || !sameBytes(given, token)) return refuse(res, 403, 'FORBIDDEN', 'token');
    const origin = req.headers.origin;
    // Exactly the page's own origin, as a browser writes it: scheme, host, port, nothing more.
    if (origin !== undefined && origin !== `http://${req.headers.host}`) return refuse(res, 403, 'FORBIDDEN', 'origin');
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) return refuse(res, 415, 'BAD_REQUEST', 'content-type');
    // Each method reads at most its own cap (a photo's size for photos, a catalogue for CSV, far less
    // for the rest): a larger body is refused before it is read or parsed, and the connection closed.
    const limit = maxBodyOf(Object.hasOwn(contract, method) ? (contract as Contract)[method] : undefined);
    const tooLarge = () => {
      res.setHeader('connection', 'close');
      res.once('finish', () => req.destroy());
      refuse(res, 413, 'BAD_REQUEST', 'too large', { limitBytes: limit });
    };
    const declared = Number(req.headers['content-length'] ?? NaN);
    if (declared > limit) return tooLarge();
    const chunks: Buffer[] = [];
    let size = 0;
    let refused = false;
    req.on('data', (c: Buffer) => {
      if (refused) return;
      size += c.length;
      if (size <= limit) return void chunks.push(c);
      refused = true;
      req.pause(); // read no further
      tooLarge();
    });
    req.on('end', async () => {
      if (refused) return;
      let input: unknown;
      try {
        const text = Buffer.concat(chunks).toString('utf8');
        input = text === '' ? {} : JSON.parse(text);
      } catch {
        return refuse(res, 400, 'BAD_REQUEST', 'json');
      }
      const t0 = performance.now();
      const outcome = await opts.app.callAny(method, input, cookie(req, SESSION_COOKIE));
      // The call's own time, for the page's resource timing (the screen benchmark compares it with what the cashier waits).
      const headers: Record<string, string> = { 'server-timing': `dispatch;dur=${(performance.now() - t0).toFixed(3)}` };
      if (outcome.session && 'set' in outcome.session) headers['set-cookie'] = `${SESSION_COOKIE}=${outcome.session.set}; HttpOnly; SameSite=Strict; Path=/api`;
      if (outcome.session && 'clear' in outcome.session) headers['set-cookie'] = `${SESSION_COOKIE}=; HttpOnly; SameSite=Strict; Path=/api; Max-Age=0`;
      sendJson(res, 200, outcome.result, headers);
    });
  };

  const serveStatic = (req: http.IncomingMessage, res: http.ServerResponse, urlPath: string) => {
    let rel: string;
    try {
      rel = decodeURIComponent(urlPath);
    } catch {
      return refuse(res, 400, 'BAD_REQUEST', 'path');
    }
    let file = path.resolve(root, '.' + path.posix.normalize('/' + rel));
    if (!file.startsWith(root + path.sep) && file !== root) return refuse(res, 403, 'FORBIDDEN', 'path');
    // A screen's path (no extension) gets the app page: the renderer routes it.
    if (rel === '/' || !path.extname(file) || !fs.existsSync(file)) {
      if (path.extname(file) && rel !== '/') {
        res.writeHead(404, BASE_HEADERS);
        return res.end('not found');
      }
      file = path.join(root, 'index.html');
    }
    if (!fs.existsSync(file)) {
      res.writeHead(503, { ...BASE_HEADERS, 'content-type': 'text/plain; charset=utf-8' });
      return res.end('The screens are not built yet: run `npm run build:renderer` (or `npm run serve`, which builds them).\n');
    }
    const ext = path.extname(file);
    let body: Buffer | string = fs.readFileSync(file);
    if (ext === '.html') body = body.toString('utf8').replace('<meta name="hh-token" content="" />', `<meta name="hh-token" content="${token}" />`);
    res.writeHead(200, {
      ...BASE_HEADERS,
      'content-type': TYPES[ext] ?? 'application/octet-stream',
      'cache-control': ext === '.html' ? 'no-store' : 'public, max-age=31536000, immutable',
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  };

  const server = http.createServer((req, res) => {
    const host = req.headers.host ?? '';
    if (!allowedHosts().has(host)) return refuse(res, 421, 'FORBIDDEN', 'host');
    const url = target(req.url ?? '/', host);
    if (!url) return refuse(res, 421, 'FORBIDDEN', 'host');
    if (url.pathname.startsWith('/api/')) {
      if (req.method !== 'POST') return refuse(res, 405, 'BAD_REQUEST', 'method');
      return handleApi(req, res, url.pathname.slice('/api/'.length));
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405, 'BAD_REQUEST', 'method');
    serveStatic(req, res, url.pathname);
  });
  server.keepAliveTimeout = 5000;

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => {
      port = (server.address() as AddressInfo).port;
      resolve({
        url: `http://127.0.0.1:${port}/`,
        port,
        token,
        close: () => new Promise<void>((r) => { server.closeAllConnections(); server.close(() => r()); }),
      });
    });
  });
}
