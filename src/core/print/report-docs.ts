/** The day-close slip from the day close report and its recorded close (counted, difference, who closed it). */
import type { Lang } from '../../shared/money';
import type { DayClose } from '../../printing/types';
import type { DB } from '../db/open';
import { stmt } from '../db/stmt';
import { countLines } from '../../shared/denominations';
import { dayCloseById, storedZReport } from '../reports/closed';
import { dayClose } from '../reports/day-close';
import { shopOf, type Doc } from './documents';

/** A closed day's slip by the close's id (print.dayClose finds it by date). */
export function dayCloseDoc(db: DB, closeId: number, lang?: Lang): Doc {
  const { shop, lang: shopLang } = shopOf(db);
  const c = dayCloseById(db, closeId);
  // The day as stored at its close (what was signed); a close from before it was stored is read again.
  const d = storedZReport(db, closeId) ?? dayClose(db, c.date);
  const counter = stmt<[], { c: string }>(db, 'SELECT counter_code AS c FROM shop_settings WHERE id = 1').get()?.c ?? '';
  const r = d.rentals;
  const payload: DayClose = {
    shop, lang: lang ?? shopLang, day: c.date, at: c.at, closedBy: c.closedBy, counter,
    bills: { count: d.bills.count, firstNo: d.bills.firstNo ?? undefined, lastNo: d.bills.lastNo ?? undefined },
    grossSalesPaise: d.grossSalesPaise, discountsPaise: d.discountsPaise, returnsPaise: d.returns.valuePaise, taxPaise: d.taxPaise, netSalesPaise: d.netSalesPaise,
    byMethod: d.payments.map((p) => ({ method: p.method, count: p.count, amountPaise: p.amountPaise })),
    rentals: {
      out: r.pickedUp, returned: r.returned, rentPaise: r.rentPaise, feesPaise: r.lateFeePaise + r.damagePaise + r.cancelKeptPaise,
      depositsTakenPaise: r.depositsTakenPaise, depositsReleasedPaise: r.depositsReleasedPaise, depositsHeldPaise: r.depositsHeldPaise, advancesHeldPaise: r.advancesHeldPaise,
    },
    orders: { advancesTakenPaise: d.orders.advancesTakenPaise, appliedPaise: d.orders.appliedPaise, keptPaise: d.orders.keptPaise, refundedPaise: d.orders.refundedPaise, advancesHeldPaise: d.orders.advancesHeldPaise },
    payoutsPaise: d.payouts.amountPaise,
    // The drawer as it was when the day was closed: the recorded expected figure, not today's re-reading.
    cash: { openingPaise: d.cash.openingPaise, inPaise: d.cash.inPaise, outPaise: d.cash.outPaise, expectedPaise: c.expectedPaise, countedPaise: c.countedPaise, differencePaise: c.differencePaise },
    note: c.note || undefined,
    floatPaise: d.opened?.floatPaise,
    moves: d.cashMoves.map((x) => ({ amountPaise: x.direction === 'in' ? x.amountPaise : -x.amountPaise, reason: x.reason })),
    counts: countLines(c.counts).map(({ rupees, kind, pieces, paise }) => ({ rupees, kind, pieces, paise })),
    approvedBy: c.approvedBy ?? undefined,
    byCraft: d.byCraft.map((k) => ({ nameHi: k.nameHi, nameEn: k.nameEn, qtyMilli: k.qtyMilli - k.returnedMilli, amountPaise: k.netSalesPaise })),
  };
  return { docType: 'day_close', ref: c.date, payload };
}
