/** Custom orders: the advance held and applied, deliveries through the checkout, the cancel rule, makers' accruals, lists and bad input. */
import { describe, expect, it } from 'vitest';
import { dbFingerprint } from '../support/db';
import { orderShop, rid } from './orders-support';

describe('custom orders', () => {
  it('takes an order with an advance held for the customer, not income', () => {
    const s = orderShop();
    const before = s.drawer();
    const o = s.ok('orders.create', s.badges());
    expect(o).toMatchObject({ status: 'ordered', pricePaise: 500_000, advancePaise: 200_000, heldPaise: 200_000, openValuePaise: 500_000, dueDate: '2026-12-12' });
    expect(o.orderNo).toMatch(/^HH\/O\/2026-27\/C1-000001$/);
    expect(o.lines[0]!.makers.map((m) => m.shareBps)).toEqual([6_000, 3_000]);
    expect(s.drawer() - before).toBe(200_000);
    const day = s.ok('reports.getDayClose', { date: '2026-12-07' }, s.owner);
    expect(day.salesPaise).toBe(0);
    expect(day.orders).toMatchObject({ advancesTakenPaise: 200_000, advancesHeldPaise: 200_000, appliedPaise: 0, keptPaise: 0 });
    expect(day.cash.byKind).toContainEqual({ kind: 'order', amountPaise: 200_000 });
  });

  it('delivers in two parts through the checkout: advance + balance = price less discounts, pieces in and out of stock, makers accrue', () => {
    const s = orderShop();
    const o = s.ok('orders.create', s.badges());
    s.ok('orders.setStatus', { requestId: rid(), orderId: o.id, status: 'ready' });
    const line = o.lines[0]!.id;
    // 120 now: ₹3,000, of which the ₹2,000 advance pays first.
    const d1 = s.ok('orders.deliver', { requestId: rid(), orderId: o.id, lines: [{ orderLineId: line, qtyMilli: 120_000 }], payments: [{ method: 'upi', amountPaise: 100_000, ref: 'UTR1' }] });
    expect(d1).toMatchObject({ appliedPaise: 200_000, refundPaise: 0 });
    expect(d1.sale.billNo).toMatch(/^HH\/2026-27\/C1-\d{6}$/);
    expect(d1.sale).toMatchObject({ totalPaise: 300_000, customerName: 'सरस्वती शिशु मंदिर' });
    expect(d1.order).toMatchObject({ status: 'ready', heldPaise: 0, openValuePaise: 200_000 });
    // The rest, with a ₹100 discount on the bill.
    const d2 = s.ok('orders.deliver', {
      requestId: rid(), orderId: o.id, lines: [{ orderLineId: line, qtyMilli: 80_000 }], billDiscount: { kind: 'amount', paise: 10_000 }, payments: [{ method: 'cash', amountPaise: 190_000 }],
    });
    expect(d2.order.status).toBe('delivered');
    expect(d2.order.deliveries.map((d) => d.appliedPaise)).toEqual([200_000, 0]);
    const bills = [d1.sale, d2.sale];
    const paid = bills.flatMap((b) => b.payments).reduce((a, p) => a + p.amountPaise, 0);
    expect(200_000 + paid).toBe(o.pricePaise - 10_000);
    expect(bills.reduce((a, b) => a + b.totalPaise, 0)).toBe(o.pricePaise - 10_000);
    // Made for the order: received and sold, so nothing is left on the shelf.
    const productId = s.q('SELECT made_product_id FROM order_lines WHERE id = ?', line) as number;
    expect(s.q("SELECT sum(qty_milli) FROM stock_movements WHERE product_id = ? AND kind = 'intake'", productId)).toBe(200_000);
    expect(s.q('SELECT sum(qty_milli) FROM stock_movements WHERE product_id = ?', productId)).toBe(0);
    // Each maker's share of each bill line (no GST: of the line's net), as accruals against the sale lines.
    expect(s.balanceOf(s.sunita)).toBe(180_000 + 114_000);
    expect(s.balanceOf(s.geeta)).toBe(90_000 + 57_000);
    expect(s.q("SELECT count(*) FROM artisan_ledger WHERE kind = 'accrual' AND ref_type = 'sale'")).toBe(4);
    expect(s.held()).toBe(0);
  });

  it('a catalogue line at an agreed price other than the shelf needs no PIN, and her product rule applies without makers', () => {
    const s = orderShop();
    const productId = s.product('DHAN-001');
    const shelf = s.q('SELECT price_paise FROM products WHERE id = ?', productId) as number;
    const o = s.ok('orders.create', { ...s.badges(), lines: [{ productId, qtyMilli: 10_000, unitPricePaise: shelf - 500 }], advance: [] });
    s.ok('orders.setStatus', { requestId: rid(), orderId: o.id, status: 'in_making' });
    const total = 10 * (shelf - 500);
    const d = s.ok('orders.deliver', { requestId: rid(), orderId: o.id, lines: [{ orderLineId: o.lines[0]!.id, qtyMilli: 10_000 }], payments: [{ method: 'cash', amountPaise: total }] });
    expect(d.sale.lines[0]).toMatchObject({ unitPricePaise: shelf - 500, listPricePaise: shelf, artisanId: s.sunita });
    expect(d.sale.lines[0]!.artisanSharePaise).toBe(total - Math.round(total * 0.2));
  });

  it('cancel by the shop rule: before work a quarter kept, once making all kept; a manager may keep another amount', () => {
    const s = orderShop();
    const a = s.ok('orders.create', s.badges());
    expect(a.cancelRule).toEqual({ keepPaise: 50_000, refundPaise: 150_000, rule: 'keep:2500' });
    const before = s.drawer();
    const c = s.ok('orders.cancel', { requestId: rid(), orderId: a.id, reason: 'कार्यक्रम रद्द', refundMethod: 'cash' });
    expect(c).toMatchObject({ status: 'cancelled', heldPaise: 0 });
    expect(c.money.map((m) => [m.kind, m.amountPaise])).toEqual([['advance', 200_000], ['kept', -50_000], ['refund', -150_000]]);
    expect(s.drawer() - before).toBe(-150_000);
    expect(s.ok('reports.getDayClose', { date: '2026-12-07' }, s.owner).orders).toMatchObject({ keptPaise: 50_000, refundedPaise: 150_000, advancesHeldPaise: 0 });

    const b = s.ok('orders.create', s.badges());
    s.ok('orders.setStatus', { requestId: rid(), orderId: b.id, status: 'in_making' });
    expect(s.ok('orders.get', { orderId: b.id }).cancelRule).toEqual({ keepPaise: 200_000, refundPaise: 0, rule: 'made' });
    const fp = dbFingerprint(s.app.db);
    expect(s.err('orders.cancel', { requestId: rid(), orderId: b.id, reason: 'x', keepPaise: 100_000, refundMethod: 'upi' })).toEqual(['APPROVAL_REQUIRED', 'keepPaise']);
    expect(s.err('orders.cancel', { requestId: rid(), orderId: b.id, reason: 'x', keepPaise: 200_001, refundMethod: 'upi' }, s.owner)).toEqual(['INVALID_INPUT', ['keepPaise']]);
    expect(dbFingerprint(s.app.db)).toBe(fp);
    const c2 = s.ok('orders.cancel', { requestId: rid(), orderId: b.id, reason: 'x', keepPaise: 100_000, refundMethod: 'upi', approval: { userId: s.ownerId, pin: '1234' } });
    expect(c2.money.at(-1)).toMatchObject({ kind: 'refund', method: 'upi', amountPaise: -100_000 });
    expect(s.err('orders.cancel', { requestId: rid(), orderId: b.id, reason: 'x' })).toEqual(['ORDER_STATUS', 'orderId']);
  });

  it('refuses bad input with a clear code and writes nothing', () => {
    const s = orderShop();
    const o = s.ok('orders.create', s.badges());
    s.ok('orders.setStatus', { requestId: rid(), orderId: o.id, status: 'ready' });
    const line = o.lines[0]!.id;
    const fp = dbFingerprint(s.app.db);
    expect(s.err('orders.create', s.badges({ advance: [{ method: 'cash', amountPaise: 500_001 }] }))).toEqual(['ORDER_ADVANCE_OVER_PRICE', 'advance']);
    expect(s.err('orders.create', s.badges({ dueDate: '2026-12-06' }))).toEqual(['ORDER_DUE_PAST', 'dueDate']);
    const over = s.badges();
    over.lines[0]!.makers = [{ artisanId: s.sunita, shareBps: 7_000 }, { artisanId: s.geeta, shareBps: 3_001 }];
    expect(s.err('orders.create', over)).toEqual(['ORDER_SHARE_OVER', ['lines', 0, 'makers']]);
    expect(s.err('orders.deliver', { requestId: rid(), orderId: o.id, lines: [{ orderLineId: line, qtyMilli: 200_001 }], payments: [] })).toEqual(['ORDER_DELIVERY_TOO_MANY', ['lines', 0, 'qtyMilli']]);
    expect(s.err('orders.setStatus', { requestId: rid(), orderId: o.id, status: 'in_making' })).toEqual(['ORDER_STATUS', 'status']);
    expect(s.err('orders.create', { ...s.badges(), surprise: 1 } as never)[0]).toBe('INVALID_INPUT');
    expect(dbFingerprint(s.app.db)).toBe(fp);

    // The same delivery twice with one request id is recorded once; another delivery under that id is refused.
    const req = { requestId: rid(), orderId: o.id, lines: [{ orderLineId: line, qtyMilli: 50_000 }], payments: [] };
    const first = s.ok('orders.deliver', req);
    const after = dbFingerprint(s.app.db);
    expect(s.ok('orders.deliver', req).sale.billNo).toBe(first.sale.billNo);
    expect(s.err('orders.deliver', { ...req, lines: [{ orderLineId: line, qtyMilli: 10_000 }] })[0]).toBe('IDEMPOTENCY_MISMATCH');
    expect(dbFingerprint(s.app.db)).toBe(after);
  });

  it('lists due this week, overdue and ready; her open work; the dashboard summary; held equals the open orders advances', () => {
    const s = orderShop();
    const a = s.ok('orders.create', s.badges({ dueDate: '2026-12-07' }));
    const b = s.ok('orders.create', s.badges({ dueDate: '2026-12-20', advance: [{ method: 'upi', amountPaise: 50_000, ref: 'U' }] }));
    const c = s.ok('orders.create', s.badges({ dueDate: '2026-12-09', lines: [{ nameHi: 'मौर', nameEn: 'Maur', craftId: s.craft('BAANS'), qtyMilli: 1_000, unitPricePaise: 150_000, makers: [] }], advance: [] }));
    s.ok('orders.setStatus', { requestId: rid(), orderId: c.id, status: 'ready' });
    s.at('2026-12-08');
    const ids = (view: 'due_week' | 'overdue' | 'ready' | 'open') => s.ok('orders.list', { view }).map((o) => o.id);
    expect(ids('overdue')).toEqual([a.id]);
    expect(ids('due_week')).toEqual([c.id]);
    expect(ids('ready')).toEqual([c.id]);
    expect(ids('open')).toEqual([a.id, c.id, b.id]);
    const work = s.ok('orders.list', { view: 'open', artisanId: s.geeta });
    expect(work.map((o) => o.id)).toEqual([a.id, b.id]);
    expect(work[0]!.work).toEqual([{ nameHi: 'धान आर्ट बैज', nameEn: 'Paddy-grain badge', openMilli: 200_000, shareBps: 3_000 }]);
    const sum = s.ok('orders.getDueSummary', {});
    expect(sum).toMatchObject({
      today: '2026-12-08', overdue: { count: 1, valuePaise: 500_000, heldPaise: 200_000 }, dueThisWeek: { count: 1, valuePaise: 150_000, heldPaise: 0 },
      readyNotCollected: { count: 1, valuePaise: 150_000 }, dueToday: { count: 0 }, heldPaise: 250_000,
    });
    expect(s.ok('reports.getDayClose', { date: '2026-12-08' }, s.owner).orders.advancesHeldPaise).toBe(sum.heldPaise);
  });

  it('a GST-registered shop: the delivery bill is a tax invoice at the line rate, and her share is of the value before GST', () => {
    const s = orderShop();
    s.ok('settings.update', { shopName: 'हमर हटरी', language: 'hi', gstin: '22AAAAA0000A1Z5' }, s.owner);
    // 10 badges at ₹25 = ₹250, GST 5 % inside: taxable ₹238.10; Sunita 60 % and Geeta 30 % of that.
    const g = s.ok('orders.create', { ...s.badges({ advance: [] }, 10_000), lines: [{ ...s.badges().lines[0]!, qtyMilli: 10_000, gstRateBps: 500 }] });
    s.ok('orders.setStatus', { requestId: rid(), orderId: g.id, status: 'ready' });
    const d = s.ok('orders.deliver', { requestId: rid(), orderId: g.id, lines: [{ orderLineId: g.lines[0]!.id, qtyMilli: 10_000 }], payments: [{ method: 'cash', amountPaise: 25_000 }] });
    expect(d.sale.invoiceKind).toBe('tax_invoice');
    expect(d.sale.lines[0]).toMatchObject({ gstRateBps: 500, taxablePaise: 23_810, cgstPaise: 595, sgstPaise: 595, artisanSharePaise: 14_286 + 7_143, artisanId: null });
    expect(s.balanceOf(s.sunita)).toBe(14_286);
    expect(s.balanceOf(s.geeta)).toBe(7_143);
  });

  it('a return of pieces from a delivery shared by two makers reverses each her part', () => {
    const s = orderShop();
    const o = s.ok('orders.create', s.badges({ advance: [] }, 10_000));
    s.ok('orders.setStatus', { requestId: rid(), orderId: o.id, status: 'ready' });
    const d = s.ok('orders.deliver', { requestId: rid(), orderId: o.id, lines: [{ orderLineId: o.lines[0]!.id, qtyMilli: 10_000 }], payments: [{ method: 'cash', amountPaise: 25_000 }] });
    expect([s.balanceOf(s.sunita), s.balanceOf(s.geeta)]).toEqual([15_000, 7_500]);
    s.ok('sales.return', { requestId: rid(), billNo: d.sale.billNo, lines: [{ lineNo: 1, qtyMilli: 4_000, restock: true }], reason: 'चार टूटे', refundMethod: 'cash' }, s.owner);
    expect([s.balanceOf(s.sunita), s.balanceOf(s.geeta)]).toEqual([9_000, 4_500]);
  });
});
