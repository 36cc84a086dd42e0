/** Rent, days and late days: pure arithmetic on terms and business dates (exact across month and year ends). */
import { daysBetween, type BusinessDate } from '../../shared/dates';

export interface PriceTerms {
  dayPricePaise: number | null;
  eventPricePaise: number | null;
  eventDays: number | null;
}

/** Days charged for a rental from `from` to `due`: at least one (a same-day return is a day). */
export function rentalDays(from: BusinessDate, due: BusinessDate): number {
  return Math.max(1, daysBetween(from, due));
}

/**
 * How a line's rent is reckoned: 'cheaper' (the default) charges the lower of the day rate and the
 * event package; 'event' the package, because the counter picked it on purpose (#19).
 */
export type RentRule = 'cheaper' | 'event';

/**
 * The two prices of one unit for `days`, each null where the item has no such price: by the day
 * (the day price each day), and by the event package (the event price for up to eventDays, then
 * the day price a day, or, with no day price, another event price for each further block of eventDays).
 */
export function rentChoices(t: PriceTerms, days: number): { dayPaise: number | null; eventPaise: number | null } {
  const dayPaise = t.dayPricePaise === null ? null : days * t.dayPricePaise;
  if (t.eventPricePaise === null || t.eventDays === null) return { dayPaise, eventPaise: null };
  if (days <= t.eventDays) return { dayPaise, eventPaise: t.eventPricePaise };
  if (t.dayPricePaise !== null) return { dayPaise, eventPaise: t.eventPricePaise + (days - t.eventDays) * t.dayPricePaise };
  return { dayPaise, eventPaise: Math.ceil(days / t.eventDays) * t.eventPricePaise };
}

/**
 * Rent of one unit for `days` under `rule`: the cheaper of the two prices (2 days at ₹300 a day
 * with an ₹800 package: ₹600), or the package when the counter chose it.
 */
export function rentPerUnit(t: PriceTerms, days: number, rule: RentRule = 'cheaper'): number {
  const { dayPaise, eventPaise } = rentChoices(t, days);
  if (eventPaise === null) return dayPaise ?? 0;
  if (dayPaise === null || rule === 'event') return eventPaise;
  return Math.min(dayPaise, eventPaise);
}

/** Whole days after the due date (the shop day it came back on, in the shop's time zone). */
export function lateDays(due: BusinessDate, returned: BusinessDate): number {
  return Math.max(0, daysBetween(due, returned));
}
