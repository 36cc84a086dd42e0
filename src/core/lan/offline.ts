/**
 * A joined counter while the main counter cannot be reached (#18): it sells from its offline copy
 * of the shop (src/core/lan/snapshot.ts) with logins in its own offline series (`C2-OFF`), queues
 * each bill (src/core/lan/queue.ts), and sends the queue, in order, once the link is back.
 */
import fs from 'node:fs';
import type { SessionUser } from '../../shared/api';
import { isRead, refusal, type Outcome } from '../dispatch';
import { createApp, type App, type AppOptions } from '../app';
import { OFFLINE_SUFFIX } from '../sales/offline';
import { shopToday } from '../shop-day';
import { stmt } from '../db/stmt';
import { lanDownload, lanPost } from './client';
import type { Link } from './link';
import { dropUnrecorded, enqueue, markRecorded, markRefused, markSent, nextOfflineNo, queuedByRequest, settleUnrecorded, unsent } from './queue';
import { copyOwnPrinter, installSnapshot, snapshotFileOf } from './snapshot';

/** Writes a counter may make from its copy; every read is answered from it too. */
const OFFLINE_WRITES = new Set(['session.login', 'session.logout', 'sales.checkout', 'print.receipt', 'print.reprint']);
export const worksOffline = (name: string): boolean => isRead(name) || OFFLINE_WRITES.has(name);

/**
 * Calls that name a sale or a print job by its id. The copy hands out ids of its own, which the
 * main counter also uses for other records: such a call goes where its id was made (the copy's
 * ids to the copy, even once the link is back), and offline an id the copy did not make is refused
 * rather than answered with another bill.
 */
const ID_OF: Record<string, (i: Record<string, unknown>) => { kind: 'sale' | 'job'; id: unknown; field: string } | null> = {
  'sales.get': (i) => (i.id !== undefined ? { kind: 'sale', id: i.id, field: 'id' } : null),
  'print.receipt': (i) => ({ kind: 'sale', id: i.saleId, field: 'saleId' }),
  'print.reprint': (i) => ({ kind: 'job', id: i.jobId, field: 'jobId' }),
};
const idIn = (name: string, input: unknown) => (Object.hasOwn(ID_OF, name) && input && typeof input === 'object' ? ID_OF[name]!(input as Record<string, unknown>) : null);

/** A fresh copy at most this old while online (and after each sent queue). */
export const SNAPSHOT_EVERY_MS = 30 * 60_000;
/** Offline logins are this device's only, under a device id no paired device has. */
const OFFLINE_DEVICE = 0;

export interface OfflineCounter {
  /**
   * A call answered from the copy (null: no copy yet, so nothing to sell from). `carried` is who the
   * main counter said this login was: the copy carries it on under the same token.
   */
  call(name: string, input: unknown, token: string | null | undefined, carried?: SessionUser): Promise<Outcome> | null;
  /** Send what waits, in order; stops at the first refusal or at a link error (thrown). How many went. */
  send(headers: () => Record<string, string>): Promise<number>;
  /** Whether this call names a sale or print job the copy made (it must go to the copy). */
  madeHere(name: string, input: unknown): boolean;
  /** A bill an earlier copy made (since sent and replaced): its number, to find it at the main counter. */
  madeEarlier(name: string, input: unknown): { billNo: string; field: string } | null;
  /** Take a new copy if the queue is empty and the copy is older than `maxAgeMs`. */
  refresh(headers: () => Record<string, string>, maxAgeMs?: number): Promise<void>;
  snapshotAt(): string | null;
  /** Whether no copy was taken yet, or it is `maxAgeMs` old or older (no disk access: asked on every forwarded call). */
  isStale(maxAgeMs: number): boolean;
  /** This counter's own printer changed: the copy prints on it too. */
  printerChanged(): void;
  close(): void;
}

