import { uuidv7 } from '../uuid';
import type { StockChange } from '../../shared/api/stock';
import { AppError } from '../../shared/errors';
import type { DB } from '../db/open';
import { stmt } from '../db/stmt';
import { recordMovement } from './ledger';

interface Common {
  reason: string;
  reference: string;
  userId: number;
  at: Date;
}

function price(db: DB, productId: number, field: (string | number)[]): { price_paise: number; artisan_id: number | null } {
  const p = stmt<[number], { price_paise: number; artisan_id: number | null }>(db, 'SELECT price_paise, artisan_id FROM products WHERE id = ?').get(productId);
  if (!p) throw new AppError('NOT_FOUND', { what: 'product', field, id: productId });
  return p;
}

/** Give consigned goods back to their artisan; refused beyond what is on hand (unless the shop allows it). */
export function returnToArtisan(db: DB, input: Common & { artisanId: number; lines: { productId: number; qtyMilli: number }[] }): StockChange {
  if (!stmt(db, 'SELECT 1 FROM artisans WHERE id = ?').get(input.artisanId)) throw new AppError('NOT_FOUND', { what: 'artisan', field: 'artisanId', id: input.artisanId });
  const refId = uuidv7();
  const movements = input.lines.map((l, i) => {
    const p = price(db, l.productId, ['lines', i, 'productId']);
    if (p.artisan_id !== input.artisanId) throw new AppError('CONFLICT', { field: ['lines', i, 'productId'], reason: 'otherOwner', id: l.productId, ownerId: p.artisan_id });
    const m = recordMovement(db, {
      productId: l.productId, qtyMilli: -l.qtyMilli, kind: 'return_to_artisan', unitPricePaise: p.price_paise, userId: input.userId, at: input.at,
      reason: input.reason, reference: input.reference, refType: 'return_to_artisan', refId, path: ['lines', i, 'qtyMilli'],
    });
    return { productId: l.productId, movementId: m.id, qtyMilli: -l.qtyMilli, onHandMilli: m.onHandMilli };
  });
  return { refId, movements };
}

/** Damage or loss: stock leaves the shelf with a reason; refused beyond what is on hand. */
export function writeOff(db: DB, input: Common & { productId: number; qtyMilli: number }): StockChange {
  const p = price(db, input.productId, ['productId']);
  const refId = uuidv7();
  const m = recordMovement(db, {
    productId: input.productId, qtyMilli: -input.qtyMilli, kind: 'write_off', unitPricePaise: p.price_paise, userId: input.userId, at: input.at,
    reason: input.reason, reference: input.reference, refType: 'write_off', refId,
  });
  return { refId, movements: [{ productId: input.productId, movementId: m.id, qtyMilli: -input.qtyMilli, onHandMilli: m.onHandMilli }] };
}
