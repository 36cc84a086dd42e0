import Database from 'better-sqlite3';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/core/app';
import { SEARCH_SQL } from '../../src/core/catalog/search';
import { migrate } from '../../src/core/db/migrate';
import { migrations } from '../../src/core/db/migrations';
import type { ProductRow, SearchResult } from '../../src/shared/api';
import { dbFingerprint, demoShop } from '../support/db';

function shop() {
  const app = createApp(':memory:');
  const { cashier } = demoShop(app);
  const find = (q: string, extra: { limit?: number; forRent?: boolean; includeArchived?: boolean } = {}): SearchResult => {
    const r = app.call('catalog.search', { q, ...extra }, cashier).result;
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    return r.value;
  };
  const skus = (q: string, extra = {}) => find(q, extra).rows.map((r) => r.sku);
  return { app, cashier, find, skus };
}

const barcodeOf = (app: App, sku: string) =>
  app.db.prepare('SELECT code FROM barcodes WHERE product_id = (SELECT id FROM products WHERE sku = ?)').pluck().get(sku) as string;

/** Add `n` products straight into the tables (the product API is someone else's), in one go. */
function addProducts(app: App, n: number, name: (i: number) => [string, string]) {
  const craft = app.db.prepare(`SELECT id FROM crafts WHERE code = 'DHOKRA'`).pluck().get() as number;
  const ins = app.db.prepare(`INSERT INTO products (uid, sku, name_hi, name_en, craft_id, price_paise, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 100, 'x', 'x')`);
  app.db.transaction(() => {
    for (let i = 0; i < n; i++) ins.run(`gen-${i}`, `GEN-${i}`, ...name(i), craft);
  })();
}

describe('catalog.search on the demo shop', () => {
  const { app, cashier, find, skus } = shop();

  it('finds Dhokra items by their Hindi name, English name and Latin-typed Hindi', () => {
    expect(skus('ढोकरा').slice(0, 2).sort()).toEqual(['DHOK-001', 'DHOK-002']);
    expect(skus('elephant')[0]).toBe('DHOK-001');
    expect(skus('dhokra').slice(0, 2).sort()).toEqual(['DHOK-001', 'DHOK-002']);
    expect(skus('dokra').slice(0, 2).sort()).toEqual(['DHOK-001', 'DHOK-002']);
    expect(skus('dhok').slice(0, 2).sort()).toEqual(['DHOK-001', 'DHOK-002']);
  });

  it.each([
    ['kosa', 'KOSA-001'],
    ['kalsha', 'RENT-006'],
    ['kalasha', 'RENT-006'],
    ['maur', 'RENT-003'],
    ['godna', 'GODN-001'],
    ['साड़ी', 'KOSA-001'],
    ['साडी', 'KOSA-001'],
    ['saree', 'KOSA-001'],
    ['binjhna', 'RENT-005'],
    ['bans', 'BAAN-001'],
    ['baans', 'BAAN-001'],
    ['madwa', 'RENT-007'],
    ['marwa', 'RENT-007'],
    ['tipa', 'RENT-008'],
    ['veshbhusha', 'RENT-001'],
    ['bel metal', 'BELL-001'],
    ['दीया', 'BELL-001'],
    ['diya', 'BELL-001'],
  ])('%s finds %s', (q, sku) => {
    expect(skus(q)).toContain(sku);
  });

  it('ranks names that start with the query above other matches', () => {
    // 'para' is पर्रा's name; Paira art, Mat Parai and Godna kapara only contain it
    expect(skus('para')[0]).toBe('RENT-004');
    expect(skus('kosa').slice(0, 2).sort()).toEqual(['KOSA-001', 'KOSA-002']);
  });

  it('puts an exact barcode or SKU first and says so', () => {
    const code = barcodeOf(app, 'KOSA-002');
    expect(find(code)).toMatchObject({ exact: true, rows: [{ sku: 'KOSA-002' }] });
    expect(find('DHOK-002')).toMatchObject({ exact: true, rows: [{ sku: 'DHOK-002', nameHi: 'ढोकरा नंदी' }] });
    expect(find('dhok-002')).toMatchObject({ exact: true, rows: [{ sku: 'DHOK-002' }] });
    expect(find('dhokra').exact).toBe(false);
  });

  it('answers queries too short for trigrams from the name and SKU indexes', () => {
    expect(skus('ka')).toContain('RENT-006'); // Kalsha (pot)
    const k = find('क').rows;
    expect(k.length).toBeGreaterThan(0);
    for (const r of k) expect(r.nameHi.startsWith('क')).toBe(true);
    expect(skus('re')).toEqual(expect.arrayContaining(['RENT-001', 'RENT-008']));
  });

  it('filters by rentable, and ranks a match in the name above one only in the craft', () => {
    // सजावट is in two names and in the craft विवाह सजावट of every wedding rental
    expect(skus('sajavat', { forRent: false })).toEqual(['MATP-001']);
    const rent = find('sajavat', { forRent: true }).rows;
    expect(rent.every((r) => r.forRent)).toBe(true);
    expect(rent.slice(0, 2).map((r) => r.sku).sort()).toEqual(['RENT-007', 'RENT-008']);
    expect(rent.length).toBeGreaterThan(2);
  });

  it('returns full rows with stock, craft and artisan', () => {
    const [row] = find('DHOK-001').rows as [ProductRow];
    expect(row).toMatchObject({ nameEn: 'Dhokra elephant', craftHi: 'ढोकरा आर्ट', ownerName: 'कमला निषाद', pricePaise: 245000, onHand: 4, forSale: true, status: 'active' });
  });

  it('treats FTS syntax as text and never fails on odd input', () => {
    for (const q of ['"', 'dhokra"', 'AND', 'NOT kosa', '(', '*', 'name : x', '{name}', "'; DROP TABLE products; --", 'ढो"क']) {
      const r = app.call('catalog.search', { q }, cashier).result;
      expect(r.ok || r.error.code).not.toBe('INTERNAL');
    }
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 80, unit: 'grapheme' }), fc.integer({ min: 1, max: 50 }), (q, limit) => {
        if (q.trim() === '') return;
        const r = find(q, { limit });
        expect(r.rows.length).toBeLessThanOrEqual(limit);
        expect(new Set(r.rows.map((x) => x.id)).size).toBe(r.rows.length);
      }),
      { numRuns: 300 },
    );
  });
});

