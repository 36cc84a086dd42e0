/** The shop's own calendar: "today" and file-name stamps in the shop's time zone, never the machine's or UTC's. */
import { businessDate, DEFAULT_TIME_ZONE, fileStamp } from '../shared/dates';
import type { DB } from './db/open';
import { stmt } from './db/stmt';

export function shopZoneOf(db: DB): string {
  return stmt<[], { t: string }>(db, 'SELECT time_zone AS t FROM shop_settings WHERE id = 1').get()?.t ?? DEFAULT_TIME_ZONE;
}

/** The shop day today, in the shop's time zone. */
export const shopToday = (db: DB, now: Date): string => businessDate(now, shopZoneOf(db));

/** '2026-12-07_00-01-05': when something was made, as the shop's clock on the wall said it. */
export const shopFileStamp = (db: DB, now: Date): string => fileStamp(now, shopZoneOf(db));
