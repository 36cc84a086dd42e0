import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/core/app';
import { dbFingerprint, demoShop, fileApp } from '../support/db';

const rid = () => crypto.randomUUID();
const TODAY = '2026-11-23';

function setup(app: App) {
  const t = demoShop(app);
  const p = (sku: string) => app.db.prepare('SELECT id, price_paise, artisan_id FROM products WHERE sku = ?').get(sku) as { id: number; price_paise: number; artisan_id: number };
  const sell = (sku: string, qty = 1) => {
    const x = p(sku);
    const r = app.call('sales.checkout', { requestId: rid(), lines: [{ productId: x.id, qtyMilli: qty * 1000, expectedPricePaise: x.price_paise }], payments: [{ method: 'cash', amountPaise: x.price_paise * qty }] }, t.cashier).result;
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    return r.value;
  };
  const kamla = p('DHOK-001').artisan_id;
  const unpaid = () => {
    const r = app.call('payouts.listUnpaid', { artisanId: kamla, periodEnd: TODAY }, t.owner).result;
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    return r.value;
  };
  const payIds = (ledgerIds: number[], method: 'cash' | 'upi' | 'bank' = 'cash') => app.call('payouts.pay', { requestId: rid(), artisanId: kamla, periodEnd: TODAY, ledgerIds, method }, t.owner).result;
  return { ...t, p, sell, kamla, unpaid, payIds };
}
const clock = () => new Date('2026-11-23T08:00:00Z');
const q = (app: App, sql: string, ...a: unknown[]) => app.db.prepare(sql).pluck().get(...a);

