import type { Input, MethodName, Output } from '../../../src/shared/api';
import type { Result } from '../../../src/shared/errors';

declare global {
  interface Window {
    /** Exposed by Electron's preload; absent in browser mode. */
    hh?: { call(name: string, input: unknown): Promise<unknown>; a4Pdf?(name: string, input: unknown): Promise<unknown> };
  }
}

function pageToken(): string {
  return document.querySelector('meta[name="hh-token"]')?.getAttribute('content') ?? '';
}

/** One typed entry to the shop: Electron IPC when in the desktop app, loopback HTTP in a browser. */
export async function call<N extends MethodName>(name: N, input: Input<N>): Promise<Result<Output<N>>> {
  const r = await send(name, input);
  // The login ended (idle, PIN reset, retired): tell the app to show the lock screen.
  if (!r.ok && r.error.code === 'UNAUTHENTICATED') window.dispatchEvent(new Event(LOCKED_EVENT));
  // A joined counter lost (or was refused by) the main counter: the link banner looks again now.
  if (!r.ok && (r.error.code === 'LINK_DOWN' || r.error.code === 'DEVICE_REVOKED' || r.error.code === 'FOREIGN_CERTIFICATE')) {
    window.dispatchEvent(new CustomEvent(LINK_EVENT, { detail: r.error.code }));
  }
  return r as Result<Output<N>>;
}

export const LOCKED_EVENT = 'hh:locked';
export const LINK_EVENT = 'hh:link';

async function send(name: string, input: unknown): Promise<Result<unknown>> {
  try {
    if (window.hh) return (await window.hh.call(name, input)) as Result<unknown>;
    const res = await fetch(`api/${name}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-hh-token': pageToken() },
      body: JSON.stringify(input),
      credentials: 'same-origin',
    });
    return (await res.json()) as Result<unknown>;
  } catch {
    return { ok: false, error: { code: 'INTERNAL', details: { reason: 'transport' } } };
  }
}
