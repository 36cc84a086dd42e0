import type { Input, MethodName, Output } from '../../../src/shared/api';
import type { Result } from '../../../src/shared/errors';

declare global {
  interface Window {
    /** Exposed by Electron's preload; absent in browser mode. */
    hh?: { call(name: string, input: unknown): Promise<unknown> };
  }
}

function pageToken(): string {
  return document.querySelector('meta[name="hh-token"]')?.getAttribute('content') ?? '';
}

/** One typed entry to the shop: Electron IPC when in the desktop app, loopback HTTP in a browser. */
export async function call<N extends MethodName>(name: N, input: Input<N>): Promise<Result<Output<N>>> {
  try {
    if (window.hh) return (await window.hh.call(name, input)) as Result<Output<N>>;
    const res = await fetch(`api/${name}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-hh-token': pageToken() },
      body: JSON.stringify(input),
      credentials: 'same-origin',
    });
    return (await res.json()) as Result<Output<N>>;
  } catch {
    return { ok: false, error: { code: 'INTERNAL', details: { reason: 'transport' } } };
  }
}
