import { describe, expect, it } from 'vitest';
import { DEMO_REFERENCE } from '../../src/core/setup/demo';
import { assertCanRemove } from '../../src/core/stock/ledger';
import { AppError } from '../../src/shared/errors';
import { cacheMismatches, ok, onHand, productBySku, refused, sell, shop } from './stock-support';

describe('intake (consignment receipt)', () => {
  it('records a slip header, lines and one movement per line; stock.getIntake returns the slip data', () => {
    const { app, owner, cashier } = shop();
    const [dhok1, dhok2] = [productBySku(app, 'DHOK-001'), productBySku(app, 'DHOK-002')];
    const slip = ok(app.call('stock.intake', { requestId: crypto.randomUUID(), artisanId: 3, reference: 'चालान 17', lines: [{ productId: dhok1, qtyMilli: 2000 }, { productId: dhok2, qtyMilli: 1000, unitPricePaise: 175000 }] }, owner).result);
    expect(slip).toMatchObject({
      artisan: { id: 3, nameEn: 'Kamla Nishad', commissionBps: 2500 },
      receivedBy: { name: 'ललिता साहू' },
      reference: 'चालान 17',
      totalQtyMilli: 3000,
      totalPaise: 2 * 245000 + 175000,
      lines: [
        { lineNo: 1, sku: 'DHOK-001', qtyMilli: 2000, unitPricePaise: 245000, amountPaise: 490000 },
        { lineNo: 2, sku: 'DHOK-002', qtyMilli: 1000, unitPricePaise: 175000, amountPaise: 175000 },
      ],
    });
    expect(slip.slipNo).toMatch(/^C1-IN-\d{5}$/);
    expect(ok(app.call('stock.getIntake', { id: slip.id }, cashier).result)).toEqual(slip);
    expect(onHand(app, dhok1)).toBe(6000);
    const mv = ok(app.call('stock.listMovements', { productId: dhok1, limit: 1 }, cashier).result);
    expect(mv.rows[0]).toMatchObject({ kind: 'intake', qtyMilli: 2000, reference: 'चालान 17', refType: 'intake', refId: slip.uid, userName: 'ललिता साहू' });
    expect(mv.total).toBe(2); // the demo's intake and this one
  });

  it('a repeated intake (double click, retry) is recorded once', () => {
    const { app, owner } = shop();
    const dhok1 = productBySku(app, 'DHOK-001');
    const input = { requestId: crypto.randomUUID(), artisanId: 3, lines: [{ productId: dhok1, qtyMilli: 2000 }] };
    const intakesBefore = app.db.prepare('SELECT count(*) FROM intakes').pluck().get() as number;
    const first = ok(app.call('stock.intake', input, owner).result);
    const again = ok(app.call('stock.intake', input, owner).result);
    expect(again).toEqual(first);
    expect(onHand(app, dhok1)).toBe(6000);
    expect(app.db.prepare('SELECT count(*) FROM intakes').pluck().get()).toBe(intakesBefore + 1);
    const w = { requestId: crypto.randomUUID(), productId: dhok1, qtyMilli: 1000, reason: 'टूटा' };
    ok(app.call('stock.writeOff', w, owner).result);
    ok(app.call('stock.writeOff', w, owner).result);
    expect(onHand(app, dhok1)).toBe(5000);
  });

  it('group stock is received with artisanId null; metres may be fractional', () => {
    const { app, owner } = shop();
    const silk = ok(app.call('products.create', { nameEn: 'Kosa silk fabric', craftId: 5, artisanId: null, pricePaise: 90000, unit: 'metre' }, owner).result);
    ok(app.call('stock.intake', { requestId: crypto.randomUUID(), artisanId: null, lines: [{ productId: silk.id, qtyMilli: 12_345 }] }, owner).result);
    expect(onHand(app, silk.id)).toBe(12_345);
  });

  it('refuses bad lines naming the field, and a failure on line 2 leaves no trace of line 1', () => {
    const { app, owner } = shop();
    const [dhok1, dhok2, para] = [productBySku(app, 'DHOK-001'), productBySku(app, 'DHOK-002'), productBySku(app, 'PARA-001')];
    const good = { productId: dhok1, qtyMilli: 1000 };
    expect(refused(app, 'stock.intake', { requestId: crypto.randomUUID(), artisanId: 3, lines: [good, { productId: dhok2, qtyMilli: 1500 }] }, owner)).toMatchObject({
      code: 'INVALID_INPUT', details: { issues: [{ path: ['lines', 1, 'qtyMilli'], code: 'whole_units' }] },
    });
    expect(refused(app, 'stock.intake', { requestId: crypto.randomUUID(), artisanId: 3, lines: [good, { productId: dhok2, qtyMilli: -1000 }] }, owner).details?.issues?.[0]?.path).toEqual(['lines', 1, 'qtyMilli']);
    expect(refused(app, 'stock.intake', { requestId: crypto.randomUUID(), artisanId: 3, lines: [good, { productId: 9999, qtyMilli: 1000 }] }, owner)).toMatchObject({ code: 'NOT_FOUND', details: { what: 'product', field: ['lines', 1, 'productId'] } });
    expect(refused(app, 'stock.intake', { requestId: crypto.randomUUID(), artisanId: 3, lines: [good, { productId: para, qtyMilli: 1000 }] }, owner)).toMatchObject({ code: 'CONFLICT', details: { reason: 'otherOwner', field: ['lines', 1, 'productId'] } });
    expect(refused(app, 'stock.intake', { requestId: crypto.randomUUID(), artisanId: 99, lines: [good] }, owner)).toMatchObject({ code: 'NOT_FOUND', details: { what: 'artisan', field: 'artisanId' } });
    expect(refused(app, 'stock.intake', { requestId: crypto.randomUUID(), artisanId: 3, lines: [good, { productId: dhok2, qtyMilli: 1000, unitPricePaise: 10_000_000_001 }] }, owner).code).toBe('INVALID_INPUT');
    ok(app.call('products.archive', { id: dhok2 }, owner).result);
    expect(refused(app, 'stock.intake', { requestId: crypto.randomUUID(), artisanId: 3, lines: [good, { productId: dhok2, qtyMilli: 1000 }] }, owner)).toMatchObject({ code: 'PRODUCT_ARCHIVED', details: { field: ['lines', 1, 'productId'] } });
    expect(app.db.prepare('SELECT count(*) FROM intakes WHERE reference NOT IN (?, ?)').pluck().get(DEMO_REFERENCE.hi, DEMO_REFERENCE.en)).toBe(0);
  });
});

