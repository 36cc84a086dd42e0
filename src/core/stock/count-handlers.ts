import type { countsApi } from '../../shared/api/counts';
import { caller } from '../context';
import type { HandlerMap } from '../dispatch';
import { cancelCount, getCount, listCounts, postCount, scanCount, setCount, startCount } from './counts';

export const countsHandlers = {
  'counts.start': (input, ctx) => startCount(ctx.db, input, caller(ctx).id, ctx.now),
  'counts.get': ({ id }, { db }) => getCount(db, id),
  'counts.list': ({ status, limit }, { db }) => listCounts(db, status, limit),
  'counts.scan': ({ id, code, qtyMilli }, ctx) => scanCount(ctx.db, id, code, qtyMilli, caller(ctx).id, ctx.now),
  'counts.set': ({ id, productId, countedMilli }, ctx) => setCount(ctx.db, id, productId, countedMilli, caller(ctx).id, ctx.now),
  'counts.post': ({ id, reason, uncounted }, ctx) => {
    const sheet = postCount(ctx.db, id, reason, uncounted, caller(ctx).id, ctx.now);
    ctx.auditDetails({ after: { status: sheet.status, varianceValuePaise: sheet.varianceValuePaise, countedLines: sheet.countedLines } });
    return sheet;
  },
  'counts.cancel': ({ id, reason }, ctx) => cancelCount(ctx.db, id, reason, caller(ctx).id, ctx.now),
} satisfies HandlerMap<typeof countsApi>;
