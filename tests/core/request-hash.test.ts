import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maskSecrets, redact } from '../../src/core/audit';
import { canonical, requestHash } from '../../src/core/idempotency';

/**
 * The request hash and the audit row's JSON were made from a masked copy of the input
 * (redact(), then canonical JSON / JSON.stringify); now they mask in the same pass (#17). The text
 * must be exactly what it was, or a repeat of a sale made before the change would not match its record.
 */
function canonicalBefore(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map((x) => canonicalBefore(x ?? null)).join(',')}]`;
  if (v && typeof v === 'object') {
    const entries = Object.entries(v as Record<string, unknown>).filter(([, x]) => x !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, x]) => `${JSON.stringify(k)}:${canonicalBefore(x)}`).join(',')}}`;
  }
  return JSON.stringify(v ?? null);
}

// Keys that are secrets (pin, newPin, sessionToken...) and keys that only look close (failedPins, pinned).
const key = fc.oneof(fc.constantFrom('pin', 'newPin', 'PIN', 'sessionToken', 'password', 'hash', 'failedPins', 'pinned', 'qtyMilli', 'ç', 'ढोकरा', 'b', 'a', 'B', '10', '2'), fc.string({ maxLength: 6 }));
const leaf = fc.oneof(fc.integer(), fc.double({ noNaN: false }), fc.string({ maxLength: 8 }), fc.boolean(), fc.constant(null), fc.constant(undefined));
const value = fc.letrec((tie) => ({
  v: fc.oneof({ depthSize: 'small' }, leaf, fc.array(tie('v'), { maxLength: 4 }), fc.dictionary(key, tie('v'), { maxKeys: 5 })),
})).v;

describe('masking in the same pass', () => {
  it('canonical(v) is canonical(redact(v)) of before (property)', () => {
    fc.assert(fc.property(value, (v) => { expect(canonical(v)).toBe(canonicalBefore(redact(v))); }), { numRuns: 2000 });
  });

  it('JSON.stringify(v, maskSecrets) is JSON.stringify(redact(v)) (property)', () => {
    fc.assert(fc.property(fc.dictionary(key, value, { maxKeys: 6 }), (v) => { expect(JSON.stringify(v, maskSecrets)).toBe(JSON.stringify(redact(v))); }), { numRuns: 2000 });
  });

  it('an approval PIN never changes the hash, and an undefined secret still counts as masked', () => {
    const input = { requestId: 'r1', lines: [{ productId: 1, qtyMilli: 1000 }], approval: { userId: 2, pin: '1234' } };
    expect(requestHash('sales.checkout', 3, input)).toBe(requestHash('sales.checkout', 3, { ...input, approval: { userId: 2, pin: '9999' } }));
    expect(canonical({ pin: undefined, a: undefined })).toBe('{"pin":"***"}');
    // the hash of a known request, as the code before #17 made it (a kept record must still match)
    expect(requestHash('sales.checkout', 3, input)).toBe('e7cf40b8970fe08e6035d04713c6da20b81cd1a367cc0b0c0d67fefdda783075');
  });
});
