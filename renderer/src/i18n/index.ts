import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Lang } from '../../../src/shared/money';
import { en } from './en';
import { hi } from './hi';

export const LANG_KEY = 'hh.lang';

/** The language the person chose on this computer, else the shop's default (Hindi for a new shop). */
export function initialLanguage(shopDefault: Lang = 'hi'): Lang {
  const saved = typeof localStorage !== 'undefined' ? localStorage.getItem(LANG_KEY) : null;
  return saved === 'en' || saved === 'hi' ? saved : shopDefault;
}

export async function initI18n(lang: Lang = initialLanguage()) {
  await i18next.use(initReactI18next).init({
    resources: { hi: { translation: hi }, en: { translation: en } },
    lng: lang,
    fallbackLng: 'en',
    interpolation: { escapeValue: false }, // React escapes
    returnNull: false,
  });
  showLanguage(lang);
  return i18next;
}

/** <html lang> and the window's title in the chosen language (the desktop menu follows them). */
function showLanguage(lang: Lang): void {
  document.documentElement.lang = lang;
  document.title = lang === 'hi' ? 'हमर हटरी POS' : 'Hamar Hatri POS';
}

/** Switch the screens' language; `remember` keeps the choice on this computer. */
export function setLanguage(lang: Lang, remember = true): void {
  if (remember) localStorage.setItem(LANG_KEY, lang);
  showLanguage(lang);
  void i18next.changeLanguage(lang);
}

export { en, hi };
