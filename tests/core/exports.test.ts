/**
 * Spreadsheets that read right (#20 items 8 and 9): the statement CSV summed the way a
 * spreadsheet's SUM does equals its total; the XLSX exports read back (unzipped with fflate, the
 * sheet XML inspected) with codes as text cells, money as numbers, dates as dates, Hindi intact.
 */
import { strFromU8, unzipSync } from 'fflate';
import { mkdirSync, writeFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/core/app';
import { demoShop } from '../support/db';

const rid = () => crypto.randomUUID();
const TODAY = '2026-11-23';
const clock = () => new Date('2026-11-23T08:00:00Z');

function shop() {
  const app = createApp(':memory:', { clock });
  const t = demoShop(app);
  const p = (sku: string) => app.db.prepare('SELECT id, price_paise, artisan_id FROM products WHERE sku = ?').get(sku) as { id: number; price_paise: number; artisan_id: number };
  const sell = (sku: string, qty = 1) => {
    const x = p(sku);
    const r = app.call('sales.checkout', { requestId: rid(), lines: [{ productId: x.id, qtyMilli: qty * 1000, expectedPricePaise: x.price_paise }], payments: [{ method: 'cash', amountPaise: x.price_paise * qty }] }, t.cashier).result;
    if (!r.ok) throw new Error(JSON.stringify(r.error));
  };
  return { app, ...t, p, sell };
}

/** A spreadsheet's SUM over a column: numbers count, text and blanks are skipped. */
function spreadsheetSum(rows: Record<string, string>[], column: string): number {
  return rows.reduce((a, r) => {
    const v = r[column] ?? '';
    return /^-?\d+(\.\d+)?$/.test(v) ? a + Math.round(Number(v) * 100) : a;
  }, 0);
}

async function ok<T>(r: { ok: true; value: T } | { ok: false; error: unknown }): Promise<T> {
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
}

describe('statement CSV totals never sit in a summable column (item 8)', () => {
  it("SUM(her_share) over the whole file equals the items' total and what she earned; the totals rows are marked", async () => {
    const { app, owner, p, sell } = shop();
    sell('DHOK-001', 2);
    sell('DHOK-001');
    const artisanId = p('DHOK-001').artisan_id;
    const v = await ok(app.call('csv.exportStatement', { artisanId, from: '2026-11-01', to: TODAY }, owner).result);
    const rows = Papa.parse<Record<string, string>>(v.csv.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
    const items = rows.filter((r) => r.row_type === 'item');
    const totals = rows.filter((r) => r.row_type === 'total');
    expect(items.length + totals.length).toBe(rows.length);
    expect(items).toHaveLength(v.rows);
    for (const t of totals) expect([t.her_share, t.sale_price, t.shop_share, t.qty]).toEqual(['', '', '', '']);
    const amount = (label: string) => Math.round(Number(totals.find((t) => t.total === label)!.amount) * 100);
    const sum = spreadsheetSum(rows, 'her_share');
    expect(sum).toBe(amount('her_share of the items'));
    expect(sum).toBe(amount('earned'));
    const st = await ok(app.call('payouts.getStatement', { artisanId, from: '2026-11-01', to: TODAY }, owner).result) as { earnedPaise: number };
    expect(sum).toBe(st.earnedPaise);
    expect(sum).toBeGreaterThan(0);
  });
});

interface SheetCell { ref: string; t?: string; s?: number; v?: string; text?: string }

/** The first sheet's cells, with shared strings resolved and each cell's number format. */
function readXlsx(base64: string): { cells: Map<string, SheetCell>; formatOf: (c: SheetCell) => string; files: Record<string, string> } {
  const zip = unzipSync(Buffer.from(base64, 'base64'));
  const files = Object.fromEntries(Object.entries(zip).filter(([k]) => k.endsWith('.xml') || k.endsWith('.rels')).map(([k, v]) => [k, strFromU8(v)]));
  const shared = [...(files['xl/sharedStrings.xml'] ?? '').matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => [...m[1]!.matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((t) => t[1]).join(''));
  const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
  const cells = new Map<string, SheetCell>();
  for (const m of files['xl/worksheets/sheet1.xml']!.matchAll(/<c ([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
    const attr = Object.fromEntries([...m[1]!.matchAll(/(\w+)="([^"]*)"/g)].map((a) => [a[1], a[2]]));
    const v = /<v>([\s\S]*?)<\/v>/.exec(m[2] ?? '')?.[1];
    const inline = /<is>[\s\S]*?<t[^>]*>([\s\S]*?)<\/t>/.exec(m[2] ?? '')?.[1];
    const c: SheetCell = { ref: attr.r!, t: attr.t, s: attr.s ? Number(attr.s) : undefined, v };
    c.text = c.t === 's' ? shared[Number(v)] : c.t === 'inlineStr' ? inline : c.t === 'str' ? v : undefined;
    if (c.text !== undefined) c.text = unescape(c.text);
    cells.set(c.ref, c);
  }
  const styles = files['xl/styles.xml'] ?? '';
  const numFmts = new Map([...styles.matchAll(/<numFmt numFmtId="(\d+)" formatCode="([^"]*)"/g)].map((m) => [Number(m[1]), unescape(m[2]!)]));
  const xfs = [...(/<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? '').matchAll(/<xf ([^>]*?)\/?>/g)].map((m) => Number(/numFmtId="(\d+)"/.exec(m[1]!)?.[1] ?? 0));
  const builtin: Record<number, string> = { 0: 'General', 49: '@', 4: '#,##0.00', 14: 'mm-dd-yy' };
  const formatOf = (c: SheetCell) => {
    const id = xfs[c.s ?? 0] ?? 0;
    return numFmts.get(id) ?? builtin[id] ?? `#${id}`;
  };
  return { cells, formatOf, files };
}

/** Column letters of a header row: 'sku' -> 'A'. */
function columnsOf(cells: Map<string, SheetCell>): Map<string, string> {
  return new Map([...cells.values()].filter((c) => /^[A-Z]+1$/.test(c.ref)).map((c) => [c.text ?? '', c.ref.replace('1', '')]));
}

describe('XLSX exports with typed cells (item 9)', () => {
  it('the catalogue: barcodes, SKU and an HSN with a leading zero are text cells; prices are numbers in rupees; Hindi names intact', async () => {
    const { app, owner, p } = shop();
    const id = p('DHOK-001').id;
    const got = (await ok(app.call("products.get", { id }, owner).result)) as unknown as Record<string, unknown>;
    const { uid: _u, craftHi: _c, craftEn: _e, artisanHi: _a, artisanEn: _b, status: _s, onHandMilli: _o, createdAt: _t, updatedAt: _d, ...rest } = got;
    await ok(app.call('products.update', { ...rest, id, hsn: '0830' } as never, owner).result);
    const v = await ok((await app.call('xlsx.exportProducts', {}, owner)).result);
    expect(v.fileName).toMatch(/^catalog-2026-11-23\.xlsx$/);
    mkdirSync('test-results', { recursive: true });
    writeFileSync('test-results/catalog.xlsx', Buffer.from(v.xlsxBase64, 'base64'));
    const { cells, formatOf, files } = readXlsx(v.xlsxBase64);
    // UTF-8 XML, no BOM games: the Hindi is simply there.
    expect(files['xl/sharedStrings.xml'] ?? files['xl/worksheets/sheet1.xml']).toContain('ढोकरा हाथी');
    const col = columnsOf(cells);
    const row = [...cells.values()].find((c) => c.ref.startsWith(col.get('sku')!) && c.text === 'DHOK-001')!.ref.replace(/^[A-Z]+/, '');
    const at = (key: string) => cells.get(`${col.get(key)}${row}`)!;
    const barcode = at('barcodes');
    expect(barcode.t === 's' || barcode.t === 'inlineStr').toBe(true);
    expect(barcode.text).toMatch(/^2\d{12}$/);
    expect(formatOf(barcode)).toBe('@');
    expect(at('hsn')).toMatchObject({ text: '0830' });
    expect(formatOf(at('hsn'))).toBe('@');
    expect(at('sku')).toMatchObject({ text: 'DHOK-001' });
    const price = at('price');
    expect(price.t).toBeUndefined(); // a number cell
    expect(Number(price.v)).toBe(p('DHOK-001').price_paise / 100);
    expect(formatOf(price)).toBe('#,##0.00');
    expect(cells.get(`${col.get('नाम')}${row}`)?.text).toBe('ढोकरा हाथी');
  });

  it('the statement and the monthly report: dates are date cells, money numbers, bill numbers text, Hindi item names intact', async () => {
    const { app, owner, p, sell } = shop();
    sell('DHOK-001', 2);
    const artisanId = p('DHOK-001').artisan_id;
    const st = await ok((await app.call('xlsx.exportStatement', { artisanId, from: '2026-11-01', to: TODAY }, owner)).result);
    expect(st.rows).toBe(1);
    const { cells, formatOf } = readXlsx(st.xlsxBase64);
    const col = columnsOf(cells);
    const date = cells.get(`${col.get('date')}2`)!;
    expect(date.t).toBeUndefined();
    expect(Number(date.v)).toBe((Date.UTC(2026, 10, 23) - Date.UTC(1899, 11, 30)) / 86_400_000); // the serial of 23/11/2026
    expect(formatOf(date)).toBe('dd/mm/yyyy');
    expect(cells.get(`${col.get('bill no')}2`)).toMatchObject({ text: 'HH/2026-27/C1-000001' });
    expect(cells.get(`${col.get('सामान')}2`)).toMatchObject({ text: 'ढोकरा हाथी' });
    const share = cells.get(`${col.get('her share')}2`)!;
    expect(share.t).toBeUndefined();
    expect(Number(share.v)).toBe(3675);
    // A totals row has nothing in her share: its figure is in `amount`.
    expect(cells.get(`${col.get('her share')}3`)).toBeUndefined();
    expect(Number(cells.get(`${col.get('amount')}3`)!.v)).toBe(3675);

    const mo = await ok((await app.call('xlsx.exportMonthly', { month: '2026-11' }, owner)).result);
    const m = readXlsx(mo.xlsxBase64);
    const mc = columnsOf(m.cells);
    const dayRow = [...m.cells.values()].find((c) => c.ref.startsWith(mc.get('section')!) && c.text === 'day')!.ref.replace(/^[A-Z]+/, '');
    expect(m.formatOf(m.cells.get(`${mc.get('date')}${dayRow}`)!)).toBe('dd/mm/yyyy');
    expect(m.cells.get(`${mc.get('net sales')}${dayRow}`)!.t).toBeUndefined();
    const craftRow = [...m.cells.values()].find((c) => c.ref.startsWith(mc.get('section')!) && c.text === 'craft')!.ref.replace(/^[A-Z]+/, '');
    expect(m.cells.get(`${mc.get('शिल्प')}${craftRow}`)?.text).toMatch(/[\u0900-\u097F]/);
  });

  it('is for managers, as the CSV exports are', async () => {
    const { app, cashier } = shop();
    expect((await app.call('xlsx.exportProducts', {}, cashier)).result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});
