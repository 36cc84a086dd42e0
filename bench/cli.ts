/** What both bench commands (`npm run bench`, `npm run bench:screens`) share on their command line. */
import fs from 'node:fs';
import path from 'node:path';

/** `--name VALUE`, or undefined when absent; a flag given without its value is an error. */
export function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0) return undefined;
  const v = process.argv[i + 1];
  if (v === undefined || v.startsWith('--')) throw new Error(`--${name} needs a value`);
  return v;
}

/** The run's result as JSON where `--json FILE` asked for it. */
export function writeJsonResult(result: unknown): void {
  const json = arg('json');
  if (!json) return;
  fs.mkdirSync(path.dirname(path.resolve(json)), { recursive: true });
  fs.writeFileSync(json, `${JSON.stringify(result, null, 2)}\n`);
  console.error(`wrote ${json}`);
}
