import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createApp } from '../src/core/app';
import { bareSeller, baselineReads, dbBytes, openBare } from './baseline';
import { buildChild, measureColdStart, measureWorkingSet } from './coldstart';
import { measureDashboard } from './dashboard';
import { generateShop, type GeneratedShop, type ShopSize } from './generate';
import { measureCheckoutHttp } from './http';
import { appSeller, coreSeller, measureDayCloses, measureLookup, zodParse, measurePage, measureReports, measureSearch } from './measure';
import { measureRangeReports } from './measure-range';
import { rng } from './rng';
import { interleave, summarize, withRatio, type Figure } from './stats';

export const MEASURES = [
  'checkout_inprocess', 'checkout_http', 'barcode_lookup', 'search_hindi', 'search_english', 'search_latin_hindi',
  'catalog_page', 'day_close', 'monthly_report', 'artisan_statement', 'dashboard', 'gstr1', 'day_close_count', 'cold_start',
] as const;
export type Measure = (typeof MEASURES)[number];

export interface Iterations {
  checkout: number;
  http: number;
  lookup: number;
  search: number;
  page: number;
  reports: number;
  coldStarts: number;
  workload: number;
}

export const ITERATIONS: Record<string, Iterations> = {
  tiny: { checkout: 100, http: 100, lookup: 500, search: 70, page: 30, reports: 10, coldStarts: 1, workload: 20 },
  small: { checkout: 3_000, http: 2_000, lookup: 20_000, search: 3_000, page: 500, reports: 100, coldStarts: 5, workload: 300 },
  large: { checkout: 5_000, http: 3_000, lookup: 20_000, search: 3_000, page: 100, reports: 20, coldStarts: 5, workload: 500 },
};

export interface BenchResult {
  machine: { cpus: number; cpu: string; memory_gb: number; os: string };
  node: string;
  sqlite: string;
  size: string;
  results: Record<Measure, Figure>;
  rss_mb: number;
  db_bytes_per_sale_line: number;
  baseline: Record<string, Figure | number>;
  details: Record<string, unknown>;
  shop: { products: number; sales: number; sale_lines: number; generate_seconds: number; db_mb: number; counts: Record<string, number>; missing: string[] };
  date: string;
}

export interface BenchOptions {
  size: ShopSize;
  iterations: Iterations;
  /** Folder for the database; a fresh one under os.tmpdir() by default. */
  dir?: string;
  keep?: boolean;
  /** Measure the shop a --keep run left in `dir` instead of building a new one. */
  reuse?: boolean;
  log?: (msg: string) => void;
}

const CASHIER_PIN = '1111'; // the demo shop's cashier
const OWNER_PIN = '1234'; // and its owner

