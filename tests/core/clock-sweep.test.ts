/**
 * The clock sweep: the shop's date-sensitive work done at the instants where a UTC date and the
 * shop's date part ways (18:30-24:00 UTC is already tomorrow in Durg), where the financial year
 * and the bill series turn over (31 March -> 1 April), at a month's end and on 29 February.
 * At each: bill numbers and their series, the sale's shop day, the day close's totals and the
 * default day, the monthly report, her payout period, rental late days, the daily backup's
 * schedule and the idle lock. Every instant runs on a test clock; the machine's never matters
 * (and the core suite runs once more under TZ=America/New_York).
 */
import { describe, expect, it } from 'vitest';
import { dailyBackupDue } from '../../src/core/backup/schedule';
import { makeBackup } from '../../src/core/backup/handlers';
import { SessionStore } from '../../src/core/session/store';
import { addDays, financialYear } from '../../src/shared/dates';
import { shopDay } from '../support/clock';
import { rentalShop, returnAll, rid, type RentalShop } from './rentals-support';

const MIN = 60_000;
/** [what the instant is, the instant, the shop day it falls on] */
const INSTANTS: [string, string, string][] = [
  ['23:59 IST = 18:29 UTC, 6 Dec 2026', '2026-12-06T18:29:00Z', '2026-12-06'],
  ['00:01 IST = 18:31 UTC, 7 Dec 2026 (UTC still says the 6th)', '2026-12-06T18:31:00Z', '2026-12-07'],
  ['05:29 IST = 23:59 UTC, 7 Dec 2026', '2026-12-06T23:59:00Z', '2026-12-07'],
  ['05:31 IST = 00:01 UTC, 7 Dec 2026', '2026-12-07T00:01:00Z', '2026-12-07'],
  ['31 Mar 2027 23:59 IST, the financial year\'s last minute', '2027-03-31T18:29:00Z', '2027-03-31'],
  ['1 Apr 2027 00:01 IST, a new financial year and bill series', '2027-03-31T18:31:00Z', '2027-04-01'],
  ['30 Nov 2026 23:59 IST, a month\'s last day', '2026-11-30T18:29:00Z', '2026-11-30'],
  ['29 Feb 2028 00:01 IST, a leap day', '2028-02-28T18:31:00Z', '2028-02-29'],
  ['29 Feb 2028 23:59 IST, a leap day\'s last minute', '2028-02-29T18:29:00Z', '2028-02-29'],
];

function sell(s: RentalShop) {
  const p = s.app.db.prepare("SELECT id, price_paise, artisan_id FROM products WHERE sku = 'DHOK-001'").get() as { id: number; price_paise: number; artisan_id: number };
  const sale = s.ok('sales.checkout', { requestId: rid(), lines: [{ productId: p.id, qtyMilli: 1000, expectedPricePaise: p.price_paise }], payments: [{ method: 'cash', amountPaise: p.price_paise }] });
  return { sale, product: p };
}

const serial = (billNo: string) => Number(billNo.slice(billNo.lastIndexOf('-') + 1));