describe('payouts', () => {
  it('pays her accrued shares, prints what she is owed, and never pays a line twice', () => {
    const app = createApp(':memory:', { clock });
    const { sell, unpaid, payIds, kamla } = setup(app);
    sell('DHOK-001'); // ₹2,450, shop keeps 25 % -> ₹1,837.50 hers
    sell('BELL-001'); // ₹1,200 -> ₹900
    const u = unpaid();
    expect(u.entries.map((e) => [e.nameHi, e.amountPaise, e.salePaise, e.shopSharePaise])).toEqual([['ढोकरा हाथी', 183_750, 245_000, 61_250], ['बेल मेटल दीया', 90_000, 120_000, 30_000]]);
    expect(u.totalPaise).toBe(273_750);
    expect(u.balancePaise).toBe(273_750);

    const first = payIds([u.entries[0]!.ledgerId]);
    expect(first).toMatchObject({ ok: true, value: { paidPaise: 183_750, balanceBeforePaise: 273_750, balanceAfterPaise: 90_000, method: 'cash', payoutNo: 'C1-PO-00001' } });
    expect(q(app, "SELECT sum(amount_paise) FROM cash_movements WHERE kind = 'payout'")).toBe(-183_750);
    const before = dbFingerprint(app.db);
    expect(payIds([u.entries[0]!.ledgerId])).toMatchObject({ ok: false, error: { code: 'ALREADY_PAID', details: { field: ['ledgerIds', 0] } } });
    expect(dbFingerprint(app.db)).toBe(before);
    expect(unpaid().entries).toHaveLength(1);
    expect(q(app, 'SELECT balance_paise FROM artisan_balances WHERE artisan_id = ?', kamla)).toBe(90_000);
  });

  it('nets a return after payment into the next payout, and refuses paying more than she is owed', () => {
    const app = createApp(':memory:', { clock });
    const { sell, unpaid, payIds, owner, cashier, kamla } = setup(app);
    const sale = sell('DHOK-001');
    payIds(unpaid().entries.map((e) => e.ledgerId));
    app.call('sales.return', { requestId: rid(), billNo: sale.billNo, lines: [{ lineNo: 1, qtyMilli: 1000 }], refundMethod: 'cash', reason: 'x', approval: { userId: 1, pin: '1234' } }, cashier);
    sell('BELL-001');
    const u = unpaid();
    expect(u.entries.map((e) => [e.kind, e.amountPaise])).toEqual([['reversal', -183_750], ['accrual', 90_000]]);
    expect(u.balancePaise).toBe(90_000 - 183_750);
    expect(payIds([u.entries[1]!.ledgerId])).toMatchObject({ ok: false, error: { code: 'PAYOUT_OVER_BALANCE' } });
    expect(payIds(u.entries.map((e) => e.ledgerId))).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } }); // nets to less than zero
    // an adjustment (she repays in kind, say) with a reason, then the netted payout goes through
    app.call('payouts.adjust', { requestId: rid(), artisanId: kamla, amountPaise: 100_000, reason: 'गलती सुधार' }, owner);
    const all = unpaid().entries.map((e) => e.ledgerId);
    expect(payIds(all, 'upi')).toMatchObject({ ok: true, value: { paidPaise: 90_000 - 183_750 + 100_000 } });
    expect(q(app, 'SELECT sum(amount_paise) FROM artisan_ledger WHERE artisan_id = ?', kamla)).toBe(0);
  });

  it('refuses a future period end, another artisan’s entries and a cashier', () => {
    const app = createApp(':memory:', { clock });
    const { sell, unpaid, kamla, owner, cashier } = setup(app);
    sell('DHOK-001');
    const id = unpaid().entries[0]!.ledgerId;
    const before = dbFingerprint(app.db);
    expect(app.call('payouts.pay', { requestId: rid(), artisanId: kamla, periodEnd: '2026-11-24', ledgerIds: [id], method: 'cash' }, owner).result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(app.call('payouts.pay', { requestId: rid(), artisanId: 1, periodEnd: TODAY, ledgerIds: [id], method: 'cash' }, owner).result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(app.call('payouts.pay', { requestId: rid(), artisanId: kamla, periodEnd: TODAY, ledgerIds: [id], method: 'cash' }, cashier).result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(dbFingerprint(app.db)).toBe(before);
  });

  it('a reversed payout frees its lines and puts the money back, by a new entry', () => {
    const app = createApp(':memory:', { clock });
    const { sell, unpaid, payIds, owner, kamla } = setup(app);
    sell('DHOK-001');
    const paid = payIds(unpaid().entries.map((e) => e.ledgerId));
    if (!paid.ok) throw new Error('pay');
    const rev = app.call('payouts.reverse', { requestId: rid(), payoutId: paid.value.id, reason: 'गलत कारीगर' }, owner).result;
    expect(rev).toMatchObject({ ok: true, value: { paidPaise: -183_750, reversesPayoutNo: paid.value.payoutNo } });
    expect(unpaid().entries).toHaveLength(1);
    expect(q(app, 'SELECT balance_paise FROM artisan_balances WHERE artisan_id = ?', kamla)).toBe(183_750);
    expect(q(app, "SELECT sum(amount_paise) FROM cash_movements WHERE kind = 'payout'")).toBe(0);
    expect(app.call('payouts.reverse', { requestId: rid(), payoutId: paid.value.id, reason: 'again' }, owner).result).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(app.call('payouts.get', { id: paid.value.id }, owner).result).toMatchObject({ ok: true, value: { reversed: true } });
  });

  it('two managers paying the same lines from two windows: one payment only', () => {
    const { app: a, file } = fileApp({ clock });
    const { sell, unpaid, kamla } = setup(a);
    sell('DHOK-001');
    const ids = unpaid().entries.map((e) => e.ledgerId);
    const b = createApp(file, { clock }); // a second connection, as a second window or counter would have
    const login = (x: App) => {
      const o = x.call('session.login', { userId: 1, pin: '1234' });
      return (o.session as { set: string }).set;
    };
    const [ta, tb] = [login(a), login(b)];
    const input = { artisanId: kamla, periodEnd: TODAY, ledgerIds: ids, method: 'cash' as const };
    const r1 = a.call('payouts.pay', { ...input, requestId: rid() }, ta).result;
    const r2 = b.call('payouts.pay', { ...input, requestId: rid() }, tb).result;
    expect([r1.ok, r2.ok]).toEqual([true, false]);
    expect(r2).toMatchObject({ ok: false, error: { code: 'ALREADY_PAID' } });
    expect(q(a, 'SELECT count(*) FROM payouts')).toBe(1);
    b.close();
  });

  it('her statement adds up from the ledgers', () => {
    const app = createApp(':memory:', { clock });
    const { sell, unpaid, payIds, owner, kamla } = setup(app);
    sell('DHOK-001', 2);
    payIds(unpaid().entries.map((e) => e.ledgerId));
    const s = app.call('payouts.getStatement', { artisanId: kamla, from: '2026-11-01', to: TODAY }, owner).result;
    expect(s).toMatchObject({ ok: true, value: { soldMilli: 2000, salesPaise: 490_000, earnedPaise: 367_500, paidPaise: 367_500, closingBalancePaise: 0, openingBalancePaise: 0, receivedMilli: 17_000 } });
    expect(app.call('payouts.getStatement', { artisanId: kamla, from: TODAY, to: '2026-11-01' }, owner).result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    // a read: no write lock, no audit row (it was 'payouts.statement', which dispatch ran as a write)
    expect(q(app, "SELECT count(*) FROM audit_log WHERE action LIKE 'payouts.%tatement'")).toBe(0);
  });
});

describe('artisan accounts (property)', () => {
  it('balance = accruals - reversals - payouts + adjustments for any sequence; nothing settled twice', () => {
    const op = fc.oneof(
      fc.record({ k: fc.constant('sell' as const), sku: fc.constantFrom('DHOK-001', 'BELL-001', 'DHOK-002') }),
      fc.record({ k: fc.constant('return' as const), n: fc.nat(20) }),
      fc.record({ k: fc.constant('pay' as const), take: fc.nat(5) }),
      fc.record({ k: fc.constant('adjust' as const), amount: fc.integer({ min: -50_000, max: 50_000 }).filter((n) => n !== 0) }),
    );
    fc.assert(
      fc.property(fc.array(op, { minLength: 1, maxLength: 25 }), (ops) => {
        const app = createApp(':memory:', { clock });
        const { sell, unpaid, payIds, owner, cashier, kamla } = setup(app);
        const bills: string[] = [];
        for (const o of ops) {
          if (o.k === 'sell') {
            try {
              bills.push(sell(o.sku).billNo);
            } catch {
              /* out of stock: refused, fine */
            }
          } else if (o.k === 'return' && bills.length) {
            app.call('sales.return', { requestId: rid(), billNo: bills[o.n % bills.length]!, lines: [{ lineNo: 1, qtyMilli: 1000 }], refundMethod: 'cash', reason: 'x', approval: { userId: 1, pin: '1234' } }, cashier);
          } else if (o.k === 'pay') {
            const ids = unpaid().entries.slice(0, o.take + 1).map((e) => e.ledgerId);
            if (ids.length) payIds(ids);
          } else if (o.k === 'adjust') {
            app.call('payouts.adjust', { requestId: rid(), artisanId: kamla, amountPaise: o.amount, reason: 'p' }, owner);
          }
        }
        const sum = (kinds: string) => q(app, `SELECT COALESCE(sum(amount_paise), 0) FROM artisan_ledger WHERE artisan_id = ? AND kind IN (${kinds})`, kamla) as number;
        const balance = (q(app, 'SELECT COALESCE(balance_paise, 0) FROM artisan_balances WHERE artisan_id = ?', kamla) ?? 0) as number;
        expect(balance).toBe(sum("'accrual'") + sum("'reversal'") + sum("'payout'") + sum("'payout_reversal'") + sum("'adjustment'"));
        // shares accrued = sum of her sold lines' shares; reversals = returned lines' shares
        expect(sum("'accrual'")).toBe(q(app, 'SELECT COALESCE(sum(artisan_share_paise), 0) FROM sale_lines WHERE artisan_id = ?', kamla));
        expect(0 - sum("'reversal'")).toBe(q(app, 'SELECT COALESCE(sum(r.artisan_share_paise), 0) FROM sale_return_lines r JOIN sale_lines l ON l.id = r.sale_line_id WHERE l.artisan_id = ?', kamla));
        // what was paid out equals the entries those payouts settled
        expect(0 - sum("'payout'")).toBe(q(app, 'SELECT COALESCE(sum(e.amount_paise), 0) FROM payout_items pi JOIN artisan_ledger e ON e.id = pi.ledger_id'));
        expect(q(app, 'SELECT count(*) FROM (SELECT ledger_id FROM payout_items GROUP BY ledger_id HAVING count(*) > 1)')).toBe(0);
        // sales = payments; every bill's lines add up to it; accrued = paid + balance + reversed + adjusted
        expect(q(app, 'SELECT COALESCE(sum(total_paise), 0) FROM sales')).toBe(q(app, 'SELECT COALESCE(sum(amount_paise), 0) FROM sale_payments'));
        expect(q(app, 'SELECT count(*) FROM sales s WHERE total_paise <> (SELECT sum(net_paise) FROM sale_lines l WHERE l.sale_id = s.id)')).toBe(0);
        expect(sum("'accrual'")).toBe(0 - sum("'payout'") + balance - sum("'reversal'") - sum("'adjustment'") - sum("'payout_reversal'"));
        // her share never above what the customer paid net of tax; the shop keeps the rest
        expect(q(app, 'SELECT count(*) FROM sale_lines WHERE artisan_share_paise < 0 OR artisan_share_paise > taxable_paise')).toBe(0);
        // stock still equals its ledger after every sale and return
        expect(q(app, `SELECT count(*) FROM products p LEFT JOIN stock_on_hand s ON s.product_id = p.id
          WHERE COALESCE(s.qty_milli, 0) <> (SELECT COALESCE(sum(qty_milli), 0) FROM stock_movements m WHERE m.product_id = p.id)`)).toBe(0);
        app.close();
      }),
      { numRuns: 25 },
    );
  }, 90_000); // 25 whole shops with PIN hashing: slow on a busy 2-core machine
});

describe('statement as CSV', () => {
  it('lists her sold items with both shares and ends with the balance', () => {
    const app = createApp(':memory:', { clock });
    const { sell, owner, kamla } = setup(app);
    sell('DHOK-001', 2);
    const r = app.call('csv.exportStatement', { artisanId: kamla, from: '2026-11-01', to: TODAY }, owner).result;
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    const lines = r.value.csv.slice(1).trim().split('\r\n');
    // #20 item 8: rows are marked item/total and totals sit in their own `amount` column, never in her_share.
    expect(lines[0]).toBe('row_type,date,bill_no,item_hi,item_en,qty,sale_price,shop_share,her_share,returned_qty,total,amount');
    expect(lines[1]).toBe('item,2026-11-23,HH/2026-27/C1-000001,ढोकरा हाथी,Dhokra elephant,2,4900.00,1225.00,3675.00,0,,');
    expect(lines[lines.length - 1]).toBe('total,,,,,,,,,,closing balance,3675.00');
  });
});

describe('share rules', () => {
  it('a fixed "she gets ₹X a piece" product accrues X whatever the discount, and the slip says so', async () => {
    const { ruleWords } = await import('../../src/core/print/sale-docs');
    const app = createApp(':memory:', { clock });
    const { owner, cashier, p, kamla, unpaid } = setup(app);
    const dhok = p('DHOK-001');
    const product = app.call('products.get', { id: dhok.id }, owner).result;
    if (!product.ok) throw new Error('get');
    const { id, uid: _u, craftHi: _c, craftEn: _e, artisanHi: _a, artisanEn: _b, status: _s, onHandMilli: _o, createdAt: _t, updatedAt: _d, ...rest } = product.value;
    expect(app.call('products.update', { ...rest, id, artisanFixedPaise: 150_000, discountRule: 'shop' }, owner).result).toMatchObject({ ok: true, value: { artisanFixedPaise: 150_000, discountRule: 'shop' } });
    const r = app.call('sales.checkout', {
      requestId: rid(), lines: [{ productId: dhok.id, qtyMilli: 1000, expectedPricePaise: dhok.price_paise, discount: { kind: 'amount', paise: 20_000 } }],
      payments: [{ method: 'cash', amountPaise: dhok.price_paise - 20_000 }],
    }, owner).result;
    expect(r.ok).toBe(true);
    const e = unpaid().entries[0]!;
    expect(e).toMatchObject({ amountPaise: 150_000, shareRule: 'fixed:150000:shop' });
    expect(ruleWords(e.shareRule)).toBe('तय ₹1,500.00/नग / fixed ₹1,500.00 each · छूट दुकान से / discount from shop');
    expect(ruleWords('percent:2500:split')).toBe('दुकान 25% / shop 25% · छूट दोनों से / discount shared');
    void cashier;
    void kamla;
  });
});

describe('payouts.list: her history a page at a time', () => {
  it('pages summaries newest first with a total; payouts.get still gives the whole slip; a read', () => {
    const app = createApp(':memory:', { clock });
    const { sell, unpaid, payIds, owner, kamla } = setup(app);
    const paid: number[] = [];
    for (const sku of ['DHOK-001', 'BELL-001', 'DHOK-001']) {
      sell(sku);
      const r = payIds(unpaid().entries.map((e) => e.ledgerId), 'upi');
      if (!r.ok) throw new Error('pay');
      paid.push(r.value.id);
    }
    sell('BELL-001');
    sell('BELL-001');
    const two = payIds(unpaid().entries.map((e) => e.ledgerId));
    if (!two.ok) throw new Error('pay');
    const rev = app.call('payouts.reverse', { requestId: rid(), payoutId: paid[0]!, reason: 'गलत' }, owner).result;
    if (!rev.ok) throw new Error('reverse');
    const audits = q(app, 'SELECT count(*) FROM audit_log');
    const page = (limit: number, offset: number) => {
      const r = app.call('payouts.list', { artisanId: kamla, limit, offset }, owner).result;
      if (!r.ok) throw new Error(JSON.stringify(r.error));
      return r.value;
    };
    const first = page(2, 0);
    expect(first.total).toBe(5);
    expect(first.rows).toEqual([
      { id: rev.value.id, payoutNo: 'C1-PO-00005', at: rev.value.at, method: 'upi', ref: '', paidPaise: -183_750, reversed: false, reversesPayoutNo: 'C1-PO-00001', itemCount: 0 },
      { id: two.value.id, payoutNo: 'C1-PO-00004', at: two.value.at, method: 'cash', ref: '', paidPaise: 180_000, reversed: false, reversesPayoutNo: null, itemCount: 2 },
    ]);
    const rest = page(2, 2).rows.concat(page(2, 4).rows);
    expect(rest.map((p) => [p.payoutNo, p.reversed, p.itemCount])).toEqual([['C1-PO-00003', false, 1], ['C1-PO-00002', false, 1], ['C1-PO-00001', true, 1]]);
    expect(page(2, 6)).toEqual({ rows: [], total: 5 });
    // a summary carries no entries: the slip is payouts.get
    expect(first.rows[1]).not.toHaveProperty('items');
    expect(app.call('payouts.get', { id: two.value.id }, owner).result).toMatchObject({ ok: true, value: { items: [{ kind: 'accrual' }, { kind: 'accrual' }], paidPaise: 180_000 } });
    expect(q(app, 'SELECT count(*) FROM audit_log')).toBe(audits); // a read: no audit row
    expect(app.call('payouts.list', { artisanId: kamla }, owner).result).toMatchObject({ ok: true, value: { total: 5 } }); // limit/offset default
    expect(app.call('payouts.list', { artisanId: kamla, limit: 201 }, owner).result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(app.call('payouts.list', { artisanId: 9999 }, owner).result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});

describe('payouts.listBalances (property): every member at once equals each one asked alone', () => {
  it('after random sales, returns, rentals of her pieces, payouts, reversals and adjustments', async () => {
    const { rentalShop, ist, rid: rrid } = await import('./rentals-support');
    const { SETTLED } = await import('../../src/core/payouts/entries');
    const op = fc.oneof(
      { weight: 4, arbitrary: fc.record({ k: fc.constant('sell' as const), sku: fc.constantFrom('DHOK-001', 'BELL-001', 'DHOK-002', 'KOSA-001', 'PARA-001') }) },
      { weight: 2, arbitrary: fc.record({ k: fc.constant('return' as const), n: fc.nat(20) }) },
      { weight: 2, arbitrary: fc.record({ k: fc.constant('rent' as const) }) },
      { weight: 2, arbitrary: fc.record({ k: fc.constant('checkIn' as const), damage: fc.nat(30_000) }) },
      { weight: 3, arbitrary: fc.record({ k: fc.constant('pay' as const), who: fc.nat(10), take: fc.nat(4) }) },
      { weight: 1, arbitrary: fc.record({ k: fc.constant('reverse' as const), n: fc.nat(10) }) },
      { weight: 1, arbitrary: fc.record({ k: fc.constant('adjust' as const), who: fc.nat(10), amount: fc.integer({ min: -20_000, max: 20_000 }).filter((n) => n !== 0) }) },
      { weight: 2, arbitrary: fc.record({ k: fc.constant('tick' as const), days: fc.integer({ min: 1, max: 3 }) }) },
    );
    fc.assert(
      fc.property(fc.array(op, { minLength: 1, maxLength: 20 }), (ops) => {
        let day = ist('2026-11-23');
        const s = rentalShop(day);
        const artisans = s.app.db.prepare('SELECT id FROM artisans ORDER BY id').pluck().all() as number[];
        const bills: string[] = [];
        const out: number[] = [];
        const businessDay = () => s.businessToday();
        for (const o of ops) {
          if (o.k === 'sell') {
            const p = s.app.db.prepare('SELECT id, price_paise FROM products WHERE sku = ?').get(o.sku) as { id: number; price_paise: number } | undefined;
            if (!p) continue;
            const r = s.call('sales.checkout', { requestId: rrid(), lines: [{ productId: p.id, qtyMilli: 1000, expectedPricePaise: p.price_paise }], payments: [{ method: 'cash', amountPaise: p.price_paise }] });
            if (r.ok) bills.push(r.value.billNo);
          } else if (o.k === 'return' && bills.length) {
            s.call('sales.return', { requestId: rrid(), billNo: bills[o.n % bills.length]!, lines: [{ lineNo: 1, qtyMilli: 1000 }], refundMethod: 'cash', reason: 'x', approval: { userId: s.ownerId, pin: '1234' } });
          } else if (o.k === 'rent') {
            try {
              out.push(s.walkIn([{ sku: 'RENT-003' }], businessDay()).id); // her maur, back the same day
            } catch {
              /* the piece is out: refused, fine */
            }
          } else if (o.k === 'checkIn' && out.length) {
            const r = s.ok('rentals.get', { id: out.shift()! });
            s.call('rentals.checkIn', { requestId: rrid(), rentalId: r.id, refundMethod: 'cash', lines: r.lines.map((l) => ({ lineId: l.lineId, qty: 1, ...(o.damage ? { damagePaise: o.damage, damageNote: 'दाग' } : {}) })) });
          } else if (o.k === 'pay') {
            const a = artisans[o.who % artisans.length]!;
            const u = s.ok('payouts.listUnpaid', { artisanId: a, periodEnd: businessDay() }, s.owner);
            const ids = u.entries.slice(0, o.take + 1).map((e) => e.ledgerId);
            if (ids.length) s.call('payouts.pay', { requestId: rrid(), artisanId: a, periodEnd: businessDay(), ledgerIds: ids, method: 'cash' }, s.owner);
          } else if (o.k === 'reverse') {
            const ids = s.app.db.prepare('SELECT id FROM payouts WHERE reverses_payout_id IS NULL ORDER BY id').pluck().all() as number[];
            if (ids.length) s.call('payouts.reverse', { requestId: rrid(), payoutId: ids[o.n % ids.length]!, reason: 'गलत' }, s.owner);
          } else if (o.k === 'adjust') {
            s.call('payouts.adjust', { requestId: rrid(), artisanId: artisans[o.who % artisans.length]!, amountPaise: o.amount, reason: 'p' }, s.owner);
          } else if (o.k === 'tick') {
            day = new Date(day.getTime() + o.days * 86_400_000);
            s.setClock(day);
          }
        }
        const all = s.ok('payouts.listBalances', {}, s.owner);
        expect(all.map((b) => b.artisanId)).toEqual(artisans);
        for (const b of all) {
          const ledger = s.q('SELECT COALESCE(sum(amount_paise), 0) FROM artisan_ledger WHERE artisan_id = ?', b.artisanId);
          const alone = s.ok('payouts.listUnpaid', { artisanId: b.artisanId, periodEnd: businessDay() }, s.owner);
          expect(b.balancePaise).toBe(ledger);
          expect(b.balancePaise).toBe(alone.balancePaise);
          // every entry is dated on or before today, so her open count is what listUnpaid lists
          expect(b.unpaidEntries).toBe(alone.entries.length);
          expect(b.lastPayoutAt).toBe(s.q('SELECT max(p.at) FROM payouts p WHERE p.artisan_id = ? AND p.reverses_payout_id IS NULL AND p.id NOT IN (SELECT reverses_payout_id FROM payouts WHERE reverses_payout_id IS NOT NULL)', b.artisanId) ?? null);
        }
        // the unsettled cache (migration 18) recomputed from the ledgers with the old test
        const recomputed = s.app.db.prepare(`SELECT e.artisan_id || ':' || e.id FROM artisan_ledger e WHERE e.kind IN ('accrual', 'reversal', 'adjustment') AND NOT ${SETTLED} ORDER BY e.id`).pluck().all();
        expect(s.app.db.prepare("SELECT artisan_id || ':' || ledger_id FROM artisan_unsettled ORDER BY ledger_id").pluck().all()).toEqual(recomputed);
        s.app.close();
      }),
      { numRuns: 15 },
    );
  }, 180_000);
});

describe('migration 18 (the unsettled-entries cache)', () => {
  it('backfills an existing shop exactly: paid, reversed-and-open, part-paid and never-paid entries', async () => {
    const { migrate } = await import('../../src/core/db/migrate');
    const { migrations } = await import('../../src/core/db/migrations');
    const { SETTLED } = await import('../../src/core/payouts/entries');
    const app = createApp(':memory:', { clock });
    const { sell, unpaid, payIds, owner, kamla } = setup(app);
    for (const sku of ['DHOK-001', 'BELL-001', 'DHOK-002', 'BELL-001']) sell(sku);
    const ids = unpaid().entries.map((e) => e.ledgerId);
    const a = payIds([ids[0]!]);
    payIds([ids[1]!]);
    if (!a.ok) throw new Error('pay');
    app.call('payouts.reverse', { requestId: rid(), payoutId: a.value.id, reason: 'x' }, owner); // ids[0] open again
    app.call('payouts.adjust', { requestId: rid(), artisanId: kamla, amountPaise: 5_000, reason: 'y' }, owner);
    const OPEN = "SELECT artisan_id || ':' || ledger_id FROM artisan_unsettled ORDER BY ledger_id";
    const kept = app.db.prepare(OPEN).pluck().all();
    expect(kept).toHaveLength(4); // ids[0], ids[2], ids[3], the adjustment
    expect(kept).toEqual(app.db.prepare(`SELECT e.artisan_id || ':' || e.id FROM artisan_ledger e WHERE e.kind IN ('accrual', 'reversal', 'adjustment') AND NOT ${SETTLED} ORDER BY e.id`).pluck().all());
    // back to version 17, then migrate again
    for (const t of ['artisan_ledger_unsettled', 'payout_items_unsettled', 'payouts_reversal_unsettled']) app.db.exec(`DROP TRIGGER ${t}`);
    app.db.exec('DROP TABLE artisan_unsettled');
    app.db.pragma('user_version = 17');
    expect(migrate(app.db, migrations.slice(0, 18))).toBe(18);
    expect(app.db.prepare(OPEN).pluck().all()).toEqual(kept);
    app.close();
  });
});
