import type { ShopSettings } from '../../shared/api';
import type { settingsApi } from '../../shared/api/settings';
import { AppError } from '../../shared/errors';
import type { DB } from '../db/open';
import { stmt } from '../db/stmt';
import type { HandlerMap } from '../dispatch';

interface Row {
  shop_name: string;
  address: string;
  phone: string;
  language: 'hi' | 'en';
  time_zone: string;
  gstin: string;
  allow_negative_stock: number;
  updated_at: string;
}

export function readSettings(db: DB): ShopSettings | null {
  const r = stmt<[], Row>(db, 'SELECT * FROM shop_settings WHERE id = 1').get();
  if (!r) return null;
  return { shopName: r.shop_name, address: r.address, phone: r.phone, language: r.language, timeZone: r.time_zone, gstin: r.gstin, allowNegativeStock: r.allow_negative_stock === 1, updatedAt: r.updated_at };
}

export function requireSettings(db: DB): ShopSettings {
  const s = readSettings(db);
  if (!s) throw new AppError('NOT_SET_UP');
  return s;
}

/** Insert or replace the one settings row (setup and settings.update share it); allowNegativeStock left out keeps its value. */
export function writeSettings(db: DB, s: Omit<ShopSettings, 'updatedAt' | 'allowNegativeStock'> & { allowNegativeStock?: boolean | undefined }, at: Date): ShopSettings {
  const allow = s.allowNegativeStock === undefined ? null : s.allowNegativeStock ? 1 : 0;
  stmt(
    db,
    `INSERT INTO shop_settings (id, shop_name, address, phone, language, time_zone, gstin, allow_negative_stock, updated_at)
     VALUES (1, @shopName, @address, @phone, @language, @timeZone, @gstin, COALESCE(@allow, 0), @updatedAt)
     ON CONFLICT(id) DO UPDATE SET shop_name = excluded.shop_name, address = excluded.address, phone = excluded.phone,
       language = excluded.language, time_zone = excluded.time_zone, gstin = excluded.gstin,
       allow_negative_stock = COALESCE(@allow, allow_negative_stock), updated_at = excluded.updated_at`,
  ).run({ shopName: s.shopName, address: s.address, phone: s.phone, language: s.language, timeZone: s.timeZone, gstin: s.gstin, allow, updatedAt: at.toISOString() });
  return requireSettings(db);
}

export const settingsHandlers = {
  'settings.get': (_i, { db }) => requireSettings(db),
  'settings.update': (input, ctx) => {
    const before = requireSettings(ctx.db);
    const after = writeSettings(ctx.db, input, ctx.now);
    ctx.auditDetails({ before, after });
    return after;
  },
} satisfies HandlerMap<typeof settingsApi>;
