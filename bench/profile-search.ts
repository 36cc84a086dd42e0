/**
 * One thing only: where `catalog.search`'s time goes, term by term, on a kept shop (the `--keep`
 * of `npm run bench`). Not part of `npm run bench`; run it by hand:
 *
 *   npx tsx bench/profile-search.ts --dir /tmp/hh-large [--n 2000] [--limit 50]
 *
 * For each of the bench's terms: the whole call through dispatch, `search()` alone, and each of its
 * statements alone (code lookups, the trigram window, the prefix scans, the rows by id), p50 / p99.
 */
import path from 'node:path';
import { createApp } from '../src/core/app';
import { search, SEARCH_SQL, WINDOW_FACTOR } from '../src/core/catalog/search';
import { matchExpression, queryWords } from '../src/core/catalog/search-text';
import { arg } from './cli';
import { SEARCH_TERMS } from './measure';
import { summarize, timeLoop } from './stats';

const dir = arg('dir') ?? '/tmp/hh-large';
const n = Number(arg('n') ?? 2000);
const limit = Number(arg('limit') ?? 50);
const app = createApp(path.join(dir, 'shop.db'));
const shop = JSON.parse((await import('node:fs')).readFileSync(path.join(dir, 'shop.json'), 'utf8')) as { cashierId: number };
const login = app.call('session.login', { userId: shop.cashierId, pin: '1111' });
if (!login.session || !('set' in login.session)) throw new Error('cashier login failed');
const token = login.session.set;

const filters = { archived: 0, rent: null };
const fig = (s: number[]) => {
  const f = summarize(s);
  return `${f.p50_ms.toFixed(3)} / ${f.p99_ms.toFixed(3)}`;
};
const terms = Object.values(SEARCH_TERMS).flatMap((t) => [...t.common, ...t.rare]);
console.log(`term | call | search() | codes | window | prefix | byIds   (p50 / p99 ms, n=${n}, limit ${limit})`);
for (const q of [...terms, 'kosa saree', 'ढोकरा हाथी']) {
  const words = queryWords(q);
  const match = matchExpression(words);
  const call = timeLoop(n, () => app.call('catalog.search', { q, limit }, token)).samples;
  const core = timeLoop(n, () => search(app.db, q, { limit, includeArchived: false })).samples;
  const codeStmts = [SEARCH_SQL.byBarcode, SEARCH_SQL.bySku, SEARCH_SQL.bySkuAnyCase].map((sql) => app.db.prepare(sql));
  const codes = timeLoop(n, () => codeStmts.forEach((s) => s.get(q))).samples;
  const win = app.db.prepare(SEARCH_SQL.window);
  const window = match ? timeLoop(n, () => win.all({ match, window: limit * WINDOW_FACTOR, ...filters })).samples : [0];
  const pre = app.db.prepare(SEARCH_SQL.prefix);
  const lo = q.normalize('NFC');
  const lower = lo.toLowerCase();
  const prefix = timeLoop(n, () => pre.all({ lo, loEnd: `${lo}\u{10FFFF}`, lower, lowerEnd: `${lower}\u{10FFFF}`, limit, ...filters })).samples;
  const ids = JSON.stringify((match ? (win.all({ match, window: limit, ...filters }) as { id: number }[]) : []).map((r) => r.id));
  const by = app.db.prepare(SEARCH_SQL.byIds);
  const byIds = timeLoop(n, () => by.all(ids)).samples;
  console.log(`${q} | ${fig(call)} | ${fig(core)} | ${fig(codes)} | ${fig(window)} | ${fig(prefix)} | ${fig(byIds)}`);
}
app.close();
