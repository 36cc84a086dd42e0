import type { artisansApi } from '../../shared/api/artisans';
import type { HandlerMap } from '../dispatch';
import { createArtisan, getArtisan, listArtisans, updateArtisan } from './artisans';

export const artisansHandlers = {
  'artisans.list': ({ includeInactive }, { db }) => listArtisans(db, includeInactive),
  'artisans.get': ({ id }, { db }) => getArtisan(db, id),
  'artisans.create': (input, ctx) => {
    const after = createArtisan(ctx.db, input, ctx.now);
    ctx.auditDetails({ after });
    return after;
  },
  'artisans.update': ({ id, ...input }, ctx) => {
    const { before, after } = updateArtisan(ctx.db, id, input);
    ctx.auditDetails({ before, after });
    return after;
  },
} satisfies HandlerMap<typeof artisansApi>;