describe('catalog.lookup (the scanner)', () => {
  it('finds a product by barcode or SKU, and an archived one flagged', () => {
    const { app, cashier } = shop();
    const code = barcodeOf(app, 'RENT-006');
    expect(app.call('catalog.lookup', { code }, cashier).result).toMatchObject({ ok: true, value: { sku: 'RENT-006', nameHi: 'कलशा', forRent: true, status: 'active' } });
    expect(app.call('catalog.lookup', { code: 'JUTE-001' }, cashier).result).toMatchObject({ ok: true, value: { nameEn: 'Jute bag' } });
    app.db.prepare(`UPDATE products SET status = 'archived' WHERE sku = 'RENT-006'`).run();
    expect(app.call('catalog.lookup', { code }, cashier).result).toMatchObject({ ok: true, value: { sku: 'RENT-006', status: 'archived' } });
  });

  it('an unknown code is NOT_FOUND and writes nothing', () => {
    const { app, cashier } = shop();
    const before = dbFingerprint(app.db);
    expect(app.call('catalog.lookup', { code: '2999999999999' }, cashier).result).toEqual({ ok: false, error: { code: 'NOT_FOUND', details: { what: 'product', code: '2999999999999' } } });
    expect(app.call('catalog.search', { q: 'kosa' }, cashier).result.ok).toBe(true);
    expect(dbFingerprint(app.db)).toBe(before); // reads leave no audit row either
  });

  it('needs someone logged in and valid input', () => {
    const { app, cashier } = shop();
    expect(app.call('catalog.lookup', { code: 'KOSA-001' }).result).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect(app.call('catalog.search', { q: 'kosa' }).result).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect(app.call('catalog.search', { q: '   ' }, cashier).result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(app.call('catalog.search', { q: 'kosa', limit: 51 }, cashier).result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(app.call('catalog.search', { q: 'x'.repeat(81) }, cashier).result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });
});

describe('archived products', () => {
  it('are left out of search unless asked for', () => {
    const { app, skus, find } = shop();
    app.db.prepare(`UPDATE products SET status = 'archived' WHERE sku = 'DHOK-001'`).run();
    expect(skus('dhokra')).toEqual(['DHOK-002']);
    expect(skus('hathi')).toEqual([]);
    expect(find('DHOK-001')).toEqual({ exact: false, rows: [] });
    expect(skus('dhokra', { includeArchived: true }).sort()).toEqual(['DHOK-001', 'DHOK-002']);
    expect(find('DHOK-001', { includeArchived: true }).rows[0]).toMatchObject({ sku: 'DHOK-001', status: 'archived' });
  });
});

describe('the index stays in step with the tables (triggers)', () => {
  it('a renamed product is found by its new name only', () => {
    const { app, skus } = shop();
    app.db.prepare(`UPDATE products SET name_hi = 'कोसा झोला', name_en = 'Kosa sling bag' WHERE sku = 'JUTE-001'`).run();
    expect(skus('jhola')).toEqual(['JUTE-001']);
    expect(skus('झोला')).toEqual(['JUTE-001']);
    expect(skus('थैला')).toEqual([]);
    app.db.prepare(`UPDATE products SET sku = 'KOSA-777' WHERE sku = 'JUTE-001'`).run();
    expect(skus('sa-77')).toEqual(['KOSA-777']);
  });

  it('a renamed craft, a new product and a removed one show at once', () => {
    const { app, skus } = shop();
    app.db.prepare(`UPDATE crafts SET name_en = 'Dokra brass casting' WHERE code = 'DHOKRA'`).run();
    expect(skus('brass').sort()).toEqual(['DHOK-001', 'DHOK-002']);
    addProducts(app, 1, () => ['ढोकरा मछली', 'Dhokra fish']);
    expect(skus('machhli')).toEqual(['GEN-0']);
    app.db.prepare(`DELETE FROM products WHERE sku = 'GEN-0'`).run();
    expect(skus('machhli')).toEqual([]);
  });

  it('every product has exactly the index row its names give, and FTS5 agrees', () => {
    const { app } = shop();
    addProducts(app, 50, (i) => [`बांस झूला ${i}`, `Bamboo swing ${i}`]);
    app.db.prepare(`UPDATE crafts SET name_hi = 'ढोकरा शिल्प' WHERE code = 'DHOKRA'`).run();
    const drift = app.db
      .prepare(
        `SELECT p.id FROM products p JOIN crafts c ON c.id = p.craft_id LEFT JOIN products_fts f ON f.rowid = p.id
          WHERE f.rowid IS NULL OR f.name IS NOT hh_search_text(p.name_hi, p.name_en)
             OR f.craft IS NOT hh_search_text(c.name_hi, c.name_en) OR f.sku IS NOT p.sku`,
      )
      .all();
    expect(drift).toEqual([]);
    expect(app.db.prepare('SELECT count(*) FROM products_fts').pluck().get()).toBe(app.db.prepare('SELECT count(*) FROM products').pluck().get());
    expect(() => app.db.prepare(`INSERT INTO products_fts (products_fts) VALUES ('integrity-check')`).run()).not.toThrow();
  });

  it('migration 3 indexes the products a database already has', () => {
    const db = new Database(':memory:');
    migrate(db, migrations.slice(0, 2));
    db.prepare(`INSERT INTO crafts (code, name_hi, name_en) VALUES ('KOSA', 'कोसा सिल्क', 'Kosa silk')`).run();
    db.prepare(`INSERT INTO products (uid, sku, name_hi, name_en, craft_id, price_paise, created_at, updated_at) VALUES ('u', 'K-1', 'कोसा साड़ी', '', 1, 1, 'x', 'x')`).run();
    migrate(db);
    expect(db.prepare(`SELECT rowid FROM products_fts WHERE products_fts MATCH 'name : "sari"'`).pluck().all()).toEqual([1]);
  });

  it('a connection without the app (like the sqlite3 shell) can read and search, but not write products', () => {
    const { app } = shop();
    const copy = new Database(app.db.serialize()); // a plain better-sqlite3 connection: no hh_ functions
    expect(copy.prepare(`SELECT count(*) FROM products_fts WHERE products_fts MATCH 'name : "dokra"'`).pluck().get()).toBe(2);
    expect(() => copy.prepare(`UPDATE products SET name_en = 'x' WHERE sku = 'KOSA-001'`).run()).toThrow(/hh_search_text/);
  });
});

describe('bounded work, whatever the catalogue size', () => {
  it('never returns more than the limit, even with 1,000 matching products', () => {
    const { app, find } = shop();
    addProducts(app, 1000, (i) => [`ढोकरा घोड़ा ${i}`, `Dhokra horse ${i}`]);
    for (const limit of [1, 5, 20, 50]) {
      expect(find('dhokra', { limit }).rows).toHaveLength(limit);
      expect(find('घोड़ा', { limit }).rows).toHaveLength(limit);
      expect(find('dh', { limit }).rows.length).toBeLessThanOrEqual(limit);
    }
    expect(find('dhokra').rows).toHaveLength(20); // the default
    expect(find('GEN-999')).toMatchObject({ exact: true, rows: [{ sku: 'GEN-999' }] });
  });

  const plan = (app: App, sql: string, params: unknown) =>
    (app.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(params as never) as { detail: string }[]).map((r) => r.detail);

  it('looks a barcode up through the primary key, and a SKU through its unique index, with no scan', () => {
    const { app } = shop();
    const byBarcode = plan(app, SEARCH_SQL.byBarcode, ['2000000000001']);
    expect(byBarcode).toContain('SEARCH barcodes USING PRIMARY KEY (code=?)');
    expect(byBarcode.filter((d) => d.startsWith('SCAN'))).toEqual([]);
    expect(plan(app, SEARCH_SQL.bySku, ['KOSA-001']).filter((d) => d.startsWith('SCAN'))).toEqual([]);
    expect(plan(app, SEARCH_SQL.bySkuAnyCase, ['kosa-001']).filter((d) => d.startsWith('SCAN'))).toEqual([]);
    expect(plan(app, SEARCH_SQL.byIds, ['[1,2]']).filter((d) => d.startsWith('SCAN') && !d.includes('json_each'))).toEqual([]);
  });

  it('searches through the FTS index and the name indexes, never scanning products', () => {
    const { app } = shop();
    const params = { match: 'name : "dokra"', archived: 0, rent: null, window: 60, limit: 20, lo: 'क', loEnd: 'क\u{10FFFF}', lower: 'ka', lowerEnd: 'ka\u{10FFFF}' };
    const fts = plan(app, SEARCH_SQL.window, params);
    expect(fts[0]).toMatch(/^SCAN f VIRTUAL TABLE INDEX \d+:M/);
    expect(fts).toContain('SEARCH p USING INTEGER PRIMARY KEY (rowid=?)');
    const prefix = plan(app, SEARCH_SQL.prefix, params);
    expect(prefix.join('\n')).toMatch(/USING INDEX products_name_hi/);
    expect(prefix.join('\n')).toMatch(/USING INDEX products_name_en_lower/);
    expect(prefix.join('\n')).toMatch(/USING INDEX products_sku_lower/);
    expect(prefix.filter((d) => /^SCAN (p|products)\b/.test(d))).toEqual([]);
  });
});

describe('search rows carry the owner', () => {
  it('gives the artisan id and unit so screens can tell whose item a hit is', () => {
    const app = createApp(':memory:');
    const { cashier } = demoShop(app);
    const r = app.call('catalog.search', { q: 'dhokra' }, cashier).result;
    if (!r.ok) throw new Error('search');
    const kamla = app.db.prepare("SELECT id FROM artisans WHERE name_en = 'Kamla Nishad'").pluck().get();
    expect(r.value.rows.length).toBeGreaterThan(0);
    for (const row of r.value.rows) expect(row).toMatchObject({ artisanId: kamla, unit: 'piece' });
  });
});
