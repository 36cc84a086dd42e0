import type { productsApi } from '../../shared/api/products';
import type { HandlerMap } from '../dispatch';
import { createProduct, getProduct, setProductStatus, updateProduct } from './products';

export const productHandlers = {
  'products.get': ({ id }, { db }) => getProduct(db, id),
  'products.create': (input, ctx) => {
    const after = createProduct(ctx.db, input, ctx.now);
    ctx.auditDetails({ after });
    return after;
  },
  'products.update': ({ id, ...input }, ctx) => {
    const { before, after } = updateProduct(ctx.db, id, input, ctx.now);
    ctx.auditDetails({ before, after });
    return after;
  },
  'products.archive': ({ id }, ctx) => {
    const { before, after } = setProductStatus(ctx.db, id, 'archived', ctx.now);
    ctx.auditDetails({ before: before.status, after: after.status });
    return after;
  },
  'products.restore': ({ id }, ctx) => {
    const { before, after } = setProductStatus(ctx.db, id, 'active', ctx.now);
    ctx.auditDetails({ before: before.status, after: after.status });
    return after;
  },
} satisfies HandlerMap<typeof productsApi>;
