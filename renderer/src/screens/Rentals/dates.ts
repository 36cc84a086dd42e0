/**
 * Business dates ('YYYY-MM-DD', the shop's day) as people read them. "Today" always comes from
 * the core (rentals.list's `today`), never from this computer's clock, so the arithmetic here is
 * plain calendar arithmetic on the strings (UTC, no time zone can shift a day).
 */
import { addDays, daysBetween, isBusinessDate } from '../../../../src/shared/dates';

const at = (date: string) => new Date(`${date}T00:00:00Z`);

const formats = new Map<string, Intl.DateTimeFormat>();
function fmt(key: string, locale: string, opts: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  let f = formats.get(key);
  if (!f) formats.set(key, (f = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', numberingSystem: 'latn', ...opts })));
  return f;
}

/** 'सोम, 30 नवंबर 2026' / 'Mon, 30 Nov 2026': the weekday too, so a due date cannot be misread. */
export function dateWords(date: string, lang: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return date;
  return lang === 'hi'
    ? fmt('hi-full', 'hi-IN', { weekday: 'short', day: 'numeric', month: 'long', year: 'numeric' }).format(at(date))
    : fmt('en-full', 'en-GB', { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' }).format(at(date));
}

/** 'सोम 30 नव॰' / 'Mon 30 Nov': for tables and calendar heads. */
export function dateShort(date: string, lang: string): string {
  return lang === 'hi'
    ? fmt('hi-short', 'hi-IN', { weekday: 'short', day: 'numeric', month: 'short' }).format(at(date)).replace(',', '')
    : fmt('en-short', 'en-GB', { weekday: 'short', day: 'numeric', month: 'short' }).format(at(date)).replace(',', '');
}

/** 'नवंबर 2026' / 'November 2026'. */
export function monthWords(date: string, lang: string): string {
  return fmt(`${lang}-month`, lang === 'hi' ? 'hi-IN' : 'en-GB', { month: 'long', year: 'numeric' }).format(at(date));
}

/** Short weekday names from Monday: the calendar's column heads. */
export function weekdayNames(lang: string): string[] {
  const f = fmt(`${lang}-wd`, lang === 'hi' ? 'hi-IN' : 'en-GB', { weekday: 'short' });
  return Array.from({ length: 7 }, (_, i) => f.format(at(addDays('2026-11-30', i)))); // 30 Nov 2026 is a Monday
}

// Day arithmetic is the core's own (one definition for screens and core).
export { addDays, daysBetween, isBusinessDate as isDate };

/** The Monday on or before `date` (weeks start on Monday on the shop's wall calendar). */
export function mondayOf(date: string): string {
  return addDays(date, -((at(date).getUTCDay() + 6) % 7));
}
