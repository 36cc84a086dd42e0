// Installed in every page of the screen benchmark before the app's own code (page.addInitScript).
// Times are the page's own performance.now(): from an input event's timeStamp (when Chromium made
// the event) to the frame after the DOM change, taken in a task queued from requestAnimationFrame,
// which runs once that frame has been painted. Plain JS: the app's CSP forbids eval, so every
// condition the benchmark waits for is a named function here, not a string.
(() => {
  const B = { seq: 0, lists: [], inputs: [], longTasks: [] };
  window.__hhb = B;

  /** The time once the frame now being prepared has been painted. */
  const afterPaint = () =>
    new Promise((resolve) =>
      requestAnimationFrame(() => {
        const ch = new MessageChannel();
        ch.port1.onmessage = () => resolve(performance.now());
        ch.port2.postMessage(0);
      }),
    );
  B.afterPaint = afterPaint;

  const q = (sel) => document.querySelector(sel);
  const text = (sel) => (q(sel) ? q(sel).textContent : null);
  const cartLines = () => document.querySelectorAll('[data-testid="cart"] tbody[data-testid^="cart-line-"]').length;

  /** Conditions, each made at arm time from what the screen shows then (so "changed" has a before). */
  const CONDITIONS = {
    // the scanned line is on the cart and the big total shows a new amount
    scanned: () => {
      const lines = cartLines();
      const total = text('.sale-total-amount');
      return () => cartLines() === lines + 1 && text('.sale-total-amount') !== total;
    },
    present: (sel) => () => q(sel) !== null,
    // an area's screen (F2-F6): its nav button is current, its heading is up, no loading placeholder
    area: (name) => () => {
      const nav = q(`[data-testid="nav-${name}"]`);
      return nav && nav.getAttribute('aria-current') === 'page' && q('main.content h2') !== null && q('[data-testid="area-loading"]') === null;
    },
    sellReady: () => () => q('[data-testid="sell-search"]') !== null && q('[data-testid="cart-empty"]') !== null && q('[data-testid="who"]') !== null,
  };

  /**
   * Arm a measurement (`clickWhenSeen`: a selector clicked the moment the condition holds): the start is the next keydown of `key` (or, with key null, the arm itself);
   * the end is the painted frame after CONDITIONS[name](arg) turns true. Returns an id for B.result.
   */
  B.arm = (name, arg, key, timeoutMs = 30_000, clickWhenSeen = null) => {
    const id = ++B.seq;
    const cond = CONDITIONS[name](arg);
    let start = key ? null : performance.now();
    const onKey = (e) => {
      if (start === null && e.key === key) start = e.timeStamp;
    };
    if (key) addEventListener('keydown', onKey, true);
    B[`r${id}`] = new Promise((resolve, reject) => {
      let done = false;
      const finish = () => {
        if (done) return;
        done = true;
        obs.disconnect();
        clearTimeout(timer);
        removeEventListener('keydown', onKey, true);
        const seen = performance.now();
        // e.g. print the receipt the moment the sale is acknowledged, as an auto-print would
        if (clickWhenSeen && q(clickWhenSeen)) q(clickWhenSeen).click();
        void afterPaint().then((painted) => resolve({ start, seen, painted, ms: painted - start }));
      };
      const check = () => {
        if (start !== null && cond()) finish();
      };
      const obs = new MutationObserver(check);
      obs.observe(document, { childList: true, subtree: true, characterData: true, attributes: true });
      const timer = setTimeout(() => {
        obs.disconnect();
        reject(new Error(`__hhb ${name}(${arg ?? ''}) not seen in ${timeoutMs} ms`));
      }, timeoutMs);
      if (key) addEventListener('keydown', () => setTimeout(check, 0), { capture: true, once: true });
      else check();
    });
    return id;
  };
  // App load -> Sell ready for a scan, from the navigation's start (performance.now() 0).
  B.ready = new Promise((resolve) => {
    const cond = CONDITIONS.sellReady();
    const check = () => {
      if (!cond()) return;
      obs.disconnect();
      const seen = performance.now();
      void afterPaint().then((painted) => resolve({ start: 0, seen, painted, ms: painted }));
    };
    const obs = new MutationObserver(check);
    obs.observe(document, { childList: true, subtree: true });
  });
  B.result = (id) => B[`r${id}`].finally(() => delete B[`r${id}`]);

  // The counter's search: every input event in its box, and every list painted (by the query it answers),
  // kept only while the search typing is measured (resetSearch .. endSearch): kept always, the 13 digits of
  // every scanned sale made this log the page's biggest growth in the heap figure (~0.08 MB per 100 sales, #17).
  let recording = false;
  let key = null; // the keydown behind the next input: when Chromium made it, when the page got to it
  const inBox = (e) => recording && e.target && e.target.getAttribute && e.target.getAttribute('data-testid') === 'sell-search';
  addEventListener('keydown', (e) => { if (inBox(e)) key = { made: e.timeStamp, handled: performance.now() }; }, true);
  addEventListener(
    'input',
    (e) => {
      if (!inBox(e)) return;
      B.inputs.push({ t: e.timeStamp, at: performance.now(), key, q: e.target.value.trim() });
      key = null;
    },
    true,
  );
  let lastShown = null;
  const watchList = () => {
    const el = q('[data-testid="sell-results"], [data-testid="sell-no-match"]');
    const shown = el ? el.getAttribute('data-query') : null;
    if (!recording || shown === null || shown === lastShown) return;
    lastShown = shown;
    const seen = performance.now(); // the list in the DOM; t: that frame painted
    void afterPaint().then((t) => B.lists.push({ q: shown, seen, t, rows: el.querySelectorAll('li').length }));
  };
  B.resetSearch = () => {
    B.lists = [];
    B.inputs = [];
    lastShown = null;
    recording = true;
  };
  B.endSearch = () => {
    B.resetSearch();
    recording = false;
  };
  new MutationObserver(watchList).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-query'] });

  // Long tasks (> 50 ms on the main thread), kept from the page's start.
  try {
    new PerformanceObserver((l) => {
      for (const e of l.getEntries()) B.longTasks.push({ start: e.startTime, ms: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    /* not supported: left empty */
  }
  performance.setResourceTimingBufferSize(1_000_000);

  /** The API calls that started in [t0, t1]: the method, the page's time for it, the server's (Server-Timing). */
  B.api = (t0, t1) =>
    performance
      .getEntriesByType('resource')
      .filter((e) => e.name.includes('/api/') && e.startTime >= t0 - 1 && e.startTime <= t1)
      .map((e) => {
        const st = (e.serverTiming || []).find((s) => s.name === 'dispatch');
        return { method: e.name.slice(e.name.indexOf('/api/') + 5), start: e.startTime, ms: e.responseEnd - e.startTime, server: st ? st.duration : null };
      });

  /**
   * Scroll the catalogue's virtual table by `rows` rows, `perFrame` rows a frame, timing every frame
   * (rAF to rAF). Resolves with the frame times, the long tasks meanwhile and the window.
   */
  B.scroll = (rows, perFrame) =>
    new Promise((resolve) => {
      const body = q('[data-testid="stock-table"] .vtable-body');
      const row = body.querySelector('[role="row"][aria-rowindex]');
      const h = row ? row.getBoundingClientRect().height || 56 : 56;
      const target = Math.min(body.scrollTop + rows * h, body.scrollHeight - body.clientHeight);
      const frames = [];
      // each frame's rAF time; whether it showed rows still waiting ("…"); `work`: from the scroll
      // event (the table renders the new rows in it) to those rows laid out (forced by reading scrollTop)
      const at = [];
      let scrolledAt = null;
      const onScroll = () => {
        if (scrolledAt === null) scrolledAt = performance.now();
      };
      addEventListener('scroll', onScroll, true);
      let blankFrames = 0; // frames painted with rows still waiting for their page ("…")
      const t0 = performance.now();
      let last = null;
      const step = (ts) => {
        if (last !== null) frames.push(ts - last);
        const blank = body.querySelector('[aria-rowindex] > .vtable-cell.muted') !== null;
        if (blank) blankFrames++;
        const rendered = performance.now(); // the table rendered its rows in the scroll event (flushSync)
        const done = body.scrollTop >= target - 1; // reading it lays them out
        const laidOut = performance.now();
        at.push({ ts, blank, work: scrolledAt === null ? null : laidOut - scrolledAt, layout: laidOut - rendered });
        scrolledAt = null;
        last = ts;
        if (done) {
          removeEventListener('scroll', onScroll, true);
          const t1 = performance.now();
          resolve({ frames, at, blankFrames, longTasks: B.longTasks.filter((l) => l.start >= t0 && l.start <= t1), t0, t1, rowPx: h, rows: Math.round((body.scrollTop - (target - rows * h)) / h) });
          return;
        }
        body.scrollTop = Math.min(target, body.scrollTop + perFrame * h);
        requestAnimationFrame(step);
      };
      requestAnimationFrame(step);
    });
})();
