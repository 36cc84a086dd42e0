import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHOP_SIZES } from '../../bench/generate';
import { runScreens, SCREEN_COUNTS } from '../../bench/screens/harness';
import { screenTable } from '../../bench/screens/report';
import { tempDir } from '../support/db';

/**
 * The screen benchmark end to end on a tiny shop, a few of each (so it cannot rot): every measure
 * present and counted, the server's twin found for the calls, the heap read. No timing is asserted.
 */
describe('screen bench smoke', () => {
  it('serves a tiny generated shop, drives the counter in Chromium and reports every measure', async () => {
    // serve runs on the suite's clock, like the shop the generator wrote (from TEST_NOW on)
    const clock = path.join(tempDir('hh-clock-'), 'clock.txt');
    fs.writeFileSync(clock, `${new Date().toISOString()} running`);
    const res = await runScreens({ size: SHOP_SIZES.tiny!, counts: SCREEN_COUNTS.tiny!, serveEnv: { HH_TEST_CLOCK_FILE: clock } });
    const want = ['scan_to_painted', 'f8_to_acknowledged', 'f8_to_receipt_last_byte', 'keystroke_to_list', 'scroll_frame', 'sell_ready_cold', 'sell_ready_warm',
      ...['rentals', 'stock', 'artisans', 'reports', 'settings'].map((a) => `first_open_${a}`)];
    expect(Object.keys(res.results).sort()).toEqual(want.sort());
    for (const [name, f] of Object.entries(res.results)) {
      expect(f.n, name).toBeGreaterThan(0);
      expect(f.p50_ms, name).toBeGreaterThan(0);
      expect(f.p99_ms, name).toBeGreaterThanOrEqual(f.p50_ms);
    }
    expect(res.results.scan_to_painted!.n).toBe(SCREEN_COUNTS.tiny!.sales);
    // each counter measure has the server's own time for its call beside it
    expect(res.results.scan_to_painted!.server?.method).toBe('scan:catalog.lookup');
    expect(res.results.f8_to_acknowledged!.server?.n).toBe(SCREEN_COUNTS.tiny!.sales);
    expect(res.results.f8_to_receipt_last_byte!.server?.n).toBe(SCREEN_COUNTS.tiny!.sales);
    expect(res.results.keystroke_to_list!.server?.n).toBeGreaterThan(0);
    expect(res.results.keystroke_to_list!.note).not.toContain('never shown');
    // each timed key split into its request, the server, the transport, React and the frame (#17's why)
    const parts = res.results.keystroke_to_list.parts!;
    expect(parts.n).toBe(res.results.keystroke_to_list.n);
    expect(Object.keys(parts.by).sort()).toEqual(['input_wait', 'keydown_to_input', 'keydown_wait', 'server', 'to_dom', 'to_paint', 'to_request', 'total', 'transport']);
    expect(parts.by.total!.p50_ms).toBeGreaterThan(0);
    expect(typeof res.heap.flat).toBe('boolean');
    expect(res.heap.mb[0]!.mb).toBeGreaterThan(0);
    expect(res.scroll.pages_fetched).toBeGreaterThanOrEqual(0);
    expect(res.scroll.per_frame.render_and_layout.p50_ms).toBeGreaterThan(0);
    expect(res.scroll.per_frame.layout.p50_ms).toBeGreaterThanOrEqual(0);
    expect(screenTable(res)).toContain('scan_to_painted');
  }, 120_000);
});
