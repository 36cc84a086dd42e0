import type { salesApi } from '../../shared/api/sales';
import { AppError } from '../../shared/errors';
import { caller } from '../context';
import type { HandlerMap } from '../dispatch';
import { checkout } from './checkout';
import { getSale, saleIdByBillNo } from './read';
import { returnItems } from './returns';

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
  'sales.get': ({ id, billNo }, { db }) => {
    const saleId = id ?? (billNo ? saleIdByBillNo(db, billNo) : null);
    if (saleId === null) throw new AppError('NOT_FOUND', { what: 'sale', field: billNo ? 'billNo' : 'id', billNo });
    return getSale(db, saleId);
  },
} satisfies HandlerMap<typeof salesApi>;
