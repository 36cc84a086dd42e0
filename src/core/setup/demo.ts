import { v7 as uuidv7 } from 'uuid';
import demo from '../../../resources/demo-shop.json';
import type { DemoLoaded, Role } from '../../shared/api';
import type { DB } from '../db/open';
import { stmt } from '../db/stmt';
import { inStoreBarcode } from '../catalog/barcode';
import { writeSettings } from '../settings/handlers';
import { createUser } from '../session/users';

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

/** A small working shop (resources/demo-shop.json) so a newcomer sees real screens at once. */
export function loadDemoShop(db: DB, language: 'hi' | 'en', now: Date): DemoLoaded {
  const at = now.toISOString();
  writeSettings(db, { ...demo.shop, language, timeZone: 'Asia/Kolkata', gstin: '' }, now);
  const people = demo.people.map((p) => ({ ...createUser(db, p.name, p.role as Role, p.pin, now), pin: p.pin }));

  const craftId = new Map<string, number>();
  demo.crafts.forEach((c, i) => {
    const r = stmt(db, 'INSERT INTO crafts (code, name_hi, name_en, sort) VALUES (?, ?, ?, ?)').run(c.code, c.hi, c.en, i);
    craftId.set(c.code, Number(r.lastInsertRowid));
  });
  const artisanId = new Map<string, number>();
  for (const a of demo.artisans) {
    const r = stmt(db, 'INSERT INTO artisans (uid, name_hi, name_en, phone, village, upi_id, commission_bps, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)').run(
      uuidv7(), a.hi, a.en, a.phone, a.village, a.upi, a.commissionBps, at,
    );
    artisanId.set(a.key, Number(r.lastInsertRowid));
  }
  const owner = people[0]!;
  const add = (p: DemoProduct, forRent: boolean) => {
    const r = stmt(
      db,
      `INSERT INTO products (uid, sku, name_hi, name_en, craft_id, artisan_id, price_paise, hsn, for_sale, for_rent, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(uuidv7(), p.sku, p.hi, p.en, craftId.get(p.craft)!, p.artisan ? artisanId.get(p.artisan)! : null, p.price, p.hsn ?? '', forRent ? 0 : 1, forRent ? 1 : 0, at, at);
    const productId = Number(r.lastInsertRowid);
    stmt(db, 'INSERT INTO barcodes (code, product_id) VALUES (?, ?)').run(inStoreBarcode(productId), productId);
    stmt(db, `INSERT INTO stock_movements (uid, product_id, qty_milli, kind, unit_price_paise, user_id, at, reason) VALUES (?, ?, ?, 'intake', ?, ?, ?, 'demo')`).run(
      uuidv7(), productId, p.qty * 1000, p.price, owner.id, at,
    );
  };
  for (const p of demo.products) add(p, false);
  for (const p of demo.rentables) add(p, true);
  return { user: { id: owner.id, name: owner.name, role: owner.role }, pins: people.map((p) => ({ name: p.name, role: p.role, pin: p.pin })) };
}
