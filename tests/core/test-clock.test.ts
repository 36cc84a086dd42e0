import { describe, expect, it } from 'vitest';
import { TEST_NOW } from '../support/clock';

describe('the suite runs on the test clock', () => {
  it('new Date() in a test process starts at TEST_NOW, not at the machine time, and runs forward', async () => {
    const a = Date.now();
    expect(a - TEST_NOW.getTime()).toBeGreaterThanOrEqual(0);
    expect(a - TEST_NOW.getTime()).toBeLessThan(30 * 60_000); // one worker's life, not a machine's clock
    await new Promise((r) => setTimeout(r, 60));
    expect(Date.now()).toBeGreaterThan(a); // still running: timeouts and ordering behave
  });

  /** The far-zone run of the core suite really runs far from India (vitest.config.ts, project core-tz-new-york). */
  it("runs in the machine time zone the project asked for", () => {
    const want = process.env.HH_EXPECT_TZ;
    const have = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (!want) return void expect(have).toBeTruthy();
    expect(have).toBe(want);
    // New York is never +5:30: a date taken from the machine's zone would differ from the shop's
    expect(new Date('2026-12-07T05:30:00Z').getTimezoneOffset()).not.toBe(-330);
  });
});

describe('property tests can be replayed', () => {
  it('a failing property names its seed and path, and that seed replays the same counterexample', async () => {
    const fc = (await import('fast-check')).default;
    const prop = fc.property(fc.integer({ min: 0, max: 1_000_000 }), (n) => n % 7 !== 3);
    const failure = (params: { seed: number; path?: string }) => {
      try {
        fc.assert(prop, params);
      } catch (e) {
        return String(e);
      }
      return '';
    };
    const message = failure({ seed: 42 });
    const path = /seed: 42, path: "([0-9:]+)"/.exec(message)?.[1];
    const counterexample = /Counterexample: (\[\d+\])/.exec(message)?.[1];
    expect(path).toBeTruthy();
    expect(counterexample).toBeTruthy();
    expect(failure({ seed: 42, path })).toContain(`Counterexample: ${counterexample}`);
  });
});
