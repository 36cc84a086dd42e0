/**
 * Getting bytes to a printer, always within a bounded time and with a coded error.
 *   'tcp://host:port'  network printer (port 9100 by default)
 *   '/dev/usb/lp0', '/dev/ttyUSB0', 'COM3', '\\\\host\\share'   a device or share written as a file
 *   'printer:NAME'     a Windows/CUPS system printer via the optional `printer` driver module
 *                      (not installed; pass its module as `driver`), through node-thermal-printer.
 * For TCP we don't use node-thermal-printer's own socket: it resolves as soon as the bytes
 * reach the kernel, then destroys the socket, and only has an idle timeout. Here writes go in
 * chunks with an idle deadline (a printer that stops reading fails fast) and an overall one.
 */
import fs from 'node:fs';
import net from 'node:net';
import { open } from 'node:fs/promises';
import path from 'node:path';
import { fromSystemError, PrintError } from './errors';

export interface SendOptions {
  /** No progress for this long fails the job: PRINTER_TIMEOUT. */
  idleTimeoutMs?: number;
  /** The whole job, however slowly it progresses. */
  totalTimeoutMs?: number;
  connectTimeoutMs?: number;
  /** Ask the printer for its paper sensor first (DLE EOT 4); a silent printer is not an error. */
  checkPaper?: boolean;
  statusTimeoutMs?: number;
  /** The system printer driver module for 'printer:NAME' targets. */
  driver?: object;
}

export const DEFAULTS = { idleTimeoutMs: 5000, totalTimeoutMs: 60_000, connectTimeoutMs: 3000, statusTimeoutMs: 400 };
const CHUNK = 4096;

export type Target = { kind: 'tcp'; host: string; port: number } | { kind: 'system'; name: string } | { kind: 'device'; path: string };

export function parseTarget(iface: string): Target {
  const tcp = /^tcp:\/\/([^/:]+|\[[0-9a-f:]+\])(?::(\d+))?\/?$/i.exec(iface);
  if (tcp) return { kind: 'tcp', host: (tcp[1] as string).replace(/^\[|\]$/g, ''), port: tcp[2] ? Number(tcp[2]) : 9100 };
  const sys = /^printer:(.+)$/i.exec(iface);
  if (sys) return { kind: 'system', name: sys[1] as string };
  if (!iface.trim()) throw new PrintError('PRINTER_CONFIG_INVALID', 'no printer interface configured');
  return { kind: 'device', path: iface };
}

export async function send(iface: string, data: Buffer, o: SendOptions = {}): Promise<void> {
  const t = parseTarget(iface);
  if (t.kind === 'tcp') return sendTcp(t.host, t.port, data, o);
  if (t.kind === 'device') return sendDevice(t.path, data, o);
  return sendSystem(t.name, data, o);
}

/** DLE EOT 4: paper roll sensor status. Bits 5 and 6 set: paper end. */
export const PAPER_STATUS_QUERY = Buffer.from([0x10, 0x04, 0x04]);
const PAPER_END = 0x60;

export function sendTcp(host: string, port: number, data: Buffer, o: SendOptions = {}): Promise<void> {
  const opt = { ...DEFAULTS, ...o };
  return new Promise<void>((resolve, reject) => {
    let connected = false;
    let done = false;
    let idle: NodeJS.Timeout | undefined;
    const socket = net.connect({ host, port });
    const total = setTimeout(() => fail(new PrintError('PRINTER_TIMEOUT', `job not finished in ${opt.totalTimeoutMs} ms`, { host, port, phase: 'total' })), opt.totalTimeoutMs);
    const kick = (phase: string) => {
      clearTimeout(idle);
      const ms = phase === 'connect' ? opt.connectTimeoutMs : opt.idleTimeoutMs;
      idle = setTimeout(() => {
        const code = phase === 'connect' ? 'PRINTER_UNREACHABLE' : 'PRINTER_TIMEOUT';
        fail(new PrintError(code, `no ${phase} progress in ${ms} ms`, { host, port, phase, bytesWritten: socket.bytesWritten }));
      }, ms);
    };
    function finish(err?: PrintError) {
      if (done) return;
      done = true;
      clearTimeout(idle);
      clearTimeout(total);
      if (err) {
        socket.destroy();
        reject(err);
      } else {
        resolve();
      }
    }
    const fail = (e: PrintError) => finish(e);
    socket.on('error', (e) => fail(fromSystemError(e, connected)));
    socket.on('close', () => {
      if (!done) fail(new PrintError('PRINTER_DISCONNECTED', 'printer closed the connection before the job was sent', { host, port, bytesWritten: socket.bytesWritten }));
    });
    kick('connect');
    socket.once('connect', async () => {
      connected = true;
      try {
        if (opt.checkPaper) await checkPaper(socket, opt.statusTimeoutMs);
        let off = 0;
        while (off < data.length && !done) {
          kick('write');
          const chunk = data.subarray(off, off + CHUNK);
          await new Promise<void>((res, rej) => socket.write(chunk, (e) => (e ? rej(e) : res())));
          off += chunk.length;
        }
        if (done) return;
        kick('write');
        // end() flushes what the kernel holds and sends FIN; 'finish' means it all left us.
        socket.end(() => {
          finish();
          // Let the printer close its side; don't hold the process if it never does.
          setTimeout(() => socket.destroy(), 2000).unref();
        });
      } catch (e) {
        fail(fromSystemError(e, true));
      }
    });
  });
}

