import type { stockApi } from '../../shared/api/stock';
import { caller } from '../context';
import type { HandlerMap } from '../dispatch';
import { getIntake, recordIntake } from './intake';
import { listMovements } from './movements';
import { returnToArtisan, writeOff } from './removals';

export const stockHandlers = {
  'stock.intake': (input, ctx) => recordIntake(ctx.db, input, caller(ctx).id, ctx.now),
  'stock.getIntake': ({ id }, { db }) => getIntake(db, id),
  'stock.returnToArtisan': (input, ctx) => returnToArtisan(ctx.db, { ...input, userId: caller(ctx).id, at: ctx.now }),
  'stock.writeOff': (input, ctx) => writeOff(ctx.db, { ...input, userId: caller(ctx).id, at: ctx.now }),
  'stock.listMovements': (q, { db }) => listMovements(db, q),
} satisfies HandlerMap<typeof stockApi>;
