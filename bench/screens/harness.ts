/**
 * The screen benchmark: a generated shop (bench/generate.ts) served by the real `serve` command,
 * the built renderer driven in Debian Chromium, a loopback ESC/POS printer for the receipts.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { createApp } from '../../src/core/app';
import { dailyBackupDue } from '../../src/core/backup/schedule';
import { launchChromium, startServeCli } from '../../tests/support/browser';
import { startPrinter } from '../../tests/printing/loopback';
import { generateShop, type GeneratedShop, type ShopSize } from '../generate';
import type { ScreenFigure } from './figures';
import { measureLoads, measureSales, measureScroll, measureSearch, newPage, sellReady, VIEWPORT } from './measures';

export interface ScreenCounts {
  /** Cold and warm loads each (each cold load also opens every area once). */
  loads: number;
  sales: number;
  /** Rounds of the three search terms (21 keystrokes a round). */
  searchRounds: number;
  scrollRows: number;
}

export const SCREEN_COUNTS: Record<string, ScreenCounts> = {
  tiny: { loads: 2, sales: 3, searchRounds: 1, scrollRows: 100 },
  // 1,000 sales: the heap is read every 100, so its slope past the warm-up (sale 300) has 8 points (figures.ts, heapGrowth)
  small: { loads: 200, sales: 1_000, searchRounds: 10, scrollRows: 900 },
  large: { loads: 200, sales: 1_000, searchRounds: 10, scrollRows: 5_000 },
};

export const SEARCH_TERMS = ['dhokra', 'ढोकरा', 'kosa saree'];
const OWNER_PIN = '1234';
const CASHIER_PIN = '1111';

export interface ScreenResult {
  size: string;
  date: string;
  loadavg_start: number[];
  loadavg_end: number[];
  machine: { cpus: number; cpu: string };
  chromium: string;
  results: Record<string, ScreenFigure> & { keystroke_to_list: Awaited<ReturnType<typeof measureSearch>> };
  heap: Awaited<ReturnType<typeof measureSales>>['heap'];
  scroll: { long_tasks: { n: number; total_ms: number; max_ms: number }; pages_fetched: number; per_frame: Record<'render_and_layout' | 'layout', { p50_ms: number; p95_ms: number }> };
  shop: { products: number; sales: number };
  counts: ScreenCounts;
}

export interface ScreenOptions { size: ShopSize; dir?: string; reuse?: boolean; keep?: boolean; serveEnv?: Record<string, string>; log?: (m: string) => void }

/**
 * The shop generated (or reused), its receipt printer pointed at a loopback one, `serve` started and
 * the cashier logged in on Sell in Chromium: what every screen measure (and bench/screens/heap-retainers.ts) starts from.
 */