function checkPaper(socket: net.Socket, ms: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      socket.off('data', onData);
      resolve(); // many printers never answer: unknown is not an error
    }, ms);
    function onData(buf: Buffer) {
      clearTimeout(timer);
      socket.off('data', onData);
      const status = buf[0] ?? 0;
      if ((status & 0x93) === 0x12 && (status & PAPER_END) === PAPER_END) reject(new PrintError('PRINTER_OUT_OF_PAPER', 'printer reports paper end', { status }));
      else resolve();
    }
    socket.on('data', onData);
    socket.write(PAPER_STATUS_QUERY);
  });
}

/**
 * A POSIX device path must resolve (symlinks followed) to something under /dev that is not a
 * regular file or folder: a symlink or an old setting can never make a print overwrite a file.
 * Windows names (COM3, LPT1, \\host\share, \\.\COM3) are left to the contract's rule.
 */
export function checkDevicePath(p: string): void {
  if (!p.startsWith('/')) return;
  const refuse = (reason: string, resolved: string) => {
    throw new PrintError('PRINTER_CONFIG_INVALID', `'${p}' is not a printer device (${reason})`, { field: 'interface', path: p, resolved, reason });
  };
  let resolved = path.posix.resolve(p);
  try {
    resolved = fs.realpathSync(resolved);
  } catch {
    // not there (printer unplugged): the open below fails without creating anything
  }
  if (!resolved.startsWith('/dev/')) refuse('outside_dev', resolved);
  let st: fs.Stats | undefined;
  try {
    st = fs.statSync(resolved);
  } catch {
    return;
  }
  if (st.isFile() || st.isDirectory()) refuse(st.isFile() ? 'regular_file' : 'directory', resolved);
}

/** A USB/serial/parallel device node (or a Windows share) written like a file, under a deadline. */
async function sendDevice(dev: string, data: Buffer, o: SendOptions): Promise<void> {
  checkDevicePath(dev);
  const opt = { ...DEFAULTS, ...o };
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new PrintError('PRINTER_TIMEOUT', `device did not take the job in ${opt.totalTimeoutMs} ms`, { path: dev })), opt.totalTimeoutMs);
  });
  let opened = false;
  const job = (async () => {
    // Write-only without O_CREAT/O_TRUNC: an absent device fails (ENOENT), it is never made as a file.
    const fh = await open(dev, process.platform === 'win32' ? 'w' : fs.constants.O_WRONLY);
    opened = true;
    try {
      // Checked again on the open handle: a path swapped for a file since the check is still refused.
      if (process.platform !== 'win32' && (await fh.stat()).isFile()) throw new PrintError('PRINTER_CONFIG_INVALID', `'${dev}' is a file, not a printer device`, { field: 'interface', path: dev, reason: 'regular_file' });
      // A blocked write to a device that is off keeps one libuv worker busy until the driver
      // gives up; we have failed the job by then, which is what the counter needs.
      await fh.write(data);
    } finally {
      await fh.close();
    }
  })();
  try {
    await Promise.race([job.catch((e) => Promise.reject(fromSystemError(e, opened))), deadline]);
  } finally {
    clearTimeout(timer);
    job.catch(() => undefined);
  }
}

/** A named system printer through node-thermal-printer's Printer interface and a driver module. */
async function sendSystem(name: string, data: Buffer, o: SendOptions): Promise<void> {
  if (!o.driver) throw new PrintError('PRINTER_DRIVER_MISSING', `system printer '${name}' needs the optional printer driver module`, { name });
  const { newPrinter } = await import('./escpos');
  const p = newPrinter('epson', '80mm', `printer:${name}`, o.driver);
  p.setBuffer(data);
  const opt = { ...DEFAULTS, ...o };
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      p.execute().catch((e: unknown) => Promise.reject(new PrintError('PRINTER_ERROR', String(e), { name }))),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new PrintError('PRINTER_TIMEOUT', `spooler did not take the job in ${opt.totalTimeoutMs} ms`, { name })), opt.totalTimeoutMs);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}
