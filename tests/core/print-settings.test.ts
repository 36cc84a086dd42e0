/** Printer settings: who may change them, per-field validation, audit before/after, "not set up". */
import { describe, expect, it } from 'vitest';
import { dbFingerprint } from '../support/db';
import { goodPrinter } from './print-support';
import { ok, refused, shop } from './stock-support';

describe('printer settings', () => {
  it('start switched off; anyone logged in reads them, a cashier may not change them', () => {
    const { app, cashier } = shop();
    expect(ok(app.call('print.getSettings', {}, cashier).result)).toMatchObject({ enabled: false, interface: '', paper: '80mm', type: 'EPSON', copies: 1, cut: true });
    expect(refused(app, 'print.updateSettings', goodPrinter('tcp://192.168.1.50:9100'), cashier)).toMatchObject({ code: 'FORBIDDEN' });
  });

  it.each([
    ['192.168.1.50', 'interface', 'printerInterface'],
    ['http://192.168.1.50:9100', 'interface', 'printerInterface'],
    ['tcp://192.168.1.50:70000', 'interface', 'printerPort'],
    ['', 'interface', 'printerInterfaceRequired'],
    ['printer:', 'interface', 'printerInterface'],
  ])('refuses the interface %j naming the field, and writes nothing', (iface, field, message) => {
    const { app, owner } = shop();
    const e = refused(app, 'print.updateSettings', goodPrinter(iface), owner);
    expect(e.code).toBe('INVALID_INPUT');
    expect(e.details?.issues).toEqual([expect.objectContaining({ path: [field], message })]);
  });

  it('names each bad field: type, copies, paper, timeouts', () => {
    const { app, owner } = shop();
    const e = refused(app, 'print.updateSettings', { ...goodPrinter('COM3'), type: 'DARUMA', copies: 4, paper: '76mm', totalTimeoutMs: 1000 }, owner);
    const paths = (e.details?.issues ?? []).map((i) => i.path.join('.')).sort();
    expect(paths).toEqual(['copies', 'paper', 'totalTimeoutMs']); // zod stops before refinements when the object is invalid
    const d = refused(app, 'print.updateSettings', goodPrinter('/dev/usb/lp0', { type: 'DARUMA', idleTimeoutMs: 20_000 }), owner);
    expect((d.details?.issues ?? []).map((i) => [i.path.join('.'), i.message])).toEqual([['type', 'printerTypeNoPictures'], ['totalTimeoutMs', 'printerTotalTimeout']]);
  });

  it('accepts the three interface forms and audits before and after', () => {
    const { app, owner } = shop();
    for (const iface of ['tcp://192.168.1.50:9100', 'tcp://printer.local', '/dev/usb/lp0', 'COM3', 'printer:TVS RP3160 Gold']) {
      expect(ok(app.call('print.updateSettings', goodPrinter(iface, { copies: 2 }), owner).result)).toMatchObject({ interface: iface, enabled: true, copies: 2 });
    }
    const audit = app.db.prepare("SELECT details FROM audit_log WHERE action = 'print.updateSettings' ORDER BY id DESC LIMIT 1").pluck().get() as string;
    expect(JSON.parse(audit)).toMatchObject({ before: { interface: 'COM3' }, after: { interface: 'printer:TVS RP3160 Gold' } });
  });

  it('print methods refuse with PRINTER_NOT_SET_UP and record nothing while printing is off', async () => {
    const { app, owner, cashier } = shop();
    const before = dbFingerprint(app.db);
    for (const r of [
      await app.call('print.testPage', {}, cashier),
      await app.call('print.labels', { items: [{ productId: 1, copies: 2 }] }, cashier),
      await app.call('print.intakeSlip', { intakeId: 1 }, cashier),
      await app.call('print.reprint', { jobId: 1 }, cashier),
    ]) expect(r.result).toMatchObject({ ok: false, error: { code: 'PRINTER_NOT_SET_UP' } });
    // switched off with an interface kept: still not set up
    ok(app.call('print.updateSettings', goodPrinter('tcp://127.0.0.1:9', { enabled: false }), owner).result);
    const mid = dbFingerprint(app.db);
    expect(mid).not.toBe(before);
    expect((await app.call('print.testPage', {}, owner)).result).toMatchObject({ ok: false, error: { code: 'PRINTER_NOT_SET_UP' } });
    expect(dbFingerprint(app.db)).toBe(mid);
  });
});
