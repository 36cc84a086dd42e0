/**
 * A4 documents with a real text layer (#20 item 10), in Debian Chromium:
 * - the statement's HTML printed with page.pdf, then `pdftotext` finds the artisan's Hindi name;
 * - the label sheet's HTML printed the same way: the product names are text, and every barcode
 *   decodes in a 100 dpi rendering of the PDF (pdftoppm + zbarimg);
 * - under the app's own CSP, printA4's frame gets the page's styles and fonts (nothing refused).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/core/app';
import { CSP } from '../../src/shared/csp';
import { demoShop } from '../support/db';
import { launchChromium } from '../support/browser';

const OUT = path.resolve('test-results/a4');
let browser: Browser;
let app: App;
let owner: string;
let cashier: string;

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  browser = await launchChromium();
  app = createApp(':memory:', { clock: () => new Date('2026-11-23T08:00:00Z') });
  ({ owner, cashier } = demoShop(app));
  const p = app.db.prepare("SELECT id, price_paise FROM products WHERE sku = 'DHOK-001'").get() as { id: number; price_paise: number };
  const r = app.call('sales.checkout', { requestId: crypto.randomUUID(), lines: [{ productId: p.id, qtyMilli: 2000, expectedPricePaise: p.price_paise }], payments: [{ method: 'cash', amountPaise: 2 * p.price_paise }] }, cashier).result;
  expect(r.ok).toBe(true);
}, 60_000);
afterAll(async () => {
  await browser?.close();
  app?.close();
});

function value<T>(r: { ok: true; value: T } | { ok: false; error: unknown }): T {
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
}

/** The page as Chromium prints it (A4 from its own @page rule). */
async function pdfOf(html: string, name: string): Promise<string> {
  const page = await browser.newPage();
  await page.setContent(html, { waitUntil: 'load' });
  await page.evaluate('document.fonts.ready.then(() => undefined)');
  const file = path.join(OUT, `${name}.pdf`);
  writeFileSync(file, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  await page.screenshot({ path: path.join(OUT, `${name}.png`), fullPage: true });
  await page.close();
  return file;
}

const pdftotext = (file: string) => execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });

