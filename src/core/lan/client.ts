/**
 * The joined counter's side of the wire: HTTPS to the main counter with its certificate pinned.
 * The certificate is trusted only as itself (`ca` is that one certificate and its SHA-256 must
 * match), so a different machine answering at the same address is refused, whatever it presents.
 */
import fs from 'node:fs';
import https from 'node:https';
import tls from 'node:tls';
import { AppError } from '../../shared/errors';
import { normalizeCode, pairingCode } from './code';

export interface LinkTarget {
  address: string;
  certPem: string;
  fingerprint: string;
}

function hostPort(address: string): { host: string; port: number } {
  const i = address.lastIndexOf(':');
  return { host: address.slice(0, i), port: Number(address.slice(i + 1)) };
}

function toPem(raw: Buffer): string {
  const b64 = raw.toString('base64').match(/.{1,64}/g)!.join('\n');
  return `-----BEGIN CERTIFICATE-----\n${b64}\n-----END CERTIFICATE-----\n`;
}

const linkDown = (e: unknown) => new AppError('LINK_DOWN', { reason: (e as { code?: string }).code ?? String(e) });

/** A certificate the pin does not accept (OpenSSL's verdict, or ours in checkServerIdentity). */
function refusedCertificate(e: unknown): boolean {
  const code = (e as { code?: string }).code ?? '';
  return /CERT|SELF_SIGNED|UNABLE_TO_VERIFY|SIGNATURE/.test(code);
}

/** What the machine at `address` presents, before anything is trusted (pairing only). */
export function peerCertificate(address: string, timeoutMs = 5000): Promise<{ certPem: string; fingerprint: string }> {
  const { host, port } = hostPort(address);
  return new Promise((resolve, reject) => {
    const socket = tls.connect({ host, port, rejectUnauthorized: false, servername: host === 'localhost' || /^[\d.]+$/.test(host) ? undefined : host, timeout: timeoutMs }, () => {
      const c = socket.getPeerCertificate(true);
      socket.end();
      if (!c?.raw) return reject(linkDown('no certificate'));
      resolve({ certPem: toPem(c.raw), fingerprint: c.fingerprint256 });
    });
    socket.once('timeout', () => socket.destroy(Object.assign(new Error('timeout'), { code: 'ETIMEDOUT' })));
    socket.once('error', (e) => reject(linkDown(e)));
  });
}

/** Check the typed code against the certificate actually presented; the pin to keep if it matches. */
export async function certificateForCode(address: string, typed: string): Promise<{ certPem: string; fingerprint: string }> {
  const peer = await peerCertificate(address);
  if (pairingCode(peer.fingerprint) !== normalizeCode(typed)) throw new AppError('PAIRING_CODE_WRONG', { field: 'code' });
  return peer;
}

/** The pinned HTTPS request both calls below make; `onResponse` reads the answer. */
function pinnedPost<T>(link: LinkTarget, path: string, body: unknown, headers: Record<string, string>, timeoutMs: number, onResponse: (res: import('node:http').IncomingMessage, resolve: (v: T) => void, reject: (e: unknown) => void) => void): Promise<T> {
  const { host, port } = hostPort(link.address);
  const data = Buffer.from(JSON.stringify(body ?? {}));
  return new Promise((resolve, reject) => {
    const req = https.request(
      {
        host,
        port,
        path,
        method: 'POST',
        ca: link.certPem,
        // The pin replaces the host-name check: the shop's address is an IP that may change.
        checkServerIdentity: (_h, cert) => (cert.fingerprint256 === link.fingerprint ? undefined : new AppError('FOREIGN_CERTIFICATE')),
        headers: { 'content-type': 'application/json', 'content-length': String(data.length), ...headers },
        timeout: timeoutMs,
      },
      (res) => onResponse(res, resolve, reject),
    );
    req.once('timeout', () => req.destroy(Object.assign(new Error('timeout'), { code: 'ETIMEDOUT' })));
    req.once('error', (e: unknown) => {
      if (e instanceof AppError) return reject(e);
      if ((e as { reason?: unknown }).reason instanceof AppError) return reject((e as { reason: AppError }).reason);
      reject(refusedCertificate(e) ? new AppError('FOREIGN_CERTIFICATE', { reason: (e as { code?: string }).code }) : linkDown(e));
    });
    req.end(data);
  });
}

/** POST JSON to the main counter over the pinned link; the status and the parsed body. */
export function lanPost(link: LinkTarget, path: string, body: unknown, headers: Record<string, string> = {}, timeoutMs = 8000): Promise<{ status: number; body: unknown }> {
  return pinnedPost(link, path, body, headers, timeoutMs, (res, resolve, reject) => {
    const chunks: Buffer[] = [];
    res.on('data', (c: Buffer) => chunks.push(c));
    res.on('end', () => {
      try {
        resolve({ status: res.statusCode ?? 0, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) });
      } catch (e) {
        reject(linkDown(e));
      }
    });
    res.on('error', (e) => reject(linkDown(e)));
  });
}

/** POST to the main counter and write the answer's bytes to `file` (200 only; else the status). */
export function lanDownload(link: LinkTarget, path: string, headers: Record<string, string>, file: string, timeoutMs = 60_000): Promise<{ status: number }> {
  return pinnedPost(link, path, {}, headers, timeoutMs, (res, resolve, reject) => {
    if (res.statusCode !== 200) {
      res.resume();
      return resolve({ status: res.statusCode ?? 0 });
    }
    const out = fs.createWriteStream(file);
    res.pipe(out);
    out.once('finish', () => resolve({ status: 200 }));
    const fail = (e: unknown) => {
      out.destroy();
      fs.rmSync(file, { force: true });
      reject(linkDown(e));
    };
    res.once('error', fail);
    res.once('aborted', () => fail(new Error('aborted')));
    out.once('error', fail);
  });
}
