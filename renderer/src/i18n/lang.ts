import type { Lang } from '../../../src/shared/money';

/** i18next's language as the API's `lang`: English when chosen, else Hindi (the shop's first language). */
export const langOf = (language: string): Lang => (language === 'en' ? 'en' : 'hi');
