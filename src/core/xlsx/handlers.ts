import type { xlsxApi } from '../../shared/api/xlsx';
import { businessDate } from '../../shared/dates';
import { productTable } from '../csv/products-csv';
import { statementTable } from '../csv/statement-csv';
import type { HandlerMap } from '../dispatch';
import { monthlyTable } from '../reports/monthly-csv';
import { requireSettings } from '../settings/handlers';
import { xlsxOf } from './write';

const file = async (fileName: string, t: Parameters<typeof xlsxOf>[0][number], rows = t.rows.length) => ({ fileName, xlsxBase64: (await xlsxOf([t])).toString('base64'), rows });

export const xlsxHandlers = {
  'xlsx.exportProducts': async ({ includeArchived }, ctx) => {
    const { t, day } = ctx.read((db) => ({ t: productTable(db, includeArchived), day: businessDate(ctx.now, requireSettings(db).timeZone) }));
    return file(`catalog-${day}.xlsx`, t);
  },
  'xlsx.exportStatement': async ({ artisanId, from, to }, ctx) => {
    const t = ctx.read((db) => statementTable(db, artisanId, from, to));
    return file(`statement-${artisanId}-${from}-${to}.xlsx`, t, t.items);
  },
  'xlsx.exportMonthly': async ({ month }, ctx) => file(`monthly-${month}.xlsx`, ctx.read((db) => monthlyTable(db, month))),
} satisfies HandlerMap<typeof xlsxApi>;
