import { expect } from 'vitest';
import type { App } from '../../src/core/app';
import { createApp } from '../../src/core/app';
import { recordMovement } from '../../src/core/stock/ledger';
import type { Result } from '../../src/shared/errors';
import type { Outcome } from '../../src/core/dispatch';
import { dbFingerprint, demoShop } from '../support/db';

/** A demo shop in memory with an owner (manager rights) and a cashier. */
export function shop() {
  const app = createApp(':memory:');
  return { app, ...demoShop(app) };
}

/** The value of an ok result, or fail the test showing the error. */
export function ok<T>(r: Result<T>): T {
  if (!r.ok) expect.fail(`expected ok, got ${JSON.stringify(r.error)}`);
  return r.value;
}

/** Call, expect a coded error, and check that nothing at all was written. */
export function refused(app: App, name: string, input: unknown, token: string) {
  const before = dbFingerprint(app.db);
  // Every method these tests refuse is synchronous: its outcome is there at once.
  const r = (app.call as (n: string, i: unknown, t: string) => Outcome)(name, input, token).result;
  if (r.ok) expect.fail(`${name} should have been refused`);
  expect(dbFingerprint(app.db)).toBe(before);
  return r.error;
}

export const onHand = (app: App, productId: number): number =>
  (app.db.prepare('SELECT qty_milli FROM stock_on_hand WHERE product_id = ?').pluck().get(productId) as number | undefined) ?? 0;

export const ledgerSum = (app: App, productId: number): number =>
  app.db.prepare('SELECT COALESCE(sum(qty_milli), 0) FROM stock_movements WHERE product_id = ?').pluck().get(productId) as number;

/** Cache rows that disagree with the ledger (should always be none). */
export const cacheMismatches = (app: App) =>
  app.db
    .prepare(`SELECT p.id FROM products p LEFT JOIN stock_on_hand s ON s.product_id = p.id
               WHERE COALESCE(s.qty_milli, 0) <> (SELECT COALESCE(sum(qty_milli), 0) FROM stock_movements m WHERE m.product_id = p.id)`)
    .all();

/** A sale as checkout will record it (checkout is not built yet): one transaction through the ledger. */
export function sell(app: App, productId: number, qtyMilli: number, userId = 1): void {
  app.db.transaction(() => recordMovement(app.db, { productId, qtyMilli: -qtyMilli, kind: 'sale', userId, at: new Date() /* the test clock: tests/setup/clock.ts */, refType: 'test' })).immediate();
}

export const productBySku = (app: App, sku: string): number => app.db.prepare('SELECT id FROM products WHERE sku = ?').pluck().get(sku) as number;
