/**
 * Print (or save as PDF) an A4 document whose HTML came from the core's `a4Html`: the page is
 * loaded into a hidden, script-less iframe and handed to Chromium's own print, so the PDF keeps a
 * real text layer with Devanagari shaped by the browser. Every A4 button calls this one function.
 *
 * The app's CSP (src/shared/csp.ts: style-src 'self', font-src 'self') also binds this srcdoc
 * frame, so the page's own <style> and its data: fonts would be refused and it would print in
 * Times New Roman. Rather than loosen the CSP for the whole app, the stylesheet is applied as a
 * constructed stylesheet and each inlined font as a FontFace made from its bytes: neither is
 * something the CSP governs, and no script runs inside the frame.
 */

export interface A4Parts {
  /** The page without its <style> elements. */
  html: string;
  /** The stylesheet's rules other than @font-face. */
  css: string;
  fonts: { family: string; weight: string; unicodeRange?: string; base64: string }[];
}

/** Split a4Html's page into its markup, its CSS and its inlined fonts. */
export function a4Parts(page: string): A4Parts {
  let css = '';
  const html = page.replace(/<style>([\s\S]*?)<\/style>/g, (_m, s: string) => {
    css += s;
    return '';
  });
  const fonts: A4Parts['fonts'] = [];
  css = css.replace(/@font-face\s*\{([^}]*)\}/g, (_m, body: string) => {
    const family = /font-family:\s*'([^']+)'/.exec(body)?.[1];
    const base64 = /url\(data:font\/woff2;base64,([A-Za-z0-9+/=]+)\)/.exec(body)?.[1];
    if (family && base64) {
      const unicodeRange = /unicode-range:\s*([^;]+)/.exec(body)?.[1]?.trim();
      fonts.push({ family, weight: /font-weight:\s*(\d+)/.exec(body)?.[1] ?? '400', base64, ...(unicodeRange ? { unicodeRange } : {}) });
    }
    return '';
  });
  return { html, css, fonts };
}

function bytes(base64: string): ArrayBuffer {
  const bin = atob(base64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out.buffer;
}

/** Load the page into the frame with its styles and fonts applied; resolves once the fonts are ready. */
export async function loadA4Frame(frame: HTMLIFrameElement, page: string): Promise<Window> {
  const parts = a4Parts(page);
  const loaded = new Promise<void>((resolve) => frame.addEventListener('load', () => resolve(), { once: true }));
  frame.srcdoc = parts.html;
  await loaded;
  const w = frame.contentWindow as (Window & typeof globalThis) | null;
  const d = frame.contentDocument;
  if (!w || !d) throw new Error('A4 frame has no document');
  const sheet = new w.CSSStyleSheet();
  sheet.replaceSync(parts.css);
  d.adoptedStyleSheets = [sheet];
  for (const f of parts.fonts) {
    const face = new w.FontFace(f.family, bytes(f.base64), { weight: f.weight, ...(f.unicodeRange ? { unicodeRange: f.unicodeRange } : {}) });
    d.fonts.add(await face.load());
  }
  await d.fonts.ready;
  return w;
}

export function printA4(html: string, fileName: string): void {
  const frame = document.createElement('iframe');
  frame.setAttribute('sandbox', 'allow-modals allow-same-origin');
  frame.setAttribute('aria-hidden', 'true');
  frame.title = fileName;
  frame.style.cssText = 'position:fixed;right:0;bottom:0;width:0;height:0;border:0;visibility:hidden';
  document.body.append(frame);
  void loadA4Frame(frame, html).then((w) => {
    w.document.title = fileName.replace(/\.pdf$/i, '');
    w.focus();
    w.print();
    setTimeout(() => frame.remove(), 60_000);
  });
}