export async function runBench(opts: BenchOptions): Promise<BenchResult> {
  const log = opts.log ?? (() => {});
  const it = opts.iterations;
  const dir = opts.dir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'hh-bench-'));
  const file = path.join(dir, 'shop.db');
  const child = await buildChild();
  try {
    let shop: GeneratedShop;
    if (opts.reuse) {
      shop = JSON.parse(fs.readFileSync(path.join(dir, 'shop.json'), 'utf8')) as GeneratedShop;
      log(`reusing ${file} (${shop.size.name})`);
    } else {
      log(`generating a ${opts.size.name} shop in ${file}`);
      shop = generateShop(file, opts.size, log);
      if (opts.keep) fs.writeFileSync(path.join(dir, 'shop.json'), JSON.stringify(shop));
    }
    log(`generated in ${shop.seconds.toFixed(1)} s: ${JSON.stringify(shop.counts)}`);
    const dbMb = fs.statSync(file).size / 1_048_576;

    const app = createApp(file);
    const r = rng(7);
    const login = app.call('session.login', { userId: shop.cashierId, pin: CASHIER_PIN });
    if (!login.session || !('set' in login.session) || !login.result.ok) throw new Error('cashier login failed');
    const token = login.session.set;
    const cashier = login.result.value;
    const sqlite = (app.db.prepare('SELECT sqlite_version() AS v').get() as { v: string }).v;
    const days = app.db.prepare('SELECT DISTINCT business_date FROM sales ORDER BY 1').pluck().all() as string[];
    const total = shop.counts.products!;

    log('reads: lookup, search, page, reports');
    const lookup = measureLookup(app, token, shop.barcodes, r, it.lookup);
    const search = measureSearch(app, token, it.search);
    const page = measurePage(app, token, r, it.page, total);

    log('bare better-sqlite3 baseline');
    const bare = openBare(file);
    log('reports (a manager: the demo owner)');
    const owner = app.call('session.login', { userId: shop.ownerId, pin: OWNER_PIN });
    if (!owner.session || !('set' in owner.session)) throw new Error('owner login failed');
    const reports = measureReports(app, owner.session.set, bare, { ...shop, days }, r, it.reports);
    const dashboard = measureDashboard(file, bare, shop.ownerId, OWNER_PIN, days, r, it.reports);
    log('range reports (reports.getRange: each over the busiest month and the last 365 days)');
    const rangeReports = measureRangeReports(app, owner.session.set, bare, shop, Math.max(3, Math.round(it.reports / 5)));
    const baseReads = baselineReads(bare, shop.barcodes, ['ढोकरा', 'dokra', 'elephant', 'tokri', 'nagada', 'tortoise'], total, r, Math.min(it.lookup, 5_000));

    log('checkout in process, interleaved with the bare baseline');
    const WARM = 300;
    const bareSell = bareSeller(bare, shop.pool.map((p) => p.id), shop.cashierId, r, it.checkout + WARM);
    const appSell = appSeller(app, token, shop.pool, r, it.checkout + WARM);
    // Warm-up, measuring what each adds to the file per sale line (3 lines a sale).
    const bytesOf = (sell: () => void, db: Parameters<typeof dbBytes>[0]) => {
      const before = dbBytes(db);
      for (let i = 0; i < WARM; i++) sell();
      return Math.round((dbBytes(db) - before) / (WARM * 3));
    };
    const bareBytes = bytesOf(bareSell, bare);
    const bytesPerLine = bytesOf(appSell, app.db);
    // The bare writes plus the two rows dispatch adds (audit, idempotency record of the app's size): how much of the gap they are.
    const resultBytes = (app.db.prepare(`SELECT length(result) AS n FROM idempotency ORDER BY rowid DESC LIMIT 1`).get() as { n: number }).n;
    const barePlus = bareSeller(bare, shop.pool.map((p) => p.id), shop.cashierId, r, it.checkout, { resultBytes });
    const core = coreSeller(app, cashier, shop.pool, r, it.checkout);
    const runs = interleave({ bare: bareSell, app: appSell, barePlus, core }, it.checkout);
    const baseWriteFigure = summarize(runs.bare!.samples, { totalMs: runs.bare!.totalMs, note: 'bare better-sqlite3: the writes only' });
    const inproc = summarize(runs.app!.samples, { totalMs: runs.app!.totalMs });
    log('closing past days by notes and coins');
    const closer = app.call('session.login', { userId: shop.ownerId, pin: OWNER_PIN }); // the owner again: her first session may have gone idle
    if (!closer.session || !('set' in closer.session)) throw new Error('owner login failed');
    const closes = measureDayCloses(app, closer.session.set, bare, days, shop.ownerId, it.reports);
    bare.close();

    log('checkout over loopback HTTP');
    const http = await measureCheckoutHttp(app, shop.cashierId, CASHIER_PIN, shop.pool, r, it.http);
    const benchRss = process.memoryUsage().rss;
    const tables = tableBytes(app.db);
    app.close();

    log('cold start and working set (fresh processes)');
    const cold = await measureColdStart(child.file, file, it.coldStarts);
    const work = await measureWorkingSet(child.file, file, { pool: shop.pool, barcodes: shop.barcodes, cashierId: shop.cashierId, n: it.workload });

    const results: Record<Measure, Figure> = {
      checkout_inprocess: withRatio(inproc, baseWriteFigure),
      checkout_http: withRatio(http, baseWriteFigure),
      barcode_lookup: withRatio(lookup.figure, baseReads.lookup),
      search_hindi: withRatio(search.figures.search_hindi!, baseReads.search),
      search_english: withRatio(search.figures.search_english!, baseReads.search),
      search_latin_hindi: withRatio(search.figures.search_latin_hindi!, baseReads.search),
      catalog_page: withRatio(page.figure, baseReads.page),
      day_close: withRatio(reports.figures.day_close, reports.bare.day_close),
      monthly_report: withRatio(reports.figures.monthly_report, reports.bare.monthly_report),
      artisan_statement: withRatio(reports.figures.artisan_statement, reports.bare.artisan_statement),
      dashboard: withRatio(dashboard.api, dashboard.bare),
      gstr1: withRatio(reports.figures.gstr1, reports.bare.gstr1),
      day_close_count: withRatio(closes.figure, closes.bare),
      cold_start: withRatio(cold.app, cold.bare),
    };
    return {
      machine: { cpus: os.cpus().length, cpu: os.cpus()[0]?.model ?? '?', memory_gb: Math.round(os.totalmem() / 1e9), os: `${os.type()} ${os.release()}` },
      node: process.version,
      sqlite,
      size: opts.size.name,
      results,
      rss_mb: work.rssMb,
      db_bytes_per_sale_line: bytesPerLine,
      baseline: {
        checkout: baseWriteFigure, lookup: baseReads.lookup, search: baseReads.search, page: baseReads.page, cold_start: cold.bare,
        db_bytes_per_sale_line: bareBytes,
        day_close: reports.bare.day_close, monthly_report: reports.bare.monthly_report, artisan_statement: reports.bare.artisan_statement,
        dashboard: dashboard.bare,
        gstr1: reports.bare.gstr1, day_close_count: closes.bare,
      },
      details: {
        checkout_breakdown: {
          zod_parse: zodParse(shop.pool, r, Math.min(it.checkout, 2_000)),
          core_checkout_no_dispatch: summarize(runs.core!.samples, { totalMs: runs.core!.totalMs, note: 'checkout() in an immediate transaction: no zod, audit or idempotency; interleaved' }),
          bare_plus_audit_and_idempotency_rows: summarize(runs.barePlus!.samples, { totalMs: runs.barePlus!.totalMs, note: `bare writes + an audit row + a ${resultBytes}-byte idempotency result, interleaved` }),
          idempotency_result_bytes: resultBytes,
        },
        lookup_without_dispatch: lookup.core,
        reports_without_dispatch: reports.core,
        dashboard_without_dispatch: dashboard.core,
        range_reports: rangeReports,
        cold_start_split_ms_since_process_start: cold.split,
        search_terms: search.perTerm,
        catalog_page_first: page.first,
        catalog_page_by_name: page.byName,
        catalog_page_next_by_cursor: page.keyset,
        catalog_page_next_by_cursor_by_name: page.keysetByName,
        working_set: { ...work, note: 'fresh process: open, first call, then a counter workload; rss_mb is this process' },
        bench_process_rss_mb: Math.round((benchRss / 1_048_576) * 10) / 10,
        table_mb: tables,
        db_mb_whole_file_per_sale_line_bytes: Math.round((dbMb * 1_048_576) / shop.counts.sale_lines!),
      },
      shop: summaryOf(shop, dbMb),
      date: new Date().toISOString(),
    };
  } finally {
    child.dispose();
    if (!opts.keep && !opts.reuse) fs.rmSync(dir, { recursive: true, force: true });
    else log(`kept ${file}`);
  }
}

function summaryOf(shop: GeneratedShop, dbMb: number) {
  return {
    products: shop.counts.products!, sales: shop.counts.sales!, sale_lines: shop.counts.sale_lines!, generate_seconds: Math.round(shop.seconds * 10) / 10,
    db_mb: Math.round(dbMb), counts: shop.counts, missing: shop.missing,
  };
}

/** Megabytes per table and index (SQLite's dbstat), the biggest first. */
function tableBytes(db: ReturnType<typeof createApp>['db']): Record<string, number> | string {
  try {
    const rows = db.prepare(`SELECT name, sum(pgsize) AS b FROM dbstat GROUP BY name ORDER BY b DESC LIMIT 16`).all() as { name: string; b: number }[];
    return Object.fromEntries(rows.map((x) => [x.name, Math.round((x.b / 1_048_576) * 10) / 10]));
  } catch (e) {
    return `dbstat unavailable: ${String(e)}`;
  }
}
