import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createDispatch, type HandlerMap, type Outcome } from '../../src/core/dispatch';
import { migrate } from '../../src/core/db/migrate';
import { SessionStore } from '../../src/core/session/store';
import { method } from '../../src/shared/api';
import { AppError } from '../../src/shared/errors';
import { tableCounts } from '../support/db';

/** A toy contract exercising every path of dispatch on a real SQLite database. */
const toy = {
  'toy.add': method<{ id: number }>()({ input: z.object({ n: z.number().int().min(1) }), access: 'public' }),
  'toy.addThenFail': method<null>()({ input: z.object({ n: z.number().int() }), access: 'public' }),
  'toy.crash': method<null>()({ input: z.object({}), access: 'public' }),
  'toy.list': method<number[]>()({ input: z.object({}), access: 'public' }),
  'toy.pay': method<{ id: number }>()({ input: z.object({ requestId: z.uuid(), n: z.number().int() }), access: 'public', idempotent: true }),
  'toy.managerOnly': method<string>()({ input: z.object({}), access: 'manager' }),
  'toy.anyone': method<string>()({ input: z.object({}), access: 'user' }),
  'toy.render': method<number>()({ input: z.object({ n: z.number().int(), fail: z.boolean().default(false) }), access: 'user', async: true }),
};

function setup() {
  const db = new Database(':memory:');
  migrate(db);
  db.exec('CREATE TABLE toy (id INTEGER PRIMARY KEY, n INTEGER NOT NULL) STRICT');
  const add = (n: number) => ({ id: Number(db.prepare('INSERT INTO toy (n) VALUES (?)').run(n).lastInsertRowid) });
  const handlers: HandlerMap<typeof toy> = {
    'toy.add': ({ n }) => add(n),
    'toy.addThenFail': ({ n }) => {
      add(n);
      throw new AppError('CONFLICT', { why: 'test' });
    },
    'toy.crash': () => {
      add(1);
      throw new Error('boom');
    },
    'toy.list': () => db.prepare('SELECT n FROM toy').pluck().all() as number[],
    'toy.pay': ({ n }) => add(n),
    'toy.managerOnly': () => 'ok',
    'toy.anyone': () => 'ok',
    'toy.render': async ({ n, fail }, ctx) => {
      const count = ctx.read((d) => d.prepare('SELECT count(*) FROM toy').pluck().get() as number);
      await new Promise((r) => setTimeout(r, 5)); // e.g. rendering a PDF, outside any transaction
      if (fail) throw new AppError('NOT_FOUND', { what: 'thing' });
      ctx.write((d) => d.prepare('INSERT INTO toy (n) VALUES (?)').run(n), { rendered: true });
      return count;
    },
  };
  for (const [id, role] of [[1, 'cashier'], [2, 'manager'], [3, 'owner']] as const) {
    db.prepare("INSERT INTO users (id, uid, name, role, pin_hash, created_at) VALUES (?, ?, ?, ?, 'x', '2026-01-01')").run(id, randomUUID(), role, role);
  }
  const sessions = new SessionStore();
  const logged: unknown[] = [];
  const dispatch = createDispatch({ db, contract: toy, handlers, sessions, log: (_m, e) => logged.push(e) });
  // The toy has no async methods, so every outcome is immediate.
  const call = (name: string, input: unknown, token?: string) => dispatch(name, input, token) as Outcome;
  const callAsync = (name: string, input: unknown, token?: string) => Promise.resolve(dispatch(name, input, token));
  return { db, call, callAsync, sessions, logged };
}

