import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
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
export async function startServeCli(dbFile: string, env: Record<string, string> = {}): Promise<{ url: string; child: ChildProcess; stop: () => Promise<void> }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/cli.ts', '--db', dbFile, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
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
    /** Before the page loads (e.g. installing a fake clock). */
    beforeLoad?: (page: Page) => Promise<void>;
  } = {},
): Promise<{ page: Page; errors: string[]; server: Awaited<ReturnType<typeof startServeCli>> }> {
  const server = await startServeCli(opts.dbFile ?? path.join(tempDir(), 'shop.db'), opts.env);
  const page = await browser.newPage({ ...(opts.viewport ? { viewport: opts.viewport } : {}), ...(opts.acceptDownloads ? { acceptDownloads: true } : {}) });
  if (opts.timeoutMs) page.setDefaultTimeout(opts.timeoutMs);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await opts.beforeLoad?.(page);
  await page.goto(server.url);
  await page.getByTestId('load-demo').click();
  await page.getByTestId('who').waitFor();
  return { page, errors, server };
}

/** A call made as the page itself makes it: its token, its session cookie (page.request shares the context's). */
export async function pageApi(page: Page, name: string, input: unknown): Promise<{ ok: boolean; value?: any; error?: any }> {
  const token = (await page.locator('meta[name="hh-token"]').getAttribute('content')) ?? '';
  const r = await page.request.post(new URL(`api/${name}`, page.url()).href, { data: input, headers: { 'x-hh-token': token } });
  return r.json();
}

/** A full-page screenshot into test-results/screenshots/NAME.png. */
export const shot = (page: Page, name: string) => page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });

/** A slip preview open on the screen is drawn again in the new language: wait for its picture. */
async function settled(page: Page) {
  await page.waitForTimeout(150);
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
