/**
 * Run `f` once the page has nothing better to do: requestIdleCallback where the browser has it
 * (Electron's Chromium does), else a short timer after the first paint. Returns a cancel function.
 */
export function whenIdle(f: () => void, opts: { timeoutMs?: number; fallbackMs?: number } = {}): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const id = window.requestIdleCallback(() => f(), { timeout: opts.timeoutMs ?? 3000 });
    return () => window.cancelIdleCallback(id);
  }
  const id = window.setTimeout(f, opts.fallbackMs ?? 500);
  return () => window.clearTimeout(id);
}
