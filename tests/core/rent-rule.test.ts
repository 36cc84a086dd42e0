/**
 * Rent is the cheaper rule (#19): the lower of the day rate and the event package, unless the
 * counter picks the package on purpose; the quote and the rental show both prices.
 */
import { describe, expect, it } from 'vitest';
import { rentChoices, rentPerUnit } from '../../src/core/rentals/pricing';
import { rentalShop } from './rentals-support';

// The demo's bridal costume (RENT-001): ₹300 a day, or the ₹800 package for up to 3 days.
const costume = { dayPricePaise: 30_000, eventPricePaise: 80_000, eventDays: 3 };

describe('the cheaper rule', () => {
  it('charges the cheaper of the day rate and the package, or the package when picked', () => {
    expect(rentChoices(costume, 2)).toEqual({ dayPaise: 60_000, eventPaise: 80_000 });
    expect(rentPerUnit(costume, 2)).toBe(60_000); // was quoted ₹800
    expect(rentPerUnit(costume, 2, 'event')).toBe(80_000);
    // 1-6 days: day rate while it is cheaper, the package from day 3 (₹900 by the day > ₹800), then package + days.
    expect([1, 2, 3, 4, 5, 6].map((d) => rentPerUnit(costume, d))).toEqual([30_000, 60_000, 80_000, 110_000, 140_000, 170_000]);
    // Never more than either price, and the package chosen on purpose is never below the cheaper rule.
    for (let d = 1; d <= 30; d++) {
      const { dayPaise, eventPaise } = rentChoices(costume, d);
      expect(rentPerUnit(costume, d)).toBe(Math.min(dayPaise!, eventPaise!));
      expect(rentPerUnit(costume, d, 'event')).toBeGreaterThanOrEqual(rentPerUnit(costume, d));
    }
    // One price only: that price, whatever the rule.
    const maur = { dayPricePaise: null, eventPricePaise: 50_000, eventDays: 2 };
    expect([1, 3].map((d) => [rentPerUnit(maur, d), rentPerUnit(maur, d, 'event')])).toEqual([[50_000, 50_000], [100_000, 100_000]]);
    const daily = { dayPricePaise: 1000, eventPricePaise: null, eventDays: null };
    expect([rentPerUnit(daily, 7), rentPerUnit(daily, 7, 'event')]).toEqual([7000, 7000]);
  });

  it('quotes both prices, books by the rule chosen, and charges that at pick-up', () => {
    const s = rentalShop();
    const [line] = s.lines([{ sku: 'RENT-001', rentRule: 'cheaper' }]);
    const q = s.ok('rentals.previewQuote', { fromDate: '2026-11-23', dueDate: '2026-11-25', lines: [line!] });
    expect(q.lines[0]).toMatchObject({ rentPaise: 60_000, dayRentPaise: 60_000, eventRentPaise: 80_000, rentRule: 'cheaper' });
    const picked = s.ok('rentals.previewQuote', { fromDate: '2026-11-23', dueDate: '2026-11-25', lines: [{ ...line!, rentRule: 'event' }] });
    expect(picked.lines[0]).toMatchObject({ rentPaise: 80_000, rentRule: 'event' });

    const cheaper = s.book([{ sku: 'RENT-001', rentRule: 'cheaper' }], '2026-11-23', '2026-11-25');
    const event = s.ok('rentals.book', { ...s.bookInput([{ sku: 'RENT-001' }], '2026-11-23', '2026-11-25'), lines: [{ ...line!, rentRule: 'event' as const }] });
    expect(s.ok('rentals.get', { id: cheaper.id }).lines[0]).toMatchObject({ rentPaise: 60_000, dayRentPaise: 60_000, eventRentPaise: 80_000, rentRule: 'cheaper' });
    expect(s.ok('rentals.get', { id: event.id }).lines[0]).toMatchObject({ rentPaise: 80_000, rentRule: 'event' });
    s.pickUp(cheaper.id);
    s.pickUp(event.id);
    expect([cheaper.id, event.id].map((id) => s.ok('rentals.get', { id }).rentPaise)).toEqual([60_000, 80_000]);
    // The rule is history: it cannot be changed on the line afterwards.
    expect(() => s.app.db.prepare("UPDATE rental_lines SET rent_rule = 'event' WHERE rental_id = ?").run(cheaper.id)).toThrow(/history/);
  });
});
