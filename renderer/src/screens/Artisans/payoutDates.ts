import { shopDate } from '../../shopZone';

/** Today as the shop reads its calendar: the default end of a payout period. */
export function today(): string {
  return shopDate();
}

/** The first day of the month a business date falls in: a statement's default start. */
export function monthStart(date: string): string {
  return `${date.slice(0, 8)}01`;
}

/** 'YYYY-MM-DD' read the Indian way, day first, as the slips print it: 2026-05-07 -> 07/05/2026. */
export function showDate(date: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : date;
}

/** The shop day of a UTC instant (when a payout was made). */
export function dayOf(iso: string): string {
  return shopDate(new Date(iso));
}
