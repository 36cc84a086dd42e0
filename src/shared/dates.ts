/**
 * Business dates (the shop day, due dates) are 'YYYY-MM-DD' strings in the shop's time zone;
 * events are UTC instants (ISO strings). Intl does the zone arithmetic: no hand-written offsets.
 */
export const DEFAULT_TIME_ZONE = 'Asia/Kolkata';
export type BusinessDate = string;

const dayFormatters = new Map<string, Intl.DateTimeFormat>();

export function isValidTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en-CA', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

/** The shop day on which `instant` falls, in time zone `tz`. */
export function businessDate(instant: Date, tz: string = DEFAULT_TIME_ZONE): BusinessDate {
  let f = dayFormatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', { timeZone: tz, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormatters.set(tz, f);
  }
  return f.format(instant); // en-CA formats as YYYY-MM-DD
}

export function isBusinessDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === s;
}

/** Indian financial year (April to March) of a business date, e.g. '2026-27'. */
export function financialYear(date: BusinessDate): string {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const start = m >= 4 ? y : y - 1;
  return `${start}-${String((start + 1) % 100).padStart(2, '0')}`;
}

export function nowIso(): string {
  return new Date().toISOString();
}