describe('taking stock away', () => {
  it('write-off and return to artisan refuse more than is on hand, naming the field', () => {
    const { app, owner } = shop();
    const dhok1 = productBySku(app, 'DHOK-001'); // 4 on hand
    expect(refused(app, 'stock.writeOff', { requestId: crypto.randomUUID(), productId: dhok1, qtyMilli: 5000, reason: 'टूटा' }, owner)).toMatchObject({
      code: 'INSUFFICIENT_STOCK', details: { field: ['qtyMilli'], productId: dhok1, onHandMilli: 4000, requestedMilli: 5000 },
    });
    expect(refused(app, 'stock.writeOff', { requestId: crypto.randomUUID(), productId: dhok1, qtyMilli: 1000, reason: ' ' }, owner).details?.issues?.[0]?.path).toEqual(['reason']);
    const w = ok(app.call('stock.writeOff', { requestId: crypto.randomUUID(), productId: dhok1, qtyMilli: 1000, reason: 'टूट गया', reference: 'R-1' }, owner).result);
    expect(w.movements).toEqual([expect.objectContaining({ qtyMilli: -1000, onHandMilli: 3000 })]);
    // two lines of the same product add up against what is on hand
    expect(refused(app, 'stock.returnToArtisan', { requestId: crypto.randomUUID(), artisanId: 3, reason: 'बिका नहीं', lines: [{ productId: dhok1, qtyMilli: 2000 }, { productId: dhok1, qtyMilli: 2000 }] }, owner)).toMatchObject({
      code: 'INSUFFICIENT_STOCK', details: { field: ['lines', 1, 'qtyMilli'] },
    });
    expect(refused(app, 'stock.returnToArtisan', { requestId: crypto.randomUUID(), artisanId: 1, reason: 'x', lines: [{ productId: dhok1, qtyMilli: 1000 }] }, owner)).toMatchObject({ code: 'CONFLICT', details: { reason: 'otherOwner' } });
    const r = ok(app.call('stock.returnToArtisan', { requestId: crypto.randomUUID(), artisanId: 3, reason: 'बिका नहीं', lines: [{ productId: dhok1, qtyMilli: 3000 }] }, owner).result);
    expect(r.movements[0]).toMatchObject({ onHandMilli: 0 });
    expect(onHand(app, dhok1)).toBe(0);
    const kinds = ok(app.call('stock.listMovements', { productId: dhok1 }, owner).result).rows.map((m) => [m.kind, m.qtyMilli, m.reason]);
    expect(kinds).toEqual([['return_to_artisan', -3000, 'बिका नहीं'], ['write_off', -1000, 'टूट गया'], ['intake', 4000, 'intake']]);
    expect(ok(app.call('stock.listMovements', { kind: 'write_off' }, owner).result).total).toBe(1);
    // her page: every movement of every one of her products, and nobody else's
    const kamla = app.db.prepare("SELECT artisan_id FROM products WHERE id = ?").pluck().get(dhok1) as number;
    const hers = ok(app.call('stock.listMovements', { artisanId: kamla, limit: 200 }, owner).result);
    const herProducts = new Set(app.db.prepare('SELECT id FROM products WHERE artisan_id = ?').pluck().all(kamla) as number[]);
    expect(hers.total).toBe(app.db.prepare('SELECT count(*) FROM stock_movements m JOIN products p ON p.id = m.product_id WHERE p.artisan_id = ?').pluck().get(kamla));
    expect(hers.rows.every((m) => herProducts.has(m.productId))).toBe(true);
    expect(cacheMismatches(app)).toEqual([]);
  });

  it('assertCanRemove is what checkout calls; the shop setting allows negative stock', () => {
    const { app, owner } = shop();
    const jute = productBySku(app, 'JUTE-001'); // 20
    expect(() => assertCanRemove(app.db, jute, 20_000)).not.toThrow();
    expect(() => assertCanRemove(app.db, jute, 20_001)).toThrow(AppError);
    expect(() => sell(app, jute, 21_000)).toThrow(/INSUFFICIENT_STOCK/);
    expect(onHand(app, jute)).toBe(20_000);
    const s = ok(app.call('settings.get', {}).result);
    expect(s.allowNegativeStock).toBe(false);
    const { updatedAt: _u, ...input } = s;
    expect(ok(app.call('settings.update', { ...input, allowNegativeStock: true }, owner).result).allowNegativeStock).toBe(true);
    // an update that leaves the field out keeps it
    const { allowNegativeStock: _a, ...rest } = input;
    expect(ok(app.call('settings.update', { ...rest, shopName: 'हमर हटरी' }, owner).result).allowNegativeStock).toBe(true);
    sell(app, jute, 21_000);
    expect(onHand(app, jute)).toBe(-1000);
    ok(app.call('stock.writeOff', { requestId: crypto.randomUUID(), productId: jute, qtyMilli: 1000, reason: 'lost' }, owner).result);
    expect(onHand(app, jute)).toBe(-2000);
    expect(cacheMismatches(app)).toEqual([]);
  });

  it('the ledger and intake slips refuse UPDATE and DELETE', () => {
    const { app } = shop();
    const column = { stock_movements: 'qty_milli', intakes: 'notes', intake_lines: 'qty_milli' };
    for (const [t, c] of Object.entries(column)) {
      expect(() => app.db.prepare(`UPDATE ${t} SET ${c} = 1`).run(), t).toThrow(/append-only/);
      expect(() => app.db.prepare(`DELETE FROM ${t}`).run(), t).toThrow(/append-only/);
    }
  });

  it('a cashier reads movements and slips but cannot take stock in or out', () => {
    const { app, cashier } = shop();
    expect(ok(app.call('stock.listMovements', {}, cashier).result).total).toBeGreaterThan(0);
    expect(app.call('stock.writeOff', { requestId: crypto.randomUUID(), productId: 1, qtyMilli: 1000, reason: 'x' }, cashier).result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});
