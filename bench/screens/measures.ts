/**
 * Each screen measure: drive the page as a cashier (keys through CDP, as real input), read the
 * times the page took itself (in-page.js), and the server's time for the calls it made meanwhile.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import type { LoopbackPrinter } from '../../tests/printing/loopback';
import { screenFigure, serverTwin, type ApiEntry, type ScreenFigure } from './figures';
import { byTestId, confirmPay, CONFIRM_KEY, nextSale, openPay, PAY } from './pay-step';

export const IN_PAGE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'in-page.js');
export const VIEWPORT = { width: 1366, height: 768 };

interface Timed {
  start: number;
  seen: number;
  painted: number;
  ms: number;
}

/** Arm a timing in the page, do the action, and read the time it took to the painted frame. */
async function timed(page: Page, cond: string, arg: string | null, key: string | null, act: () => Promise<void>, clickWhenSeen: string | null = null): Promise<Timed> {
  const id = await page.evaluate(([c, a, k, w]) => (globalThis as any).__hhb.arm(c, a, k, 30_000, w) as number, [cond, arg, key, clickWhenSeen] as const);
  await act();
  return page.evaluate((i) => (globalThis as any).__hhb.result(i) as Promise<Timed>, id);
}

const apiIn = (page: Page, t0: number, t1: number) => page.evaluate(([a, b]) => (globalThis as any).__hhb.api(a, b) as ApiEntry[], [t0, t1] as const);

/** App load -> Sell ready (in-page.js, from the navigation's start), or an error after a minute (e.g. the lock screen came up instead). */
export const sellReady = (page: Page) =>
  page.evaluate(() => Promise.race([(globalThis as any).__hhb.ready as Promise<Timed>, new Promise<never>((_, no) => setTimeout(() => no(new Error('Sell not ready in 60 s')), 60_000))]));

export async function newPage(ctx: BrowserContext): Promise<Page> {
  const page = await ctx.newPage();
  await page.addInitScript({ path: IN_PAGE });
  return page;
}

/** App load -> Sell ready: cold (a new browser context each time, the login kept) and warm (reload). */
export async function measureLoads(browser: Browser, url: string, state: Awaited<ReturnType<BrowserContext['storageState']>>, n: number, warmPage: Page, log: (m: string) => void) {
  // Warm first: the first page then goes, since left alone it would lock the counter after
  // 10 idle minutes and log out the session the cold pages share.
  const warm: number[] = [];
  const warmEntries: ApiEntry[] = [];
  for (let i = 0; i < n; i++) {
    await warmPage.reload();
    const ready = await sellReady(warmPage);
    warm.push(ready.ms);
    warmEntries.push(...(await apiIn(warmPage, 0, ready.painted)));
  }
  await warmPage.close();
  const cold: number[] = [];
  const areas: Record<string, number[]> = { rentals: [], stock: [], artisans: [], reports: [], settings: [] };
  const entries: ApiEntry[] = [];
  for (let i = 0; i < n; i++) {
    const ctx = await browser.newContext({ viewport: VIEWPORT, storageState: state });
    const page = await newPage(ctx);
    await page.goto(url);
    const ready = await sellReady(page);
    cold.push(ready.ms);
    entries.push(...(await apiIn(page, 0, ready.painted)));
    // Each area's first open in this page (code and first render), once Sell has stood idle (its prefetch done).
    await page.waitForLoadState('networkidle');
    for (const [k, area] of Object.keys(areas).entries()) {
      const t = await timed(page, 'area', area, `F${k + 2}`, () => page.keyboard.press(`F${k + 2}`));
      areas[area]!.push(t.ms);
    }
    await ctx.close();
    if ((i + 1) % 50 === 0) log(`  cold loads ${i + 1}/${n}`);
  }
  const boot = (e: ApiEntry[]) => serverTwin(e, '');
  const out: Record<string, ScreenFigure> = {
    sell_ready_cold: screenFigure(cold, { goal: { p: 99, ms: 1500 }, server: boot(entries), note: 'new browser context (login kept), navigation start -> Sell screen with search box and empty cart painted; server: every API call of the load' }),
    sell_ready_warm: screenFigure(warm, { server: boot(warmEntries), note: 'reload of an open page' }),
  };
  for (const [a, s] of Object.entries(areas)) out[`first_open_${a}`] = screenFigure(s, { note: 'F-key -> the area\'s heading painted, first open in a fresh page after Sell stood idle' });
  return out;
}

