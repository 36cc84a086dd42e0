/**
 * The leak check (issue #14 item 4): in Hindi mode no English word is left on any screen of the
 * demo shop a person reaches with a click.
 *
 * Rules:
 * - Visited, as the owner (the demo opens logged in), at 1366x768: every tab of Sell (F1),
 *   Rentals (F2), Stock (F3), Reports (F5) and Settings (F6), the artisans' list (F4) and one
 *   artisan's page. Each screen is shot to test-results/screenshots/hindi-<area>[-<tab>].png.
 * - The words are the screen's visible text (document.body.innerText, so hidden elements do not
 *   count; every option of a drop-down does) plus the placeholders of visible inputs, split at
 *   white space, with punctuation trimmed. A word with a Latin letter [A-Za-z] is a leak unless a
 *   rule below allows it.
 * - Not read at all, by markup: the language switch ("English"); elements marked lang="en" (the
 *   deliberate English second line under a Hindi name, e.g. `Jute bag` under `जूट थैला`, and the
 *   printer command sets' own names); <code> elements (machine text: the audit's raw details, a
 *   CSV file's column names). A lang="en" element holding Devanagari fails the check, so the
 *   marking cannot hide Hindi text.
 * - Allowed by shape (CODE_SHAPES), since they are written in Latin whatever the language: upper-
 *   case letter/digit codes holding a digit (SKUs DHOK-001, bill numbers HH/2026-27/C1-000001,
 *   key caps F1, COM3, A4, UTF-8, code pages PC437_USA, GSTIN values, tag codes, barcodes), UPI
 *   ids and e-mail addresses (x@y), URLs (tcp://…), host:port, device and folder paths
 *   (/dev/usb/lp0, E:\\…, printer:NAME), file names (name.csv).
 * - Allowed only beside their own Devanagari reading (BESIDE_HINDI, e.g. 'यूपीआई (UPI)',
 *   'Esc (एस्केप)'): a short list of abbreviations and names Indian apps keep in Latin. The same word
 *   alone, or beside some other Hindi word ('शीट (PDF)'), is a leak.
 * - Everything else is a leak: the test prints each leaking word with its area and asserts none.
 */
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hi } from '../../renderer/src/i18n/hi';
import { apiIdle, launchChromium, nextFrames, openDemoShop, SCREENSHOTS } from '../support/browser';

/** Codes and identifiers: allowed whatever the language. */
const CODE_SHAPES: RegExp[] = [
  /^(?=[A-Z0-9_/-]*\d)[A-Z0-9_]+(?:[-/][A-Z0-9_]+)*$/, // DHOK-001, HH/2026-27/C1-000001, F1, COM3, A4, UTF-8, PC437_USA, 22AAAAA0000A1Z5
  /^[\w.+-]+@[\w.-]+$/, // UPI id, e-mail
  /^(?:[a-z]+:\/\/|www\.)\S+$/, // URL, tcp://192.168.1.50:9100
  /^(?:localhost|\d{1,3}(?:\.\d{1,3}){3})(?::\d+)?$/, // host:port
  /^(?:\/[\w.-]+)+$|^[A-Z]:\\\S*$|^\\\\\S+$|^printer:\S+$/, // device and folder paths, a Windows printer's printer:NAME
  /^[\w.-]+\.(?:csv|pdf|png|jpe?g|db|sqlite|json|zip|txt)$/i, // file name
];

/** Abbreviations and names allowed only beside their own Devanagari reading: 'यूपीआई (UPI)' or 'Esc (एस्केप)'. Alone, each is a leak. */
const BESIDE_HINDI: Record<string, string> = {
  UPI: 'यूपीआई', GST: 'जीएसटी', GSTIN: 'जीएसटीआईएन', HSN: 'एचएसएन', SKU: 'एसकेयू', PIN: 'पिन', QR: 'क्यूआर', CSV: 'सीएसवी',
  PDF: 'पीडीएफ', USB: 'यूएसबी', IFSC: 'आईएफएससी', UTR: 'यूटीआर', OK: 'ओके', Esc: 'एस्केप', Enter: 'एंटर', EPSON: 'एप्सन',
  Excel: 'एक्सेल', English: 'अंग्रेज़ी',
};
/** 'रीडिंग (ABBR)' and 'ABBR (रीडिंग…)' lose the abbreviation; the Hindi stays and is read as usual. */
function dropPaired(text: string): string {
  let rest = text;
  for (const [abbr, reading] of Object.entries(BESIDE_HINDI)) {
    rest = rest.replaceAll(`${reading} (${abbr})`, reading).replace(new RegExp(`(^|[^A-Za-z])${abbr} \\((${reading}[^)]*)\\)`, 'g'), '$1$2');
  }
  return rest;
}

