import { describe, expect, it } from 'vitest';
import { ok, refused, shop } from './stock-support';

const meena = { nameHi: 'मीना मरकाम', phone: '9876512345', village: 'कोंडागांव', upiId: 'meena.markam@okaxis', bankDetails: 'SBI 1234, IFSC SBIN0001234', commissionBps: 2250 };

describe('artisans', () => {
  it('a manager adds and edits an artisan; anyone logged in reads the list with her stock value', () => {
    const { app, owner, cashier } = shop();
    const a = ok(app.call('artisans.create', { ...meena }, owner).result);
    expect(a).toMatchObject({ ...meena, nameEn: '', active: true, productCount: 0, stockValuePaise: 0 });
    const kamla = ok(app.call('artisans.get', { id: 3 }, cashier).result);
    // DHOK-001 4 x 2450, DHOK-002 3 x 1800, BELL-001 5 x 1200, BAST-001 5 x 950 (rupees)
    expect(kamla).toMatchObject({ nameEn: 'Kamla Nishad', productCount: 4, stockValuePaise: (4 * 2450 + 3 * 1800 + 5 * 1200 + 5 * 950) * 100 });
    expect(ok(app.call('artisans.list', {}, cashier).result).map((x) => x.id)).toContain(a.id);
    ok(app.call('artisans.update', { id: a.id, ...meena, active: false, commissionBps: 2000 }, owner).result);
    expect(ok(app.call('artisans.list', {}, cashier).result).map((x) => x.id)).not.toContain(a.id);
    expect(ok(app.call('artisans.list', { includeInactive: true }, cashier).result).find((x) => x.id === a.id)).toMatchObject({ active: false, commissionBps: 2000 });
    const audit = JSON.parse(app.db.prepare("SELECT details FROM audit_log WHERE action = 'artisans.update'").pluck().get() as string);
    expect([audit.before.commissionBps, audit.after.commissionBps]).toEqual([2250, 2000]);
    expect(app.call('artisans.create', { ...meena }, cashier).result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('names bad fields and writes nothing', () => {
    const { app, owner } = shop();
    const e = refused(app, 'artisans.create', { ...meena, nameHi: ' ', upiId: 'not a upi', phone: 'abc', commissionBps: 10001 }, owner);
    expect(e.code).toBe('INVALID_INPUT');
    expect(e.details?.issues?.map((i) => i.path[0]).sort()).toEqual(['commissionBps', 'nameHi', 'phone', 'upiId']);
    expect(refused(app, 'artisans.update', { id: 99, ...meena }, owner)).toMatchObject({ code: 'NOT_FOUND', details: { what: 'artisan' } });
  });
});

describe('crafts', () => {
  it('an editable list: add (code made when none), rename, retire; duplicate codes refused', () => {
    const { app, owner, cashier } = shop();
    const before = ok(app.call('crafts.list', {}, cashier).result);
    expect(before[0]).toMatchObject({ code: 'PARA', nameHi: 'पैरा आर्ट' });
    const c = ok(app.call('crafts.create', { nameHi: 'टेराकोटा', sort: 50 }, owner).result);
    expect(c.code).toBe(`CRAFT${c.id}`);
    expect(ok(app.call('crafts.update', { id: c.id, code: 'terra', nameHi: 'टेराकोटा', nameEn: 'Terracotta', sort: 50, active: false }, owner).result)).toMatchObject({ code: 'TERRA', active: false });
    expect(ok(app.call('crafts.list', {}, cashier).result)).toHaveLength(before.length);
    expect(ok(app.call('crafts.list', { includeInactive: true }, cashier).result)).toHaveLength(before.length + 1);
    expect(refused(app, 'crafts.create', { code: 'para', nameEn: 'Again' }, owner)).toMatchObject({ code: 'CONFLICT', details: { field: 'code' } });
    expect(refused(app, 'crafts.create', { nameHi: '', nameEn: '' }, owner).details?.issues?.[0]).toMatchObject({ path: ['nameHi'], message: 'one_name' });
  });
});
