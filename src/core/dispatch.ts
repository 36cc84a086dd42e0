import Database from 'better-sqlite3';
import { z } from 'zod';
import type { Contract, IsAsync, MethodSpec, ParsedInputOf, OutputOf, Role, SessionUser } from '../shared/api';
import { ROLES } from '../shared/api';
import { AppError, type ApiError, type ErrorCode, type FieldIssue, type Result } from '../shared/errors';
import { writeAudit } from './audit';
import { CommittedError } from './committed-error';
import { checkPin } from './session/check-pin';
import { priorResult, recordResult, requestHash } from './idempotency';
import type { PrinterSettings } from '../shared/api/print';
import { unknownKeys } from './unknown-keys';
import type { AsyncCtx, Ctx } from './context';
import type { DB } from './db/open';
import type { SessionStore } from './session/store';

export type Handler<S> = IsAsync<S> extends true ? (input: ParsedInputOf<S>, ctx: AsyncCtx) => Promise<OutputOf<S>> : (input: ParsedInputOf<S>, ctx: Ctx) => OutputOf<S>;
export type HandlerMap<C extends Contract> = { [N in keyof C]: Handler<C[N]> };

/** What a transport gets back: the result, and what to do with the caller's session. */
export interface Outcome<T = unknown> {
  result: Result<T>;
  session?: { set: string } | { clear: true };
}

export interface DispatchDeps<C extends Contract> {
  db: DB;
  contract: C;
  handlers: HandlerMap<C>;
  sessions: SessionStore;
  clock?: () => Date;
  log?: (msg: string, err: unknown) => void;
}

const READ_VERBS = /\.(get|page|list|status|current|people|search|find|lookup|report|preview|export|verify|summary)[A-Z]?\w*$/;

/** A method is a read when its verb says so; reads take no write lock and leave no audit row. */
function withoutOfflineMark(input: unknown): unknown {
  if (!input || typeof input !== 'object' || !('offline' in input)) return input;
  const { offline: _mark, ...rest } = input as Record<string, unknown>;
  return rest;
}

export function isRead(name: string): boolean {
  return READ_VERBS.test(name);
}

function allows(access: MethodSpec['access'], user: SessionUser | null): boolean {
  if (access === 'public') return true;
  if (!user) return false;
  if (access === 'user') return true;
  return ROLES.indexOf(user.role) >= ROLES.indexOf(access as Role);
}

export function zodIssues(err: z.ZodError): FieldIssue[] {
  return err.issues.map((i) => {
    const issue: FieldIssue = { path: i.path.map((p) => (typeof p === 'symbol' ? String(p) : p)), code: i.code, message: i.message };
    if ('minimum' in i && (typeof i.minimum === 'number' || typeof i.minimum === 'bigint')) issue.minimum = i.minimum;
    if ('maximum' in i && (typeof i.maximum === 'number' || typeof i.maximum === 'bigint')) issue.maximum = i.maximum;
    return issue;
  });
}

/** Turn anything thrown inside a call into a coded error (an unknown throw is INTERNAL and logged). */
export function toApiError(e: unknown, log?: (msg: string, err: unknown) => void): ApiError {
  if (e instanceof AppError) return { code: e.code, details: e.details };
  if (e instanceof z.ZodError) return { code: 'INVALID_INPUT', details: { issues: zodIssues(e) } };
  if (e instanceof Database.SqliteError) {
    if (e.code === 'SQLITE_BUSY' || e.code === 'SQLITE_LOCKED') return { code: 'DB_BUSY', details: {} };
    if (e.code === 'SQLITE_FULL') return { code: 'DISK_FULL', details: {} };
    if (e.code.startsWith('SQLITE_CONSTRAINT')) return { code: 'CONFLICT', details: { constraint: e.message } };
  }
  log?.('internal error', e);
  return { code: 'INTERNAL', details: {} };
}

export { CommittedError };

