/**
 * A generated month in a demo shop (November 2026, clock moved day by day): sales by the cashier
 * and the owner (line and bill discounts, price overrides), returns, an exchange, walk-in rentals
 * (some back late), a payout run and an adjustment; then the clock stops at TEST_NOW.
 */
import type { Input } from '../../src/shared/api';
import { addDays } from '../../src/shared/dates';
import { TEST_NOW } from '../support/clock';
import { ist, returnAll, rentalShop, rid, type RentalShop } from './rentals-support';

/** A small fixed-seed generator (the month is the same every run). */
function rng(seed: number) {
  let s = seed >>> 0;
  const next = () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
  return { next, int: (n: number) => Math.floor(next() * n), chance: (p: number) => next() < p };
}

type P = { id: number; price_paise: number };

export function generatedMonth(seed = 7) {
  const s = rentalShop(ist('2026-11-01', '10:00'));
  const r = rng(seed);
  const products = s.app.db.prepare("SELECT id, price_paise FROM products WHERE for_sale = 1 AND status = 'active' AND sku NOT IN ('JEWL-001', 'BAST-001') ORDER BY id").all() as P[]; // those two never sell: slow movers
  s.app.db.exec('UPDATE shop_settings SET allow_negative_stock = 1');
  const bills: string[] = [];
  const back: { id: number; day: number }[] = [];
  const sell = (who: string, input: Omit<Input<'sales.checkout'>, 'requestId' | 'payments'>, method: 'cash' | 'upi' | 'card') => {
    const probe = s.call('sales.checkout', { requestId: rid(), ...input, payments: [{ method: 'upi', amountPaise: 1 }] }, who);
    const total = !probe.ok && probe.error.code === 'PAYMENT_MISMATCH' ? (probe.error.details as { totalPaise: number }).totalPaise : NaN;
    const sale = s.ok('sales.checkout', { requestId: rid(), ...input, payments: [{ method, amountPaise: total }] }, who);
    bills.push(sale.billNo);
    return sale;
  };
  const lineOf = (p: P, n: number, extra: object = {}) => ({ productId: p.id, qtyMilli: n * 1000, expectedPricePaise: p.price_paise, ...extra });
  for (let day = 0; day < 30; day++) {
    const date = addDays('2026-11-01', day);
    s.at(date, '10:30');
    const n = 2 + r.int(4);
    for (let k = 0; k < n; k++) {
      const p = products[r.int(products.length)]!;
      const q = products[r.int(products.length)]!;
      const method = (['cash', 'upi', 'card'] as const)[r.int(3)]!;
      if (r.chance(0.2)) {
        sell(s.owner, { lines: [lineOf(p, 1, { priceOverridePaise: Math.max(100, p.price_paise - 2_000) }), lineOf(q, 1, { discount: { kind: 'percent', bps: 500 } })], billDiscount: { kind: 'percent', bps: 300 }, discountReason: 'सदस्य' }, method);
      } else {
        sell(s.cashier, { lines: p.id === q.id ? [lineOf(p, 1 + r.int(2))] : [lineOf(p, 1 + r.int(2)), lineOf(q, 1)] }, method);
      }
    }
    s.at(date, '15:00');
    if (day % 4 === 1) s.ok('sales.return', { requestId: rid(), billNo: bills[bills.length - 2]!, lines: [{ lineNo: 1, qtyMilli: 1000 }], refundMethod: 'cash', reason: 'टूटा हुआ' }, s.owner);
    if (day === 12) {
      const p = products[3]!;
      const probe = s.call('sales.exchange', { requestId: rid(), billNo: bills[bills.length - 1]!, returnLines: [{ lineNo: 1, qtyMilli: 1000 }], newLines: [lineOf(p, 1)], refundMethod: 'cash', reason: 'बदलना' }, s.owner);
      if (!probe.ok) {
        const d = probe.error.details as { totalPaise: number; creditPaise: number };
        const due = d.totalPaise - d.creditPaise;
        s.ok('sales.exchange', { requestId: rid(), billNo: bills[bills.length - 1]!, returnLines: [{ lineNo: 1, qtyMilli: 1000 }], newLines: [lineOf(p, 1)], payments: [{ method: 'upi', amountPaise: due }], reason: 'बदलना' }, s.owner);
      }
    }
    for (const b of back.filter((x) => x.day === day)) returnAll(s, b.id);
    if (day % 6 === 2 && day < 26) {
      const rental = s.walkIn([{ sku: 'RENT-004', qty: 2 }], addDays(date, 1));
      back.push({ id: rental.id, day: day + (day % 12 === 2 ? 3 : 1) }); // some come back late
    }
    if (day === 14 || day === 28) payAll(s, date);
    if (day === 20) s.ok('payouts.adjust', { requestId: rid(), artisanId: artisanIds(s)[0]!, amountPaise: 5_000, reason: 'बोनस' }, s.owner);
    if (day === 9) sharedOrder(s, date);
  }
  s.at('2026-11-29', '12:00');
  s.walkIn([{ sku: 'RENT-004', qty: 1 }], '2026-12-01'); // still out on TEST_NOW: overdue
  s.setClock(new Date(TEST_NOW));
  return s;
}

