/**
 * A joined counter's app: every call goes to the main counter over the pinned LAN link, with this
 * device's token and the person's login there; only the link's own questions are answered here.
 * With no link (a counter of its own) it is the local app unchanged.
 */
import { AppError } from '../../shared/errors';
import type { App } from '../app';
import type { Outcome } from '../dispatch';
import { lanPost } from './client';
import { pendingCount, readLink, type Link } from './link';
import { pendingCountHeader } from './wire';

const LOCAL = new Set(['lan.getLink', 'lan.join']);

export function withLan(local: App): App {
  let link: Link | null = readLink(local.db);
  let online: boolean | null = null;

  const forward = async (l: Link, name: string, input: unknown, token: string | null | undefined, timeoutMs?: number): Promise<Outcome> => {
    const headers = { authorization: `Bearer ${l.deviceToken}`, 'x-hh-session': token ?? '', [pendingCountHeader]: String(pendingCount(local.db)) };
    const r = await lanPost(l, `/lan/api/${name}`, input ?? {}, headers, timeoutMs);
    online = true;
    if (r.status === 401) return { result: { ok: false, error: { code: 'DEVICE_REVOKED', details: {} } } };
    return r.body as Outcome;
  };

  const callAny: App['callAny'] = async (name, input, token, via) => {
    if (!link || LOCAL.has(name)) {
      const out = await local.callAny(name, input, token, via);
      if (name === 'lan.join' && out.result.ok) link = readLink(local.db);
      if (name === 'lan.getLink' && out.result.ok && link) {
        // Asking about the link looks at it: a quick call, so an idle lock screen still learns it is down.
        await forward(link, 'setup.status', {}, null, 2000).catch(() => (online = false));
        out.result.value = { ...(out.result.value as object), online: online !== false };
      }
      return out;
    }
    try {
      return await forward(link, name, input, token);
    } catch (e) {
      online = false;
      const err = e instanceof AppError ? e : new AppError('LINK_DOWN');
      return { result: { ok: false, error: { code: err.code, details: err.details } } };
    }
  };
  return { ...local, callAny };
}