describe.each(INSTANTS)('at %s', (_name, iso, day) => {
  const at = new Date(iso);
  const later = new Date(at.getTime() + 2 * MIN); // two minutes on: across midnight for the 23:59 instants
  const laterDay = shopDay(later);

  it(`sells on shop day ${day}, numbered in financial year ${financialYear(day)}; two minutes on, the right day and series`, () => {
    const s = rentalShop(at);
    const { sale } = sell(s);
    expect(sale.businessDate).toBe(day);
    expect(sale.billNo).toMatch(new RegExp(`^HH/${financialYear(day)}/C1-\\d{6}$`));
    s.setClock(later);
    const next = sell(s).sale;
    expect(next.businessDate).toBe(laterDay);
    expect(next.billNo).toMatch(new RegExp(`^HH/${financialYear(laterDay)}/C1-\\d{6}$`));
    // a new financial year starts its series at 1; within a year the numbers are gapless
    expect(serial(next.billNo)).toBe(financialYear(laterDay) === financialYear(day) ? serial(sale.billNo) + 1 : 1);
    s.app.close();
  });

  it(`the day close of ${day} holds that sale, is today's by default, and closes once; the next minute's day holds the next`, () => {
    const s = rentalShop(at);
    const before = s.ok('reports.getDayClose', {}, s.owner);
    expect(before.date).toBe(day);
    const { sale, product } = sell(s);
    const close = s.ok('reports.getDayClose', { date: day }, s.owner);
    expect(close.bills).toMatchObject({ count: before.bills.count + 1, lastNo: sale.billNo });
    expect(close.salesPaise - before.salesPaise).toBe(product.price_paise);
    expect(close.cash.expectedPaise - before.cash.expectedPaise).toBe(product.price_paise);
    s.setClock(later);
    const next = sell(s).sale;
    const again = s.ok('reports.getDayClose', { date: day }, s.owner);
    const nextClose = s.ok('reports.getDayClose', {}, s.owner);
    expect(nextClose.date).toBe(laterDay);
    expect(nextClose.bills.lastNo).toBe(next.billNo);
    if (laterDay !== day) expect(again.bills).toEqual(close.bills); // yesterday's close is not touched by today's sale
    const closed = s.ok('reports.closeDay', { requestId: rid(), date: day, countedPaise: again.cash.expectedPaise, note: '' }, s.owner);
    expect(closed).toMatchObject({ date: day, differencePaise: 0 });
    s.app.close();
  });

  it(`the monthly report for ${day.slice(0, 7)} counts the sale on ${day}`, () => {
    const s = rentalShop(at);
    sell(s);
    const m = s.ok('reports.getMonthly', { month: day.slice(0, 7) }, s.owner);
    expect(m.to).toBe(addDays(`${addDays(`${day.slice(0, 7)}-28`, 4).slice(0, 7)}-01`, -1)); // the month's real last day
    expect(m.byDay.find((d) => d.date === day)?.bills).toBeGreaterThanOrEqual(1);
    s.app.close();
  });

  it(`her payout for the period ending ${day} includes the sale; a period ending the day before does not`, () => {
    const s = rentalShop(at);
    const { sale, product } = sell(s);
    const open = s.ok('payouts.listUnpaid', { artisanId: product.artisan_id, periodEnd: day }, s.owner);
    const mine = open.entries.filter((e) => e.billNo === sale.billNo);
    expect(mine).toHaveLength(1);
    expect(mine[0]!.businessDate).toBe(day);
    const before = s.ok('payouts.listUnpaid', { artisanId: product.artisan_id, periodEnd: addDays(day, -1) }, s.owner);
    expect(before.entries.some((e) => e.billNo === sale.billNo)).toBe(false);
    const slip = s.ok('payouts.pay', { requestId: rid(), artisanId: product.artisan_id, periodEnd: day, ledgerIds: mine.map((e) => e.ledgerId), method: 'cash', ref: '' }, s.owner);
    expect(slip.periodTo).toBe(day);
    expect(slip.items.map((e) => e.billNo)).toContain(sale.billNo);
    s.app.close();
  });

  it(`a rental due ${addDays(day, 1)} is on time at 23:59 IST that day and one day late at 00:01 IST the day after`, () => {
    const due = addDays(day, 1);
    const s = rentalShop(at);
    const onTime = s.walkIn([{ sku: 'RENT-004', qty: 1 }], due);
    const late = s.walkIn([{ sku: 'RENT-004', qty: 1 }], due);
    expect(onTime.fromDate).toBe(day);
    s.at(due, '23:59');
    expect(returnAll(s, onTime.id)).toMatchObject({ lateDays: 0, lateFeePaise: 0, businessDate: due });
    s.at(addDays(due, 1), '00:01');
    const back = returnAll(s, late.id);
    expect(back).toMatchObject({ lateDays: 1, businessDate: addDays(due, 1) });
    expect(back.lateFeePaise).toBe(late.lines[0]!.lateFeePerDayPaise);
    s.app.close();
  });

  it(`one daily backup per shop day: made at ${iso}, due again two minutes on only if the shop day changed`, async () => {
    const s = rentalShop(at);
    expect(dailyBackupDue(s.app, at)).toBe(true);
    const b = await makeBackup(s.app.db, at, 'daily');
    expect(b.file.split(/[\\/]/).at(-1)).toMatch(new RegExp(`^hamar-hatri-${day}_`)); // named for the shop's day
    expect(dailyBackupDue(s.app, at)).toBe(false);
    expect(dailyBackupDue(s.app, later)).toBe(laterDay !== day);
    s.app.close();
  });

  it('the counter locks after ten idle minutes, across midnight too', () => {
    const sessions = new SessionStore(10 * MIN);
    const token = sessions.create({ id: 1, name: 'पूजा', role: 'cashier' }, at.getTime());
    expect(sessions.get(token, at.getTime() + 9 * MIN)?.id).toBe(1); // a touch restarts the idle time
    expect(sessions.get(token, at.getTime() + 18 * MIN)?.id).toBe(1);
    expect(sessions.get(token, at.getTime() + 29 * MIN)).toBeNull();
  });
});
