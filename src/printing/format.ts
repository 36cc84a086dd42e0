/** Formatting at the edge for printed documents: money, quantities, dates, bilingual labels. */
import { formatINR, type Lang, type Paise } from '../shared/money';
import { DEFAULT_TIME_ZONE } from '../shared/dates';

/** 'कुल / Total' in Hindi (Hindi first), 'Total' in English. */
export function bi(hi: string, en: string, lang: Lang): string {
  return lang === 'hi' ? `${hi} / ${en}` : en;
}

/** Item names: both scripts when both exist, the chosen language first. */
export function itemName(nameHi: string, nameEn: string, lang: Lang): string {
  if (!nameHi || !nameEn) return nameHi || nameEn;
  return lang === 'hi' ? `${nameHi} / ${nameEn}` : `${nameEn} / ${nameHi}`;
}

export function money(paise: Paise, lang: Lang): string {
  return formatINR(paise, lang);
}

/** '-₹50.00' style for discounts and deductions shown as subtractions. */
export function minus(paise: Paise, lang: Lang): string {
  return paise === 0 ? money(0, lang) : `-${money(Math.abs(paise), lang)}`;
}

/** 1000 -> '1', 2500 -> '2.5', 1250 -> '1.25' (thousandths of a unit, no float error). */
export function qty(qtyMilli: number): string {
  const sign = qtyMilli < 0 ? '-' : '';
  const abs = Math.abs(qtyMilli);
  const whole = Math.floor(abs / 1000);
  const frac = String(abs % 1000).padStart(3, '0').replace(/0+$/, '');
  return `${sign}${whole}${frac ? `.${frac}` : ''}`;
}

export type Unit = 'piece' | 'pair' | 'set' | 'metre';
const UNIT: Record<Unit, { hi: string; en: string; en1: string }> = {
  piece: { hi: 'नग', en: 'pcs', en1: 'pc' },
  pair: { hi: 'जोड़ी', en: 'pairs', en1: 'pair' },
  set: { hi: 'सेट', en: 'sets', en1: 'set' },
  metre: { hi: 'मी', en: 'm', en1: 'm' },
};

/** A quantity with its unit: '12.5 मी', '7 नग'; English '12.5 m', '7 pcs'. */
export function qtyUnit(qtyMilli: number, unit: Unit | undefined, lang: Lang): string {
  const u = UNIT[unit ?? 'piece'] ?? UNIT.piece;
  return `${qty(qtyMilli)} ${lang === 'hi' ? u.hi : qtyMilli === 1000 ? u.en1 : u.en}`;
}

/**
 * Totals per unit, never one sum of metres and pieces: '7 नग · 12.5 मी' (in the order units first
 * appear; '7 pcs, 12.5 m' in English). Metres of cloth added to pieces made 'Total qty 19.5'.
 */
export function qtyByUnit(lines: { qtyMilli: number; unit?: Unit }[], lang: Lang): string {
  const sums = new Map<Unit, number>();
  for (const l of lines) sums.set(l.unit ?? 'piece', (sums.get(l.unit ?? 'piece') ?? 0) + l.qtyMilli);
  if (!sums.size) return qtyUnit(0, 'piece', lang);
  // English joins with a comma: plain ASCII, so the line prints in the printer's own font.
  return [...sums].map(([u, q]) => qtyUnit(q, u, lang)).join(lang === 'hi' ? ' · ' : ', ');
}

/** 500 bp -> '5%', 250 -> '2.5%'. */
export function percent(bps: number): string {
  return `${qty(bps * 10)}%`;
}

const dtf = new Map<string, Intl.DateTimeFormat>();
function fmt(tz: string, withTime: boolean): Intl.DateTimeFormat {
  const key = `${tz}|${withTime}`;
  let f = dtf.get(key);
  if (!f) {
    // en-GB gives 24-hour dd/mm/yyyy, the way Indian bills are dated; digits stay Latin.
    f = new Intl.DateTimeFormat('en-GB', {
      timeZone: tz,
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      ...(withTime ? { hour: '2-digit', minute: '2-digit', hour12: false } : {}),
    });
    dtf.set(key, f);
  }
  return f;
}

/** An event instant in the shop's zone: '23/11/2026 14:05'. */
export function dateTime(iso: string, tz: string = DEFAULT_TIME_ZONE): string {
  return fmt(tz, true).format(new Date(iso)).replace(',', '');
}

/** A business date 'YYYY-MM-DD' as '23/11/2026' (no zone arithmetic: it already is the day). */
export function day(date: string): string {
  const [y, m, d] = date.split('-');
  return `${d}/${m}/${y}`;
}

const WEEKDAYS_HI = ['रविवार', 'सोमवार', 'मंगलवार', 'बुधवार', 'गुरुवार', 'शुक्रवार', 'शनिवार'];
const WEEKDAYS_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** '28/11/2026 शनिवार': a due date people can't misread. */
export function dayWithWeekday(date: string, lang: Lang): string {
  const wd = new Date(`${date}T00:00:00Z`).getUTCDay();
  return `${day(date)} ${(lang === 'hi' ? WEEKDAYS_HI : WEEKDAYS_EN)[wd]}`;
}

export const METHOD: Record<string, { hi: string; en: string }> = {
  cash: { hi: 'नकद', en: 'Cash' },
  upi: { hi: 'यूपीआई', en: 'UPI' },
  card: { hi: 'कार्ड', en: 'Card' },
  bank: { hi: 'बैंक', en: 'Bank' },
};

export function methodLabel(m: string, lang: Lang): string {
  const l = METHOD[m] ?? { hi: m, en: m };
  return bi(l.hi, l.en, lang);
}