/**
 * `sales` sales of one scanned line each: scan -> line and total painted; F8 confirm -> sale
 * acknowledged, with the receipt printed the moment it is (its last byte at the loopback printer);
 * the page's JS heap after a GC every `heapEvery` sales.
 */
export async function measureSales(page: Page, codes: string[], sales: number, printer: LoopbackPrinter, log: (m: string) => void, heapEvery = 100, session?: CDPSession) {
  const scan: number[] = [];
  const ack: number[] = [];
  const receipt: number[] = [];
  const entries: ApiEntry[] = [];
  // The caller's session when it has one: detaching a session turns its HeapProfiler off, which forgets the snapshots' object ids.
  const cdp = session ?? (await page.context().newCDPSession(page));
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    const h = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    return Math.round((h.usedSize / 1_048_576) * 100) / 100;
  };
  const heapMb: { sales: number; mb: number }[] = [{ sales: 0, mb: await heap() }];
  const origin = await page.evaluate(() => performance.timeOrigin);
  for (let i = 0; i < sales; i++) {
    const code = codes[i % codes.length]!;
    // A USB scanner: 13 digits 5 ms apart, then Enter, into whatever has the focus (the search box after a sale).
    const s = await timed(page, 'scanned', null, 'Enter', async () => {
      await page.keyboard.type(code, { delay: 5 });
      await page.keyboard.press('Enter');
    });
    scan.push(s.ms);
    entries.push(...(await apiIn(page, s.start, s.painted)).map((e) => ({ ...e, method: `scan:${e.method}` })));
    await openPay(page);
    const job = printer.nextTimedJob();
    const a = await timed(page, 'present', byTestId(PAY.done), CONFIRM_KEY, () => confirmPay(page), byTestId(PAY.print)).catch(async (e: unknown) => {
      throw new Error(`sale ${i + 1} not acknowledged: ${String(e)}; the screen says: ${await page.locator('main.content').innerText().catch(() => '?')}`);
    });
    ack.push(a.ms);
    const printed = await job;
    receipt.push(printed.lastByteAt - (origin + a.start));
    await nextSale(page); // once the print is reported, its call is in the page's resource timing
    entries.push(...(await apiIn(page, a.start, a.painted + 5_000)).map((e) => ({ ...e, method: `pay:${e.method}` })));
    // the benchmark's own leftovers go, so the heap figure is the app's
    await page.evaluate(() => performance.clearResourceTimings());
    if ((i + 1) % heapEvery === 0) {
      heapMb.push({ sales: i + 1, mb: await heap() });
      log(`  sales ${i + 1}/${sales}, heap ${heapMb.at(-1)!.mb} MB`);
    }
  }
  if (!session) await cdp.detach();
  const first = heapMb[1] ?? heapMb[0]!;
  const last = heapMb.at(-1)!;
  const perHundred = last.sales > first.sales ? ((last.mb - first.mb) / (last.sales - first.sales)) * 100 : 0;
  // A leak keeps growing; the JIT's warming up levels off (by ~300 sales on 2026-12-07): over a long run, the slope from 300 on tells them apart.
  const warm = heapMb.find((h) => h.sales === 300);
  const fromWarm = warm && last.sales >= 600 ? Math.round(((last.mb - warm.mb) / (last.sales - warm.sales)) * 100 * 1000) / 1000 : undefined;
  return {
    figures: {
      scan_to_painted: screenFigure(scan, { goal: { p: 99, ms: 50 }, server: serverTwin(entries, 'scan:catalog.lookup'), note: '13 digits at 5 ms a key + Enter -> the new line and the new total painted (from the Enter)' }),
      f8_to_acknowledged: screenFigure(ack, { goal: { p: 99, ms: 150 }, server: serverTwin(entries, 'pay:sales.checkout'), note: 'F8 confirming the cash payment -> the done screen with the bill painted' }),
      f8_to_receipt_last_byte: screenFigure(receipt, { server: serverTwin(entries, 'pay:print.receipt'), note: 'F8 -> the last byte of the receipt at a loopback ESC/POS printer (printed the moment the sale is acknowledged)' }),
    },
    heap: { mb: heapMb, growth_mb_per_100_sales: Math.round(perHundred * 1000) / 1000, flat: perHundred < 0.02, ...(fromWarm !== undefined ? { growth_mb_per_100_sales_from_300: fromWarm } : {}), note: 'used JS heap after a forced GC; growth measured from the first 100 sales on (the first sales load code and caches); flat: under 0.02 MB per 100 sales (a steady 0.1 is a leak, however small)' },
  };
}

