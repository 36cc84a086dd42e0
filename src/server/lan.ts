/**
 * The main counter's API on the shop's LAN, over HTTPS with its own certificate. Routes:
 *   POST /lan/pair            {code, name}  → a device token and counter code (the code shown here)
 *   POST /lan/api/<method>    the same dispatch as the screens, for a paired device only
 *   POST /lan/snapshot        the offline copy of the shop (a database file) for a paired device
 *   POST /lan/print/<method>  {input, printer}: a print the device makes on its own printer: laid out
 *                             here for that printer and recorded as a job, the blocks sent back
 *   POST /lan/offline         {userId, input}: a bill the device sold offline, as `sales.checkout`
 *                             by that person in the device's offline series (no login: she sold it
 *                             with her PIN at the device, which is paired; see src/core/sales/offline.ts)
 * A device sends `authorization: Bearer <device token>` and `x-hh-session: <login token>` (logins
 * made from a device work only from that device). Browsers are not clients here: any request with
 * an Origin header is refused, so a web page on the Wi-Fi cannot call the shop.
 */
import { timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import https from 'node:https';
import type http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { App } from '../core/app';
import { normalizeCode, pairingCode } from '../core/lan/code';
import { deviceByToken, hostRow, pairDevice } from '../core/lan/host';
import { pendingCountHeader } from '../core/lan/wire';
import { makeSnapshot } from '../core/lan/snapshot';
import { OFFLINE_SUFFIX } from '../core/sales/offline';
import { readSettings } from '../core/settings/handlers';
import type { SessionUser } from '../shared/api';
import { PRINT_JOB_METHODS, printerSettingsInput } from '../shared/api/print';
import { contract, maxBodyOf, type Contract } from '../shared/api';
import type { ErrorCode } from '../shared/errors';

export interface LanServer {
  port: number;
  close(): Promise<void>;
}

const WRONG_CODES_ALLOWED = 5;
const WRONG_CODE_WINDOW_MS = 10 * 60_000;

function send(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

function refuse(res: http.ServerResponse, status: number, code: ErrorCode, details: Record<string, unknown> = {}): void {
  send(res, status, { result: { ok: false, error: { code, details } } });
}

function readJson(req: http.IncomingMessage, limit: number): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > limit) {
        req.destroy();
        return reject(Object.assign(new Error('too large'), { status: 413 }));
      }
      chunks.push(c);
    });
    req.on('end', () => {
      try {
        const t = Buffer.concat(chunks).toString('utf8');
        resolve(t === '' ? {} : JSON.parse(t));
      } catch {
        reject(Object.assign(new Error('json'), { status: 400 }));
      }
    });
    req.on('error', reject);
  });
}

/** The person's login token the device sent along (its own login at that device), or none. */
function sessionOf(req: http.IncomingMessage): string | null {
  const t = req.headers['x-hh-session'];
  return typeof t === 'string' && t !== '' ? t : null;
}

