import { uuidv7 } from './uuid';
import type { DB } from './db/open';
import { stmt } from './db/stmt';

// A field named like a secret (pin, newPin, password, sessionToken) is masked; counts like failedPins are not.
export const SECRET_KEYS = /(pin|password|token|secret|hash)$/i;

/** Copy of `value` with every secret-looking field replaced, so no PIN ever reaches the audit log. */
export function redact(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redact);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, SECRET_KEYS.test(k) ? '***' : redact(v)]),
    );
  }
  return value;
}

/** JSON.stringify's replacer doing what redact() does, without copying the value first (one pass, #17). */
export const maskSecrets = (key: string, value: unknown): unknown => (SECRET_KEYS.test(key) ? '***' : value);

/** Append one row to the audit trail (inside the caller's transaction). */
export function writeAudit(db: DB, at: Date, userId: number | null, action: string, details: Record<string, unknown>): void {
  stmt(db, 'INSERT INTO audit_log (uid, at, user_id, action, details) VALUES (?, ?, ?, ?, ?)').run(
    uuidv7(),
    at.toISOString(),
    userId,
    action,
    JSON.stringify(details, maskSecrets),
  );
}