/**
 * call(name, input, sessionToken): known method -> authorize -> validate -> one transaction (handler, audit row,
 * idempotency record) -> { ok, value } | { ok: false, error }. On any error nothing is written.
 */
/** A call that came from a paired counter on the LAN: which device, and its counter code. */
/** An answer that refuses, as dispatch gives it: nothing written. */
export const refusal = (code: ErrorCode, details: Record<string, unknown> = {}): Outcome => ({ result: { ok: false, error: { code, details } } });

export interface Via {
  deviceId: number;
  counter: string;
  /** The device's own printer, for a print it will make itself (src/server/lan.ts, /lan/print). */
  printer?: PrinterSettings;
}

export function createDispatch<C extends Contract>(deps: DispatchDeps<C>) {
  const { db, contract, handlers, sessions } = deps;
  const clock = deps.clock ?? (() => new Date());
  // One transaction wrapper for every call: db.transaction(fn) builds four wrappers and defines their properties each time.
  const inTransaction = db.transaction((run: () => unknown) => run()) as { deferred: <T>(run: () => T) => T; immediate: <T>(run: () => T) => T };

  async function callAsync(name: string, spec: MethodSpec, input: unknown, user: SessionUser | null, now: Date, via?: Via): Promise<Outcome> {
    const handler = handlers[name as keyof C] as unknown as (i: unknown, c: AsyncCtx) => Promise<unknown>;
    const ctx: AsyncCtx = {
      db,
      now,
      user,
      read: (fn) => db.transaction(() => fn(db)).deferred(),
      write: (fn, details = {}) =>
        db.transaction(() => {
          const v = fn(db);
          writeAudit(db, now, user?.id ?? null, name, { input, ...details });
          return v;
        }).immediate(),
      ...(via?.printer ? { remotePrinter: via.printer } : {}),
    };
    try {
      return { result: { ok: true, value: (await handler(input, ctx)) ?? null } };
    } catch (e) {
      return { result: { ok: false, error: toApiError(e, deps.log) } };
    }
  }

  /** Check an `approval: {userId, pin}` in its own transaction (a wrong PIN's count is kept). */
  function approve(approval: unknown, need: MethodSpec['access'], now: Date): { approver: SessionUser } | { error: ApiError } {
    const a = z.object({ userId: z.number().int().positive(), pin: z.string().regex(/^[0-9]{4,6}$/) }).safeParse(approval);
    if (!a.success) return { error: { code: 'INVALID_INPUT', details: { issues: zodIssues(a.error).map((i) => ({ ...i, path: ['approval', ...i.path] })) } } };
    let failed: AppError | null = null;
    try {
      const who = db.transaction(() => {
        try {
          return checkPin(db, a.data.userId, a.data.pin, now, 'approval');
        } catch (e) {
          if (e instanceof CommittedError) {
            failed = e;
            return null;
          }
          throw e;
        }
      }).immediate();
      if (failed) return { error: { code: (failed as AppError).code, details: (failed as AppError).details } };
      if (!who || !allows(need, who)) return { error: { code: 'FORBIDDEN', details: { field: ['approval', 'userId'], reason: 'approver', need } } };
      return { approver: who };
    } catch (e) {
      return { error: toApiError(e, deps.log) };
    }
  }

  return function call(name: string, input: unknown, sessionToken?: string | null, via?: Via): Outcome | Promise<Outcome> {
    const spec = Object.hasOwn(contract, name) ? contract[name] : undefined;
    if (!spec) return { result: { ok: false, error: { code: 'UNKNOWN_METHOD', details: { method: String(name).slice(0, 100) } } } };
    const now = clock();
    // Who before what: a caller without the right learns nothing about a method's input.
    const user = sessions.get(sessionToken, now.getTime(), via?.deviceId ?? null);
    let approver: SessionUser | null = null;
    if (!allows(spec.access, user)) {
      const approval = user && input && typeof input === 'object' ? (input as { approval?: unknown }).approval : undefined;
      if (!user || !approval) return { result: { ok: false, error: { code: user ? 'FORBIDDEN' : 'UNAUTHENTICATED', details: { method: name, need: spec.access } } } };
      // A manager's PIN typed at the counter allows this one call, recorded with both people.
      const checked = approve(approval, spec.access, now);
      if ('error' in checked) return { result: { ok: false, error: checked.error } };
      approver = checked.approver;
    }
    const parsed = spec.input.safeParse(input ?? {});
    if (!parsed.success) return { result: { ok: false, error: { code: 'INVALID_INPUT', details: { issues: zodIssues(parsed.error) } } } };
    // A write refuses keys it does not know (a misspelt field would otherwise be dropped unnoticed);
    // reads stay lenient: a stray key there changes nothing. `approval` is dispatch's own (above).
    const read = isRead(name);
    if (!read) {
      const unknown = unknownKeys(input ?? {}, parsed.data).filter((i) => !(i.path.length === 1 && i.path[0] === 'approval'));
      if (unknown.length) return { result: { ok: false, error: { code: 'INVALID_INPUT', details: { issues: unknown } } } };
    }
    if (spec.async) return callAsync(name, spec, parsed.data, user, now, via);

    let session: Outcome['session'];
    let startFor: SessionUser | null = null;
    let end = false;
    const endFor: number[] = [];
    let extra: Record<string, unknown> = {};
    let committedError: AppError | null = null;
    const ctx: Ctx = {
      db,
      now,
      user,
      startSession: (u) => (startFor = u),
      endSession: () => (end = true),
      endSessionsOf: (userId) => endFor.push(userId),
      auditDetails: (d) => (extra = { ...extra, ...d }),
    };
    const handler = handlers[name as keyof C] as unknown as (i: unknown, c: Ctx) => unknown;
    const requestId = spec.idempotent ? (parsed.data as { requestId?: string }).requestId : undefined;
    // A repeat must be the same request: method, caller and input (see idempotency.ts).
    // A bill queued offline is the same request as its first try online (the link dropped after the
    // main counter wrote it): how it travelled (`offline`) is not part of what it is.
    const hash = requestId ? requestHash(name, user?.id ?? null, withoutOfflineMark(parsed.data), via?.deviceId) : '';

    const run = () => {
      if (requestId) {
        const prior = priorResult(db, requestId, name, hash);
        if (prior) return { value: prior.value, repeat: true };
      }
      let value: unknown;
      try {
        value = handler(parsed.data, ctx);
      } catch (e) {
        if (e instanceof CommittedError) {
          committedError = e;
          return { value: undefined, repeat: false };
        }
        throw e;
      }
      if (!read) {
        writeAudit(db, now, (startFor as SessionUser | null)?.id ?? user?.id ?? null, name, { input: parsed.data, ...(approver ? { approvedBy: approver.id } : {}), ...extra });
        if (requestId) recordResult(db, requestId, name, hash, value, now);
      }
      return { value, repeat: false };
    };

    try {
      const out = read ? inTransaction.deferred(run) : inTransaction.immediate(run);
      if (committedError) return { result: { ok: false, error: { code: (committedError as AppError).code, details: (committedError as AppError).details } } };
      if (!out.repeat) {
        for (const id of endFor) sessions.deleteUser(id);
        if (end) {
          sessions.delete(sessionToken);
          session = { clear: true };
        }
        if (startFor) {
          const who: SessionUser = via ? { ...(startFor as SessionUser), counter: via.counter } : startFor;
          session = { set: sessions.create(who, now.getTime(), via?.deviceId ?? null) };
        }
      }
      return session ? { result: { ok: true, value: out.value ?? null }, session } : { result: { ok: true, value: out.value ?? null } };
    } catch (e) {
      return { result: { ok: false, error: toApiError(e, deps.log) } };
    }
  };
}

export type Dispatch = ReturnType<typeof createDispatch>;
