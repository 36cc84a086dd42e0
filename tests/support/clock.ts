/**
 * The suite's clock. No test takes "now" or "today" from the machine: every Node test process
 * starts at TEST_NOW (tests/setup/clock.ts fakes Date there, running forward in real time), and
 * tests that care about the hour pass their own clock to the app. `HH_TEST_NOW=<ISO instant>
 * npm test` runs the whole suite as of another moment (e.g. 2027-03-31T18:29:00Z, 23:59 in Durg
 * on the financial year's last day).
 */
import fs from 'node:fs';
import { businessDate } from '../../src/shared/dates';

const DEFAULT_NOW = '2026-12-07T11:00:00+05:30'; // a Monday morning at the counter

function parseNow(text: string | undefined): Date {
  const d = new Date(text || DEFAULT_NOW);
  if (Number.isNaN(d.getTime())) throw new Error(`HH_TEST_NOW is not an ISO instant: ${text}`);
  return d;
}

/** The instant the suite starts at (HH_TEST_NOW, or a fixed Monday 11:00 in Durg). */
export const TEST_NOW = parseNow(process.env.HH_TEST_NOW);

/** An instant at a wall-clock time in Durg: ist('2026-03-31', '23:59'). */
export const ist = (date: string, time = '11:00') => new Date(`${date}T${time}:00+05:30`);

/** The shop day (Asia/Kolkata) of an instant: what the app calls "today". */
export const shopDay = (at: Date) => businessDate(at, 'Asia/Kolkata');

/** A clock a test owns: frozen at `start` until moved (set/advance), so no step crosses midnight by accident. */
export function testClock(start: Date = TEST_NOW) {
  let t = start.getTime();
  const now = () => new Date(t);
  return Object.assign(now, {
    set: (d: Date) => void (t = d.getTime()),
    advance: (ms: number) => void (t += ms),
    today: () => shopDay(new Date(t)),
  });
}
export type TestClock = ReturnType<typeof testClock>;

/**
 * The clock file of a `serve` process (HH_TEST_CLOCK_FILE, src/server/test-clock.ts): `set` stands
 * the shop still at a wall-clock time in Durg.
 */
export function serveClock(file: string) {
  return { file, set: (date: string, time = '11:00') => fs.writeFileSync(file, ist(date, time).toISOString()) };
}
