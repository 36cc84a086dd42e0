import { randomUUID } from 'node:crypto';
import type { App } from '../src/core/app';
import { findByCode } from '../src/core/catalog/search';
import { checkout } from '../src/core/sales/checkout';
import { contract, type SessionUser } from '../src/shared/api';
import type { PageCursor } from '../src/shared/api/catalog';
import type { CheckoutInput } from '../src/shared/api/sales';
import type { DB } from '../src/core/db/open';
import { statement } from '../src/core/payouts/statement';
import { dayClose } from '../src/core/reports/day-close';
import { gstReport } from '../src/core/gst/handlers';
import { monthly, monthRange } from '../src/core/reports/monthly';
import { reportRunner } from './queries';
import type { Rng } from './rng';
import { summarize, timeLoop, type Figure } from './stats';

/** Measures through the app's own dispatch, in process, as Electron's IPC handler calls it. */

export interface Pool {
  id: number;
  price: number;
}

/** A 3-line sale of pool products (ample stock), paid in cash with change or by UPI. */
export function checkoutInput(pool: Pool[], r: Rng) {
  const ps: Pool[] = [];
  while (ps.length < 3) {
    const p = r.pick(pool);
    if (!ps.includes(p)) ps.push(p);
  }
  const total = ps.reduce((s, p) => s + p.price, 0);
  const cash = r.chance(0.55);
  return {
    requestId: randomUUID(),
    lines: ps.map((p) => ({ productId: p.id, qtyMilli: 1000, expectedPricePaise: p.price })),
    payments: [cash ? { method: 'cash' as const, amountPaise: total, tenderedPaise: Math.ceil(total / 10_000) * 10_000 } : { method: 'upi' as const, amountPaise: total, ref: 'UPI123456' }],
  };
}

function ok<T>(o: { result: { ok: true; value: T } | { ok: false; error: unknown } }, what: string): T {
  if (!o.result.ok) throw new Error(`${what}: ${JSON.stringify(o.result.error)}`);
  return o.result.value;
}

/** A function that rings up the next 3-line sale through app.call (inputs made up front). */
export function appSeller(app: App, token: string, pool: Pool[], r: Rng, n: number): () => void {
  const inputs = Array.from({ length: n }, () => checkoutInput(pool, r));
  let k = 0;
  return () => void ok(app.call('sales.checkout', inputs[k++]!, token), 'checkout');
}

/** zod's parse of a checkout input alone (the validation step of dispatch). */
export function zodParse(pool: Pool[], r: Rng, n: number): Figure {
  const inputs = Array.from({ length: n }, () => checkoutInput(pool, r));
  const spec = contract['sales.checkout'];
  let k = 0;
  const { samples } = timeLoop(n, () => spec.input.parse(inputs[k++ % n]), 100);
  return summarize(samples, { note: 'checkoutInput.parse only' });
}

/** The core's checkout() (reads, checks, writes, reading the sale back) in an immediate transaction, without dispatch. */
export function coreSeller(app: App, cashier: SessionUser, pool: Pool[], r: Rng, n: number): () => void {
  const spec = contract['sales.checkout'];
  const parsed = Array.from({ length: n }, () => spec.input.parse(checkoutInput(pool, r)) as CheckoutInput);
  const run = app.db.transaction((input: CheckoutInput) => checkout(app.db, input, cashier, new Date()));
  let k = 0;
  return () => void run.immediate(parsed[k++]!);
}

export function measureLookup(app: App, token: string, barcodes: string[], r: Rng, n: number): { figure: Figure; core: Figure } {
  const { samples } = timeLoop(n, () => ok(app.call('catalog.lookup', { code: r.pick(barcodes) }, token), 'lookup'));
  const core = timeLoop(n, () => findByCode(app.db, r.pick(barcodes)));
  return { figure: summarize(samples), core: summarize(core.samples, { note: 'findByCode() without dispatch' }) };
}

