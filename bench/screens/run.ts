/**
 * npm run bench:screens -- --size tiny|small|large [--json FILE] [--loads N] [--sales N] [--keep --dir DIR | --reuse DIR]
 * What the cashier waits for, in Chromium, over a generated shop served by the real `serve` command
 * (see bench/README.md, "Screens"). Needs the renderer built (`npx vite build`) and /usr/bin/chromium.
 */
import fs from 'node:fs';
import { arg, writeJsonResult } from '../cli';
import { SHOP_SIZES } from '../generate';
import { runScreens, SCREEN_COUNTS } from './harness';
import { screenTable } from './report';


const sizeName = arg('size') ?? 'small';
const size = SHOP_SIZES[sizeName];
const base = SCREEN_COUNTS[sizeName] ?? SCREEN_COUNTS.large!;
if (!size) {
  console.error(`unknown --size ${sizeName}; one of ${Object.keys(SHOP_SIZES).join(', ')}`);
  process.exit(2);
}
const counts = { ...base };
if (arg('loads')) counts.loads = Number(arg('loads'));
if (arg('sales')) counts.sales = Number(arg('sales'));
if (arg('rounds')) counts.searchRounds = Number(arg('rounds'));
if (!fs.existsSync('dist/renderer/index.html')) {
  console.error('build the renderer first: npx vite build');
  process.exit(2);
}
const t0 = performance.now();
const result = await runScreens({
  size, counts, keep: process.argv.includes('--keep'), dir: arg('reuse') ?? arg('dir'), reuse: arg('reuse') !== undefined,
  log: (m) => console.error(`[${((performance.now() - t0) / 1000).toFixed(1)} s] ${m}`),
});
console.log(screenTable(result));
writeJsonResult(result);
