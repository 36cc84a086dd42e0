/**
 * Each screen measure: drive the page as a cashier (keys through CDP, as real input), read the
 * times the page took itself (in-page.js), and the server's time for the calls it made meanwhile.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import type { LoopbackPrinter } from '../../tests/printing/loopback';
import { percentile } from '../stats';
import { heapGrowth, screenFigure, serverTwin, type ApiEntry, type ScreenFigure } from './figures';
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
  return {
    figures: {
      scan_to_painted: screenFigure(scan, { goal: { p: 99, ms: 50 }, server: serverTwin(entries, 'scan:catalog.lookup'), note: '13 digits at 5 ms a key + Enter -> the new line and the new total painted (from the Enter)' }),
      f8_to_acknowledged: screenFigure(ack, { goal: { p: 99, ms: 150 }, server: serverTwin(entries, 'pay:sales.checkout'), note: 'F8 confirming the cash payment -> the done screen with the bill painted' }),
      f8_to_receipt_last_byte: screenFigure(receipt, { server: serverTwin(entries, 'pay:print.receipt'), note: 'F8 -> the last byte of the receipt at a loopback ESC/POS printer (printed the moment the sale is acknowledged)' }),
    },
    heap: { mb: heapMb, ...heapGrowth(heapMb), note: 'used JS heap after a forced GC every 100 sales; growth_mb_per_100_sales: from sale 100 to the last; growth_mb_per_100_sales_from_300: the least-squares slope from sale 300 on (past the warm-up); flat: under 0.02 MB per 100 sales' },
  };
}

/** Type each term at 120 ms a key; each keystroke -> the list for it (or a later one) painted. */
export async function measureSearch(page: Page, terms: string[], rounds: number) {
  const lat: number[] = [];
  const parts: KeyParts[] = [];
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
      const { inputs, lists } = await page.evaluate(() => ({ inputs: (globalThis as any).__hhb.inputs as TypedKey[], lists: (globalThis as any).__hhb.lists as { t: number; seen: number; q: string }[] }));
      const typed = inputs.filter((x) => x.q !== '');
      const calls = (await apiIn(page, t0, lists.at(-1)!.t)).filter((e) => e.method === 'catalog.search');
      entries.push(...calls);
      // A key that leaves the query as it was (the space in "kosa saree") sends no search and has nothing
      // new to paint: the list for that query is (or is about to be) on screen already. Counted, not timed.
      const same = (i: number) => i > 0 && typed[i - 1]!.q === typed[i]!.q;
      const asked = typed.filter((_, i) => !same(i)); // each sends one search, in order
      typed.forEach((k, i) => {
        if (same(i)) return void unchanged++;
        const later = new Set(typed.slice(i).map((x) => x.q));
        const shown = lists.find((l) => l.t >= k.t && later.has(l.q));
        if (!shown) return void misses.push(k.q);
        lat.push(shown.t - k.t);
        const call = calls[asked.findIndex((a) => a.t >= k.t && a.q === shown.q)];
        if (call) parts.push(split(k, call, shown));
      });
    }
  }
  await page.getByTestId('sell-search').fill('');
  await page.evaluate(() => (globalThis as any).__hhb.endSearch());
  return {
    ...screenFigure(lat, {
      goal: { p: 99, ms: 50 }, server: serverTwin(entries, 'catalog.search'),
      note: `each keystroke of ${terms.map((t) => JSON.stringify(t)).join(', ')} at 120 ms a key -> the list for it (or for a later keystroke) painted${unchanged ? `; ${unchanged} keys that left the query unchanged (a space) not timed` : ''}${misses.length ? `; ${misses.length} never shown` : ''}`,
    }),
    parts: splitFigure(parts),
  };
}

/** Where one keystroke's wait went, in ms, from the input event to the painted list. */
interface KeyParts {
  total: number;
  /** input event -> the search's request started (the key's own handling, React) */
  to_request: number;
  /** the server's dispatch (Server-Timing) */
  server: number;
  /** request start -> response end, less the server: the loopback HTTP path */
  transport: number;
  /** response end -> the list in the DOM (JSON, React's render) */
  to_dom: number;
  /** the list in the DOM -> its frame painted (waiting for the frame, style, layout, paint) */
  to_paint: number;
  /** the keydown made by Chromium -> the page's first listener ran (the main thread busy meanwhile) */
  keydown_wait: number;
  /** the keydown's listener -> the input event's (Blink's key handling and text insertion) */
  keydown_to_input: number;
  /** the input event made -> its first listener ran */
  input_wait: number;
}

