import { describe, expect, it } from 'vitest';
import { cacheMismatches, ok, onHand, productBySku, refused, sell, shop } from './stock-support';

describe('stock counts', () => {
  it('snapshots at start; scans add up, typing sets; sales during the count are accounted for; posts once', () => {
    const { app, owner, cashier } = shop();
    const [dhok1, dhok2] = [productBySku(app, 'DHOK-001'), productBySku(app, 'DHOK-002')]; // 4 and 3 on hand, ₹2450 and ₹1800
    const started = ok(app.call('counts.start', { scope: 'craft', craftId: 3, note: 'मासिक गिनती' }, owner).result);
    expect(started.lines.map((l) => [l.sku, l.snapshotMilli, l.countedMilli])).toEqual([['DHOK-001', 4000, null], ['DHOK-002', 3000, null]]);
    const code1 = ok(app.call('products.get', { id: dhok1 }, owner).result).barcodes[0]!;

    sell(app, dhok1, 1000); // sold before the shelf was counted: 3 left on it
    for (let i = 0; i < 2; i++) ok(app.call('counts.scan', { id: started.id, code: code1 }, owner).result);
    const line1 = ok(app.call('counts.scan', { id: started.id, code: 'dhok-001' }, owner).result); // by SKU, any case
    // counted 3, the ledger said 3 when counted: no variance
    expect(line1).toMatchObject({ countedMilli: 3000, expectedMilli: 3000, varianceMilli: 0, sinceStartMilli: -1000 });
    sell(app, dhok1, 1000); // sold after it was counted: must still come off

    ok(app.call('counts.set', { id: started.id, productId: dhok2, countedMilli: 5000 }, owner).result);
    const line2 = ok(app.call('counts.set', { id: started.id, productId: dhok2, countedMilli: 2000 }, owner).result); // typing replaces
    expect(line2).toMatchObject({ countedMilli: 2000, expectedMilli: 3000, varianceMilli: -1000, varianceValuePaise: -180000 });

    const sheet = ok(app.call('counts.get', { id: started.id }, cashier).result);
    expect(sheet).toMatchObject({ status: 'open', countedLines: 2, varianceValuePaise: -180000 });
    const posted = ok(app.call('counts.post', { id: started.id, reason: 'मासिक मिलान' }, owner).result);
    expect(posted.status).toBe('posted');
    expect(posted.lines.map((l) => l.varianceMilli)).toEqual([0, -1000]); // the posted sheet still shows what was posted
    expect(onHand(app, dhok1)).toBe(2000); // counted 3, one sold after
    expect(onHand(app, dhok2)).toBe(2000);
    const adj = app.db.prepare("SELECT product_id, qty_milli, reason, ref_id FROM stock_movements WHERE kind = 'count_adjustment'").all();
    expect(adj).toEqual([{ product_id: dhok2, qty_milli: -1000, reason: 'मासिक मिलान', ref_id: started.uid }]);

    expect(refused(app, 'counts.post', { id: started.id, reason: 'again' }, owner)).toMatchObject({ code: 'COUNT_CLOSED' });
    expect(refused(app, 'counts.set', { id: started.id, productId: dhok2, countedMilli: 0 }, owner)).toMatchObject({ code: 'COUNT_CLOSED' });
    expect(() => app.db.prepare("UPDATE stock_counts SET status = 'open'").run()).toThrow(/closed/);
    expect(ok(app.call('counts.list', { status: 'posted' }, cashier).result).map((c) => c.id)).toEqual([started.id]);
    expect(cacheMismatches(app)).toEqual([]);
  });

  it('refuses out-of-scope items, unknown codes, fractional pieces; counts items found beyond the snapshot', () => {
    const { app, owner } = shop();
    const c = ok(app.call('counts.start', { scope: 'artisan', artisanId: 4 }, owner).result);
    expect(c.lines.map((l) => l.sku)).toEqual(['KOSA-001', 'KOSA-002']);
    expect(refused(app, 'counts.scan', { id: c.id, code: 'PARA-001' }, owner)).toMatchObject({ code: 'CONFLICT', details: { reason: 'outOfScope', field: 'code' } });
    expect(refused(app, 'counts.scan', { id: c.id, code: 'NOPE' }, owner)).toMatchObject({ code: 'NOT_FOUND', details: { field: 'code' } });
    expect(refused(app, 'counts.scan', { id: c.id, code: 'KOSA-001', qtyMilli: 500 }, owner)).toMatchObject({ code: 'INVALID_INPUT', details: { issues: [{ path: ['qtyMilli'], code: 'whole_units' }] } });
    expect(refused(app, 'counts.set', { id: c.id, productId: 1, countedMilli: -1 }, owner).code).toBe('INVALID_INPUT');
    expect(refused(app, 'counts.start', { scope: 'craft', craftId: 999 }, owner)).toMatchObject({ code: 'NOT_FOUND', details: { field: 'craftId' } });
    // a product of hers created after the start is counted with a snapshot of 0
    const sari = ok(app.call('products.create', { nameEn: 'Kosa dupatta', craftId: 5, artisanId: 4, pricePaise: 150000 }, owner).result);
    const found = ok(app.call('counts.scan', { id: c.id, code: sari.sku }, owner).result);
    expect(found).toMatchObject({ snapshotMilli: 0, countedMilli: 1000, varianceMilli: 1000, varianceValuePaise: 150000 });
    // uncounted lines: skipped by default, or taken as zero when asked
    const posted = ok(app.call('counts.post', { id: c.id, reason: 'गिनती', uncounted: 'zero' }, owner).result);
    expect(posted.lines.map((l) => [l.sku, l.countedMilli, l.varianceMilli])).toEqual([['KOSA-001', 0, -2000], ['KOSA-002', 0, -8000], [sari.sku, 1000, 1000]]);
    expect([onHand(app, productBySku(app, 'KOSA-001')), onHand(app, sari.id)]).toEqual([0, 1000]);
  });

  it('a cancelled count writes no movements; a cashier may read but not count', () => {
    const { app, owner, cashier } = shop();
    const c = ok(app.call('counts.start', { scope: 'all' }, owner).result);
    expect(c.lines.length).toBe(22);
    ok(app.call('counts.set', { id: c.id, productId: 1, countedMilli: 0 }, owner).result);
    expect(app.call('counts.set', { id: c.id, productId: 1, countedMilli: 0 }, cashier).result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(ok(app.call('counts.cancel', { id: c.id, reason: 'गलत' }, owner).result).status).toBe('cancelled');
    expect(app.db.prepare("SELECT count(*) FROM stock_movements WHERE kind = 'count_adjustment'").pluck().get()).toBe(0);
    expect(ok(app.call('counts.get', { id: c.id }, cashier).result).status).toBe('cancelled');
  });
});
