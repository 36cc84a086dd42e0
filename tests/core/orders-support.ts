/** A demo shop with a clock the test owns, and short ways to take, make, deliver and cancel custom orders. */
import type { Input } from '../../src/shared/api';
import { ist, rentalShop, rid } from './rentals-support';

export { ist, rid };
export const SCHOOL = { name: 'सरस्वती शिशु मंदिर', phone: '9826011223' };

export function orderShop(start = ist('2026-12-07')) {
  const s = rentalShop(start);
  const artisan = (en: string) => s.q('SELECT id FROM artisans WHERE name_en = ?', en) as number;
  const craft = (code: string) => s.q('SELECT id FROM crafts WHERE code = ?', code) as number;
  const sunita = artisan('Sunita Sahu');
  const geeta = artisan('Geeta Yadav');
  const dhan = craft('DHAN');
  /** 200 paddy-grain badges described freely at ₹25 each, made by Sunita (60 %) and Geeta (30 %). */
  const badges = (extra: Partial<Input<'orders.create'>> = {}, qtyMilli = 200_000): Input<'orders.create'> => ({
    requestId: rid(), customer: SCHOOL, dueDate: '2026-12-12',
    lines: [{ nameHi: 'धान आर्ट बैज', nameEn: 'Paddy-grain badge', craftId: dhan, qtyMilli, unitPricePaise: 2_500, makers: [{ artisanId: sunita, shareBps: 6_000 }, { artisanId: geeta, shareBps: 3_000 }] }],
    advance: [{ method: 'cash', amountPaise: 200_000 }],
    ...extra,
  });
  const held = () => s.q("SELECT COALESCE(sum(amount_paise), 0) FROM order_money") as number;
  const balanceOf = (artisanId: number) => s.q('SELECT COALESCE(sum(amount_paise), 0) FROM artisan_ledger WHERE artisan_id = ?', artisanId) as number;
  return { ...s, sunita, geeta, dhan, badges, held, balanceOf, artisan, craft };
}
export type OrderShop = ReturnType<typeof orderShop>;
