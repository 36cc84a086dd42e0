import { describe, expect, it } from 'vitest';
import { en } from '../../renderer/src/i18n/en';
import { hi } from '../../renderer/src/i18n/hi';

type Tree = { [k: string]: string | Tree };
const keys = (t: Tree, prefix = ''): string[] =>
  Object.entries(t).flatMap(([k, v]) => (typeof v === 'string' ? [`${prefix}${k}`] : keys(v, `${prefix}${k}.`)));
const values = (t: Tree): [string, string][] =>
  Object.entries(t).flatMap(([k, v]) => (typeof v === 'string' ? [[k, v] as [string, string]] : values(v)));
const placeholders = (s: string) => (s.match(/\{\{\w+\}\}/g) ?? []).sort();

describe('translations', () => {
  it('Hindi and English have exactly the same keys', () => {
    expect(keys(hi as unknown as Tree).sort()).toEqual(keys(en as unknown as Tree).sort());
  });

  it('no text is empty, and each Hindi text has the same {{placeholders}} as its English twin', () => {
    const hiFlat = new Map(keys(hi as unknown as Tree).map((k) => [k, k.split('.').reduce<any>((o, p) => o[p], hi)]));
    for (const k of keys(en as unknown as Tree)) {
      const e = k.split('.').reduce<any>((o, p) => o[p], en) as string;
      const h = hiFlat.get(k) as string;
      expect(e.trim(), k).not.toBe('');
      expect(h.trim(), k).not.toBe('');
      expect(placeholders(h), k).toEqual(placeholders(e));
    }
  });

  it('Hindi screens are written in Devanagari', () => {
    const devanagari = /[\u0900-\u097F]/;
    // A few entries are deliberately the other language's name (the switch button, language list).
    const exempt = new Set(['otherLanguage', 'en']);
    const notHindi = values(hi as unknown as Tree).filter(([k, v]) => !exempt.has(k) && !devanagari.test(v));
    expect(notHindi).toEqual([]);
  });

  it('a key name or code word in Latin letters carries its Hindi reading beside it (Esc, Enter, GSTIN)', () => {
    const reading: [RegExp, string][] = [[/\bEsc\b/, 'Esc (एस्केप)'], [/\bEnter\b/, 'Enter (एंटर)'], [/\bGSTIN\b/, 'जीएसटीआईएन (GSTIN)']];
    const bare = values(hi as unknown as Tree).filter(([, v]) => reading.some(([latin, withHindi]) => latin.test(v) && !v.includes(withHindi)));
    expect(bare).toEqual([]);
    expect(hi.common.keyEsc).toBe('Esc (एस्केप)');
  });
});
