import { businessDate, DEFAULT_TIME_ZONE } from '../../src/shared/dates';

/**
 * The shop's time zone, set when the app learns it (setup.status, a settings change). Times and
 * "today" on every screen follow the shop's clock, not the zone this computer happens to be set to.
 */
let zone: string = DEFAULT_TIME_ZONE;

export const shopZone = (): string => zone;
export function setShopZone(tz: string | null | undefined): void {
  if (tz) zone = tz;
}

const locale = (lang: string) => (lang === 'hi' ? 'hi-IN' : 'en-IN');

/** Hindi reads the 24-hour clock (16:05): hi-IN's 12-hour clock writes a Latin "am"/"pm". */
export const clock = (lang: string): Intl.DateTimeFormatOptions => (lang === 'hi' ? { hourCycle: 'h23' } : {});

/** A moment (UTC ISO) as the shop reads it: "23 Nov 2026, 6:27 pm", in the screen's language. */
export function formatWhen(iso: string, lang: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleString(locale(lang), { timeZone: zone, dateStyle: 'medium', timeStyle: 'short', numberingSystem: 'latn', ...clock(lang) });
}

/** A short moment for lists: "23 Nov, 6:27 pm". */
export function formatShortWhen(iso: string, lang: string): string {
  return new Date(iso).toLocaleString(locale(lang), { timeZone: zone, day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit', numberingSystem: 'latn', ...clock(lang) });
}

/** Just the clock time of a moment in the shop: "6:27 pm". */
export function formatTime(iso: string, lang: string): string {
  return new Date(iso).toLocaleTimeString(locale(lang), { timeZone: zone, hour: 'numeric', minute: '2-digit', numberingSystem: 'latn', ...clock(lang) });
}

/** The shop's business date of a moment (default: now). */
export const shopDate = (at: Date = new Date()): string => businessDate(at, zone);
