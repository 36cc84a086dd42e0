import type { setupApi } from '../../shared/api/setup';
import { AppError } from '../../shared/errors';
import type { DB } from '../db/open';
import type { HandlerMap } from '../dispatch';
import { createUser } from '../session/users';
import { readSettings, writeSettings } from '../settings/handlers';
import { loadDemoShop } from './demo';

function refuseIfSetUp(db: DB): void {
  if (readSettings(db)) throw new AppError('ALREADY_SET_UP');
}

export const setupHandlers = {
  'setup.status': (_i, { db }) => {
    const s = readSettings(db);
    return { setUp: s !== null, language: s?.language ?? 'hi', shopName: s?.shopName ?? null, timeZone: s?.timeZone ?? 'Asia/Kolkata' };
  },

  /** First run: the shop's details and its first manager (who holds the owner role). */
  'setup.complete': (input, ctx) => {
    refuseIfSetUp(ctx.db);
    writeSettings(ctx.db, { shopName: input.shopName, address: input.address, phone: input.phone, language: input.language, timeZone: 'Asia/Kolkata', gstin: '' }, ctx.now);
    const user = createUser(ctx.db, input.managerName, 'owner', input.pin, ctx.now);
    ctx.startSession(user);
    return user;
  },

  'setup.loadDemo': ({ language }, ctx) => {
    refuseIfSetUp(ctx.db);
    const loaded = loadDemoShop(ctx.db, language, ctx.now);
    ctx.startSession(loaded.user);
    return loaded;
  },
} satisfies HandlerMap<typeof setupApi>;
