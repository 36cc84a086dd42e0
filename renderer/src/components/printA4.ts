/**
 * Print (or save as PDF) an A4 document whose HTML came from the core's `a4Html`: the page is
 * loaded into a hidden, script-less iframe and handed to Chromium's own print, so the PDF keeps a
 * real text layer with Devanagari shaped by the browser. Every A4 button calls this one function.
 */
export function printA4(html: string, fileName: string): void {
  const frame = document.createElement('iframe');
  frame.setAttribute('sandbox', 'allow-modals allow-same-origin');
  frame.setAttribute('aria-hidden', 'true');
  frame.title = fileName;
  frame.style.cssText = 'position:fixed;right:0;bottom:0;width:0;height:0;border:0;visibility:hidden';
  frame.srcdoc = html;
  frame.onload = () => {
    const w = frame.contentWindow;
    if (!w) return;
    w.document.title = fileName.replace(/\.pdf$/i, '');
    w.focus();
    w.print();
    setTimeout(() => frame.remove(), 60_000);
  };
  document.body.append(frame);
}
