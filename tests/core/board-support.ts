/** A demo shop on a temp file with a clock the test moves, and short ways to use the members' board. */
import type { Input, MethodName, Output } from '../../src/shared/api';
import type { ApiError } from '../../src/shared/errors';
import { ist } from '../support/clock';
import { demoShop, fileApp } from '../support/db';

export const rid = () => crypto.randomUUID();

export function boardShop(start = ist('2026-11-23')) {
  let clock = start;
  const { app } = fileApp({ clock: () => clock, sessionIdleMs: 1e12 });
  const t = demoShop(app);
  const q = (sql: string, ...a: unknown[]) => app.db.prepare(sql).pluck().get(...a);
  const members = app.db.prepare('SELECT id FROM artisans WHERE active = 1 ORDER BY id').pluck().all() as number[];
  const ownerId = q("SELECT id FROM users WHERE role = 'owner'") as number;

  function call<N extends MethodName>(name: N, input: Input<N>, who: string = t.cashier): { ok: true; value: Output<N> } | { ok: false; error: ApiError } {
    return (app.call(name, input, who) as { result: unknown }).result as never;
  }
  function ok<N extends MethodName>(name: N, input: Input<N>, who: string = t.cashier): Output<N> {
    const r = call(name, input, who);
    if (!r.ok) throw new Error(`${name}: ${JSON.stringify(r.error)}`);
    return r.value;
  }
  /** The code and the field (or first issue's path and message) of a call that must fail. */
  function err<N extends MethodName>(name: N, input: Input<N>, who: string = t.cashier): { code: string; field: unknown; message?: string } {
    const r = call(name, input, who);
    if (r.ok) throw new Error(`${name} succeeded but should not have`);
    const d = r.error.details as { field?: unknown; issues?: { path: unknown; message: string }[] } | undefined;
    return { code: r.error.code, field: d?.field ?? d?.issues?.[0]?.path, message: d?.issues?.[0]?.message };
  }
  const raise = (extra: Partial<Input<'board.raise'>> = {}, who?: string) =>
    ok('board.raise', { requestId: rid(), memberId: members[0]!, kind: 'training', text: 'ढोकरा की ढलाई सीखनी है', ...extra }, who);
  const move = (itemId: number, to: Input<'board.move'>['to'], note = '', who?: string) => ok('board.move', { requestId: rid(), itemId, to, note }, who);
  return {
    app, ...t, q, call, ok, err, raise, move, members, ownerId,
    at: (date: string, time = '11:00') => (clock = ist(date, time)),
    now: () => clock,
  };
}
export type BoardShop = ReturnType<typeof boardShop>;
