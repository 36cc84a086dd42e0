import fs from 'node:fs';

/**
 * TEST ONLY: the clock file `serve` reads when HH_TEST_CLOCK_FILE names one. It holds an ISO instant
 * ("2026-12-07T05:30:00.000Z": the shop stands at that moment) or "<ISO> running" (the shop runs on
 * from that instant as real time passes after the file was written, its mtime). Null: no file, an
 * empty one or no valid instant, meaning the real time. `realNowMs` is the machine's time now.
 */
export function readTestClock(file: string, realNowMs: number): Date | null {
  let text = '';
  let writtenMs = 0;
  try {
    text = fs.readFileSync(file, 'utf8').trim();
    writtenMs = fs.statSync(file).mtimeMs;
  } catch {
    return null; // no file yet
  }
  const [at, mode] = text.split(/\s+/);
  const d = at ? new Date(at) : null;
  if (!d || Number.isNaN(d.getTime())) return null;
  return mode === 'running' ? new Date(d.getTime() + Math.max(0, realNowMs - writtenMs)) : d;
}
