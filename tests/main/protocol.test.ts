import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { net, protocol, resetElectron } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).electron);

const { CSP } = await import('../../src/main/csp');
const { createAppHandler, registerAppScheme, resolveRendererFile, serveRenderer } = await import('../../src/main/protocol');

// A real renderer folder with a secret file next to it, outside what may be served.
const base = fs.mkdtempSync(path.join(os.tmpdir(), 'hh-protocol-'));
const dir = path.join(base, 'renderer');
fs.mkdirSync(path.join(dir, 'assets'), { recursive: true });
fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>POS</title>');
fs.writeFileSync(path.join(dir, 'assets', 'app.js'), 'console.log(1)');
fs.writeFileSync(path.join(base, 'secret.txt'), 'SECRET');
afterAll(() => fs.rmSync(base, { recursive: true, force: true }));

/** What net.fetch does for a file URL, near enough. */
const fetchFile = vi.fn(async (u: string) => new Response(fs.readFileSync(fileURLToPath(u)), { headers: { 'content-type': 'text/plain' } }));
const handler = createAppHandler(dir, fetchFile);
const get = (url: string) => handler(new Request(url));

function directives(csp: string): Map<string, string[]> {
  return new Map(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k as string, v]));
}

describe('app:// protocol', () => {
  beforeEach(() => {
    resetElectron();
    fetchFile.mockClear();
  });

  it('registers app as a privileged standard, secure, fetch-capable scheme', () => {
    registerAppScheme();
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });

  it('has a strict CSP: self only, no inline or eval script, no objects, frames or forms', () => {
    const d = directives(CSP);
    expect(d.get('default-src')).toEqual(["'self'"]);
    expect(d.get('script-src')).toEqual(["'self'"]);
    expect(d.get('style-src')).toEqual(["'self'"]);
    expect(d.get('img-src')).toEqual(["'self'", 'data:', 'blob:']);
    expect(d.get('font-src')).toEqual(["'self'"]);
    expect(d.get('connect-src')).toEqual(["'self'"]);
    expect(d.get('object-src')).toEqual(["'none'"]);
    expect(d.get('base-uri')).toEqual(["'none'"]);
    expect(d.get('form-action')).toEqual(["'none'"]);
    expect(d.get('frame-ancestors')).toEqual(["'none'"]);
    expect(CSP).not.toContain('unsafe-eval');
    expect(CSP).not.toContain('unsafe-inline');
    expect(CSP).not.toMatch(/\*|https?:/);
  });

  it('serves renderer files with the CSP header', async () => {
    for (const url of ['app://pos/', 'app://pos/index.html', 'app://pos/assets/app.js']) {
      const res = await get(url);
      expect(res.status, url).toBe(200);
      expect(res.headers.get('content-security-policy')).toBe(CSP);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    }
    expect(await (await get('app://pos/assets/app.js')).text()).toBe('console.log(1)');
    // Client-side routes fall back to the page itself.
    expect(await (await get('app://pos/sale/today')).text()).toContain('<title>POS</title>');
  });

  it('refuses to leave the renderer folder, and error responses carry the CSP too', async () => {
    for (const url of ['app://pos/..%2fsecret.txt', 'app://pos/%2e%2e%2fsecret.txt', 'app://pos/assets/..%2f..%2fsecret.txt', 'app://pos/..%5csecret.txt', 'app://pos/index.html%00.js', 'app://evil/index.html']) {
      const res = await get(url);
      expect(res.status, url).toBe(403);
      expect(res.headers.get('content-security-policy')).toBe(CSP);
    }
    const missing = await get('app://pos/assets/nope.js');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-security-policy')).toBe(CSP);
    expect(fetchFile).not.toHaveBeenCalledWith(expect.stringContaining('secret'));
    expect((await handler(new Request('app://pos/index.html', { method: 'POST', body: 'x' }))).status).toBe(405);
  });

  it('maps only inside the folder', () => {
    expect(resolveRendererFile(dir, 'app://pos/assets/app.js')).toBe(path.join(dir, 'assets', 'app.js'));
    expect(resolveRendererFile(dir, 'app://pos/../secret.txt')).toBe(path.join(dir, 'secret.txt')); // URL parsing clamps at root
    expect(resolveRendererFile(dir, 'file:///etc/passwd')).toBeNull();
    expect(resolveRendererFile(dir, 'not a url')).toBeNull();
    expect(resolveRendererFile(dir, 'app://pos/%E0%A4')).toBeNull(); // malformed escape
  });

  it('serveRenderer hands app:// to net.fetch of file URLs and stamps the CSP', async () => {
    serveRenderer(dir);
    expect(protocol.handle).toHaveBeenCalledTimes(1);
    const [scheme, fn] = protocol.handle.mock.calls[0] as [string, (r: Request) => Promise<Response>];
    expect(scheme).toBe('app');
    net.fetch.mockResolvedValueOnce(new Response('<html></html>', { headers: { 'content-type': 'text/html', 'content-security-policy': "default-src *" } }));
    const res = await fn(new Request('app://pos/index.html'));
    expect(net.fetch).toHaveBeenCalledWith(expect.stringMatching(/^file:\/\/.*index\.html$/));
    expect(res.headers.get('content-security-policy')).toBe(CSP);
    expect(res.headers.get('content-type')).toBe('text/html');
  });
});
