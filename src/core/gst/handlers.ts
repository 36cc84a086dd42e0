import type { gstApi, Gstr1Report, GstSettings, TurnoverStatement } from '../../shared/api/gst';
import { AppError } from '../../shared/errors';
import type { DB } from '../db/open';
import { stmt } from '../db/stmt';
import type { HandlerMap } from '../dispatch';
import { shopToday } from '../shop-day';
import { gstr1 } from './gstr1';
import { periodRange } from './period';
import { gstr1Csv, gstr1Json, turnoverCsv } from './portal';
import { turnover } from './turnover';

function settings(db: DB): GstSettings & { gstin: string } {
  const r = stmt<[], { gstin: string; o: number }>(db, 'SELECT gstin, aato_over_5cr AS o FROM shop_settings WHERE id = 1').get();
  if (!r) throw new AppError('NOT_SET_UP');
  return { gstin: r.gstin, aatoOver5Crore: r.o === 1 };
}

/** A registered shop's GSTR-1, or a bill-of-supply shop's turnover statement. */
export function gstReport(db: DB, period: string, now: Date): Gstr1Report | TurnoverStatement {
  const p = periodRange(period, shopToday(db, now));
  const s = settings(db);
  return s.gstin ? gstr1(db, p, s.gstin, s.aatoOver5Crore ? 6 : 4) : turnover(db, p);
}

export const gstHandlers = {
  'gst.getReturn': ({ period }, { db, now }) => gstReport(db, period, now),
  'gst.exportReturn': ({ period, section }, { db, now }) => {
    const r = gstReport(db, period, now);
    if (r.kind === 'turnover') {
      if (section !== 'turnover') throw new AppError('INVALID_INPUT', { issues: [{ path: ['section'], code: 'custom', message: 'no_gstin' }] });
      return { fileName: `turnover-${period}.csv`, ...turnoverCsv(r) };
    }
    if (section === 'turnover') throw new AppError('INVALID_INPUT', { issues: [{ path: ['section'], code: 'custom', message: 'has_gstin' }] });
    if (section === 'json') return { fileName: `GSTR1-${r.gstin}-${r.fp}.json`, csv: JSON.stringify(gstr1Json(r), null, 1), rows: r.b2cs.length + r.hsn.length + r.docs.length };
    return { fileName: `gstr1-${section}-${period}.csv`, ...gstr1Csv(r, section) };
  },
  'gst.getSettings': (_i, { db }) => ({ aatoOver5Crore: settings(db).aatoOver5Crore }),
  'gst.updateSettings': ({ aatoOver5Crore }, ctx) => {
    const before = settings(ctx.db).aatoOver5Crore;
    stmt(ctx.db, 'UPDATE shop_settings SET aato_over_5cr = ?, updated_at = ? WHERE id = 1').run(aatoOver5Crore ? 1 : 0, ctx.now.toISOString());
    ctx.auditDetails({ before: { aatoOver5Crore: before } });
    return { aatoOver5Crore };
  },
} satisfies HandlerMap<typeof gstApi>;