describe('dispatch', () => {
  it('runs a handler and returns { ok, value }, with an audit row for a write', () => {
    const { db, call } = setup();
    expect(call('toy.add', { n: 3 }).result).toEqual({ ok: true, value: { id: 1 } });
    expect(db.prepare('SELECT action FROM audit_log').pluck().all()).toEqual(['toy.add']);
    expect(call('toy.list', {}).result).toEqual({ ok: true, value: [3] });
    expect(db.prepare('SELECT count(*) FROM audit_log').pluck().get()).toBe(1); // reads are not audited
  });

  it('refuses an unknown method, including prototype names', () => {
    const { call } = setup();
    for (const name of ['toy.nope', '__proto__', 'constructor', 'toString', '']) {
      expect(call(name, {}).result).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    }
  });

  it('rejects invalid input with field issues and writes nothing', () => {
    const { db, call } = setup();
    const before = tableCounts(db);
    const r = call('toy.add', { n: 0 }).result;
    expect(r).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', details: { issues: [{ path: ['n'], code: 'too_small' }] } } });
    expect(call('toy.add', 'not an object').result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(tableCounts(db)).toEqual(before);
  });

  it('rolls back everything a failing handler wrote', () => {
    const { db, call, logged } = setup();
    const before = tableCounts(db);
    expect(call('toy.addThenFail', { n: 5 }).result).toEqual({ ok: false, error: { code: 'CONFLICT', details: { why: 'test' } } });
    expect(call('toy.crash', {}).result).toEqual({ ok: false, error: { code: 'INTERNAL', details: {} } });
    expect(tableCounts(db)).toEqual(before);
    expect(logged).toHaveLength(1); // the unexpected one is logged, the coded one is not
  });

  it('records a repeatable call once: a repeat returns the first result and writes nothing', () => {
    const { db, call } = setup();
    const requestId = randomUUID();
    const first = call('toy.pay', { requestId, n: 7 }).result;
    const counts = tableCounts(db);
    const again = call('toy.pay', { requestId, n: 7 }).result;
    expect(again).toEqual(first);
    expect(tableCounts(db)).toEqual(counts);
    expect(db.prepare('SELECT count(*) FROM toy').pluck().get()).toBe(1);
    expect(call('toy.pay', { n: 7 }).result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('enforces access in the core: no session, wrong role, right role', () => {
    const { call, sessions } = setup();
    expect(call('toy.anyone', {}).result).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    const cashier = sessions.create({ id: 1, name: 'c', role: 'cashier' }, Date.now());
    const manager = sessions.create({ id: 2, name: 'm', role: 'manager' }, Date.now());
    const owner = sessions.create({ id: 3, name: 'o', role: 'owner' }, Date.now());
    expect(call('toy.anyone', {}, cashier).result).toEqual({ ok: true, value: 'ok' });
    expect(call('toy.managerOnly', {}, cashier).result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(call('toy.managerOnly', {}, manager).result).toEqual({ ok: true, value: 'ok' });
    expect(call('toy.managerOnly', {}, owner).result).toEqual({ ok: true, value: 'ok' });
    expect(call('toy.managerOnly', {}, 'forged-token').result).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  });

  it('keeps the audit trail append-only at the database level', () => {
    const { db, call } = setup();
    call('toy.add', { n: 1 });
    expect(() => db.prepare("UPDATE audit_log SET action = 'x'").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
  });

  it('runs an async method outside the transaction, with its own audited writes and coded errors', async () => {
    const { db, callAsync, sessions } = setup();
    const token = sessions.create({ id: 1, name: 'c', role: 'cashier' }, Date.now());
    const pending = callAsync('toy.render', { n: 9 }, token);
    expect(await pending).toEqual({ result: { ok: true, value: 0 } });
    expect(db.prepare("SELECT details FROM audit_log WHERE action = 'toy.render'").pluck().get()).toBe('{"input":{"n":9,"fail":false},"rendered":true}');
    const before = tableCounts(db);
    expect((await callAsync('toy.render', { n: 1, fail: true }, token)).result).toEqual({ ok: false, error: { code: 'NOT_FOUND', details: { what: 'thing' } } });
    expect((await callAsync('toy.render', { n: 'x' }, token)).result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect((await callAsync('toy.render', { n: 1 })).result).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect(tableCounts(db)).toEqual(before);
  });
});