/** Type each term at 120 ms a key; each keystroke -> the list for it (or a later one) painted. */
export async function measureSearch(page: Page, terms: string[], rounds: number) {
  const lat: number[] = [];
  const misses: string[] = [];
  let unchanged = 0;
  const entries: ApiEntry[] = [];
  const box = page.getByTestId('sell-search');
  for (let r = 0; r < rounds; r++) {
    for (const term of terms) {
      await box.fill('');
      await page.evaluate(() => (globalThis as any).__hhb.resetSearch());
      const t0 = await page.evaluate(() => performance.now());
      await box.pressSequentially(term, { delay: 120 });
      // the list for the whole term, then what each keystroke waited for
      await page.waitForFunction((q) => (globalThis as any).__hhb.lists.some((l: { q: string }) => l.q === q), term.trim(), { timeout: 30_000 });
      const { inputs, lists } = await page.evaluate(() => ({ inputs: (globalThis as any).__hhb.inputs as { t: number; q: string }[], lists: (globalThis as any).__hhb.lists as { t: number; q: string }[] }));
      const typed = inputs.filter((x) => x.q !== '');
      typed.forEach((k, i) => {
        // A key that leaves the query as it was (the space in "kosa saree") has nothing new to paint:
        // the list for that query is (or is about to be) on screen already. Counted, not timed.
        if (i > 0 && typed[i - 1]!.q === k.q) return void unchanged++;
        const later = new Set(typed.slice(i).map((x) => x.q));
        const shown = lists.find((l) => l.t >= k.t && later.has(l.q));
        if (shown) lat.push(shown.t - k.t);
        else misses.push(k.q);
      });
      entries.push(...(await apiIn(page, t0, lists.at(-1)!.t)));
    }
  }
  await page.getByTestId('sell-search').fill('');
  await page.evaluate(() => (globalThis as any).__hhb.endSearch());
  return screenFigure(lat, {
    goal: { p: 99, ms: 50 }, server: serverTwin(entries, 'catalog.search'),
    note: `each keystroke of ${terms.map((t) => JSON.stringify(t)).join(', ')} at 120 ms a key -> the list for it (or for a later keystroke) painted${unchanged ? `; ${unchanged} keys that left the query unchanged (a space) not timed` : ''}${misses.length ? `; ${misses.length} never shown` : ''}`,
  });
}

/** The catalogue (Stock, F3): scroll `rows` rows, `perFrame` a frame, timing every frame. */
export async function measureScroll(page: Page, rows: number, perFrame: number) {
  await page.keyboard.press('F3');
  await page.locator('[data-testid="stock-table"] [aria-rowindex] [role="cell"]:not(.muted)').first().waitFor();
  const r = await page.evaluate(([n, p]) => (globalThis as any).__hhb.scroll(n, p) as Promise<{ frames: number[]; blankFrames: number; longTasks: { ms: number }[]; t0: number; t1: number; rows: number; rowPx: number }>, [rows, perFrame] as const);
  const entries = await apiIn(page, r.t0, r.t1);
  await page.keyboard.press('F1');
  await page.getByTestId('sell-search').waitFor();
  return {
    frame: screenFigure(r.frames, { goal: { p: 95, ms: 20 }, server: serverTwin(entries, 'catalog.page'), note: `${r.rows} rows scrolled, ${perFrame} rows (${perFrame * r.rowPx} px) a frame; ${r.blankFrames} of ${r.frames.length} frames showed rows still waiting for their page` }),
    long_tasks: { n: r.longTasks.length, total_ms: Math.round(r.longTasks.reduce((a, l) => a + l.ms, 0)), max_ms: Math.round(Math.max(0, ...r.longTasks.map((l) => l.ms))) },
    pages_fetched: entries.filter((e) => e.method === 'catalog.page').length,
  };
}