export const SEARCH_TERMS = {
  search_hindi: { common: ['ढोकरा', 'साड़ी', 'टोकरी'], rare: ['नगाड़ा', 'कछुआ'] },
  search_english: { common: ['elephant', 'basket', 'lamp'], rare: ['tortoise', 'trumpet'] },
  search_latin_hindi: { common: ['dhokra', 'tokri', 'kosa'], rare: ['nagada', 'kachhua'] },
} as const;

/** Each language's terms (common and rare) in turn, limit 50 as the catalogue screen asks. */
export function measureSearch(app: App, token: string, n: number): { figures: Record<string, Figure>; perTerm: Record<string, Figure & { rows: number }> } {
  const figures: Record<string, Figure> = {};
  const perTerm: Record<string, Figure & { rows: number }> = {};
  for (const [measure, { common, rare }] of Object.entries(SEARCH_TERMS)) {
    const all: number[] = [];
    for (const q of [...common, ...rare]) {
      const rows = ok(app.call('catalog.search', { q, limit: 50 }, token), `search ${q}`).rows.length;
      const { samples } = timeLoop(Math.ceil(n / (common.length + rare.length)), () => ok(app.call('catalog.search', { q, limit: 50 }, token), 'search'), 20);
      all.push(...samples);
      perTerm[`${measure}:${(rare as readonly string[]).includes(q) ? 'rare' : 'common'}:${q}`] = { ...summarize(samples), rows };
    }
    figures[measure] = summarize(all);
  }
  return { figures, perTerm };
}

/**
 * What the catalogue's virtual table asks: 100 rows at the scrolled-to offset (the total is
 * counted at offset 0 only), and scrolling on page by page with the previous page's cursor.
 */
export function measurePage(app: App, token: string, r: Rng, n: number, total: number): { figure: Figure; first: Figure; byName: Figure; keyset: Figure; keysetByName: Figure } {
  const at = () => Math.floor((r.next() * total) / 100) * 100;
  const page = timeLoop(n, () => ok(app.call('catalog.page', { offset: at(), limit: 100 }, token), 'page'));
  const first = timeLoop(n, () => ok(app.call('catalog.page', { offset: 0, limit: 100 }, token), 'page'));
  const byName = timeLoop(Math.ceil(n / 2), () => ok(app.call('catalog.page', { offset: at(), limit: 100, sort: 'name' }, token), 'page'));
  // A cursor from a page somewhere in the catalogue, then the pages after it (restarting at a new place at the end).
  const scroller = (sort: 'id' | 'name') => {
    let next: PageCursor | null = null;
    return () => {
      if (!next) next = ok(app.call('catalog.page', { offset: at(), limit: 100, sort }, token), 'page').next;
      if (next) next = ok(app.call('catalog.page', { after: next, limit: 100, sort }, token), 'page').next;
    };
  };
  const keyset = timeLoop(n, scroller('id'));
  const keysetByName = timeLoop(Math.ceil(n / 2), scroller('name'));
  return {
    figure: summarize(page.samples, { note: 'random offset, sort by id' }),
    first: summarize(first.samples, { note: 'offset 0 (with the count)' }),
    byName: summarize(byName.samples, { note: 'random offset, sort by name' }),
    keyset: summarize(keyset.samples, { note: 'the next page by cursor (after), sort by id' }),
    keysetByName: summarize(keysetByName.samples, { note: 'the next page by cursor (after), sort by name' }),
  };
}

/**
 * The reports through dispatch as a manager calls them (reports.getDayClose, reports.getMonthly,
 * payouts.getStatement), the same reports' core functions without dispatch, and the bare-SQL
 * baseline (bench/queries.ts: the ledger queries, prepared statements on a plain connection).
 */
