import type { craftsApi } from '../../shared/api/crafts';
import type { HandlerMap } from '../dispatch';
import { createCraft, listCrafts, updateCraft } from './crafts';

export const craftsHandlers = {
  'crafts.list': ({ includeInactive }, { db }) => listCrafts(db, includeInactive),
  'crafts.create': (input, ctx) => {
    const after = createCraft(ctx.db, input);
    ctx.auditDetails({ after });
    return after;
  },
  'crafts.update': ({ id, ...input }, ctx) => {
    const { before, after } = updateCraft(ctx.db, id, input);
    ctx.auditDetails({ before, after });
    return after;
  },
} satisfies HandlerMap<typeof craftsApi>;
