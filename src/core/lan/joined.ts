/**
 * A joined counter's app: every call goes to the main counter over the pinned LAN link, with this
 * device's token and the person's login there; only the link's own questions are answered here.
 * While the main counter cannot be reached, what can be done from the offline copy is (selling,
 * its receipts, every read: src/core/lan/offline.ts), and the queue goes out once it is back.
 * With no link (a counter of its own) it is the local app unchanged.
 */
import { AppError } from '../../shared/errors';
import type { SessionUser } from '../../shared/api';
import type { App, AppOptions } from '../app';
import { isRead, refusal, type Outcome } from '../dispatch';
import { lanPost } from './client';
import { pendingCount, readLink, type Link } from './link';
import { offlineCounter, SNAPSHOT_EVERY_MS, worksOffline } from './offline';
import { ownPrinter, ownPrinterSettings, printHere } from './own-printer';
import { queueProblem } from './queue';
import { PRINT_JOB_METHODS } from '../../shared/api/print';
import { pendingCountHeader } from './wire';

const LOCAL = new Set(['lan.getLink', 'lan.join']);
/** While offline, how often the main counter is asked whether it is back. */
export const PROBE_EVERY_MS = 5000;

export function withLan(local: App, opts: AppOptions = {}): App {
  let link: Link | null = readLink(local.db);
  let online: boolean | null = null;
  let refused: 'FOREIGN_CERTIFICATE' | 'DEVICE_REVOKED' | null = null;
  const offline = offlineCounter(local, () => link, opts);
  // Who each login is, as the main counter answered: the offline copy carries these logins on.
  const logins = new Map<string, SessionUser>();
  const noteLogin = (name: string, token: string | null | undefined, out: Outcome) => {
    if (!out.result.ok) return;
    if (name === 'session.login' && out.session && 'set' in out.session) logins.set(out.session.set, out.result.value as SessionUser);
    else if (name === 'session.current' && token && out.result.value) logins.set(token, out.result.value as SessionUser);
    else if (name === 'session.logout' && token) logins.delete(token);
  };
  const clock = opts.clock ?? (() => new Date());
  const deviceHeaders = (pending = pendingCount(local.db)) => ({ authorization: `Bearer ${link!.deviceToken}`, [pendingCountHeader]: String(pending) });

  const wentDown = (e: unknown) => {
    online = false;
    const code = (e as { code?: string }).code;
    refused = code === 'FOREIGN_CERTIFICATE' || code === 'DEVICE_REVOKED' ? code : null;
  };

  // One sync at a time: the waiting bills in order, then a fresh copy of the shop once none wait.
  let syncing: Promise<void> | null = null;
  const sync = (): Promise<void> =>
    (syncing ??= (async () => {
      try {
        const sent = await offline.send(deviceHeaders);
        // After bills went, a new copy at once: it has them (and the series' numbers) and tells the main counter none wait.
        await offline.refresh(deviceHeaders, sent > 0 ? 0 : SNAPSHOT_EVERY_MS);
      } catch (e) {
        wentDown(e);
      } finally {
        syncing = null;
      }
    })());

  const forward = async (l: Link, name: string, input: unknown, token: string | null | undefined, timeoutMs?: number): Promise<Outcome> => {
    const pending = pendingCount(local.db);
    const r = await lanPost(l, `/lan/api/${name}`, input ?? {}, { ...deviceHeaders(pending), 'x-hh-session': token ?? '' }, timeoutMs);
    if (r.status === 401) {
      refused = 'DEVICE_REVOKED';
      return refusal('DEVICE_REVOKED');
    }
    const back = online !== true;
    online = true;
    refused = null;
    if (back || pending > 0 || offline.isStale(SNAPSHOT_EVERY_MS)) void sync();
    noteLogin(name, token, r.body as Outcome);
    return r.body as Outcome;
  };
  const probe = (l: Link) => forward(l, 'setup.status', {}, null, 2000).catch(wentDown);

  // Offline, the main counter is asked every few seconds whether it is back (and then sent the queue).
  const timer = setInterval(() => {
    if (link && online === false) void probe(link);
  }, PROBE_EVERY_MS);
  timer.unref();

  /** The copy's answer; whatever goes wrong on the way is an error answer, never a crash of the counter. */
  const fromCopy = (name: string, input: unknown, token: string | null | undefined): Promise<Outcome> | null => {
    try {
      return offline.call(name, input, token, token ? logins.get(token) : undefined)?.catch(internal) ?? null;
    } catch (e) {
      return Promise.resolve(internal(e));
    }
  };
  const internal = (e: unknown): Outcome => {
    opts.log?.('offline call failed', e);
    return refusal('INTERNAL');
  };

  const callAny: App['callAny'] = async (name, input, token, via) => {
    if (!link || LOCAL.has(name)) {
      const out = await local.callAny(name, input, token, via);
      if (name === 'lan.join' && out.result.ok) {
        link = readLink(local.db);
        online = true;
        await sync(); // the first copy of the shop, so this counter can sell offline from now on
      }
      if (name === 'lan.getLink' && out.result.ok && link) {
        // Asking about the link looks at it: a quick call, so an idle lock screen still learns it is down.
        await probe(link);
        const stuck = queueProblem(local.db);
        out.result.value = {
          ...(out.result.value as object),
          online: online !== false,
          pendingBills: pendingCount(local.db),
          snapshotAt: offline.snapshotAt(),
          refused,
          stuck: stuck ? { offlineNo: stuck.offlineNo, code: stuck.error.code } : null,
        };
      }
      return out;
    }
    if (name === 'print.getSettings' || name === 'print.updateSettings') {
      // This counter's own printer; who may change it is the main counter's (or, offline, the copy's) word.
      const l = link;
      const who = async () => {
        const out = online === false ? await fromCopy('session.current', {}, token) : await forward(l, 'session.current', {}, token).catch((e) => (wentDown(e), fromCopy('session.current', {}, token)));
        return out?.result.ok ? (out.result.value as SessionUser | null) : null;
      };
      return ownPrinterSettings(local, name, input, who, clock(), () => offline.printerChanged());
    }
    // Offline, or a bill or print job the copy made (its id means something else at the main counter).
    if ((online === false && worksOffline(name)) || offline.madeHere(name, input)) {
      const answered = fromCopy(name, input, token);
      if (answered) return answered;
    }
    const mine = (PRINT_JOB_METHODS as readonly string[]).includes(name) ? ownPrinter(local) : null;
    try {
      // A bill sold offline and sent since: the main counter knows it by its number, under an id of its own.
      const earlier = offline.madeEarlier(name, input);
      if (earlier) {
        const found = await forward(link, 'sales.get', { billNo: earlier.billNo }, token);
        if (!found.result.ok) return found;
        input = { ...(input as object), [earlier.field]: (found.result.value as { id: number }).id };
      }
      if (mine) {
        const l = link;
        return await printHere(
          (path, body) => lanPost(l, path, body, { ...deviceHeaders(), 'x-hh-session': token ?? '' }),
          (report) => forward(l, 'print.reportResult', report, token),
          name, input, mine,
        );
      }
      return await forward(link, name, input, token);
    } catch (e) {
      wentDown(e);
      const err = e instanceof AppError ? e : new AppError('LINK_DOWN');
      // A read is answered from the copy at once. A write is not: it may have reached the main
      // counter before the link went; the screen asks again (with the same request id) and that
      // goes to the copy, whose queue then meets the first one at the main counter as a repeat.
      if (err.code === 'LINK_DOWN' && isRead(name)) {
        const answered = fromCopy(name, input, token);
        if (answered) return answered;
      }
      return refusal(err.code, err.details);
    }
  };
  return {
    ...local,
    callAny,
    close: () => {
      clearInterval(timer);
      offline.close();
      local.close();
    },
  };
}
