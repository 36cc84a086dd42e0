import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { handlers } from '../../src/core/handlers';
import { isRead } from '../../src/core/dispatch';
import { contract, METHOD_NAMES } from '../../src/shared/api';
import { ERROR_CODES } from '../../src/shared/errors';
import { en } from '../../renderer/src/i18n/en';
import { hi } from '../../renderer/src/i18n/hi';
import { createApp } from '../../src/core/app';
import { dbFingerprint, demoShop } from '../support/db';

describe('the API contract', () => {
  it('has exactly one handler per method, named capability.verb', () => {
    expect(Object.keys(handlers).sort()).toEqual([...METHOD_NAMES].sort());
    for (const name of METHOD_NAMES) expect(name).toMatch(/^[a-z]+\.[a-z][A-Za-z]*$/);
  });

  it('declares who may call each method', () => {
    for (const name of METHOD_NAMES) expect(['public', 'user', 'cashier', 'manager', 'owner']).toContain(contract[name].access);
  });

  it('every error code has Hindi and English text', () => {
    for (const code of ERROR_CODES) {
      expect(en.errors[code], code).toBeTruthy();
      expect(hi.errors[code], code).toBeTruthy();
    }
  });

  it('bad input to any method is refused with a translated code and writes nothing (fuzz)', async () => {
    const app = createApp(':memory:');
    const { owner } = demoShop(app);
    const junk = fc.oneof(
      fc.anything(),
      fc.record({ shopName: fc.anything(), pin: fc.anything(), userId: fc.anything(), language: fc.anything(), limit: fc.anything(), offset: fc.anything() }, { requiredKeys: [] }),
    );
    await fc.assert(
      // logout would end the fuzzer's own session; it takes no input anyway
      fc.asyncProperty(fc.constantFrom(...METHOD_NAMES.filter((n) => n !== 'session.logout')), junk, async (name, input) => {
        const before = dbFingerprint(app.db);
        const r = (await app.callAny(name, input, owner)).result;
        if (!r.ok) {
          expect(ERROR_CODES).toContain(r.error.code);
          expect(en.errors[r.error.code]).toBeTruthy();
          expect(hi.errors[r.error.code]).toBeTruthy();
          expect(r.error.code).not.toBe('INTERNAL');
        }
        // Junk that happens to be valid input may write; a wrong PIN is counted on purpose.
        if (r.ok && !isRead(name)) return;
        if (!r.ok && (r.error.code === 'WRONG_PIN' || r.error.code === 'LOCKED_OUT')) return;
        expect(dbFingerprint(app.db)).toBe(before);
      }),
      { numRuns: 300 },
    );
  });
});