export function offlineCounter(local: App, link: () => Link | null, opts: AppOptions = {}): OfflineCounter {
  const file = snapshotFileOf(local.db.name);
  const clock = opts.clock ?? (() => new Date());
  let copy: App | null = null;
  let settled = false;
  // When the copy was taken, kept here (only refresh changes it): asked on every call the counter forwards.
  let takenAt: string | null | undefined;
  const snapshotAt = () => (takenAt === undefined ? (takenAt = snapshotAtOf(local)) : takenAt);
  const isStale = (maxAgeMs: number) => {
    const at = snapshotAt();
    return !at || clock().getTime() - Date.parse(at) >= maxAgeMs;
  };
  // Ids the copy handed out, with the copy (generation) that made them and a sale's bill number.
  let generation = 0;
  const minted = { sale: new Map<number, { gen: number; billNo: string }>(), job: new Map<number, { gen: number; billNo: string }>() };
  const mintedRef = (ref: { kind: 'sale' | 'job'; id: unknown } | null) => (ref !== null && typeof ref.id === 'number' ? minted[ref.kind].get(ref.id) : undefined);
  const isMinted = (ref: { kind: 'sale' | 'job'; id: unknown } | null) => mintedRef(ref)?.gen === generation;
  /** Note the ids the copy handed out in an answer. */
  const mint = (out: Outcome): Outcome => {
    const v = out.result.ok ? out.result.value : null;
    const rows = Array.isArray(v) ? v : Array.isArray((v as { rows?: unknown })?.rows) ? (v as { rows: unknown[] }).rows : [v];
    for (const r of rows as ({ id?: unknown; billNo?: unknown; jobId?: unknown } | null)[]) {
      if (r && typeof r.id === 'number' && typeof r.billNo === 'string') minted.sale.set(r.id, { gen: generation, billNo: r.billNo });
      if (r && typeof r.jobId === 'number') minted.job.set(r.jobId, { gen: generation, billNo: '' });
    }
    return out;
  };

  const open = (): App | null => {
    if (!copy && fs.existsSync(file)) copy = createApp(file, { ...opts, migrate: true });
    if (copy && !settled) {
      settled = true;
      // A crash between the queue row and the copy's bill: the copy says which it was.
      settleUnrecorded(local.db, (requestId, offlineNo) => {
        const sale = copySale(copy!, offlineNo);
        return sale ? { approvedBy: sale.approved_by } : null;
      });
    }
    return copy;
  };
  const closeCopy = () => {
    copy?.close();
    copy = null;
    settled = false;
    generation++;
  };

  const checkout = async (shop: App, input: unknown, token: string | null | undefined, series: string): Promise<Outcome> => {
    const i = (input ?? {}) as Record<string, unknown>;
    // The offline mark is this counter's to add, never the screen's.
    if ('offline' in i) return refusal('INVALID_INPUT', { issues: [{ path: ['offline'], code: 'unrecognized_keys', message: 'offline' }] });
    const via = { deviceId: OFFLINE_DEVICE, counter: series };
    const requestId = typeof i.requestId === 'string' ? i.requestId : null;
    const prior = requestId ? queuedByRequest(local.db, requestId) : null;
    if (prior) {
      // Asked again (the answer was lost): the copy answers its first result.
      const { no, at } = prior.input.offline as { no: string; at: string };
      return shop.callAny('sales.checkout', { ...i, offline: { no, at } }, token, via);
    }
    const user = shop.sessions.get(token, clock().getTime(), OFFLINE_DEVICE);
    if (!user || !requestId) return shop.callAny('sales.checkout', input, token, via); // its own refusal: login, input
    const now = clock();
    const prefix = stmt<[], { p: string }>(shop.db, 'SELECT bill_prefix AS p FROM shop_settings WHERE id = 1').get()?.p ?? 'HH';
    const no = nextOfflineNo(local.db, prefix, series, shopToday(shop.db, now));
    const mark = { no, at: now.toISOString() };
    const { approval: _pin, ...rest } = i; // a PIN is checked here and never kept in the queue
    enqueue(local.db, requestId, no, { userId: user.id, input: { ...rest, offline: mark } }, now);
    const out = await shop.callAny('sales.checkout', { ...i, offline: mark }, token, via);
    if (out.result.ok) markRecorded(local.db, requestId, copySale(shop, no)?.approved_by ?? null);
    else dropUnrecorded(local.db, requestId);
    return out;
  };

  return {
    call(name, input, token, carried) {
      const l = link();
      const shop = l ? open() : null;
      if (!l || !shop) return null;
      if (!worksOffline(name)) return Promise.resolve(refusal('LINK_DOWN', { offline: true, method: name }));
      const series = `${l.counterCode}${OFFLINE_SUFFIX}`;
      const ref = idIn(name, input);
      if (ref && !isMinted(ref)) return Promise.resolve(refusal('LINK_DOWN', { offline: true, method: name, reason: 'madeOnline' }));
      if (token && carried) shop.sessions.adopt(token, { id: carried.id, name: carried.name, role: carried.role, counter: series }, clock().getTime(), OFFLINE_DEVICE);
      if (name === 'sales.checkout') return checkout(shop, input, token, series).then(mint);
      return shop.callAny(name, input, token, { deviceId: OFFLINE_DEVICE, counter: series }).then(mint);
    },

    madeHere: (name, input) => isMinted(idIn(name, input)),
    madeEarlier: (name, input) => {
      const ref = idIn(name, input);
      const m = mintedRef(ref);
      return m && m.gen !== generation && m.billNo ? { billNo: m.billNo, field: ref!.field } : null;
    },

    async send(headers) {
      const l = link();
      if (!l) return 0;
      open(); // settles what a crash left half-written first
      let sent = 0;
      for (const bill of unsent(local.db)) {
        const r = await lanPost(l, '/lan/offline', bill.body, headers());
        const out = r.body as Outcome;
        if (r.status === 401) throw Object.assign(new Error('revoked'), { code: 'DEVICE_REVOKED' });
        if (!out?.result) throw new Error(`offline send: status ${r.status}`);
        if (!out.result.ok) {
          markRefused(local.db, bill.seq, out.result.error);
          return sent;
        }
        markSent(local.db, bill.seq, clock(), (out.result.value as { billNo: string }).billNo);
        sent++;
      }
      return sent;
    },

    async refresh(headers, maxAgeMs = 0) {
      const l = link();
      if (!l || unsent(local.db).length > 0 || (!isStale(maxAgeMs) && fs.existsSync(file))) return;
      const tmp = `${file}.download`;
      const r = await lanDownload(l, '/lan/snapshot', headers(), tmp);
      if (r.status !== 200) return;
      closeCopy();
      if (!installSnapshot(tmp, file, local.db)) return;
      takenAt = clock().toISOString();
      stmt(local.db, 'UPDATE lan_link SET snapshot_at = ? WHERE id = 1').run(takenAt);
    },

    snapshotAt,
    isStale,
    printerChanged: () => {
      const shop = open();
      if (shop) copyOwnPrinter(local.db, shop.db);
    },
    close: closeCopy,
  };
}

const snapshotAtOf = (local: App): string | null => stmt<[], { s: string | null }>(local.db, 'SELECT snapshot_at AS s FROM lan_link WHERE id = 1').get()?.s ?? null;
/** The copy's bill under this offline number (and who approved it there), if the copy has it. */
const copySale = (shop: App, billNo: string) => stmt<[string], { approved_by: number | null }>(shop.db, 'SELECT approved_by FROM sales WHERE bill_no = ?').get(billNo);
