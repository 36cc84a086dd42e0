/**
 * Every failure the core reports has one of these codes; the renderer translates each into
 * Hindi and English (renderer/i18n, checked by a test), `details` carries what it needs.
 */
export const ERROR_CODES = [
  'UNKNOWN_METHOD',
  'INVALID_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'NOT_SET_UP',
  'ALREADY_SET_UP',
  'WRONG_PIN',
  'LOCKED_OUT',
  'DB_BUSY',
  'DISK_FULL',
  'DB_NEWER_THAN_APP',
  'BAD_REQUEST',
  // a request id used before for another request (method, caller or body)
  'IDEMPOTENCY_MISMATCH',
  'INSUFFICIENT_STOCK',
  'PRODUCT_ARCHIVED',
  'COUNT_CLOSED',
  'CSV_ENCODING',
  'CSV_COLUMNS',
  'IMPORT_REJECTED',
  // checkout
  'NOT_FOR_SALE',
  'PRICE_CHANGED',
  'APPROVAL_REQUIRED',
  'PAYMENT_MISMATCH',
  'RETURN_TOO_MANY',
  // payouts
  'ALREADY_PAID',
  'PAYOUT_OVER_BALANCE',
  // backups
  'BACKUP_INVALID',
  'BACKUP_UNVERIFIED',
  // rentals
  'NOT_FOR_RENT',
  'RENTAL_TERMS_MISSING',
  'RENTAL_DATES',
  'RENTAL_UNAVAILABLE',
  'RENTAL_STATUS',
  'RENTAL_RETURN_TOO_MANY',
  'PIECE_NOT_READY',
  // members' board: a member (artisan) or staff member not known (or no longer active); a move BOARD_MOVES forbids
  'UNKNOWN_MEMBER',
  'UNKNOWN_STAFF',
  'BOARD_MOVE',
  // custom orders
  'ORDER_STATUS',
  'ORDER_DUE_PAST',
  'ORDER_ADVANCE_OVER_PRICE',
  'ORDER_SHARE_OVER',
  'ORDER_DELIVERY_TOO_MANY',
  // the day close: a difference above the owner's limit without a note; cash moved on a day not opened
  'CLOSE_NOTE_REQUIRED',
  'DAY_NOT_OPEN',
  // reports for a date range: the end before the start, over 5 years, or still to come
  'REPORT_RANGE_ORDER',
  'REPORT_RANGE_TOO_LONG',
  'REPORT_RANGE_FUTURE',
  // printers (src/printing/errors.ts maps device failures to these)
  'PRINTER_UNREACHABLE',
  'PRINTER_TIMEOUT',
  'PRINTER_DISCONNECTED',
  'PRINTER_OUT_OF_PAPER',
  'PRINTER_DRIVER_MISSING',
  'PRINTER_CONFIG_INVALID',
  'PRINTER_ERROR',
  // printing switched off in Settings, or no printer interface set
  'PRINTER_NOT_SET_UP',
  // a second counter on the LAN
  'PAIRING_CODE_WRONG',
  'PAIRING_LOCKED',
  'FOREIGN_CERTIFICATE',
  'DEVICE_REVOKED',
  'LINK_DOWN',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** One problem with one input field; `path` names the field, `code` says what is wrong. */
export interface FieldIssue {
  path: (string | number)[];
  code: string;
  message: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
}

export interface ApiError {
  code: ErrorCode;
  details?: Record<string, unknown> & { issues?: FieldIssue[] };
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** Thrown inside the core; dispatch turns it into `{ ok: false, error }` after rolling back. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly details: ApiError['details'] = {},
  ) {
    super(code);
    this.name = 'AppError';
  }
}
