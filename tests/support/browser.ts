import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { readTestClock } from '../../src/server/test-clock';
import { TEST_NOW } from './clock';
import { tempDir } from './db';

/** Debian's Chromium (apt-get install chromium); playwright's own browser download cannot work here. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchChromium(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium (or set CHROMIUM_PATH)`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export const SCREENSHOTS = path.resolve('test-results/screenshots');

/**
 * Start the real `serve` command (the CLI a person runs) on a free port and wait for the URL it
 * prints. The renderer must already be built (tests/global-setup.ts does that). `env` adds variables
 * for the server, e.g. HH_TEST_CLOCK_FILE (a test-only clock, see src/server/cli.ts).
 */
export async function startServeCli(dbFile: string, env: Record<string, string> = {}, args: string[] = []): Promise<{ url: string; child: ChildProcess; stop: () => Promise<void> }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/cli.ts', '--db', dbFile, '--port', '0', ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
  let out = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`serve did not print a URL: ${out}`)), 30_000);
    const onData = (c: Buffer) => {
      out += c.toString();
      const m = /open:\s+(http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => reject(new Error(`serve exited ${code}: ${out}`)));
  });
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  return { url, child, stop };
}

/**
 * A new shop served by the real `serve` command, opened in a new page with the demo shop loaded,
 * the page's script errors collected in `errors`. The caller stops `server` when done.
 */
export async function openDemoShop(
  browser: Browser,
  opts: {
    viewport?: { width: number; height: number };
    acceptDownloads?: boolean;
    /** A stuck step fails with its own message, not the test's timeout. */
    timeoutMs?: number;
    env?: Record<string, string>;
    dbFile?: string;
    /** More arguments for `serve` (e.g. --lan-host 127.0.0.1). */
    serveArgs?: string[];
    /** Before the page loads. */
    beforeLoad?: (page: Page) => Promise<void>;
    /** Stay on the manager's home (the dashboard) instead of going on to Sell (F1) as the counter's tests begin. */
    home?: boolean;
  } = {},
): Promise<{ page: Page; errors: string[]; server: Awaited<ReturnType<typeof startServeCli>> }> {
  const env = { ...opts.env };
  // The shop and the page both run on the suite's clock (from TEST_NOW on), never the machine's,
  // unless the test moves its own clock file.
  if (!env.HH_TEST_CLOCK_FILE) {
    env.HH_TEST_CLOCK_FILE = path.join(tempDir('hh-clock-'), 'clock.txt');
    fs.writeFileSync(env.HH_TEST_CLOCK_FILE, `${new Date().toISOString()} running`);
  }
  const server = await startServeCli(opts.dbFile ?? path.join(tempDir(), 'shop.db'), env, opts.serveArgs);
  const page = await browser.newPage({ ...(opts.viewport ? { viewport: opts.viewport } : {}), ...(opts.acceptDownloads ? { acceptDownloads: true } : {}) });
  if (opts.timeoutMs) page.setDefaultTimeout(opts.timeoutMs);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  trackApi(page);
  await page.clock.install({ time: serverNow(env.HH_TEST_CLOCK_FILE) });
  await opts.beforeLoad?.(page);
  await page.goto(server.url);
  await page.getByTestId('load-demo').click();
  await page.getByTestId('who').waitFor();
  // The demo opens logged in as its owner, whose home is the dashboard; the counter's tests start on Sell.
  if (!opts.home) {
    await page.keyboard.press('F1');
    await page.locator('[data-testid="nav-sell"][aria-current="page"]').waitFor();
  }
  return { page, errors, server };
}

/** The instant a test clock file says now (for the page's clock to agree with the shop's). */
function serverNow(clockFile: string): Date {
  // The file's mtime is the machine's time: compare it with the machine's, not the shifted Date.
  return readTestClock(clockFile, performance.timeOrigin + performance.now()) ?? new Date(TEST_NOW);
}

/** A call made as the page itself makes it: its token, its session cookie (page.request shares the context's). */
export async function pageApi(page: Page, name: string, input: unknown): Promise<{ ok: boolean; value?: any; error?: any }> {
  const token = (await page.locator('meta[name="hh-token"]').getAttribute('content')) ?? '';
  const r = await page.request.post(new URL(`api/${name}`, page.url()).href, { data: input, headers: { 'x-hh-token': token } });
  return r.json();
}

/** A full-page screenshot into test-results/screenshots/NAME.png. */
export const shot = (page: Page, name: string) => page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });

/** API calls in flight per page (counted from the moment openDemoShop or trackApi sees the page). */
const inFlight = new WeakMap<Page, { n: number }>();

export function trackApi(page: Page): void {
  if (inFlight.has(page)) return;
  const c = { n: 0 };
  inFlight.set(page, c);
  const isApi = (url: string) => new URL(url).pathname.startsWith('/api/');
  page.on('request', (r) => void (isApi(r.url()) && c.n++));
  page.on('requestfinished', (r) => void (isApi(r.url()) && c.n--));
  page.on('requestfailed', (r) => void (isApi(r.url()) && c.n--));
}

/** Two painted frames: React has committed what the last event changed and started its fetches. */
export const nextFrames = (page: Page) =>
  page.evaluate(() => {
    // Runs in the page; the test project has no DOM types.
    const raf = (globalThis as unknown as { requestAnimationFrame: (f: () => void) => void }).requestAnimationFrame;
    return new Promise<void>((r) => raf(() => raf(() => r())));
  });

/** Wait until no API call of the page is in flight (a state, not a sleep). */
export async function apiIdle(page: Page, timeoutMs = 15_000): Promise<void> {
  const c = inFlight.get(page);
  if (!c) throw new Error('apiIdle: the page is not tracked (openDemoShop or trackApi first)');
  const end = performance.now() + timeoutMs;
  while (c.n > 0) {
    if (performance.now() > end) throw new Error(`apiIdle: ${c.n} API calls still in flight after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** The screen after a language switch: re-rendered, its fetches (slip previews in the new language) back, pictures shown. */
async function settled(page: Page) {
  await nextFrames(page);
  if (inFlight.has(page)) await apiIdle(page);
  await nextFrames(page);
  const previews = page.locator('.print-preview-paper');
  for (let i = 0; i < (await previews.count()); i++) await previews.nth(i).locator('img').waitFor();
}

/** Screenshot in Hindi, switch to English, wait for an English text, screenshot, switch back (NAME-hi.png, NAME-en.png). */
export async function bothLanguages(page: Page, name: string, englishText: string, hindiText: string) {
  await settled(page);
  await shot(page, `${name}-hi`);
  await page.getByTestId('lang-switch').last().click();
  await page.getByText(englishText, { exact: false }).first().waitFor();
  await settled(page);
  await shot(page, `${name}-en`);
  await page.getByTestId('lang-switch').last().click();
  await page.getByText(hindiText, { exact: false }).first().waitFor();
  await settled(page);
}
