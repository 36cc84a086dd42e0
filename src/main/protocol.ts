import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { net, protocol } from 'electron';
import { CSP } from './csp';
import { APP_HOST, APP_SCHEME } from './origin';

/**
 * Must run before app 'ready'. standard: real origin and relative URLs; secure: counts as a
 * secure context; supportFetchAPI: the renderer may fetch() its own assets (fonts, JSON).
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/**
 * Map an app:// URL to a file inside rendererDir, or null when it would leave that folder
 * (.., encoded slashes, NUL) or names another host. Extension-less paths fall back to
 * index.html so client-side routes survive a reload.
 */
export function resolveRendererFile(rendererDir: string, requestUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  let rel: string;
  try {
    rel = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (rel.includes('\0') || rel.includes('\\')) return null;
  if (rel === '/' || rel === '') rel = '/index.html';
  const root = path.resolve(rendererDir);
  const file = path.resolve(root, '.' + rel);
  if (file !== root && !file.startsWith(root + path.sep)) return null;
  if (path.extname(file) === '') return path.join(root, 'index.html');
  return file;
}

function plain(status: number, text: string): Response {
  return new Response(text, { status, headers: { 'content-type': 'text/plain; charset=utf-8' } });
}

/** Copy a response, stamping the CSP (and nosniff) on it whatever its source said. */
export function withSecurityHeaders(res: Response): Response {
  const headers = new Headers(res.headers);
  headers.set('Content-Security-Policy', CSP);
  headers.set('X-Content-Type-Options', 'nosniff');
  return new Response(res.body, { status: res.status, statusText: res.statusText, headers });
}

export type FetchFile = (fileUrl: string) => Promise<Response>;

/** The app:// handler, with file fetching injected so tests can run it without Electron. */
export function createAppHandler(rendererDir: string, fetchFile: FetchFile, exists: (p: string) => boolean = fs.existsSync) {
  return async (request: Request): Promise<Response> => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return withSecurityHeaders(plain(405, 'Method not allowed'));
    const file = resolveRendererFile(rendererDir, request.url);
    if (!file) return withSecurityHeaders(plain(403, 'Forbidden'));
    if (!exists(file)) return withSecurityHeaders(plain(404, 'Not found'));
    try {
      return withSecurityHeaders(await fetchFile(pathToFileURL(file).toString()));
    } catch {
      return withSecurityHeaders(plain(500, 'Could not read file'));
    }
  };
}

/** After 'ready': serve the renderer's built files through app://. */
export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, createAppHandler(rendererDir, (u) => net.fetch(u)));
}
