import type { csvApi } from '../../shared/api/csv';
import { businessDate } from '../../shared/dates';
import { caller } from '../context';
import type { HandlerMap } from '../dispatch';
import { requireSettings } from '../settings/handlers';
import { shopZoneOf } from '../shop-day';
import { ARTISAN_COLUMNS, artisanColumnOf, exportArtisanRows, importArtisanRow } from './artisans-csv';
import { runImport } from './import';
import { importProductRow, PRODUCT_COLUMNS, productColumnOf, productTable } from './products-csv';
import { csvOf } from './export-table';
import { readCsv, writeCsv } from './table';
import { countSheetCsv } from './count-sheet';
import { statementCsv } from './statement-csv';
import { getCount } from '../stock/counts';

const keys = (cols: { key: string }[]) => cols.map((c) => c.key);

export const csvHandlers = {
  'csv.previewProducts': ({ csv }, ctx) => {
    const t = readCsv(csv, PRODUCT_COLUMNS);
    return runImport(ctx.db, t, (r) => importProductRow(ctx.db, t, r, caller(ctx).id, ctx.now), productColumnOf, true);
  },
  'csv.importProducts': ({ csv }, ctx) => {
    const t = readCsv(csv, PRODUCT_COLUMNS);
    const report = runImport(ctx.db, t, (r) => importProductRow(ctx.db, t, r, caller(ctx).id, ctx.now), productColumnOf, false);
    ctx.auditDetails({ input: { csvBytes: csv.length }, rows: report.rows });
    return report;
  },
  'csv.previewArtisans': ({ csv }, ctx) => {
    const t = readCsv(csv, ARTISAN_COLUMNS);
    return runImport(ctx.db, t, (r) => importArtisanRow(ctx.db, t, r, ctx.now), artisanColumnOf, true);
  },
  'csv.importArtisans': ({ csv }, ctx) => {
    const t = readCsv(csv, ARTISAN_COLUMNS);
    const report = runImport(ctx.db, t, (r) => importArtisanRow(ctx.db, t, r, ctx.now), artisanColumnOf, false);
    ctx.auditDetails({ input: { csvBytes: csv.length }, rows: report.rows });
    return report;
  },
  'csv.exportProducts': ({ includeArchived }, { db, now }) => {
    const t = productTable(db, includeArchived);
    return { fileName: `catalog-${businessDate(now, requireSettings(db).timeZone)}.csv`, csv: csvOf(t), rows: t.rows.length };
  },
  'csv.exportArtisans': (_i, { db, now }) => {
    const rows = exportArtisanRows(db);
    return { fileName: `artisans-${businessDate(now, requireSettings(db).timeZone)}.csv`, csv: writeCsv(keys(ARTISAN_COLUMNS), rows), rows: rows.length };
  },
  'csv.exportStatement': ({ artisanId, from, to }, { db }) => {
    const { csv, rows } = statementCsv(db, artisanId, from, to);
    return { fileName: `statement-${artisanId}-${from}-${to}.csv`, csv, rows };
  },
  'csv.exportCount': ({ id }, { db }) => {
    const c = getCount(db, id);
    return { fileName: `count-${c.id}-${businessDate(new Date(c.startedAt), shopZoneOf(db))}.csv`, csv: countSheetCsv(c), rows: c.lines.length };
  },
} satisfies HandlerMap<typeof csvApi>;
