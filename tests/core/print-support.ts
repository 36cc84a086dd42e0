/** Shared by the print tests: a valid printer settings input. */
import type { PrinterSettingsInput } from '../../src/shared/api';

export const goodPrinter = (iface: string, over: Partial<PrinterSettingsInput> = {}): PrinterSettingsInput => ({
  enabled: true, type: 'EPSON', interface: iface, paper: '80mm', codePage: 'PC437_USA', cut: true, cashDrawer: false, copies: 1,
  connectTimeoutMs: 1000, idleTimeoutMs: 2000, totalTimeoutMs: 10_000, ...over,
});
