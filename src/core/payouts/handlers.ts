import { uuidv7 } from '../uuid';
import type { payoutsApi } from '../../shared/api/payouts';
import { AppError } from '../../shared/errors';
import { caller } from '../context';
import { stmt } from '../db/stmt';
import type { HandlerMap } from '../dispatch';
import { balanceOf, unpaidEntries } from './entries';
import { listBalances, listPayouts } from './lists';
import { pay, payoutSlip, reversePayout } from './pay';
import { statement } from './statement';

export const payoutsHandlers = {
  'payouts.listUnpaid': ({ artisanId, periodEnd }, { db }) => {
    const entries = unpaidEntries(db, artisanId, periodEnd);
    return { entries, totalPaise: entries.reduce((s, e) => s + e.amountPaise, 0), balancePaise: balanceOf(db, artisanId) };
  },
  'payouts.pay': ({ requestId: _r, ...input }, ctx) => {
    const slip = pay(ctx.db, input, caller(ctx), ctx.now);
    ctx.auditDetails({ payoutNo: slip.payoutNo, paidPaise: slip.paidPaise });
    return slip;
  },
  'payouts.reverse': ({ payoutId, reason }, ctx) => reversePayout(ctx.db, payoutId, reason, caller(ctx), ctx.now),
  'payouts.get': ({ id }, { db }) => payoutSlip(db, id),
  'payouts.list': ({ artisanId, limit, offset }, { db }) => listPayouts(db, artisanId, limit, offset),
  'payouts.listBalances': (_input, { db }) => listBalances(db),
  'payouts.adjust': ({ artisanId, amountPaise, reason }, ctx) => {
    if (!stmt(ctx.db, 'SELECT 1 FROM artisans WHERE id = ?').get(artisanId)) throw new AppError('NOT_FOUND', { what: 'artisan', field: 'artisanId', id: artisanId });
    const r = stmt(ctx.db, `INSERT INTO artisan_ledger (uid, artisan_id, kind, amount_paise, ref_type, at, user_id, note) VALUES (?, ?, 'adjustment', ?, 'adjustment', ?, ?, ?)`).run(
      uuidv7(), artisanId, amountPaise, ctx.now.toISOString(), caller(ctx).id, reason,
    );
    return { ledgerId: Number(r.lastInsertRowid), balancePaise: balanceOf(ctx.db, artisanId) };
  },
  'payouts.getStatement': ({ artisanId, from, to }, { db }) => statement(db, artisanId, from, to),
} satisfies HandlerMap<typeof payoutsApi>;
