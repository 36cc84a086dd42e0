import type { RentalTerms } from '../../../../src/shared/api/rentals';
import { formatINR, type Lang } from '../../../../src/shared/money';

export const money = (paise: number, lang: string) => formatINR(paise, lang === 'en' ? 'en' : 'hi');

/** The price of renting, as the counter says it: '₹800.00 up to 3 days · ₹300.00 a day'. */
export function priceText(terms: RentalTerms, t: (k: string, o?: Record<string, unknown>) => string, lang: string): string {
  const parts: string[] = [];
  if (terms.eventPricePaise !== null && terms.eventDays !== null) parts.push(t('rental.terms.eventPrice', { price: money(terms.eventPricePaise, lang), days: terms.eventDays }));
  if (terms.dayPricePaise !== null) parts.push(t('rental.terms.dayPrice', { price: money(terms.dayPricePaise, lang) }));
  return parts.join(' · ');
}

export type { Lang };
