import type { boardApi } from '../../shared/api/board';
import { caller } from '../context';
import type { HandlerMap } from '../dispatch';
import { monthlyCounts } from './counts';
import { boardCsv } from './csv';
import { getItem, listItems } from './items';
import { meetingSheet } from './meeting';
import { assign, move, raise } from './moves';

export const boardHandlers = {
  'board.raise': ({ memberId, kind, text, raisedOn, assignee }, ctx) => raise(ctx.db, { memberId, kind, text, raisedOn, assignee }, ctx.now, caller(ctx).id),
  'board.assign': ({ itemId, assignee }, ctx) => assign(ctx.db, { itemId, assignee }, ctx.now, caller(ctx).id),
  'board.move': ({ itemId, to, note }, ctx) => move(ctx.db, { itemId, to, note }, ctx.now, caller(ctx).id),
  'board.get': ({ id }, { db }) => getItem(db, id),
  'board.list': (f, { db }) => listItems(db, f),
  'board.getMonthlyCounts': (range, { db, now }) => monthlyCounts(db, now, range),
  'board.exportCsv': (range, { db, now }) => boardCsv(db, now, range),
  'board.getMeetingSheet': ({ lang, ...range }, ctx) => meetingSheet(ctx.db, ctx.now, range, lang, caller(ctx).name),
} satisfies HandlerMap<typeof boardApi>;
