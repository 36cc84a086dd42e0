/**
 * The shop's day is never a UTC date cut from a timestamp (from 00:00 to 05:30 in Durg that is
 * yesterday), nor the machine's local day: business dates come from src/shared/dates in the shop's
 * time zone. This reads every source file, tests and benchmarks included, and fails on the usual
 * ways of getting it wrong.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..', '..');
const DIRS = ['src', 'renderer/src', 'bench', 'scripts', 'tests'];
/** The one module that does calendar arithmetic on UTC midnights, where the cut is exact. */
const ALLOWED = new Set(['src/shared/dates.ts', 'tests/main/shop-dates-guard.test.ts']);

const WRONG: [RegExp, string][] = [
  [/\.toISOString\(\)\s*\.\s*(slice|substring|substr)\(\s*0\s*,\s*10\s*\)/, 'a UTC date cut from toISOString()'],
  [/\.toISOString\(\)\s*\.\s*split\(\s*['"]T['"]\s*\)/, 'a UTC date split from toISOString()'],
  [/\.toJSON\(\)\s*\.\s*(slice|substring|substr)\(\s*0\s*,\s*10\s*\)/, 'a UTC date cut from toJSON()'],
  [/\b\w*(At|_at|Iso|ISO)\s*\.\s*(slice|substring|substr)\(\s*0\s*,\s*10\s*\)/, 'a UTC date cut from a timestamp string'],
  [/\.(getDate|getMonth|getFullYear|getDay|getHours|getMinutes)\(\)/, "the machine's local calendar (getDate() and kin)"],
  [/\.toLocaleDateString\(\s*\)/, "the machine's local date (toLocaleDateString() without a zone)"],
];

function files(): string[] {
  return DIRS.flatMap((dir) => {
    const abs = path.join(root, dir);
    if (!fs.existsSync(abs)) return [];
    return (fs.readdirSync(abs, { recursive: true, withFileTypes: true }) as fs.Dirent[])
      .filter((d) => d.isFile() && /\.(ts|tsx|mts|mjs|js)$/.test(d.name))
      .map((d) => path.relative(root, path.join(d.parentPath, d.name)).split(path.sep).join('/'))
      .filter((f) => !f.includes('node_modules/') && !ALLOWED.has(f));
  });
}

export function findWrongDates(code: string): string[] {
  return code.split('\n').flatMap((line, i) => WRONG.filter(([re]) => re.test(line)).map(([, why]) => `${i + 1}: ${why}: ${line.trim()}`));
}

describe('business dates come from the shop time zone', () => {
  it('the guard knows the wrong ways', () => {
    expect(findWrongDates('const today = new Date().toISOString().slice(0, 10);')).toHaveLength(1);
    expect(findWrongDates("const d = now.toISOString().split('T')[0];")).toHaveLength(1);
    expect(findWrongDates('name(`count-${c.startedAt.slice(0, 10)}`)')).toHaveLength(1);
    expect(findWrongDates('const m = d.getMonth() + 1;')).toHaveLength(1);
    expect(findWrongDates("const today = businessDate(now, tz); const t = at.slice(11, 16);")).toHaveLength(0);
  });

  it('no source file, test or benchmark takes a date from a UTC timestamp or the machine zone', () => {
    const found = files().flatMap((f) => findWrongDates(fs.readFileSync(path.join(root, f), 'utf8')).map((w) => `${f}:${w}`));
    expect(found).toEqual([]);
  });
});
