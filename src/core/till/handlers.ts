import type { tillApi } from '../../shared/api/till';
import { caller } from '../context';
import { stmt } from '../db/stmt';
import type { HandlerMap } from '../dispatch';
import { moveCash, openDay, tillSettings, tillStatus } from './till';

export const tillHandlers = {
  'till.status': (_i, { db, now }) => tillStatus(db, now),
  'till.openDay': ({ counts }, ctx) => openDay(ctx.db, counts, ctx.now, caller(ctx).id),
  'till.moveCash': (input, ctx) => moveCash(ctx.db, input, ctx.now, caller(ctx).id),
  'till.getSettings': (_i, { db }) => tillSettings(db),
  'till.updateSettings': ({ closeLimitPaise }, ctx) => {
    const before = tillSettings(ctx.db);
    stmt(ctx.db, 'UPDATE shop_settings SET close_limit_paise = ?, updated_at = ? WHERE id = 1').run(closeLimitPaise, ctx.now.toISOString());
    ctx.auditDetails({ before });
    return tillSettings(ctx.db);
  },
} satisfies HandlerMap<typeof tillApi>;
