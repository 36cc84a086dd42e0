import type { ordersApi } from '../../shared/api/orders';
import { caller, type Ctx } from '../context';
import type { HandlerMap } from '../dispatch';
import { shopToday } from '../shop-day';
import { cancelOrder } from './cancel';
import { createOrder, setStatus } from './create';
import { deliver } from './deliver';
import { dueSummary, listOrders } from './list';
import { getOrder } from './read';

const order = (ctx: Ctx, id: number) => getOrder(ctx.db, id, shopToday(ctx.db, ctx.now));

export const ordersHandlers = {
  'orders.create': (input, ctx) => {
    const o = order(ctx, createOrder(ctx.db, input, caller(ctx), ctx.now));
    ctx.auditDetails({ orderNo: o.orderNo, pricePaise: o.pricePaise, advancePaise: o.advancePaise, dueDate: o.dueDate });
    return o;
  },
  'orders.get': ({ orderId }, ctx) => order(ctx, orderId),
  'orders.list': (q, ctx) => listOrders(ctx.db, q, shopToday(ctx.db, ctx.now)),
  'orders.setStatus': ({ orderId, status }, ctx) => {
    const change = setStatus(ctx.db, orderId, status, ctx.now);
    ctx.auditDetails(change);
    return order(ctx, orderId);
  },
  'orders.deliver': (input, ctx) => {
    const d = deliver(ctx.db, input, caller(ctx), ctx.now);
    ctx.auditDetails({ billNo: d.sale.billNo, totalPaise: d.sale.totalPaise, appliedPaise: d.appliedPaise, refundPaise: d.refundPaise });
    return { order: order(ctx, input.orderId), ...d };
  },
  'orders.cancel': (input, ctx) => {
    const c = cancelOrder(ctx.db, input, caller(ctx), ctx.now);
    ctx.auditDetails(c);
    return order(ctx, input.orderId);
  },
  'orders.getDueSummary': (_i, ctx) => dueSummary(ctx.db, shopToday(ctx.db, ctx.now)),
} satisfies HandlerMap<typeof ordersApi>;
