/** Parts every slip shares: the duplicate mark, the shop header, the signature box. */
import { center, pair, rule, text, type Block } from '../document';
import { bi, money, percent } from '../format';
import type { DocBase, TaxRow } from '../types';
import type { Lang } from '../../shared/money';

export function duplicateMark(d: DocBase): Block[] {
  return d.duplicate ? [center('DUPLICATE / प्रति', { size: 'large', bold: true, invert: true })] : [];
}

export function shopHeader(d: DocBase): Block[] {
  const s = d.shop;
  const out: Block[] = [...duplicateMark(d), center(s.name, { size: 'huge', bold: true })];
  if (s.nameEn && s.nameEn !== s.name) out.push(center(s.nameEn, { bold: true }));
  out.push(center(s.address, { size: 'small' }));
  if (s.phone) out.push(center(`${bi('फ़ोन', 'Ph', d.lang)}: ${s.phone}`, { size: 'small' }));
  if (s.gstin) out.push(center(`GSTIN: ${s.gstin}`, { size: 'small' }));
  out.push(rule('double'));
  return out;
}

export function title(hi: string, en: string, lang: Lang): Block {
  return center(bi(hi, en, lang), { size: 'large', bold: true });
}

export function signatureBox(hi: string, en: string, lang: Lang): Block {
  return { kind: 'box', label: lang === 'hi' ? `${hi} / ${en}` : en };
}

export function note(t: string): Block {
  return text(t, { size: 'small', align: 'center' });
}

/**
 * The GST inside GST-inclusive rental amounts, by rate: "इसमें जीएसटी / incl. GST @5%" and its
 * CGST and SGST halves. Nothing when there is no tax (a shop without a GSTIN).
 */
export function includedGst(taxes: TaxRow[] | undefined, lang: Lang): Block[] {
  const out: Block[] = [];
  for (const t of taxes ?? []) {
    if (t.cgstPaise + t.sgstPaise === 0) continue;
    const half = percent(t.rateBps / 2);
    out.push(pair(`${bi('इसमें जीएसटी', 'incl. GST', lang)} @${percent(t.rateBps)}`, money(t.cgstPaise + t.sgstPaise, lang), { size: 'small' }));
    out.push(pair(`  CGST ${half}`, money(t.cgstPaise, lang), { size: 'small' }));
    out.push(pair(`  SGST ${half}`, money(t.sgstPaise, lang), { size: 'small' }));
  }
  return out;
}
