import { describe, expect, it } from 'vitest';
import { ean13CheckDigit } from '../../src/core/catalog/barcode';
import { MAX_PAISE } from '../../src/shared/money';
import { ok, refused, shop } from './stock-support';

const kosa = { nameHi: 'कोसा साड़ी', nameEn: '', craftId: 5, artisanId: 4, pricePaise: 450000, unit: 'piece' as const };

describe('products', () => {
  it('a manager creates a product; SKU and an in-store EAN-13 are made when none are given', () => {
    const { app, owner, cashier } = shop();
    const p = ok(app.call('products.create', { ...kosa }, owner).result);
    expect(p).toMatchObject({ nameHi: 'कोसा साड़ी', craftEn: 'Kosa silk', artisanEn: 'Rekha Verma', status: 'active', onHandMilli: 0, forSale: true, forRent: false });
    expect(p.sku).toBe(`KOSA-${String(p.id).padStart(4, '0')}`);
    expect(p.barcodes).toHaveLength(1);
    const code = p.barcodes[0]!;
    expect(code).toMatch(/^2\d{12}$/);
    expect(Number(code[12])).toBe(ean13CheckDigit(code.slice(0, 12)));
    // anyone logged in reads it; a cashier cannot create
    expect(ok(app.call('products.get', { id: p.id }, cashier).result).sku).toBe(p.sku);
    expect(app.call('products.create', { ...kosa }, cashier).result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const audit = JSON.parse(app.db.prepare("SELECT details FROM audit_log WHERE action = 'products.create'").pluck().get() as string);
    expect(audit.after.sku).toBe(p.sku);
  });

  it('keeps given SKU and barcodes, and refuses duplicates naming the field, writing nothing', () => {
    const { app, owner } = shop();
    ok(app.call('products.create', { ...kosa, sku: 'KOSA-SAREE-1', barcodes: ['8901234567890', 'SAREE-RED'] }, owner).result);
    expect(refused(app, 'products.create', { ...kosa, sku: 'kosa-saree-1' }, owner)).toMatchObject({ code: 'CONFLICT', details: { field: 'sku' } });
    expect(refused(app, 'products.create', { ...kosa, sku: 'PARA-001' }, owner)).toMatchObject({ code: 'CONFLICT', details: { field: 'sku' } });
    expect(refused(app, 'products.create', { ...kosa, barcodes: ['ABCD-1', 'SAREE-RED'] }, owner)).toMatchObject({ code: 'CONFLICT', details: { field: 'barcodes', index: 1 } });
    expect(refused(app, 'products.create', { ...kosa, barcodes: ['ABCD-1', 'ABCD-1'] }, owner)).toMatchObject({ code: 'CONFLICT', details: { field: 'barcodes' } });
    // a barcode that reads as another product's SKU would make a scan ambiguous
    expect(refused(app, 'products.create', { ...kosa, barcodes: ['JUTE-001'] }, owner)).toMatchObject({ code: 'CONFLICT', details: { field: 'barcodes' } });
  });

  it('names each bad field: no name, price over the bound, bad GST rate, fractional low-stock of pieces, neither sale nor rent', () => {
    const { app, owner } = shop();
    const e = refused(app, 'products.create', { ...kosa, nameHi: '', pricePaise: MAX_PAISE + 1, gstRateBps: 700, forSale: false }, owner);
    expect(e.code).toBe('INVALID_INPUT');
    expect(e.details?.issues?.map((i) => `${i.path.join('.')}:${i.message}`).sort()).toEqual(
      expect.arrayContaining(['nameHi:one_name', 'forRent:sale_or_rent', 'gstRateBps:gst_rate', expect.stringMatching(/^pricePaise:/)]),
    );
    expect(refused(app, 'products.create', { ...kosa, pricePaise: -1 }, owner).details?.issues?.[0]?.path).toEqual(['pricePaise']);
    expect(refused(app, 'products.create', { ...kosa, pricePaise: 10.5 }, owner).details?.issues?.[0]?.path).toEqual(['pricePaise']);
    expect(refused(app, 'products.create', { ...kosa, lowStockMilli: 1500 }, owner)).toMatchObject({
      code: 'INVALID_INPUT', details: { issues: [{ path: ['lowStockMilli'], code: 'whole_units' }] },
    });
    // metres may be fractional
    expect(ok(app.call('products.create', { ...kosa, unit: 'metre', lowStockMilli: 1500 }, owner).result).lowStockMilli).toBe(1500);
  });

  it('refuses an unknown craft or artisan with NOT_FOUND naming it', () => {
    const { app, owner } = shop();
    expect(refused(app, 'products.create', { ...kosa, craftId: 999 }, owner)).toMatchObject({ code: 'NOT_FOUND', details: { what: 'craft', field: 'craftId' } });
    expect(refused(app, 'products.create', { ...kosa, artisanId: 999 }, owner)).toMatchObject({ code: 'NOT_FOUND', details: { what: 'artisan', field: 'artisanId' } });
    expect(refused(app, 'products.update', { id: 999, ...kosa }, owner)).toMatchObject({ code: 'NOT_FOUND', details: { what: 'product' } });
  });

  it('edits with before/after in the audit; keeps barcodes unless given; refuses a unit change once stock moved', () => {
    const { app, owner } = shop();
    const before = ok(app.call('products.get', { id: 1 }, owner).result);
    const after = ok(app.call('products.update', { id: 1, ...kosa, craftId: before.craftId, artisanId: before.artisanId, nameEn: 'Ganesha', pricePaise: 90000 }, owner).result);
    expect(after).toMatchObject({ sku: before.sku, pricePaise: 90000, nameEn: 'Ganesha', barcodes: before.barcodes });
    const audit = JSON.parse(app.db.prepare("SELECT details FROM audit_log WHERE action = 'products.update'").pluck().get() as string);
    expect([audit.before.pricePaise, audit.after.pricePaise]).toEqual([85000, 90000]);
    expect(refused(app, 'products.update', { id: 1, ...kosa, unit: 'metre' }, owner)).toMatchObject({ code: 'CONFLICT', details: { field: 'unit' } });
    const changed = ok(app.call('products.update', { id: 1, ...kosa, barcodes: ['GANESHA-01'] }, owner).result);
    expect(changed.barcodes).toEqual(['GANESHA-01']);
  });

  it('archiving hides a product from the catalogue page but never deletes it; restore brings it back', () => {
    const { app, owner } = shop();
    const total = ok(app.call('catalog.page', {}, owner).result).total!;
    expect(ok(app.call('products.archive', { id: 2 }, owner).result).status).toBe('archived');
    expect(ok(app.call('catalog.page', {}, owner).result).total).toBe(total - 1);
    expect(ok(app.call('catalog.page', { status: 'archived' }, owner).result).rows.map((r) => r.id)).toEqual([2]);
    expect(app.db.prepare('SELECT count(*) FROM products WHERE id = 2').pluck().get()).toBe(1);
    expect(app.db.prepare('SELECT count(*) FROM stock_movements WHERE product_id = 2').pluck().get()).toBe(1);
    expect(ok(app.call('products.restore', { id: 2 }, owner).result).status).toBe('active');
    expect(ok(app.call('catalog.page', {}, owner).result).total).toBe(total);
  });
});

describe('catalog.page filters', () => {
  it('by craft, artisan or group stock, for rent, low stock, with sorting; rows carry unit, barcode and on-hand in milli', () => {
    const { app, owner } = shop();
    const page = (q: object) => ok(app.call('catalog.page', { limit: 200, ...q }, owner).result);
    expect(page({ craftId: 3 }).rows.map((r) => r.sku)).toEqual(['DHOK-001', 'DHOK-002']);
    expect(page({ artisanId: 4 }).rows.map((r) => r.sku)).toEqual(['KOSA-001', 'KOSA-002']);
    expect(page({ artisanId: 'group', forRent: false }).rows.map((r) => r.sku)).toEqual(['JEWL-001']);
    expect(page({ forRent: true }).total).toBe(8);
    const row = page({ craftId: 1 }).rows[0]!;
    expect(row).toMatchObject({ unit: 'piece', craftId: 1, artisanId: 1, onHandMilli: 6000, onHand: 6, lowStock: false, status: 'active' });
    expect(row.barcode).toMatch(/^2\d{12}$/);
    expect(page({ lowStockOnly: true }).total).toBe(0);
    const p1 = ok(app.call('products.get', { id: 1 }, owner).result);
    // Only what products.update takes: a write refuses keys it does not know (the read-only uid, names, stock…).
    const { uid: _u, craftHi: _ch, craftEn: _ce, artisanHi: _ah, artisanEn: _ae, status: _s, onHandMilli: _o, createdAt: _c, updatedAt: _up, ...editable } = p1;
    ok(app.call('products.update', { ...editable, id: 1, lowStockMilli: 6000, barcodes: undefined }, owner).result);
    expect(page({ lowStockOnly: true }).rows.map((r) => r.id)).toEqual([1]);
    const prices = page({ sort: 'price' }).rows.map((r) => r.pricePaise);
    expect(prices).toEqual([...prices].sort((a, b) => a - b));
    const hand = page({ sort: 'onHand' }).rows.map((r) => r.onHandMilli!);
    expect(hand).toEqual([...hand].sort((a, b) => a - b));
    // pages do not overlap or skip
    const a = ok(app.call('catalog.page', { limit: 5, offset: 0, sort: 'name' }, owner).result).rows.map((r) => r.id);
    const b = ok(app.call('catalog.page', { limit: 5, offset: 5, sort: 'name' }, owner).result).rows.map((r) => r.id);
    expect(a.concat(b)).toEqual(page({ sort: 'name' }).rows.slice(0, 10).map((r) => r.id));
  });
});

describe('catalog.page paging', () => {
  it('counts only the first page, and walking by cursor gives the same rows as one long page, for every sort (ties included)', () => {
    const { app, owner } = shop();
    // same names and prices: the id must break the ties
    for (let i = 0; i < 5; i++) ok(app.call('products.create', { ...kosa, nameHi: 'कोसा दुपट्टा', pricePaise: 120000 }, owner).result);
    for (let i = 0; i < 2; i++) ok(app.call('products.create', { ...kosa, nameHi: '', nameEn: 'Kosa stole', pricePaise: 120000 }, owner).result);
    const all = (q: object) => ok(app.call('catalog.page', { limit: 200, ...q }, owner).result);
    for (const sort of ['id', 'sku', 'name', 'price', 'onHand'] as const) {
      for (const filter of [{}, { craftId: 5 }, { artisanId: 4 }, { forRent: false }]) {
        const whole = all({ sort, ...filter });
        expect(whole.total, sort).toBe(whole.rows.length);
        expect(whole.next).toBeNull(); // fewer rows than the limit: nothing after
        const walked: number[] = [];
        let page = ok(app.call('catalog.page', { limit: 4, sort, ...filter }, owner).result);
        expect(page.total).toBe(whole.rows.length);
        walked.push(...page.rows.map((r) => r.id));
        while (page.next) {
          page = ok(app.call('catalog.page', { limit: 4, sort, ...filter, after: page.next }, owner).result);
          expect(page.total).toBeNull(); // not counted again
          walked.push(...page.rows.map((r) => r.id));
        }
        expect(walked, `${sort} ${JSON.stringify(filter)}`).toEqual(whole.rows.map((r) => r.id));
      }
    }
    expect(ok(app.call('catalog.page', { limit: 4, offset: 4 }, owner).result).total).toBeNull();
    expect(ok(app.call('catalog.page', { lowStockOnly: true, sort: 'onHand' }, owner).result).total).toBe(0);
  });
});
