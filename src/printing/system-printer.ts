import type { Paper } from './document';

/**
 * A named system printer ('printer:NAME') printed through the operating system's spooler. The
 * desktop app registers Electron's silent printing here at start; under plain Node nothing is
 * registered and such a printer needs node-thermal-printer's optional driver module instead.
 */
export type SystemPrinter = (png: Buffer, deviceName: string, paper: Paper) => Promise<void>;

let current: SystemPrinter | null = null;

export function setSystemPrinter(fn: SystemPrinter | null): void {
  current = fn;
}

export function systemPrinter(): SystemPrinter | null {
  return current;
}
