/**
 * A custom order's advance as a ledger (order_money, signed): taken (+) by cash, UPI or card,
 * applied to a delivery's bill (-), refunded (-) or kept by the shop at a cancel (-). It is held
 * for the customer, not income, until a bill uses it or the shop keeps it. Cash in or out moves
 * the drawer as 'order' / 'order_refund', never as a sale.
 */
import { uuidv7 } from '../uuid';
import type { PaymentMethod } from '../../shared/api/sales';
import type { DB } from '../db/open';
import { stmt } from '../db/stmt';
import { drawer } from '../sales/payments';

import type { Stamp } from '../shop-day';

export type { Stamp };

export interface MoneyRow {
  kind: 'advance' | 'applied' | 'refund' | 'kept';
  amountPaise: number;
  method?: PaymentMethod | undefined;
  tenderedPaise?: number | undefined;
  changePaise?: number | undefined;
  ref?: string | undefined;
  saleId?: number | undefined;
  note?: string | undefined;
}

/** One row of the advance's ledger (zero writes nothing); cash moves the drawer by the same amount. */
export function money(db: DB, order: { id: number; uid: string }, m: MoneyRow, s: Stamp): void {
  if (m.amountPaise === 0) return;
  stmt(db, `INSERT INTO order_money (uid, order_id, kind, method, amount_paise, tendered_paise, change_paise, ref, sale_id, at, business_date, user_id, note)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(
    uuidv7(), order.id, m.kind, m.method ?? null, m.amountPaise, m.tenderedPaise ?? null, m.changePaise ?? 0, m.ref ?? '', m.saleId ?? null, s.at, s.moneyDay, s.userId, m.note ?? '',
  );
  if (m.method === 'cash') drawer(db, { kind: m.amountPaise > 0 ? 'order' : 'order_refund', amountPaise: m.amountPaise, businessDate: s.moneyDay, at: s.at, userId: s.userId, refType: 'order', refId: order.uid });
}