describe('A4 PDFs from Chromium', () => {
  it("the statement: pdftotext finds the artisan's Hindi name, the title and her share", async () => {
    const artisanId = app.db.prepare("SELECT id FROM artisans WHERE name_hi = 'कमला निषाद'").pluck().get() as number;
    const a4 = value(app.call('pages.statement', { artisanId, from: '2026-11-01', to: '2026-11-30' }, owner).result);
    expect(a4.fileName).toBe(`statement-${artisanId}-2026-11-01-2026-11-30.pdf`);
    const text = pdftotext(await pdfOf(a4.html, 'statement-hi'));
    expect(text).toContain('कमला निषाद');
    expect(text).toContain('कारीगर का हिसाब-पत्र');
    expect(text).toContain('ढोकरा हाथी');
    expect(text).toContain('HH/2026-27/C1-000001');
    expect(text).toContain('23/11/2026 13:30'); // when it was printed, in the shop's time, in the corner
    expect(text).toMatch(/₹3,675\.00/); // her share of 2 x ₹2,450 at 25 % to the shop
    const en = value(app.call('pages.statement', { artisanId, from: '2026-11-01', to: '2026-11-30', lang: 'en' }, owner).result);
    const textEn = pdftotext(await pdfOf(en.html, 'statement-en'));
    expect(textEn).toContain('Artisan statement');
    expect(textEn).toContain('Kamla Nishad');
    expect(textEn).toContain('कमला निषाद');
  });

  it('a range report (by artisan, November): pdftotext finds the Hindi names, the heading and her share', async () => {
    const a4 = value(app.call('reports.printRange', { kind: 'byArtisan', from: '2026-11-01', to: '2026-11-23', lang: 'hi' }, owner).result);
    const text = pdftotext(await pdfOf(a4.html, 'range-by-artisan-hi'));
    expect(text).toContain('कमला निषाद');
    expect(text).toContain('01-11-2026 – 23-11-2026');
    expect(text).toContain('23/11/2026 13:30'); // printed, in the shop's time
    expect(text).toMatch(/₹3,675\.00/); // her share of the two Dhokra elephants, as on her statement
    expect(text).not.toMatch(/[\u25A1\uFFFD]/); // no tofu or replacement characters: Devanagari intact
  });

  it('the monthly report, the rentals report and the GST return: pdftotext reads them, Devanagari intact', async () => {
    const monthly = pdftotext(await pdfOf(value(app.call('pages.monthly', { month: '2026-11', lang: 'hi' }, owner).result).html, 'monthly-hi'));
    expect(monthly).toContain('मासिक रिपोर्ट');
    expect(monthly).toContain('ढोकरा');
    expect(monthly).toContain('₹4,900.00'); // the two Dhokra elephants, the month's net sales
    const rentals = pdftotext(await pdfOf(value(app.call('pages.rentalsReport', { from: '2026-11-01', to: '2026-11-23', lang: 'hi' }, owner).result).html, 'rentals-report-hi'));
    expect(rentals).toContain('किराये की रिपोर्ट');
    expect(rentals).toContain('बाहर गए सामान की जमानत');
    const gst = pdftotext(await pdfOf(value(app.call('pages.gstReturn', { period: '2026-11', lang: 'en' }, owner).result).html, 'gst-return-en'));
    expect(gst).toMatch(/GSTR-1|Turnover statement/);
    for (const t of [monthly, rentals, gst]) expect(t).not.toMatch(/[\u25A1\uFFFD]/);
  });

  it('the label sheet: names are text and every barcode decodes at 100 dpi', async () => {
    const rows = app.db.prepare("SELECT p.id, (SELECT min(code) FROM barcodes b WHERE b.product_id = p.id) AS code FROM products p WHERE sku IN ('KOSA-001', 'DHOK-001') ORDER BY sku").all() as { id: number; code: string }[];
    const a4 = value(app.call('pages.labels', { items: rows.map((r) => ({ productId: r.id, copies: 2 })), lang: 'hi' }, cashier).result);
    const file = await pdfOf(a4.html, 'labels-sheet');
    const text = pdftotext(file);
    expect(text).toContain('ढोकरा हाथी');
    expect(text).toContain('कोसा सिल्क साड़ी');
    execFileSync('pdftoppm', ['-r', '100', '-gray', '-png', '-f', '1', '-l', '1', file, path.join(OUT, 'labels-scan')]);
    const scan = path.join(OUT, readdirSync(OUT).find((f) => f.startsWith('labels-scan'))!);
    const out = execFileSync('zbarimg', ['--quiet', '--raw', '-Sdisable', '-Scode128.enable', scan], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    expect([...new Set(out.split('\n').filter(Boolean))].sort()).toEqual(rows.map((r) => r.code).sort());
  });

  it("under the app's CSP, printA4's frame has the page's styles and fonts, and nothing is refused", async () => {
    const bundle = await build({ entryPoints: [path.resolve('renderer/src/components/printA4.ts')], bundle: true, format: 'iife', globalName: 'HHA4', write: false, logLevel: 'silent' });
    const js = bundle.outputFiles[0]!.text;
    const page = await browser.newPage();
    const refused: string[] = [];
    page.on('console', (m) => /Content Security Policy|Refused/i.test(m.text()) && refused.push(m.text()));
    await page.route('http://pos.test/**', (r) =>
      r.request().url().endsWith('/a4.js')
        ? r.fulfill({ status: 200, contentType: 'text/javascript', headers: { 'Content-Security-Policy': CSP }, body: js })
        : r.fulfill({ status: 200, contentType: 'text/html', headers: { 'Content-Security-Policy': CSP }, body: '<!doctype html><html><head><script src="/a4.js"></script></head><body></body></html>' }),
    );
    await page.goto('http://pos.test/');
    const artisanId = app.db.prepare("SELECT id FROM artisans WHERE name_hi = 'कमला निषाद'").pluck().get() as number;
    const { html } = value(app.call('pages.statement', { artisanId, from: '2026-11-01', to: '2026-11-30' }, owner).result);
    // A string: this file is typechecked without the DOM's types.
    const got = (await page.evaluate(`(async (html) => {
      const frame = document.createElement('iframe');
      frame.setAttribute('sandbox', 'allow-modals allow-same-origin');
      document.body.append(frame);
      const w = await window.HHA4.loadA4Frame(frame, html);
      const d = w.document;
      return {
        font: getComputedStyle(d.body).fontFamily,
        h1: getComputedStyle(d.querySelector('h1')).fontSize,
        faces: [...d.fonts].map((f) => f.status),
        hindi: d.fonts.check("12px 'HH Noto'", 'कमला निषाद'),
        name: d.body.textContent.includes('कमला निषाद'),
      };
    })(${JSON.stringify(html)})`)) as { font: string; h1: string; faces: string[]; hindi: boolean; name: boolean };
    expect(got.font).toContain('HH Noto');
    expect(got.h1).not.toBe('32px'); // the browser's default h1: the page's CSS did not apply
    expect(got.faces).toEqual(['loaded', 'loaded', 'loaded', 'loaded']);
    expect(got).toMatchObject({ hindi: true, name: true });
    expect(refused).toEqual([]);
    await page.close();
  });
});
