/** A thing named in both scripts: the current language's name first, the other as a fallback. */
export function pickName(x: { nameHi: string; nameEn: string }, lang: string): string {
  return lang === 'hi' ? x.nameHi || x.nameEn : x.nameEn || x.nameHi;
}

/** The language of the other name (the second line under the main one), for its `lang` attribute. */
export const otherLang = (lang: string): 'hi' | 'en' => (lang === 'hi' ? 'en' : 'hi');

/** Both names for a line of a table: the main one and the other underneath. */
export function twoNames(x: { nameHi: string; nameEn: string }, lang: string): [string, string] {
  const [a, b] = lang === 'hi' ? [x.nameHi, x.nameEn] : [x.nameEn, x.nameHi];
  return a ? [a, b] : [b, ''];
}