/** The Latin words of a screen's text that no rule allows. */
export function leaks(text: string): string[] {
  const rest = dropPaired(text);
  const out: string[] = [];
  for (const raw of rest.split(/\s+/)) {
    const w = raw.replace(/^[("'“‘[«:,;·•—–।]+|[)"'”’\]»:,;.!?·•—–।…]+$/g, '');
    if (!/[A-Za-z]/.test(w)) continue;
    if (CODE_SHAPES.some((re) => re.test(w))) continue;
    out.push(w);
  }
  return out;
}

/**
 * The screen's words in the browser: the language switch, lang="en" elements and <code> are taken
 * out for a moment (each swapped with a placeholder, all in one synchronous step so React never
 * sees it; hiding would not do, a drop-down's innerText keeps hidden options), innerText read, and
 * put back. A string: the test project has no DOM types.
 */
const SCREEN_TEXT = `(() => {
  const skip = [...document.querySelectorAll('[lang="en"], [data-testid="lang-switch"], code')].filter((e) => !e.parentElement.closest('[lang="en"], code'));
  const marks = skip.map((e) => { const m = document.createComment('leak-check'); e.replaceWith(m); return m; });
  const text = document.body.innerText;
  marks.forEach((m, i) => m.replaceWith(skip[i]));
  const holders = [...document.querySelectorAll('input[placeholder], textarea[placeholder]')]
    .filter((e) => e.checkVisibility() && !e.closest('[lang="en"]'))
    .map((e) => e.getAttribute('placeholder'));
  // A lang="en" element holding Devanagari would hide Hindi text (and whatever sits beside it) from the check.
  const hindiInEnglish = skip.filter((e) => e.matches('[lang="en"]') && /[\\u0900-\\u097F]/.test(e.textContent)).map((e) => e.outerHTML.slice(0, 120));
  return { lang: document.documentElement.lang, text: text + '\\n' + holders.join('\\n'), hindiInEnglish };
})()`;

let browser: Browser;
let stop: (() => Promise<void>) | undefined;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await stop?.();
});

async function settle(page: Page) {
  await nextFrames(page);
  await apiIdle(page);
  await nextFrames(page);
}

describe('the leak check', () => {
  it('the rule itself: codes pass, bare abbreviations and English words do not', () => {
    expect(leaks('ढोकरा हाथी DHOK-001 HH/2026-27/C1-000001 shop@upi F3 22AAAAA0000A1Z5 hh-2026.csv')).toEqual([]);
    expect(leaks('यूपीआई (UPI) Esc (एस्केप) जीएसटी नंबर: जीएसटीआईएन (GSTIN)')).toEqual([]);
    expect(leaks('UPI PIN (पिन) QR: Save')).toEqual(['UPI', 'QR', 'Save']);
    // Beside some other Hindi word is not beside its reading.
    expect(leaks('स्टिकर शीट (PDF) · नंबर (UPI)')).toEqual(['PDF', 'UPI']);
  });

  it('in Hindi, every area of the demo shop shows no English word outside codes', async () => {
    const { page, server, errors } = await openDemoShop(browser, { viewport: { width: 1366, height: 768 }, timeoutMs: 15_000 });
    stop = server.stop;
    const found: Record<string, string[]> = {};
    const look = async (area: string) => {
      await settle(page);
      await page.screenshot({ path: path.join(SCREENSHOTS, `hindi-${area}.png`), fullPage: true });
      const seen = await page.evaluate<{ lang: string; text: string; hindiInEnglish: string[] }>(SCREEN_TEXT);
      // The check reads a Hindi screen, with its words, and no Hindi hidden under lang="en".
      expect(seen.lang, area).not.toBe('en');
      expect(seen.text, area).toContain(hi.nav.sell);
      expect(seen.hindiInEnglish, area).toEqual([]);
      const words = leaks(seen.text);
      if (words.length) found[area] = [...new Set(words)];
    };
    /** An area and each of its tabs. */
    const area = async (key: string, name: string, title: string) => {
      await page.keyboard.press(key);
      await page.locator('main.content h2', { hasText: title }).first().waitFor();
      const tabs = page.locator('main.content [role="tab"]');
      const keys = await tabs.evaluateAll((els) => els.map((e) => (e.getAttribute('data-testid') ?? '').replace(/^tab-/, '')));
      if (keys.length === 0) return look(name);
      for (const k of keys) {
        await page.getByTestId(`tab-${k}`).click();
        await look(`${name}-${k}`);
      }
    };
    await page.getByTestId('sell-cancel').waitFor();
    await area('F1', 'sell', hi.sell.title);
    await area('F2', 'rentals', hi.rentals.title);
    await area('F3', 'stock', hi.stock.title);
    await area('F4', 'artisans', hi.artisan.listTitle);
    await page.getByTestId('artisan-list').locator('li').first().click();
    await page.getByTestId('artisan-detail').waitFor();
    await look('artisan');
    await area('F5', 'reports', hi.report.title);
    await area('F6', 'settings', hi.settings.title);
    await area('F10', 'orders', hi.orders.title);
    await area('Shift+F10', 'board', hi.board.title);
    await area('F12', 'dashboard', hi.dashboard.title);

    const report = Object.entries(found).map(([a, w]) => `${a}: ${w.join(' | ')}`).join('\n');
    expect(report, `Latin words on the Hindi screens:\n${report}`).toBe('');
    expect(errors).toEqual([]);
  }, 180_000);
});
