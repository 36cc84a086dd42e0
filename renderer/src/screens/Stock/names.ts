/** A thing named in both scripts: the current language's name first, the other as a fallback. */
export function pickName(x: { nameHi: string; nameEn: string }, lang: string): string {
  return lang === 'hi' ? x.nameHi || x.nameEn : x.nameEn || x.nameHi;
}

/** Both names for a line of a table: the main one and the other underneath. */
export function twoNames(x: { nameHi: string; nameEn: string }, lang: string): [string, string] {
  const [a, b] = lang === 'hi' ? [x.nameHi, x.nameEn] : [x.nameEn, x.nameHi];
  return a ? [a, b] : [b, ''];
}
