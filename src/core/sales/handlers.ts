import type { salesApi } from '../../shared/api/sales';
import { AppError } from '../../shared/errors';
import { caller } from '../context';
import type { HandlerMap } from '../dispatch';
import { checkout } from './checkout';
import { exchange } from './exchange';
import { getReturn, getSale, returnIdByNo, saleIdByBillNo } from './read';
import { returnItems } from './returns';
import { listHeld, listSales, takeHeld } from './list';
import { uuidv7 } from '../uuid';
import { stmt } from '../db/stmt';

export const salesHandlers = {
  'sales.checkout': (input, ctx) => {
    const sale = checkout(ctx.db, input, caller(ctx), ctx.now);
    ctx.auditDetails({ billNo: sale.billNo, totalPaise: sale.totalPaise });
    return sale;
  },
  'sales.return': (input, ctx) => {
    const r = returnItems(ctx.db, input, caller(ctx), ctx.now);
    ctx.auditDetails({ returnNo: r.returnNo, refundPaise: r.refundPaise });
    return r;
  },
  'sales.exchange': (input, ctx) => {
    const x = exchange(ctx.db, input, caller(ctx), ctx.now);
    ctx.auditDetails({ returnNo: x.return.returnNo, billNo: x.sale.billNo, creditPaise: x.creditPaise, paidPaise: x.paidPaise, refundPaise: x.refundPaise });
    return x;
  },
  'sales.getReturn': ({ returnNo, id }, { db }) => {
    const returnId = id ?? (returnNo ? returnIdByNo(db, returnNo) : null);
    if (returnId === null) throw new AppError('NOT_FOUND', { what: 'saleReturn', field: returnNo ? 'returnNo' : 'id', returnNo });
    return getReturn(db, returnId);
  },
  'sales.list': (q, { db }) => listSales(db, q),
  'sales.hold': ({ label, totalPaise, cart }, ctx) => {
    const id = Number(
      stmt(ctx.db, 'INSERT INTO held_carts (uid, label, cart, total_paise, user_id, created_at) VALUES (?, ?, ?, ?, ?, ?)').run(
        uuidv7(), label, JSON.stringify(cart), totalPaise, caller(ctx).id, ctx.now.toISOString(),
      ).lastInsertRowid,
    );
    return listHeld(ctx.db).find((h) => h.id === id)!;
  },
  'sales.listHeld': (_i, { db }) => listHeld(db),
  'sales.takeHeld': ({ id }, ctx) => takeHeld(ctx.db, id),
  'sales.get': ({ id, billNo }, { db }) => {
    const saleId = id ?? (billNo ? saleIdByBillNo(db, billNo) : null);
    if (saleId === null) throw new AppError('NOT_FOUND', { what: 'sale', field: billNo ? 'billNo' : 'id', billNo });
    return getSale(db, saleId);
  },
} satisfies HandlerMap<typeof salesApi>;
