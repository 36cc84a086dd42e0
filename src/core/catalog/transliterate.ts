/**
 * Devanagari -> the plain Latin that shop staff type for Hindi words ("dhokra", "kosa",
 * "kalsha", "binjhna"), plus the "loose" form both the index and the query are folded to, so
 * spelling variants (dhokraa / dokra, saree / sari, baans / bans) meet. Rule-based on purpose:
 * Sanscript and friends target Sanskrit schemes (ITRANS, HK, IAST) and keep every inherent
 * vowel ("dhokarA"), which is not how anyone at the counter types.
 */

const VOWELS: Record<string, string> = {
  'अ': 'a', 'आ': 'a', 'इ': 'i', 'ई': 'i', 'उ': 'u', 'ऊ': 'u', 'ऋ': 'ri', 'ए': 'e', 'ऐ': 'ai',
  'ओ': 'o', 'औ': 'au', 'ऑ': 'o', 'ऍ': 'e',
};
const MATRAS: Record<string, string> = {
  'ा': 'a', 'ि': 'i', 'ी': 'i', 'ु': 'u', 'ू': 'u', 'ृ': 'ri', 'े': 'e', 'ै': 'ai', 'ो': 'o', 'ौ': 'au', 'ॉ': 'o', 'ॅ': 'e',
};
const CONSONANTS: Record<string, string> = {
  'क': 'k', 'ख': 'kh', 'ग': 'g', 'घ': 'gh', 'ङ': 'n', 'च': 'ch', 'छ': 'chh', 'ज': 'j', 'झ': 'jh', 'ञ': 'n',
  'ट': 't', 'ठ': 'th', 'ड': 'd', 'ढ': 'dh', 'ण': 'n', 'त': 't', 'थ': 'th', 'द': 'd', 'ध': 'dh', 'न': 'n',
  'प': 'p', 'फ': 'ph', 'ब': 'b', 'भ': 'bh', 'म': 'm', 'य': 'y', 'र': 'r', 'ल': 'l', 'ळ': 'l', 'व': 'v',
  'श': 'sh', 'ष': 'sh', 'स': 's', 'ह': 'h',
};
/** Consonant + nukta (NFC keeps क़ ड़ … decomposed). ड़/ढ़ are typed both ways: 'sari'/'sadi'. */
const NUKTA: Record<string, [string, string]> = {
  'क': ['k', 'k'], 'ख': ['kh', 'kh'], 'ग': ['g', 'g'], 'ज': ['z', 'j'], 'ड': ['r', 'd'], 'ढ': ['rh', 'dh'], 'फ': ['f', 'ph'], 'य': ['y', 'y'],
};
const VIRAMA = '्';
const NUKTA_SIGN = '़';
const NASALS = new Set(['ं', 'ँ']);
const LABIALS = new Set(['p', 'ph', 'b', 'bh', 'm']);
const SCHWA = 'ə';

/** One consonant or independent vowel with what follows it: a vowel, the inherent schwa, or none (virama). */
interface Unit {
  c: string; // consonant (Latin, first reading), '' for an independent vowel
  alt: string; // second reading of a nukta consonant (ड़ -> d), else same as c
  v: string; // vowel, SCHWA, or '' when a virama joins it to the next consonant
  nasal: boolean; // anusvara/chandrabindu on this syllable
}

function parseWord(word: string): Unit[] {
  const units: Unit[] = [];
  const chars = [...word];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    const last = units[units.length - 1];
    if (CONSONANTS[ch] !== undefined) {
      let c = CONSONANTS[ch]!;
      let alt = c;
      if (chars[i + 1] === NUKTA_SIGN) {
        [c, alt] = NUKTA[ch] ?? [c, c];
        i++;
      }
      units.push({ c, alt, v: SCHWA, nasal: false });
    } else if (VOWELS[ch] !== undefined) units.push({ c: '', alt: '', v: VOWELS[ch]!, nasal: false });
    else if (MATRAS[ch] !== undefined && last) last.v = MATRAS[ch]!;
    else if (ch === VIRAMA && last) last.v = '';
    else if (NASALS.has(ch) && last) last.nasal = true;
    else if (ch === 'ः' && last) last.v = (last.v === SCHWA ? 'a' : last.v) + 'h';
  }
  return units;
}

type Syncope = 'ohala' | 'leftToRight' | 'finalOnly';