/** One input event in the search box (in-page.js): made (t) and handled (at), and the keydown behind it. */
interface TypedKey {
  t: number;
  at: number;
  q: string;
  key: { made: number; handled: number } | null;
}

function split(k: TypedKey, call: ApiEntry, l: { seen: number; t: number }): KeyParts {
  const server = call.server ?? 0;
  const end = call.start + call.ms;
  return {
    total: l.t - k.t, to_request: call.start - k.t, server, transport: call.ms - server, to_dom: l.seen - end, to_paint: l.t - l.seen,
    keydown_wait: k.key ? k.key.handled - k.key.made : 0, keydown_to_input: k.key ? k.at - k.key.handled : 0, input_wait: k.at - k.t,
  };
}

/** Each part's p50 and p99, and the parts' mean over the slowest 5 % of keys (what the tail is made of). */
function splitFigure(parts: KeyParts[]) {
  if (parts.length === 0) return undefined;
  const r1 = (x: number) => Math.round(x * 10) / 10;
  const keys = Object.keys(parts[0]!) as (keyof KeyParts)[];
  const slow = [...parts].sort((a, b) => b.total - a.total).slice(0, Math.max(1, Math.ceil(parts.length / 20)));
  const out: Record<string, { p50_ms: number; p99_ms: number; slowest_5pct_mean_ms: number }> = {};
  for (const k of keys) {
    const s = parts.map((p) => p[k]).sort((a, b) => a - b);
    out[k] = { p50_ms: r1(percentile(s, 50)), p99_ms: r1(percentile(s, 99)), slowest_5pct_mean_ms: r1(slow.reduce((a, p) => a + p[k], 0) / slow.length) };
  }
  return { n: parts.length, note: 'each timed key split by its search request (resource timing) and the list (DOM, painted)', by: out };
}

/** p50 and p95 of some times, to 0.1 ms. */
export const spread = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const r1 = (x: number) => Math.round(x * 10) / 10;
  return { p50_ms: r1(percentile(s, 50)), p95_ms: r1(percentile(s, 95)) };
};

/** A scroll's own work a frame: the scroll event (the table renders the new rows) -> those rows laid out. */
export const perFrameWork = (at: { work: number | null; layout: number }[]) => ({
  render_and_layout: spread(at.map((f) => f.work).filter((w): w is number => w !== null)),
  layout: spread(at.map((f) => f.layout)),
});

/** A drawn catalogue row's cell with its page loaded (not "…"). */
export const CATALOG_CELL = '[data-testid="stock-table"] [aria-rowindex] [role="cell"]:not(.muted)';

/** The catalogue (Stock, F3): scroll `rows` rows, `perFrame` a frame, timing every frame. */
export async function measureScroll(page: Page, rows: number, perFrame: number) {
  await page.keyboard.press('F3');
  await page.locator(CATALOG_CELL).first().waitFor();
  const r = await page.evaluate(([n, p]) => (globalThis as any).__hhb.scroll(n, p) as Promise<{ frames: number[]; at: { work: number | null; layout: number }[]; blankFrames: number; longTasks: { ms: number }[]; t0: number; t1: number; rows: number; rowPx: number }>, [rows, perFrame] as const);
  const entries = await apiIn(page, r.t0, r.t1);
  await page.keyboard.press('F1');
  await page.getByTestId('sell-search').waitFor();
  return {
    frame: screenFigure(r.frames, { goal: { p: 95, ms: 20 }, server: serverTwin(entries, 'catalog.page'), note: `${r.rows} rows scrolled, ${perFrame} rows (${perFrame * r.rowPx} px) a frame; ${r.blankFrames} of ${r.frames.length} frames showed rows still waiting for their page` }),
    long_tasks: { n: r.longTasks.length, total_ms: Math.round(r.longTasks.reduce((a, l) => a + l.ms, 0)), max_ms: Math.round(Math.max(0, ...r.longTasks.map((l) => l.ms))) },
    pages_fetched: entries.filter((e) => e.method === 'catalog.page').length,
    per_frame: perFrameWork(r.at),
  };
}
