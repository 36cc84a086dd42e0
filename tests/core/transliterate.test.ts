import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { looseDevanagari, looseLatin, transliterate, transliterateVariants } from '../../src/core/catalog/transliterate';

describe('Devanagari to the Latin shop staff type', () => {
  // Every craft and rental word of DESIGN.md, and the demo shop's item words.
  it.each([
    ['ढोकरा', 'dhokra'],
    ['कोसा', 'kosa'],
    ['बेल मेटल', 'bel metal'],
    ['गोदना', 'godna'],
    ['पैरा आर्ट', 'paira art'],
    ['पर्रा', 'parra'],
    ['धान', 'dhan'],
    ['बांस', 'bans'],
    ['बाँस', 'bans'],
    ['कलशा', 'kalsha'],
    ['मौर', 'maur'],
    ['बिंझना', 'binjhna'],
    ['मड़वा', 'marva'],
    ['सजावटी टीपा', 'sajavti tipa'],
    ['जूट आर्ट', 'jut art'],
    ['मट परई', 'mat parai'],
    ['बस्तर आर्ट', 'bastar art'],
    ['वेशभूषा', 'veshbhusha'],
    ['साड़ी', 'sari'],
    ['सिल्क', 'silk'],
    ['चित्र', 'chitra'],
    ['दुपट्टा', 'dupatta'],
    ['हाथी', 'hathi'],
    ['नंदी', 'nandi'],
    ['टोकरी', 'tokri'],
    ['कमला निषाद', 'kamla nishad'],
    ['संबलपुरी', 'sambalpuri'],
    ['दुःख', 'duhkh'],
    ['कोसा (१२)', 'kosa (12)'],
  ])('%s -> %s', (hi, latin) => {
    expect(transliterate(hi)).toBe(latin);
  });

  it('also offers the other common spellings: medial vowel kept, ड़ as d, compounds read left to right', () => {
    expect(transliterateVariants('कलशा')).toEqual(expect.arrayContaining(['kalsha', 'kalasha']));
    expect(transliterateVariants('गोदना')).toContain('godana');
    expect(transliterateVariants('मड़वा')).toEqual(expect.arrayContaining(['marva', 'madva']));
    expect(transliterateVariants('कपड़ा')).toContain('kapda');
    expect(transliterateVariants('छत्तीसगढ़ी')).toContain('chhattisgarhi');
    expect(transliterateVariants('कोसा')).toEqual(['kosa']);
  });

  it('decomposed and precomposed nukta read the same', () => {
    expect(transliterate('\u0921\u093C')).toBe(transliterate('\u095C'));
    expect(transliterate('ज़री')).toBe('zari');
  });

  it('leaves Latin text alone and never throws on anything', () => {
    expect(transliterate('Kosa silk 2 m')).toBe('Kosa silk 2 m');
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        transliterateVariants(s);
      }),
    );
  });

  it('turns any Devanagari text into plain lowercase Latin', () => {
    const deva = fc.string({ unit: fc.integer({ min: 0x0900, max: 0x097f }).map((c) => String.fromCodePoint(c)), minLength: 1 });
    fc.assert(
      fc.property(deva, (s) => {
        for (const v of transliterateVariants(s)) expect(v).toMatch(/^[a-z0-9 ]*$/);
      }),
      { numRuns: 300 },
    );
  });
});

describe('folding spellings so they meet', () => {
  it.each([
    ['dhokra', 'dokra'],
    ['Dhokraa', 'dokra'],
    ['DOKRA', 'dokra'],
    ['saree', 'sari'],
    ['baans', 'bans'],
    ['kalasha', 'kalasa'],
    ['Chhattisgarhi', 'catisgari'],
    ['chattisgarhi', 'catisgari'],
    ['madwa', 'madva'],
    ['deeya', 'diya'],
    ['phool', 'ful'],
  ])('%s ~ %s', (a, b) => {
    expect(looseLatin(a)).toBe(b);
  });

  it('is idempotent, so index and query fold to the same thing', () => {
    fc.assert(fc.property(fc.string(), (s) => {
      expect(looseLatin(looseLatin(s))).toBe(looseLatin(s));
    }), { numRuns: 500 });
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (s) => {
      expect(looseDevanagari(looseDevanagari(s))).toBe(looseDevanagari(s));
    }));
  });

  it('folds common Devanagari misspellings', () => {
    expect(looseDevanagari('दीया')).toBe(looseDevanagari('दिया'));
    expect(looseDevanagari('साड़ी')).toBe(looseDevanagari('साडी'));
    expect(looseDevanagari('बाँस')).toBe(looseDevanagari('बांस'));
    expect(looseDevanagari('कलशा')).toBe(looseDevanagari('कलसा'));
  });
});
