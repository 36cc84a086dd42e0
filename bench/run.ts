/**
 * npm run bench -- --size small|large|xlarge [--json FILE] [--keep] [--dir DIR] [--reuse DIR]
 *                  [--products N --sales N | --lines N]   (a custom, e.g. bigger, shop)
 * Builds a shop of that size in os.tmpdir() (deleted afterwards unless --keep), measures it
 * in process and over loopback HTTP against a bare better-sqlite3 baseline, prints a table and
 * (with --json) writes the figures. --keep leaves the shop (and its shop.json) in --dir or a tmp
 * folder; --reuse DIR measures that shop again without rebuilding it (it grows by the measured sales).
 */
import { arg, writeJsonResult } from './cli';
import { SHOP_SIZES, type ShopSize } from './generate';
import { ITERATIONS, runBench } from './harness';
import { table } from './report';


const sizeName = arg('size') ?? 'small';
const base = SHOP_SIZES[sizeName];
if (!base) {
  console.error(`unknown --size ${sizeName}; one of ${Object.keys(SHOP_SIZES).join(', ')}`);
  process.exit(2);
}
const size: ShopSize = { ...base };
if (arg('products')) size.products = Number(arg('products'));
if (arg('sales')) [size.sales, size.saleLines] = [Number(arg('sales')), undefined];
if (arg('lines')) [size.saleLines, size.sales] = [Number(arg('lines')), undefined];
if (arg('products') || arg('sales') || arg('lines')) size.name = `${sizeName}-custom`;
const iterations = ITERATIONS[sizeName] ?? ITERATIONS.large!;

const t0 = performance.now();
const result = await runBench({
  size, iterations, keep: process.argv.includes('--keep'), dir: arg('reuse') ?? arg('dir'), reuse: arg('reuse') !== undefined,
  log: (m) => console.error(`[${((performance.now() - t0) / 1000).toFixed(1)} s] ${m}`),
});
console.log(table(result));
writeJsonResult(result);
