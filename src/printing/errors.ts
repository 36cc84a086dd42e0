/**
 * Printer failures, each with a code the renderer translates. A failed print never rolls back
 * the sale: callers record the job as failed and offer a reprint.
 */
import { ERROR_CODES, type ErrorCode } from '../shared/errors';

/** The printer codes are part of the app's one error list (src/shared/errors.ts), translated there. */
export type PrintErrorCode = Extract<ErrorCode, `PRINTER_${string}`>;
export const PRINT_ERROR_CODES = ERROR_CODES.filter((c): c is PrintErrorCode => c.startsWith('PRINTER_'));

export class PrintError extends Error {
  constructor(
    readonly code: PrintErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(`${code}: ${message}`);
    this.name = 'PrintError';
  }
}

const UNREACHABLE = new Set(['ECONNREFUSED', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN', 'ENOENT', 'ENODEV', 'ENXIO', 'EACCES', 'EPERM', 'EBUSY']);
const DROPPED = new Set(['ECONNRESET', 'EPIPE', 'ECONNABORTED', 'EIO']);

/** Map a Node system error to a print error code. */
export function fromSystemError(err: unknown, connected: boolean): PrintError {
  if (err instanceof PrintError) return err;
  const e = err as NodeJS.ErrnoException;
  const sys = typeof e?.code === 'string' ? e.code : undefined;
  const msg = e?.message ?? String(err);
  if (sys && UNREACHABLE.has(sys) && !connected) return new PrintError('PRINTER_UNREACHABLE', msg, { sys });
  if (sys && DROPPED.has(sys)) return new PrintError('PRINTER_DISCONNECTED', msg, { sys });
  if (sys === 'ETIMEDOUT') return new PrintError(connected ? 'PRINTER_TIMEOUT' : 'PRINTER_UNREACHABLE', msg, { sys });
  return new PrintError('PRINTER_ERROR', msg, sys ? { sys } : {});
}
