/**
 * A printer that is off, asleep or unplugged mid-job must fail fast with a coded error, never
 * hang and never throw out of printDocument (the sale is already committed).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { printDocument } from '../../src/printing/print';
import { receipt } from '../../src/printing/docs/receipt';
import { sendTcp } from '../../src/printing/transport';
import { PrintError } from '../../src/printing/errors';
import { sale } from './fixtures';
import { closedPort, startPrinter, type LoopbackPrinter } from './loopback';

// Bigger than any loopback socket buffers (a few MB each side), so writes must back up.
const BIG = Buffer.alloc(48 * 1024 * 1024, 0x20);
let printer: LoopbackPrinter | undefined;
afterEach(async () => {
  await printer?.close();
  printer = undefined;
});

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'OK';
  } catch (e) {
    expect(e).toBeInstanceOf(PrintError);
    return (e as PrintError).code;
  }
}

describe('printer faults', () => {
  it('refused connection -> PRINTER_UNREACHABLE, returned not thrown', async () => {
    const port = await closedPort();
    const res = await printDocument(receipt(sale()), { interface: `tcp://127.0.0.1:${port}`, paper: '80mm' });
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.error.code).toBe('PRINTER_UNREACHABLE');
  });

  it('a printer that accepts and never reads -> PRINTER_TIMEOUT within the idle deadline', async () => {
    printer = await startPrinter('never-read');
    const t0 = Date.now();
    expect(await codeOf(sendTcp('127.0.0.1', printer.port, BIG, { idleTimeoutMs: 500 }))).toBe('PRINTER_TIMEOUT');
    expect(Date.now() - t0).toBeLessThan(10_000);
  });

  it('an overall deadline bounds a job that trickles', async () => {
    printer = await startPrinter('never-read');
    expect(await codeOf(sendTcp('127.0.0.1', printer.port, BIG, { idleTimeoutMs: 5000, totalTimeoutMs: 300 }))).toBe('PRINTER_TIMEOUT');
  });

  it('a printer that drops the connection mid-job -> PRINTER_DISCONNECTED', async () => {
    printer = await startPrinter('drop-mid-job');
    expect(await codeOf(sendTcp('127.0.0.1', printer.port, BIG, { idleTimeoutMs: 2000 }))).toBe('PRINTER_DISCONNECTED');
  });

  it('a printer reporting paper end (DLE EOT 4) -> PRINTER_OUT_OF_PAPER before any bytes print', async () => {
    printer = await startPrinter('out-of-paper');
    const res = await printDocument(receipt(sale()), { interface: printer.url, paper: '58mm', checkPaper: true });
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.error.code).toBe('PRINTER_OUT_OF_PAPER');
  });

  it('a silent printer (no status reply) still prints when checkPaper is on', async () => {
    printer = await startPrinter('capture');
    const job = printer.nextJob();
    const res = await printDocument(receipt(sale()), { interface: printer.url, paper: '58mm', checkPaper: true, statusTimeoutMs: 100 });
    expect(res.ok).toBe(true);
    expect((await job).subarray(0, 3)).toEqual(Buffer.from([0x10, 0x04, 0x04]));
  });

  it('a device path that does not exist -> PRINTER_UNREACHABLE; printer:NAME without driver -> PRINTER_DRIVER_MISSING', async () => {
    const dev = await printDocument(receipt(sale()), { interface: '/dev/usb/no-such-lp9', paper: '80mm' });
    expect(dev.ok || dev.error.code).toBe('PRINTER_UNREACHABLE');
    const sys = await printDocument(receipt(sale()), { interface: 'printer:TVS RP3160', paper: '80mm' });
    expect(sys.ok || sys.error.code).toBe('PRINTER_DRIVER_MISSING');
  });
});
