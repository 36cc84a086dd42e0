/**
 * A write refuses keys it does not know (zod would strip them: a misspelt 'qtyMili' would be
 * dropped and the sale recorded with the default), naming the key, writing nothing. Reads stay
 * lenient: a stray key there changes nothing and old clients keep working.
 */
import { describe, expect, it } from 'vitest';
import { en } from '../../renderer/src/i18n/en';
import { hi } from '../../renderer/src/i18n/hi';
import { isRead } from '../../src/core/dispatch';
import { unknownKeys } from '../../src/core/unknown-keys';
import { contract, METHOD_NAMES } from '../../src/shared/api';
import { dbFingerprint } from '../support/db';
import { sample } from '../support/schema-walk';
import { ok, refused, shop } from './stock-support';

const rid = () => crypto.randomUUID();

describe('unknown keys', () => {
  it('are found at any depth, in arrays too; defaults and known keys are not', () => {
    expect(unknownKeys({ a: 1, b: { c: 2, d: 3 }, l: [{ q: 1, qtyMili: 5 }] }, { a: 1, b: { c: 2 }, l: [{ q: 1 }], added: true })).toEqual([
      { path: ['b', 'd'], code: 'unrecognized_keys', message: 'unknown_key' },
      { path: ['l', 0, 'qtyMili'], code: 'unrecognized_keys', message: 'unknown_key' },
    ]);
    expect(unknownKeys({ a: 1 }, { a: 1, withDefault: [] })).toEqual([]);
  });

  it('a checkout with a misspelt line field is refused naming it, and nothing is written', () => {
    const { app, cashier } = shop();
    const p = app.db.prepare("SELECT id, price_paise FROM products WHERE sku = 'DHOK-001'").get() as { id: number; price_paise: number };
    const err = refused(app, 'sales.checkout', { requestId: rid(), lines: [{ productId: p.id, qtyMilli: 1000, qtyMili: 3000, expectedPricePaise: p.price_paise }], payments: [{ method: 'cash', amountPaise: p.price_paise }] }, cashier);
    expect(err).toEqual({ code: 'INVALID_INPUT', details: { issues: [{ path: ['lines', 0, 'qtyMili'], code: 'unrecognized_keys', message: 'unknown_key' }] } });
    expect(en.issues.unknown_key).toBeTruthy();
    expect(hi.issues.unknown_key).toBeTruthy();
  });

  it("a manager's approval beside a write is dispatch's own key, not an unknown one", () => {
    const { app, cashier } = shop();
    const owner = app.db.prepare("SELECT id FROM users WHERE role = 'owner'").pluck().get() as number;
    const c = (ok(app.call('crafts.list', {}, cashier).result) as { id: number; nameHi: string; nameEn: string }[])[0]!;
    const input = { id: c.id, nameHi: c.nameHi, nameEn: `${c.nameEn} art` };
    expect(app.call('crafts.update', input, cashier).result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const r = app.call('crafts.update', { ...input, approval: { userId: owner, pin: '1234' } } as never, cashier).result;
    expect(r).toMatchObject({ ok: true, value: { nameEn: `${c.nameEn} art` } });
  });

  it('reads stay lenient: a stray key is ignored', () => {
    const { app, cashier } = shop();
    expect(app.call('catalog.search', { q: 'ढोकरा', stray: 1 } as never, cashier).result).toMatchObject({ ok: true });
  });

  it('every write method of the contract refuses an unknown top-level key, writing nothing (generated from the contract)', async () => {
    const { app, owner } = shop();
    for (const name of METHOD_NAMES.filter((n) => !isRead(n))) {
      const spec = contract[name];
      const base = sample(spec.input) as Record<string, unknown>;
      const before = dbFingerprint(app.db);
      const r = await app.callAny(name, { ...base, zzUnknownKey: 1 }, owner);
      expect(r.result.ok, name).toBe(false);
      if (spec.input.safeParse(base).success) {
        // the input was otherwise good: the unknown key is what is refused
        expect(r.result, name).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', details: { issues: [{ path: ['zzUnknownKey'], message: 'unknown_key' }] } } });
      }
      expect(dbFingerprint(app.db), name).toBe(before);
    }
  });
});
