import fs from 'node:fs';
import path from 'node:path';
import { redact } from './audit';

export interface Logger {
  (msg: string, detail?: unknown): void;
  file: string;
}

function describe(detail: unknown): string {
  if (detail instanceof Error) return `${detail.name}: ${detail.message}${detail.stack ? `\n${detail.stack}` : ''}`;
  if (detail === undefined) return '';
  try {
    return JSON.stringify(redact(detail));
  } catch {
    return String(detail);
  }
}

/**
 * The app's log: one line per event in `dir`/hamar-hatri.log, rotated by size (.1 newest ...
 * .keep oldest), with secret-looking fields masked like the audit trail, so no PIN or token is
 * ever written to disk. Also echoed to stderr for whoever started the app.
 */
export function createLogger(dir: string, opts: { maxBytes?: number; keep?: number; echo?: boolean } = {}): Logger {
  const maxBytes = opts.maxBytes ?? 1024 * 1024;
  const keep = opts.keep ?? 5;
  try {
    fs.mkdirSync(dir, { recursive: true });
  } catch {
    // no log folder (a read-only disk): the lines still go to stderr below
  }
  const file = path.join(dir, 'hamar-hatri.log');
  const rotate = () => {
    for (let i = keep - 1; i >= 1; i--) if (fs.existsSync(`${file}.${i}`)) fs.renameSync(`${file}.${i}`, `${file}.${i + 1}`);
    fs.renameSync(file, `${file}.1`);
  };
  const log = ((msg: string, detail?: unknown) => {
    const line = `${new Date().toISOString()} ${msg}${detail === undefined ? '' : ` ${describe(detail)}`}\n`;
    try {
      if (fs.existsSync(file) && fs.statSync(file).size + line.length > maxBytes) rotate();
      fs.appendFileSync(file, line);
    } catch {
      // a log that cannot be written must never stop the counter
    }
    if (opts.echo !== false) process.stderr.write(line);
  }) as Logger;
  log.file = file;
  return log;
}
