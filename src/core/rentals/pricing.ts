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
 * Rent of one unit for `days`: the day price each day; or the event price for up to eventDays and
 * then the day price a day, or (no day price) another event price for each further block of eventDays.
 */
export function rentPerUnit(t: PriceTerms, days: number): number {
  if (t.eventPricePaise === null || t.eventDays === null) return days * (t.dayPricePaise ?? 0);
  if (days <= t.eventDays) return t.eventPricePaise;
  if (t.dayPricePaise !== null) return t.eventPricePaise + (days - t.eventDays) * t.dayPricePaise;
  return Math.ceil(days / t.eventDays) * t.eventPricePaise;
}

/** Whole days after the due date (the shop day it came back on, in the shop's time zone). */
export function lateDays(due: BusinessDate, returned: BusinessDate): number {
  return Math.max(0, daysBetween(due, returned));
}
