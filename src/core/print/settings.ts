/** The one printer_settings row (migration 0006): read, write, and turn into a PrinterConfig. */
import { interfaceKind, type PrinterSettings } from '../../shared/api/print';
import { AppError } from '../../shared/errors';
import type { PrinterConfig } from '../../printing/print';
import type { PrinterType } from '../../printing/escpos';
import type { DB } from '../db/open';
import { stmt } from '../db/stmt';

interface Row {
  enabled: number;
  type: PrinterSettings['type'];
  interface: string;
  paper: PrinterSettings['paper'];
  code_page: PrinterSettings['codePage'];
  cut: number;
  cash_drawer: number;
  copies: number;
  connect_timeout_ms: number;
  idle_timeout_ms: number;
  total_timeout_ms: number;
  updated_at: string;
}

export function readPrinter(db: DB): PrinterSettings {
  const r = stmt<[], Row>(db, 'SELECT * FROM printer_settings WHERE id = 1').get();
  if (!r) throw new Error('printer_settings row missing (migration 0006 inserts it)');
  return {
    enabled: r.enabled === 1, type: r.type, interface: r.interface, paper: r.paper, codePage: r.code_page, cut: r.cut === 1,
    cashDrawer: r.cash_drawer === 1, copies: r.copies, connectTimeoutMs: r.connect_timeout_ms, idleTimeoutMs: r.idle_timeout_ms,
    totalTimeoutMs: r.total_timeout_ms, updatedAt: r.updated_at,
  };
}

export function writePrinter(db: DB, s: Omit<PrinterSettings, 'updatedAt'>, at: Date): PrinterSettings {
  stmt(
    db,
    `UPDATE printer_settings SET enabled = @enabled, type = @type, interface = @interface, paper = @paper, code_page = @codePage,
       cut = @cut, cash_drawer = @cashDrawer, copies = @copies, connect_timeout_ms = @connectTimeoutMs,
       idle_timeout_ms = @idleTimeoutMs, total_timeout_ms = @totalTimeoutMs, updated_at = @updatedAt WHERE id = 1`,
  ).run({ ...s, enabled: s.enabled ? 1 : 0, cut: s.cut ? 1 : 0, cashDrawer: s.cashDrawer ? 1 : 0, updatedAt: at.toISOString() });
  return readPrinter(db);
}

/** The printer to print on, or PRINTER_NOT_SET_UP (switched off, or no interface). */
export function requirePrinter(db: DB): PrinterSettings {
  const s = readPrinter(db);
  if (!s.enabled || !s.interface) throw new AppError('PRINTER_NOT_SET_UP', { enabled: s.enabled, hasInterface: s.interface !== '' });
  // A row saved before the rules tightened (or edited by hand) is checked again: never print to a file.
  if (!interfaceKind(s.interface)) throw new AppError('PRINTER_CONFIG_INVALID', { field: 'interface' });
  return s;
}

export function printerConfig(s: PrinterSettings): PrinterConfig {
  return {
    interface: s.interface,
    paper: s.paper,
    type: s.type.toLowerCase() as PrinterType,
    cashDrawer: s.cashDrawer,
    // Brother's driver in node-thermal-printer has no code page table.
    characterSet: s.type === 'BROTHER' ? undefined : s.codePage,
    connectTimeoutMs: s.connectTimeoutMs,
    idleTimeoutMs: s.idleTimeoutMs,
    totalTimeoutMs: s.totalTimeoutMs,
  };
}
