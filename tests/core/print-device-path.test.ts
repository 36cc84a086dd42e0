/** Issue #21.1: a printer "device" must be a device node, never a way to overwrite a file. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { send } from '../../src/printing/transport';
import { dbFingerprint, tempDir } from '../support/db';
import { goodPrinter } from './print-support';
import { ok, refused, shop } from './stock-support';

const ORIGINAL = 'the shop owner’s notes\n';

/** A file that must survive every attempt below, and a traversal path that points at it. */
function victim() {
  const dir = tempDir('hh-victim-');
  const file = path.join(dir, 'victim.txt');
  fs.writeFileSync(file, ORIGINAL);
  return { file, traversal: `/dev/..${file}` };
}

const devShm = fs.existsSync('/dev/shm') ? (name: string) => `/dev/shm/${name}-${process.pid}-${Date.now()}` : null;

describe('printer device paths', () => {
  it.each([
    '/dev/../tmp/x/victim.txt',
    '/dev/usb/lp0/../../../tmp/x.txt',
    '/dev/usb/../shm/x',
    '/dev/shm/x',
    '/dev/sda',
    '/dev/null',
    '/dev/tty',
    '/dev/usb/lp',
    '\\\\localhost\\c$/Users/x.txt',
    '\\\\.\\PhysicalDrive0',
    '\\\\host\\..',
  ])('the contract refuses %j naming the field, and writes nothing', (iface) => {
    const { app, owner } = shop();
    const e = refused(app, 'print.updateSettings', goodPrinter(iface), owner);
    expect(e.code).toBe('INVALID_INPUT');
    expect(e.details?.issues).toEqual([expect.objectContaining({ path: ['interface'], message: 'printerDevice' })]);
  });

  it('still accepts real printer devices and Windows names', () => {
    const { app, owner } = shop();
    for (const iface of ['/dev/usb/lp0', '/dev/lp1', '/dev/ttyUSB0', '/dev/ttyS1', '/dev/ttyACM12', 'COM3', 'com12', 'LPT1', '\\\\shop-pc\\TVS RP3160', '\\\\.\\COM10', '\\\\.\\LPT2']) {
      expect(ok(app.call('print.updateSettings', goodPrinter(iface), owner).result)).toMatchObject({ interface: iface });
    }
  });

  it('a traversal path forced into the settings table is refused by print.testPage: nothing written, the file unchanged', async () => {
    const { app, owner } = shop();
    const v = victim();
    expect(refused(app, 'print.updateSettings', goodPrinter(v.traversal), owner).code).toBe('INVALID_INPUT');
    expect(fs.readFileSync(v.file, 'utf8')).toBe(ORIGINAL);
    app.db.prepare('UPDATE printer_settings SET enabled = 1, interface = ? WHERE id = 1').run(v.traversal); // an old or hand-edited setting
    const before = dbFingerprint(app.db);
    const r = (await app.call('print.testPage', {}, owner)).result;
    expect(r).toMatchObject({ ok: false, error: { code: 'PRINTER_CONFIG_INVALID', details: { field: 'interface' } } });
    expect(dbFingerprint(app.db)).toBe(before);
    expect(fs.readFileSync(v.file, 'utf8')).toBe(ORIGINAL);
  });

  it('the transport refuses a path outside /dev, a symlink out of /dev and a regular file in /dev, and creates no file', async () => {
    const v = victim();
    const data = Buffer.from('\x1b@PRINTER BYTES');
    await expect(send(v.traversal, data)).rejects.toMatchObject({ code: 'PRINTER_CONFIG_INVALID' });
    if (devShm) {
      const link = devShm('hh-lp-link');
      const plain = devShm('hh-lp-file');
      const absent = devShm('hh-lp-absent');
      fs.symlinkSync(v.file, link);
      fs.writeFileSync(plain, ORIGINAL);
      try {
        await expect(send(link, data)).rejects.toMatchObject({ code: 'PRINTER_CONFIG_INVALID' });
        await expect(send(plain, data)).rejects.toMatchObject({ code: 'PRINTER_CONFIG_INVALID' });
        expect(fs.readFileSync(plain, 'utf8')).toBe(ORIGINAL);
        await expect(send(absent, data)).rejects.toMatchObject({ code: 'PRINTER_UNREACHABLE' });
        expect(fs.existsSync(absent)).toBe(false); // a missing device is not created as a file
      } finally {
        for (const f of [link, plain, absent]) fs.rmSync(f, { force: true });
      }
    }
    expect(fs.readFileSync(v.file, 'utf8')).toBe(ORIGINAL);
    await expect(send('/dev/null', data)).resolves.toBeUndefined(); // a real character device still takes bytes
  });
});
