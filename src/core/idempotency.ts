import { createHash } from 'node:crypto';
import { AppError } from '../shared/errors';
import type { Sale } from '../shared/api/sales';
import { SECRET_KEYS } from './audit';
import type { DB } from './db/open';
import { stmt } from './db/stmt';
import { keepSale, rebuildSale, type SaleRef } from './sales/replay';

/**
 * Methods whose first result is rebuilt from what they wrote instead of kept whole: the record
 * holds `{"$replay": keep(result)}` and a repeat answers `rebuild(db, kept)`, equal to the first
 * result (tests/core/idempotency-replay.test.ts). The others keep their whole result.
 */
const REPLAY: Record<string, { keep: (v: never) => unknown; rebuild: (db: DB, kept: never) => unknown }> = {
  'sales.checkout': { keep: (v: Sale) => keepSale(v), rebuild: (db, k: SaleRef) => rebuildSale(db, k) },
};

/**
 * JSON with every object's keys sorted, so the same request always hashes the same, and every
 * secret-looking field masked as redact() masks it (in the same pass: the text is exactly
 * canonical(redact(v)) of before, so records written before still match their repeats).
 */
export function canonical(v: unknown): string {
  if (Array.isArray(v)) {
    let out = '[';
    for (let i = 0; i < v.length; i++) out += (i ? ',' : '') + canonical(v[i] ?? null);
    return `${out}]`;
  }
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    let out = '{';
    for (const k of Object.keys(o).sort()) {
      const secret = SECRET_KEYS.test(k);
      if (!secret && o[k] === undefined) continue; // redact() made an undefined secret '***', which was kept
      out += `${out.length > 1 ? ',' : ''}${JSON.stringify(k)}:${secret ? '"***"' : canonical(o[k])}`;
    }
    return `${out}}`;
  }
  return JSON.stringify(v ?? null);
}

/**
 * What a repeat must match: the method, who calls, from which paired counter (none on the main
 * counter itself, so its hashes are as they always were), and the parsed input. A request replayed
 * from another device is then a different request under a used id: refused, never answered with
 * the first device's result. A PIN (an approval's) is masked, as in the audit trail: a sha256 over
 * 4-6 digits is reversed by trying them all.
 */
export function requestHash(method: string, userId: number | null, input: unknown, deviceId?: number | null): string {
  return createHash('sha256').update(canonical(deviceId == null ? { method, userId, input } : { method, userId, input, deviceId })).digest('hex');
}

/**
 * The first result of this request id, when it was this same request; a different request (another
 * method, caller or body) under a used id is refused. Rows from before migration 0020 have no hash:
 * they match any repeat of their own method, as every repeat did then.
 */
export function priorResult(db: DB, requestId: string, method: string, hash: string): { value: unknown } | null {
  const prior = stmt<[string], { method: string; result: string; request_hash: string | null }>(db, 'SELECT method, result, request_hash FROM idempotency WHERE request_id = ?').get(requestId);
  if (!prior) return null;
  if (prior.method !== method || (prior.request_hash !== null && prior.request_hash !== hash)) throw new AppError('IDEMPOTENCY_MISMATCH', { requestId });
  const value = JSON.parse(prior.result) as unknown;
  const replay = Object.hasOwn(REPLAY, method) ? REPLAY[method] : undefined;
  if (replay && value && typeof value === 'object' && '$replay' in value) return { value: replay.rebuild(db, (value as { $replay: never }).$replay) };
  return { value };
}

export function recordResult(db: DB, requestId: string, method: string, hash: string, value: unknown, at: Date): void {
  const replay = Object.hasOwn(REPLAY, method) ? REPLAY[method] : undefined;
  const kept = replay && value ? { $replay: replay.keep(value as never) } : (value ?? null);
  stmt(db, 'INSERT INTO idempotency (request_id, method, result, at, request_hash) VALUES (?, ?, ?, ?, ?)').run(requestId, method, JSON.stringify(kept), at.toISOString(), hash);
}
