import { createRequire as __hhCreateRequire } from 'node:module'; const require = __hhCreateRequire(import.meta.url);

// src/shared/errors.ts
var ERROR_CODES = [
  "UNKNOWN_METHOD",
  "INVALID_INPUT",
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "NOT_FOUND",
  "CONFLICT",
  "NOT_SET_UP",
  "ALREADY_SET_UP",
  "WRONG_PIN",
  "LOCKED_OUT",
  "DB_BUSY",
  "DISK_FULL",
  "DB_NEWER_THAN_APP",
  "BAD_REQUEST",
  // a request id used before for another request (method, caller or body)
  "IDEMPOTENCY_MISMATCH",
  "INSUFFICIENT_STOCK",
  "PRODUCT_ARCHIVED",
  "COUNT_CLOSED",
  "CSV_ENCODING",
  "CSV_COLUMNS",
  "IMPORT_REJECTED",
  // checkout
  "NOT_FOR_SALE",
  "PRICE_CHANGED",
  "APPROVAL_REQUIRED",
  "PAYMENT_MISMATCH",
  "RETURN_TOO_MANY",
  // payouts
  "ALREADY_PAID",
  "PAYOUT_OVER_BALANCE",
  // backups
  "BACKUP_INVALID",
  "BACKUP_UNVERIFIED",
  // rentals
  "NOT_FOR_RENT",
  "RENTAL_TERMS_MISSING",
  "RENTAL_DATES",
  "RENTAL_UNAVAILABLE",
  "RENTAL_STATUS",
  "RENTAL_RETURN_TOO_MANY",
  "PIECE_NOT_READY",
  // printers (src/printing/errors.ts maps device failures to these)
  "PRINTER_UNREACHABLE",
  "PRINTER_TIMEOUT",
  "PRINTER_DISCONNECTED",
  "PRINTER_OUT_OF_PAPER",
  "PRINTER_DRIVER_MISSING",
  "PRINTER_CONFIG_INVALID",
  "PRINTER_ERROR",
  // printing switched off in Settings, or no printer interface set
  "PRINTER_NOT_SET_UP",
  "INTERNAL"
];
var AppError = class extends Error {
  constructor(code, details = {}) {
    super(code);
    this.code = code;
    this.details = details;
    this.name = "AppError";
  }
  code;
  details;
};

export {
  ERROR_CODES,
  AppError
};