export async function startScreens(opts: ScreenOptions) {
  const log = opts.log ?? (() => {});
  const dir = opts.dir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'hh-screens-'));
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'shop.db');
  const printer = await startPrinter();
  let shop: GeneratedShop;
  if (opts.reuse) shop = JSON.parse(fs.readFileSync(path.join(dir, 'shop.json'), 'utf8')) as GeneratedShop;
  else {
    log(`generating a ${opts.size.name} shop in ${file}`);
    shop = generateShop(file, opts.size, log);
    fs.writeFileSync(path.join(dir, 'shop.json'), JSON.stringify(shop));
  }
  // The owner points the counter at the loopback printer (what Settings -> Printer saves).
  const app = createApp(file);
  const owner = app.call('session.login', { userId: shop.ownerId, pin: OWNER_PIN });
  if (!owner.session || !('set' in owner.session)) throw new Error('owner login failed');
  const saved = app.call('print.updateSettings', {
    enabled: true, type: 'EPSON', interface: printer.url, paper: '80mm', codePage: 'PC437_USA', cut: true, cashDrawer: false, copies: 1,
    connectTimeoutMs: 1000, idleTimeoutMs: 2000, totalTimeoutMs: 10_000,
  }, owner.session.set);
  if (!saved.result.ok) throw new Error(`printer settings: ${JSON.stringify(saved.result.error)}`);
  // serve makes the day's backup as it starts when one is due (an empty backup folder means the one
  // beside the database, so it cannot be turned off); see dailyBackupDone below.
  const backupDue = dailyBackupDue(app, new Date());
  const dailyBefore = app.db.prepare(DAILY_BACKUPS).pluck().get() as number;
  app.close();
  // Barcodes of the products with ample stock (the checkout pool), one per product.
  const db = new Database(file, { readonly: true });
  const one = db.prepare('SELECT code FROM barcodes WHERE product_id = ? ORDER BY code LIMIT 1').pluck();
  const codes = shop.pool.map((p) => one.get(p.id) as string | undefined).filter((c): c is string => Boolean(c));
  db.close();

  const server = await startServeCli(file, opts.serveEnv ?? {});
  // Copying and checking the whole file holds the counter (~17 s at the large size, bench/README.md
  // "Backups"): the backup's cost, not the screens'. The measures begin once it is done.
  if (backupDue) await dailyBackupDone(file, dailyBefore, log);
  const browser = await launchChromium();
  const close = async () => {
    await browser.close();
    await server.stop();
    await printer.close();
    if (!opts.keep && !opts.reuse) fs.rmSync(dir, { recursive: true, force: true });
    else log(`kept ${file}`);
  };
  try {
    const ctx = await browser.newContext({ viewport: VIEWPORT });
    const page = await newPage(ctx);
    page.setDefaultTimeout(30_000);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(server.url);
    await page.locator('.lock').waitFor();
    // The cashier logs in as the lock screen would (the cookie is the context's).
    const token = (await page.locator('meta[name="hh-token"]').getAttribute('content')) ?? '';
    const login = await page.request.post(new URL('api/session.login', server.url).href, { data: { userId: shop.cashierId, pin: CASHIER_PIN }, headers: { 'x-hh-token': token } });
    if (!(await login.json()).ok) throw new Error('cashier login failed');
    await page.reload();
    await sellReady(page);
    return { shop, codes, printer, server, browser, ctx, page, errors, close };
  } catch (e) {
    await close();
    throw e;
  }
}

export async function runScreens(opts: ScreenOptions & { counts: ScreenCounts }): Promise<ScreenResult> {
  const log = opts.log ?? (() => {});
  const loadavg_start = os.loadavg().map((x) => Math.round(x * 100) / 100);
  const { shop, codes, printer, server, browser, ctx, page, errors, close } = await startScreens(opts);
  try {
    const state = await ctx.storageState();

    log(`sales (${opts.counts.sales}): scan, pay, receipt, heap`);
    const sales = await measureSales(page, codes, opts.counts.sales, printer, log);
    log(`search typing (${opts.counts.searchRounds} rounds)`);
    const search = await measureSearch(page, SEARCH_TERMS, opts.counts.searchRounds);
    log(`catalogue scroll (${opts.counts.scrollRows} rows)`);
    const scroll = await measureScroll(page, opts.counts.scrollRows, 20);
    log(`loads (${opts.counts.loads} cold with every area's first open, ${opts.counts.loads} warm)`);
    const loads = await measureLoads(browser, server.url, state, opts.counts.loads, page, log);
    if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
    return {
      size: opts.size.name,
      date: new Date().toISOString(),
      loadavg_start,
      loadavg_end: os.loadavg().map((x) => Math.round(x * 100) / 100),
      machine: { cpus: os.cpus().length, cpu: os.cpus()[0]?.model ?? '?' },
      chromium: browser.version(),
      results: { ...sales.figures, keystroke_to_list: search, scroll_frame: scroll.frame, ...loads },
      heap: sales.heap,
      scroll: { long_tasks: scroll.long_tasks, pages_fetched: scroll.pages_fetched, per_frame: scroll.per_frame },
      shop: { products: shop.counts.products!, sales: shop.counts.sales! },
      counts: opts.counts,
    };
  } finally {
    await close();
  }
}

const DAILY_BACKUPS = "SELECT count(*) FROM backups WHERE reason = 'daily'";

/** Wait (up to 15 minutes) until serve's start-of-day backup is in the backups table. */
async function dailyBackupDone(file: string, before: number, log: (m: string) => void): Promise<void> {
  const t0 = performance.now();
  const db = new Database(file, { readonly: true });
  try {
    const daily = db.prepare(DAILY_BACKUPS).pluck();
    while ((daily.get() as number) <= before) {
      if (performance.now() - t0 > 15 * 60_000) throw new Error("serve's start-of-day backup did not finish in 15 minutes");
      await new Promise((r) => setTimeout(r, 250));
    }
    log(`serve's start-of-day backup done after ${((performance.now() - t0) / 1000).toFixed(1)} s; measuring from now`);
  } finally {
    db.close();
  }
}
