import demo from '../../../resources/demo-shop.json';
import type { DemoLoaded, Role } from '../../shared/api';
import type { DB } from '../db/open';
import { createArtisan } from '../artisans/artisans';
import { createProduct } from '../catalog/products';
import { createCraft } from '../crafts/crafts';
import { recordIntake, type IntakeInput } from '../stock/intake';
import { writeSettings } from '../settings/handlers';
import { stmt } from '../db/stmt';
import { createUser } from '../session/users';
import { addPieces } from '../rentals/pieces';
import { setTerms } from '../rentals/terms';

interface DemoProduct {
  sku: string;
  hi: string;
  en: string;
  craft: string;
  artisan?: string | null;
  price: number;
  qty: number;
  hsn?: string;
}

/** The reference the demo's opening intakes carry, in the shop's language (it is shown beside each movement). */
export const DEMO_REFERENCE = { hi: 'नमूना माल', en: 'demo' } as const;

/** A small working shop (resources/demo-shop.json) so a newcomer sees real screens at once. */
export function loadDemoShop(db: DB, language: 'hi' | 'en', now: Date): DemoLoaded {
  writeSettings(db, { ...demo.shop, language, timeZone: 'Asia/Kolkata', gstin: '' }, now);
  // A UPI payee so the demo shows its QR codes (a demo id: nobody should pay it).
  stmt(db, 'UPDATE shop_settings SET upi_vpa = ?, upi_payee_name = ?, return_policy = ? WHERE id = 1').run(demo.billing.upiVpa, demo.billing.upiPayeeName, demo.billing.returnPolicy);
  const people = demo.people.map((p) => ({ ...createUser(db, p.name, p.role as Role, p.pin, now), pin: p.pin }));

  // The same code paths as the screens: crafts, artisans, products, then one intake slip per owner.
  const craftId = new Map<string, number>();
  demo.crafts.forEach((c, i) => craftId.set(c.code, createCraft(db, { code: c.code, nameHi: c.hi, nameEn: c.en, sort: i, active: true }).id));
  const artisanId = new Map<string, number>();
  for (const a of demo.artisans) {
    const created = createArtisan(db, { nameHi: a.hi, nameEn: a.en, phone: a.phone, village: a.village, upiId: a.upi, bankDetails: '', commissionBps: a.commissionBps, notes: '', active: true }, now);
    artisanId.set(a.key, created.id);
  }
  const owner = people[0]!;
  const intakes = new Map<number | null, IntakeInput['lines']>();
  const add = (p: DemoProduct, forRent: boolean) => {
    const product = createProduct(
      db,
      {
        sku: p.sku, nameHi: p.hi, nameEn: p.en, craftId: craftId.get(p.craft)!, artisanId: p.artisan ? artisanId.get(p.artisan)! : null,
        pricePaise: p.price, costPaise: null, commissionBps: null, artisanFixedPaise: null, discountRule: 'split', hsn: p.hsn ?? '', gstRateBps: 0, unit: 'piece',
        forSale: !forRent, forRent, lowStockMilli: 0, barcodes: [],
      },
      now,
    );
    if (p.qty <= 0) return;
    const lines = intakes.get(product.artisanId) ?? [];
    lines.push({ productId: product.id, qtyMilli: p.qty * 1000 });
    intakes.set(product.artisanId, lines);
  };
  for (const p of demo.products) add(p, false);
  for (const p of demo.rentables) add(p, true);
  for (const [artisan, lines] of intakes) recordIntake(db, { artisanId: artisan, reference: DEMO_REFERENCE[language], notes: '', lines }, owner.id, now);
  // Rental terms, and a tag for every costume or crown in stock (RENT-001-1, -2...), as a manager would set them.
  for (const r of demo.rentables) {
    const productId = stmt<[string], { id: number }>(db, 'SELECT id FROM products WHERE sku = ?').get(r.sku)!.id;
    const t = r.rent;
    const mode = t.mode === 'pieces' ? 'pieces' : 'counted';
    setTerms(db, { productId, mode, dayPricePaise: t.day, eventPricePaise: t.event, eventDays: t.eventDays, depositPaise: t.deposit, lateFeePerDayPaise: t.late, bufferDays: t.buffer }, owner.id, now);
    if (mode === 'pieces') addPieces(db, { productId, tags: [], count: r.qty }, owner.id, now);
  }
  return { user: { id: owner.id, name: owner.name, role: owner.role }, pins: people.map((p) => ({ name: p.name, role: p.role, pin: p.pin })) };
}
