/** The shop's own calendar: "today" and file-name stamps in the shop's time zone, never the machine's or UTC's. */
import { businessDate, DEFAULT_TIME_ZONE, fileStamp, nextDate } from '../shared/dates';
import type { DB } from './db/open';
import { stmt } from './db/stmt';

export function shopZoneOf(db: DB): string {
  return stmt<[], { t: string }>(db, 'SELECT time_zone AS t FROM shop_settings WHERE id = 1').get()?.t ?? DEFAULT_TIME_ZONE;
}

/** The shop day today, in the shop's time zone. */
export const shopToday = (db: DB, now: Date): string => businessDate(now, shopZoneOf(db));

/** '2026-12-07_00-01-05': when something was made, as the shop's clock on the wall said it. */
export const shopFileStamp = (db: DB, now: Date): string => fileStamp(now, shopZoneOf(db));

/** When and by whom, shared by every row one call writes (a rental's, a custom order's). */
export interface Stamp {
  at: string;
  /** The calendar's shop day (due dates, lateness, availability). */
  day: string;
  /** The shop day its money is booked on: today, or the next day once today is closed (tradingDay). */
  moneyDay: string;
  userId: number;
}

export function stampOf(db: DB, now: Date, userId: number): Stamp {
  const zone = shopZoneOf(db);
  return { at: now.toISOString(), day: businessDate(now, zone), moneyDay: tradingDay(db, now, zone), userId };
}

/**
 * The shop day a new sale, return or drawer movement is dated: today, or once today has been
 * closed (its drawer counted and signed), the next shop day, so a closed day's figures never
 * change after the count. Only a day up to today can be closed, so at most one day is skipped.
 */
export function tradingDay(db: DB, now: Date, zone?: string): string {
  // `zone`: the shop's time zone when the caller has already read the settings row (one query less a sale)
  let day = zone ? businessDate(now, zone) : shopToday(db, now);
  const closed = stmt<[string], { one: number }>(db, 'SELECT 1 AS one FROM day_closes WHERE business_date = ?');
  while (closed.get(day)) day = nextDate(day);
  return day;
}
