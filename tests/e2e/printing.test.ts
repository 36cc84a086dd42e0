/** Settings → Printer in Chromium against a loopback TCP printer: test print, unreachable, reprint. */
import net from 'node:net';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hi } from '../../renderer/src/i18n/hi';
import { en } from '../../renderer/src/i18n/en';
import { launchChromium, openDemoShop, SCREENSHOTS } from '../support/browser';

/** A receipt printer on 127.0.0.1 that keeps every job's bytes; it can be switched off and on again on the same port. */
function loopbackPrinter() {
  const jobs: Buffer[] = [];
  let server: net.Server | null = null;
  const sockets = new Set<net.Socket>();
  let port = 0;
  const start = () =>
    new Promise<void>((resolve) => {
      server = net.createServer((s) => {
        sockets.add(s);
        const chunks: Buffer[] = [];
        s.on('data', (d) => chunks.push(d));
        s.on('end', () => {
          jobs.push(Buffer.concat(chunks));
          s.end();
        });
        s.on('close', () => sockets.delete(s));
        s.on('error', () => undefined);
      });
      server.listen(port, '127.0.0.1', () => {
        port = (server!.address() as net.AddressInfo).port;
        resolve();
      });
    });
  const stop = () =>
    new Promise<void>((resolve) => {
      for (const s of sockets) s.destroy();
      server?.close(() => resolve());
    });
  return { jobs, start, stop, get port() { return port; } };
}

let browser: Browser;
let stopServe: (() => Promise<void>) | undefined;
const printer = loopbackPrinter();

beforeAll(async () => {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  browser = await launchChromium();
  await printer.start();
});
afterAll(async () => {
  await browser?.close();
  await stopServe?.();
  await printer.stop();
});

const until = async (cond: () => boolean, ms = 10_000) => {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
};

describe('printer settings and printing in the browser', () => {
  it('sets up a TCP printer, test-prints, shows an unreachable printer in Hindi and reprints', async () => {
    const { page, errors, server } = await openDemoShop(browser, { viewport: { width: 1400, height: 1000 } });
    stopServe = server.stop;
    await page.getByTestId('nav-settings').click();
    await page.getByTestId('tab-printer').click();

    // a bad interface is named in Hindi, nothing saved
    await page.locator('#p-enabled').check();
    await page.locator('#p-interface').fill('192.168.1.50');
    await page.getByTestId('printer-save').click();
    await page.getByText(hi.print.issues.printerInterface).waitFor();

    await page.locator('#p-interface').fill(`tcp://127.0.0.1:${printer.port}`);
    await page.getByTestId('printer-save').click();
    await page.getByTestId('printer-saved').waitFor();

    // test print: success and the bytes arrived
    await page.getByTestId('print-test').click();
    await page.locator('[data-testid="print-result"].banner-ok').waitFor();
    await until(() => printer.jobs.length === 1);
    const job = printer.jobs[0]!;
    expect(job.subarray(0, 2)).toEqual(Buffer.from([0x1b, 0x40])); // ESC @ first
    expect(job.includes(Buffer.from([0x1d, 0x76, 0x30]))).toBe(true); // GS v 0: the Hindi as a picture
    expect(job.includes(Buffer.from('HH-TEST-0001'))).toBe(true);

    // the preview is the paper picture at its natural width (80 mm: 576 dots)
    const img = page.getByTestId('print-preview-img');
    await img.waitFor();
    // (browser code as strings: the tests' tsconfig has no DOM types)
    const size = `(() => { const el = document.querySelector('[data-testid="print-preview-img"]'); return [el.naturalWidth, Math.round(el.getBoundingClientRect().width)]; })()`;
    expect(await page.evaluate(size)).toEqual([576, 576]);

    // printer off: the Hindi unreachable text, and the failed job in the list
    await printer.stop();
    await page.getByTestId('print-test').click();
    await page.locator('[data-testid="print-result"].banner-error').waitFor();
    expect(await page.getByTestId('print-result').textContent()).toContain(hi.errors.PRINTER_UNREACHABLE);
    const failed = page.locator('tr.job-failed');
    await failed.first().waitFor();
    expect(await failed.count()).toBe(1);
    expect(await failed.first().textContent()).toContain(hi.print.status.failed);
    const failedId = Number((await failed.first().getAttribute('data-testid'))!.replace('job-', ''));
    await page.screenshot({ path: path.join(SCREENSHOTS, 'settings-printer-hi.png'), fullPage: true });

    // printer on again: reprint the failed job
    await printer.start();
    await page.getByTestId(`reprint-${failedId}`).click();
    await page.locator('[data-testid="reprint-result"].banner-ok').waitFor();
    await until(() => printer.jobs.length === 2);
    expect(printer.jobs[1]!.includes(Buffer.from([0x1d, 0x76, 0x30]))).toBe(true);
    await page.getByText(hi.print.reprintOf.replace('{{id}}', String(failedId))).waitFor();
    expect(await page.locator('tr.job-printed').count()).toBe(2);

    await page.getByTestId('lang-switch').click();
    await page.getByText(en.print.jobsTitle).waitFor();
    await page.getByTestId(`job-${failedId}`).getByText(en.errors.PRINTER_UNREACHABLE).waitFor(); // the failed job's reason, in English now
    await img.waitFor(); // the English test page's preview
    await page.screenshot({ path: path.join(SCREENSHOTS, 'settings-printer-en.png'), fullPage: true });

    // "Print with system printer": window.print() with only the print-only copy of the picture shown
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(`window.print = () => {
      const kids = [...document.body.children].map((c) => (c.className || c.id) + ':' + getComputedStyle(c).display);
      const pic = document.querySelector('body > .print-only img');
      window.printed = { cls: document.body.className, kids, width: pic && pic.style.width };
    }`);
    await page.getByTestId('print-preview-system').click();
    const printed = (await page.evaluate('window.printed')) as { cls: string; kids: string[]; width: string };
    expect(printed.cls).toContain('hh-printing');
    expect(printed.width).toBe('72mm');
    expect(printed.kids.filter((k) => !k.endsWith(':none'))).toEqual(['print-only:block']);
    await page.emulateMedia({ media: 'screen' });
    expect(await page.locator('body > .print-only').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
