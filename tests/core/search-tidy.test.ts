import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/core/app';
import { scheduleBackups } from '../../src/core/backup/schedule';
import { tidySearchIndexStep } from '../../src/core/catalog/tidy-index';
import { demoShop, tempDir } from '../support/db';

const QUERIES = ['dhokra', 'ढोकरा', 'घोड़ा', 'horse 1', 'GEN-7', 'kosa', 'ka', 'टोकरी'];

/** A catalogue built the way a shop builds one: product by product, each its own write (a segment each). */
function fragmentedShop() {
  const app = createApp(path.join(tempDir(), 'shop.db'));
  const { cashier } = demoShop(app);
  const craft = app.db.prepare(`SELECT id FROM crafts WHERE code = 'DHOKRA'`).pluck().get() as number;
  const ins = app.db.prepare(`INSERT INTO products (uid, sku, name_hi, name_en, craft_id, price_paise, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 100, 'x', 'x')`);
  for (let i = 0; i < 300; i++) ins.run(`gen-${i}`, `GEN-${i}`, `ढोकरा घोड़ा ${i}`, `Dhokra horse ${i}`, craft);
  const answers = () => QUERIES.map((q) => app.call('catalog.search', { q, limit: 50 }, cashier).result);
  return { app, answers };
}

const leafRows = (app: App) => app.db.prepare('SELECT count(*) FROM products_fts_data').pluck().get() as number;
const waitFor = async (done: () => boolean) => {
  for (let i = 0; i < 100 && !done(); i++) await new Promise((r) => setTimeout(r, 150));
};

describe('the search index is merged in small steps', () => {
  it('merges a product-by-product index into one segment, step by step, and every search answers as before', () => {
    const { app, answers } = fragmentedShop();
    const before = answers();
    const rows = leafRows(app);
    let steps = 0;
    while (tidySearchIndexStep(app.db, 4)) steps++;
    expect(steps).toBeGreaterThan(1); // bounded work a step: it took several
    expect(leafRows(app)).toBeLessThan(rows);
    expect(tidySearchIndexStep(app.db, 4)).toBe(false); // nothing left to do
    expect(answers()).toEqual(before);
    expect(() => app.db.exec("INSERT INTO products_fts(products_fts) VALUES('integrity-check')")).not.toThrow();
    app.close();
  });

  it('housekeeping merges it some time after the start, and not once stopped', async () => {
    const a = fragmentedShop();
    const logs: unknown[] = [];
    const rows = leafRows(a.app);
    const s = scheduleBackups(a.app, (m, e) => logs.push([m, e]), () => new Date(), { tidyAfterMs: 20 });
    await waitFor(() => leafRows(a.app) < rows); // looked at, not touched: the schedule does the merging
    let last = -1;
    await waitFor(() => {
      const now = leafRows(a.app);
      const still = now === last;
      last = now;
      return still;
    });
    expect(leafRows(a.app)).toBeLessThan(rows);
    expect(tidySearchIndexStep(a.app.db)).toBe(false); // it went on to the end
    s.stop();
    expect(logs).toEqual([]);
    a.app.close();

    const b = fragmentedShop();
    const t = scheduleBackups(b.app, () => {}, () => new Date(), { tidyAfterMs: 20 });
    t.stop();
    await new Promise((r) => setTimeout(r, 100));
    expect(tidySearchIndexStep(b.app.db, 1)).toBe(true); // untouched: the merge never started
    b.app.close();
  });
});