function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export function startLanServer(opts: { app: App; host?: string; port?: number; clock?: () => Date }): Promise<LanServer> {
  const { app } = opts;
  const clock = opts.clock ?? (() => new Date());
  const h = hostRow(app.db);
  if (!h.cert_pem || !h.key_pem || !h.fingerprint) throw new Error('main-counter mode has no certificate yet');
  const code = pairingCode(h.fingerprint);
  let wrong: number[] = [];

  const pair = async (req: http.IncomingMessage, res: http.ServerResponse) => {
    const now = clock();
    wrong = wrong.filter((t) => now.getTime() - t < WRONG_CODE_WINDOW_MS);
    if (wrong.length >= WRONG_CODES_ALLOWED) return refuse(res, 429, 'PAIRING_LOCKED');
    const body = (await readJson(req, 4096)) as { code?: unknown; name?: unknown };
    const name = typeof body.name === 'string' ? body.name.trim().slice(0, 60) : '';
    if (typeof body.code !== 'string' || !sameText(normalizeCode(body.code), code)) {
      wrong.push(now.getTime());
      return refuse(res, 403, 'PAIRING_CODE_WRONG', { field: 'code' });
    }
    if (!name || /[\u0000-\u001f\u007f]/.test(name)) return refuse(res, 400, 'INVALID_INPUT', { issues: [{ path: ['deviceName'], code: 'custom', message: 'name' }] });
    const paired = app.db.transaction(() => pairDevice(app.db, name, now)).immediate();
    const shopName = readSettings(app.db)?.shopName ?? '';
    send(res, 200, { result: { ok: true, value: { deviceToken: paired.token, counterCode: paired.counterCode, shopName } } });
  };

  /** The paired, unrevoked device a request comes from (its last contact noted), or null. */
  const deviceOf = (req: http.IncomingMessage) => {
    const auth = /^Bearer ([A-Za-z0-9_-]{20,100})$/.exec(req.headers.authorization ?? '');
    const pending = Number(req.headers[pendingCountHeader] ?? NaN);
    return auth ? app.db.transaction(() => deviceByToken(app.db, auth[1]!, clock(), Number.isSafeInteger(pending) && pending >= 0 ? pending : undefined)).immediate() : null;
  };

  const snapshot = async (req: http.IncomingMessage, res: http.ServerResponse) => {
    if (!deviceOf(req)) return refuse(res, 401, 'DEVICE_REVOKED');
    req.resume();
    const file = await makeSnapshot(app.db);
    res.writeHead(200, { 'content-type': 'application/vnd.sqlite3', 'content-length': String(fs.statSync(file).size), 'cache-control': 'no-store' });
    const stream = fs.createReadStream(file);
    stream.pipe(res);
    const gone = () => fs.rmSync(file, { force: true });
    res.once('close', gone);
    stream.once('error', () => res.destroy());
  };

  const offline = async (req: http.IncomingMessage, res: http.ServerResponse) => {
    const device = deviceOf(req);
    if (!device) return refuse(res, 401, 'DEVICE_REVOKED');
    const body = (await readJson(req, maxBodyOf(contract['sales.checkout']) + 1024)) as { userId?: unknown; input?: unknown };
    // Her login was at the device, with her PIN against its copy: here she is who sold it, even if retired since.
    const user = Number.isSafeInteger(body.userId) ? (app.db.prepare('SELECT id, name, role FROM users WHERE id = ?').get(body.userId) as SessionUser | undefined) : undefined;
    if (!user) return refuse(res, 400, 'NOT_FOUND', { what: 'user', field: 'userId' });
    const via = { deviceId: device.id, counter: `${device.counterCode}${OFFLINE_SUFFIX}` };
    const token = app.sessions.create({ ...user, counter: via.counter }, clock().getTime(), device.id);
    try {
      send(res, 200, await app.callAny('sales.checkout', body.input, token, via));
    } finally {
      app.sessions.delete(token);
    }
  };

  const print = async (req: http.IncomingMessage, res: http.ServerResponse, method: string) => {
    const device = deviceOf(req);
    if (!device) return refuse(res, 401, 'DEVICE_REVOKED');
    if (!(PRINT_JOB_METHODS as readonly string[]).includes(method)) return refuse(res, 404, 'UNKNOWN_METHOD', { method: method.slice(0, 100) });
    const body = (await readJson(req, maxBodyOf((contract as Contract)[method]) + 4096)) as { input?: unknown; printer?: unknown };
    const printer = printerSettingsInput.safeParse(body.printer);
    if (!printer.success) return refuse(res, 400, 'PRINTER_CONFIG_INVALID', { field: 'printer' });
    const session = sessionOf(req);
    const via = { deviceId: device.id, counter: device.counterCode, printer: { ...printer.data, updatedAt: '' } };
    send(res, 200, await app.callAny(method, body.input, session, via));
  };

  const api = async (req: http.IncomingMessage, res: http.ServerResponse, method: string) => {
    const device = deviceOf(req);
    if (!device) return refuse(res, 401, 'DEVICE_REVOKED');
    const limit = maxBodyOf(Object.hasOwn(contract, method) ? (contract as Contract)[method] : undefined);
    const input = await readJson(req, limit);
    const session = sessionOf(req);
    const outcome = await app.callAny(method, input, session, { deviceId: device.id, counter: device.counterCode });
    send(res, 200, outcome);
  };

  const server = https.createServer({ cert: h.cert_pem, key: h.key_pem }, (req, res) => {
    if (req.headers.origin !== undefined) return refuse(res, 403, 'FORBIDDEN', { reason: 'origin' });
    if (req.method !== 'POST') return refuse(res, 405, 'BAD_REQUEST', { reason: 'method' });
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) return refuse(res, 415, 'BAD_REQUEST', { reason: 'content-type' });
    const url = new URL(req.url ?? '/', 'https://lan');
    const done = (p: Promise<void>) =>
      p.catch((e: { status?: number }) => {
        if (!res.headersSent) refuse(res, e.status ?? 500, e.status ? 'BAD_REQUEST' : 'INTERNAL');
      });
    if (url.pathname === '/lan/pair') return void done(pair(req, res));
    if (url.pathname === '/lan/snapshot') return void done(snapshot(req, res));
    if (url.pathname === '/lan/offline') return void done(offline(req, res));
    if (url.pathname.startsWith('/lan/print/')) return void done(print(req, res, url.pathname.slice('/lan/print/'.length)));
    if (url.pathname.startsWith('/lan/api/')) return void done(api(req, res, url.pathname.slice('/lan/api/'.length)));
    refuse(res, 404, 'NOT_FOUND');
  });
  server.keepAliveTimeout = 5000;

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? h.port, opts.host ?? '0.0.0.0', () => {
      resolve({
        port: (server.address() as AddressInfo).port,
        close: () => new Promise<void>((r) => { server.closeAllConnections(); server.close(() => r()); }),
      });
    });
  });
}
