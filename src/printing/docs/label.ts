/** A price label: name, price in big type, a CODE128 barcode the counter scanner reads. */
import { center, cut, type Block } from '../document';
import { money } from '../format';
import type { PriceLabel } from '../types';

export function priceLabel(l: PriceLabel): Block[] {
  const name = l.lang === 'hi' ? [l.nameHi || l.nameEn, l.nameEn] : [l.nameEn || l.nameHi, l.nameHi];
  const out: Block[] = [center(l.shopName, { size: 'small', bold: true }), center(name[0] ?? '', { bold: true })];
  if (name[1] && name[1] !== name[0]) out.push(center(name[1], { size: 'small' }));
  out.push(center(money(l.pricePaise, l.lang), { size: 'huge', bold: true }));
  out.push({ kind: 'barcode', data: l.barcode, height: 70 });
  const meta = [l.sku, l.craft, l.artisan].filter(Boolean).join(' · ');
  if (meta) out.push(center(meta, { size: 'small' }));
  out.push(cut());
  return out;
}