/**
 * Hindi schwa deletion. 'ohala' (right to left) is the textbook rule: the inherent vowel goes at
 * the end of a word (unless it closes a conjunct with र/य: chitra, mitra) and in V C _ C V
 * (dhok(a)ra, god(a)na, kal(a)sha). Compounds break it (छत्तीस+गढ़ी), which 'leftToRight' gets
 * right; 'finalOnly' is the careful spelling some staff type (kalasha, godana).
 */
function deleteSchwas(units: Unit[], mode: Syncope): void {
  const hasV = (u: Unit | undefined) => !!u && u.v !== '';
  const medial = (i: number) => {
    const u = units[i]!;
    if (u.v !== SCHWA || u.nasal || !u.c || mode === 'finalOnly') return;
    const next = units[i + 1]!;
    if (hasV(units[i - 1]) && next.c !== '' && hasV(next)) u.v = '';
  };
  const last = units[units.length - 1];
  if (units.length > 1 && last && last.v === SCHWA && last.c && !last.nasal) {
    const conjunct = units[units.length - 2]!.v === '' && (last.c === 'r' || last.c === 'y');
    if (!conjunct) last.v = '';
  }
  if (mode === 'leftToRight') for (let i = 1; i < units.length - 1; i++) medial(i);
  else for (let i = units.length - 2; i >= 1; i--) medial(i);
}

function render(units: Unit[], useAlt: boolean): string {
  let out = '';
  units.forEach((u, i) => {
    out += useAlt ? u.alt : u.c;
    out += u.v === SCHWA ? 'a' : u.v;
    if (u.nasal) out += LABIALS.has(units[i + 1]?.c ?? '') ? 'm' : 'n';
  });
  return out;
}

const DEVANAGARI = /[\u0900-\u097F]/;
const DEVA_WORD = /[\u0900-\u0963\u0971-\u097F]+/g; // letters and signs; dandas and digits split words
const DEVA_DIGITS = '०१२३४५६७८९';

export function hasDevanagari(text: string): boolean {
  return DEVANAGARI.test(text);
}

/** The one reading staff would type: 'ढोकरा' -> 'dhokra', 'साड़ी' -> 'sari', 'बांस' -> 'bans'. */
export function transliterate(text: string): string {
  return transliterateVariants(text)[0] ?? '';
}

/**
 * Every reading worth indexing, the usual one first: with and without medial schwa deletion
 * (कलशा: kalsha, kalasha), ड़ as r and d
 * (मड़वा: marva, madva). Non-Devanagari text passes through; Devanagari digits become 0-9.
 */
export function transliterateVariants(text: string): string[] {
  const nfc = text
    .normalize('NFC')
    .replace(/[०-९]/g, (d) => String(DEVA_DIGITS.indexOf(d)))
    .replace(/[\u0964\u0965\u0970]/g, ' '); // dandas, abbreviation sign
  const variants = new Set<string>();
  for (const useAlt of [false, true]) {
    for (const mode of ['ohala', 'finalOnly', 'leftToRight'] as const) {
      variants.add(
        nfc.replace(DEVA_WORD, (w) => {
          const units = parseWord(w);
          deleteSchwas(units, mode);
          return render(units, useAlt);
        }),
      );
    }
  }
  return [...variants];
}

/**
 * Fold Latin text so common spellings of the same word meet: lowercase, ph -> f, ee -> i,
 * oo -> u, w -> v, z -> j, q -> k, aspiration dropped (dh -> d, sh -> s, chh -> c), doubled
 * letters single (aa -> a, tt -> t); anything not a letter or digit becomes a space.
 */
export function looseLatin(text: string): string {
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[\u0300-\u036f]/g, '') // accents (é -> e)
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(/ph/g, 'f')
    .replace(/ee/g, 'i')
    .replace(/oo/g, 'u')
    .replace(/w/g, 'v')
    .replace(/z/g, 'j')
    .replace(/q/g, 'k')
    .replace(/([bcdfgjklmnprstvxy])h+/g, '$1')
    .replace(/([a-z])\1+/g, '$1')
    .trim();
}

/**
 * Fold Devanagari spelling variants the way staff mistype them: nukta dropped, chandrabindu as
 * anusvara, long and short i/u alike, श/ष as स, ण as न, no ZWJ/ZWNJ.
 */
export function looseDevanagari(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u093C\u200C\u200D]/g, '')
    .replace(/[ँ]/g, 'ं')
    .replace(/[ी]/g, 'ि')
    .replace(/[ू]/g, 'ु')
    .replace(/[ई]/g, 'इ')
    .replace(/[ऊ]/g, 'उ')
    .replace(/[शष]/g, 'स')
    .replace(/[ण]/g, 'न')
    .toLowerCase();
}