export function measureReports(app: App, token: string, bare: DB, shop: { lastDay: string; busyMonth: string; artisanId: number; days: string[] }, r: Rng, n: number) {
  const { from, to } = monthRange(shop.busyMonth); // the statement's period: the busy month
  const day = (i: number) => (i < 0 ? shop.lastDay : r.pick(shop.days));
  const api = {
    day_close: timeLoop(n, (i) => ok(app.call('reports.getDayClose', { date: day(i) }, token), 'day close'), 3),
    monthly_report: timeLoop(n, () => ok(app.call('reports.getMonthly', { month: shop.busyMonth }, token), 'monthly'), 3),
    artisan_statement: timeLoop(n, () => ok(app.call('payouts.getStatement', { artisanId: shop.artisanId, from, to }, token), 'statement'), 3),
    gstr1: timeLoop(n, () => ok(app.call('gst.getReturn', { period: shop.busyMonth }, token), 'gstr1'), 3),
  };
  const read = <T>(fn: () => T) => app.db.transaction(fn).deferred();
  const core = {
    day_close: timeLoop(n, (i) => read(() => dayClose(app.db, day(i))), 3),
    monthly_report: timeLoop(n, () => read(() => monthly(app.db, shop.busyMonth)), 3),
    artisan_statement: timeLoop(n, () => read(() => statement(app.db, shop.artisanId, from, to)), 3),
    gstr1: timeLoop(n, () => read(() => gstReport(app.db, shop.busyMonth, new Date())), 3),
  };
  const sql = reportRunner(bare);
  const fromAt = `${from}T00:00:00Z`;
  const toAt = new Date(Date.parse(`${to}T00:00:00Z`) + 86_400_000).toISOString();
  const base = {
    day_close: timeLoop(n, (i) => sql.dayClose(day(i)), 3),
    monthly_report: timeLoop(n, () => sql.monthlyReport(shop.busyMonth), 3),
    artisan_statement: timeLoop(n, () => sql.artisanStatement(shop.artisanId, fromAt, toAt), 3),
    gstr1: timeLoop(n, () => sql.gstr1(shop.busyMonth), 3),
  };
  const figures = Object.fromEntries(Object.entries(api).map(([k, v]) => [k, summarize(v.samples)])) as Record<keyof typeof api, Figure>;
  const coreFigures = Object.fromEntries(Object.entries(core).map(([k, v]) => [k, summarize(v.samples, { note: 'core function in a read transaction, no dispatch' })])) as Record<keyof typeof api, Figure>;
  const baseFigures = Object.fromEntries(Object.entries(base).map(([k, v]) => [k, summarize(v.samples, { note: BARE_NOTES[k as keyof typeof api] })])) as Record<keyof typeof api, Figure>;
  return { figures, core: coreFigures, bare: baseFigures };
}

const BARE_NOTES = {
  day_close: 'bare SQL over the ledgers: day totals, payments, refunds, drawer',
  monthly_report: "bare SQL over the month's sale lines (no summary table), by craft and by day",
  artisan_statement: "bare SQL: opening balance and every ledger line of the month with its bill (the API's statement returns totals instead)",
  gstr1: "bare SQL over the month's sale and return lines by HSN and rate, and the bill range",
} as const;

/**
 * Closing days by notes and coins (reports.closeDay with counts: the day close read, the limit rule,
 * the Z report stored) against a bare expected-cash sum and insert. Past days not closed yet, each closed once:
 * half of them by the app, the other half bare; never today, so the checkouts measured before keep their day.
 */
export function measureDayCloses(app: App, token: string, bare: DB, days: string[], userId: number, n: number) {
  // Days a run before left closed (a --reuse run) are closed once already: only the still-open ones.
  const closed = new Set(app.db.prepare('SELECT business_date FROM day_closes').pluck().all() as string[]);
  const past = days.slice(0, -1).filter((d) => !closed.has(d));
  const half = Math.min(n, Math.floor(past.length / 2));
  const counts = { n500: 10, n100: 3, c5: 2 };
  const sql = reportRunner(bare);
  const api = timeLoop(half, (i) => ok(app.call('reports.closeDay', { requestId: crypto.randomUUID(), date: past[i]!, counts }, token), 'close day'), 0);
  const base = timeLoop(half, (i) => sql.closeDay(past[half + i]!, 503_000, userId), 0);
  return { figure: summarize(api.samples, { note: 'reports.closeDay by notes and coins (stores the Z report)' }), bare: summarize(base.samples, { note: 'bare: expected cash sum + insert' }) };
}
