import type { searchApi } from '../../shared/api/search';
import type { HandlerMap } from '../dispatch';
import { lookup, search } from './search';

export const searchHandlers = {
  'catalog.search': ({ q, limit, forRent, includeArchived }, { db }) => search(db, q, { limit, forRent, includeArchived }),
  'catalog.lookup': ({ code }, { db }) => lookup(db, code),
} satisfies HandlerMap<typeof searchApi>;
