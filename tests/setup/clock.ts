/**
 * Every test process runs on the test clock: Date starts at TEST_NOW and runs forward in real
 * time (to the millisecond), so anything that asks `new Date()` (an app made without a clock, a
 * helper) gets the same answer at 05:00 and at 23:59 on the machine. Only Date is shifted:
 * timers, sockets and performance.now() stay real.
 */
import { TEST_NOW } from '../support/clock';

const RealDate = globalThis.Date;
const offsetMs = TEST_NOW.getTime() - RealDate.now();

class TestDate extends RealDate {
  constructor(...args: unknown[]) {
    if (args.length === 0) super(RealDate.now() + offsetMs);
    else super(...(args as [string | number | Date]));
  }
  static override now(): number {
    return RealDate.now() + offsetMs;
  }
}

globalThis.Date = TestDate as DateConstructor;