/**
 * A custom order two members make together (60 % and 30 % of each line's value): ordered with an
 * advance, 120 of 200 badges handed over, and 10 of those brought back the same day. Its sale line
 * names no single artisan, so every report by artisan must read the makers' own ledger entries.
 */
function sharedOrder(s: RentalShop, date: string) {
  const id = (sql: string, v: string) => s.q(sql, v) as number;
  const [sunita, geeta] = [id('SELECT id FROM artisans WHERE name_en = ?', 'Sunita Sahu'), id('SELECT id FROM artisans WHERE name_en = ?', 'Geeta Yadav')];
  const order = s.ok('orders.create', {
    requestId: rid(), customer: { name: 'सरस्वती शिशु मंदिर', phone: '9826011223' }, dueDate: addDays(date, 5),
    lines: [{ nameHi: 'धान आर्ट बैज', nameEn: 'Paddy-grain badge', craftId: id('SELECT id FROM crafts WHERE code = ?', 'DHAN'), qtyMilli: 200_000, unitPricePaise: 2_500, makers: [{ artisanId: sunita, shareBps: 6_000 }, { artisanId: geeta, shareBps: 3_000 }] }],
    advance: [{ method: 'cash', amountPaise: 200_000 }],
  });
  s.at(date, '16:00');
  s.ok('orders.setStatus', { requestId: rid(), orderId: order.id, status: 'ready' });
  const done = s.ok('orders.deliver', { requestId: rid(), orderId: order.id, lines: [{ orderLineId: order.lines[0]!.id, qtyMilli: 120_000 }], payments: [{ method: 'upi', amountPaise: 100_000, ref: 'UPI9' }] });
  s.ok('sales.return', { requestId: rid(), billNo: done.sale.billNo, lines: [{ lineNo: 1, qtyMilli: 10_000 }], refundMethod: 'cash', reason: 'टूटे हुए' }, s.owner);
}

const artisanIds = (s: RentalShop) => s.app.db.prepare('SELECT id FROM artisans ORDER BY id').pluck().all() as number[];

/** Each artisan is paid everything she is owed (cash). */
function payAll(s: RentalShop, date: string) {
  for (const artisanId of artisanIds(s)) {
    const unpaid = s.ok('payouts.listUnpaid', { artisanId, periodEnd: date }, s.owner);
    if (unpaid.entries.length && unpaid.totalPaise > 0) {
      s.ok('payouts.pay', { requestId: rid(), artisanId, periodEnd: date, ledgerIds: unpaid.entries.map((e) => e.ledgerId), method: 'cash' }, s.owner);
    }
  }
}
