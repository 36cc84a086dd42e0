/** A demo shop on a temp file with a clock the test moves, and short ways to rent from it. */
import type { App } from '../../src/core/app';
import type { Input, MethodName, Output } from '../../src/shared/api';
import type { ApiError } from '../../src/shared/errors';
import { ist } from '../support/clock';
import { demoShop, fileApp } from '../support/db';

export const rid = () => crypto.randomUUID();
export const CUSTOMER = { name: 'प्रिया शर्मा', phone: '9826011223', idNote: '', address: '' };
export { ist };

export function rentalShop(start = ist('2026-11-23')) {
  let clock = start;
  // The clock jumps days ahead: keep the logins alive across the jumps.
  const { app } = fileApp({ clock: () => clock, sessionIdleMs: 1e12 });
  const t = demoShop(app);
  const ownerId = app.db.prepare("SELECT id FROM users WHERE role = 'owner'").pluck().get() as number;
  const product = (sku: string) => app.db.prepare('SELECT id FROM products WHERE sku = ?').pluck().get(sku) as number;
  const pieceIds = (sku: string) => app.db.prepare('SELECT c.id FROM rental_pieces c JOIN products p ON p.id = c.product_id WHERE p.sku = ? ORDER BY c.id').pluck().all(sku) as number[];
  const pieceStatus = (id: number) => app.db.prepare('SELECT status FROM rental_pieces WHERE id = ?').pluck().get(id) as string;
  const onHand = (sku: string) => ((app.db.prepare('SELECT qty_milli FROM stock_on_hand WHERE product_id = ?').pluck().get(product(sku)) as number | undefined) ?? 0) / 1000;
  const q = (sql: string, ...a: unknown[]) => app.db.prepare(sql).pluck().get(...a);

  /** The result of a call (as the cashier unless told), ok or the error. */
  function call<N extends MethodName>(name: N, input: Input<N>, who: string = t.cashier): { ok: true; value: Output<N> } | { ok: false; error: ApiError } {
    // Rental calls are synchronous (only printing is async).
    return (app.call(name, input, who) as { result: unknown }).result as never;
  }
  /** The value of a call that must succeed. */
  function ok<N extends MethodName>(name: N, input: Input<N>, who: string = t.cashier): Output<N> {
    const r = call(name, input, who);
    if (!r.ok) throw new Error(`${name}: ${JSON.stringify(r.error)}`);
    return r.value;
  }
  /** The error code and field of a call that must fail. */
  function err<N extends MethodName>(name: N, input: Input<N>, who: string = t.cashier): [string, unknown] {
    const r = call(name, input, who);
    if (r.ok) throw new Error(`${name} succeeded but should not have`);
    const d = r.error.details as { field?: unknown; issues?: { path: unknown; message: string }[] } | undefined;
    return [r.error.code, d?.field ?? d?.issues?.[0]?.path];
  }

  // The rental tests written before #19 price by the event package, as the shop did then: their
  // lines ask for it; the cheaper rule (the counter's default now) is tested in rent-rule.test.ts.
  type Line = { sku: string; qty?: number; pieceIds?: number[]; rentRule?: 'cheaper' | 'event' };
  const lines = (ls: Line[]) => ls.map((l) => ({ productId: product(l.sku), qty: l.qty ?? 1, ...(l.pieceIds ? { pieceIds: l.pieceIds } : {}), rentRule: l.rentRule ?? ('event' as const) }));
  const bookInput = (ls: Line[], fromDate: string, dueDate: string, extra: Partial<Input<'rentals.book'>> = {}): Input<'rentals.book'> => ({
    requestId: rid(), customer: CUSTOMER, fromDate, dueDate, lines: lines(ls), ...extra,
  });
  const book = (ls: Line[], fromDate: string, dueDate: string, extra: Partial<Input<'rentals.book'>> = {}) => ok('rentals.book', bookInput(ls, fromDate, dueDate, extra));
  /** Pick up paying exactly what is due, in cash. */
  const pickUp = (rentalId: number, extra: Partial<Input<'rentals.pickUp'>> = {}) => {
    const r = ok('rentals.get', { id: rentalId });
    const due = r.rentPaise + r.depositPaise - r.advancePaise;
    return ok('rentals.pickUp', { requestId: rid(), rentalId, payments: due > 0 ? [{ method: 'cash', amountPaise: due }] : [], ...extra });
  };
  const walkIn = (ls: Line[], dueDate: string, pay?: number) => {
    const quote = ok('rentals.previewQuote', { fromDate: businessToday(), dueDate, lines: lines(ls) });
    const amount = pay ?? quote.totalPaise;
    return ok('rentals.walkIn', { requestId: rid(), customer: CUSTOMER, dueDate, lines: lines(ls), payments: amount > 0 ? [{ method: 'upi', amountPaise: amount, ref: 'UPI1' }] : [] });
  };
  const businessToday = () => ok('rentals.list', { view: 'all', limit: 1 }).today;
  const balance = (id: number) => ok('rentals.get', { id }).balancePaise;
  const drawer = () => q('SELECT COALESCE(sum(amount_paise), 0) FROM cash_movements') as number;
  return {
    app: app as App, ...t, ownerId, product, pieceIds, pieceStatus, onHand, q, call, ok, err, lines, bookInput, book, pickUp, walkIn, businessToday, balance, drawer,
    setClock: (d: Date) => (clock = d),
    at: (date: string, time = '11:00') => (clock = ist(date, time)),
  };
}
export type RentalShop = ReturnType<typeof rentalShop>;

/** Everything back at once, settled whichever way it goes; the check-in's return. */
export function returnAll(s: RentalShop, rentalId: number) {
  const r = s.ok('rentals.get', { id: rentalId });
  const lines = r.lines.map((l) => ({ lineId: l.lineId, qty: l.qty - l.returnedQty - l.missingQty }));
  const first = s.call('rentals.checkIn', { requestId: rid(), rentalId, lines, refundMethod: 'cash' });
  if (first.ok) return first.value.returns.at(-1)!;
  const { totalPaise } = first.error.details as { totalPaise: number };
  return s.ok('rentals.checkIn', { requestId: rid(), rentalId, lines, payments: [{ method: 'cash', amountPaise: totalPaise }] }).returns.at(-1)!;
}
