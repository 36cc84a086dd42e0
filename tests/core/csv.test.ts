import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/core/app';
import { dbFingerprint, demoShop } from '../support/db';

function shop() {
  const app = createApp(':memory:');
  const { owner, cashier } = demoShop(app);
  return { app, owner, cashier };
}

const HEADER = 'sku,barcodes,name_hi,name_en,craft,artisan,price,gst_percent,unit,for_sale,for_rent,on_hand';

describe('CSV import of products', () => {
  it('imports every row with opening stock through the ledger, Excel BOM and Hindi headers included', () => {
    const { app, owner } = shop();
    const csv = '\uFEFF' + ['sku,बारकोड,नाम,name_en,शिल्प,कारीगर,दाम,gst,unit,बिक्री,किराया,मात्रा',
      'DHOK-101,8901234567890,ढोकरा मोर,Dhokra peacock,DHOKRA,कमला निषाद,"1,850.00",5,piece,हाँ,नहीं,3',
      'KOSA-101,,कोसा कपड़ा,Kosa fabric,कोसा सिल्क,9812345670,1200,5%,metre,yes,no,12.5',
      'PARA-101,,पैरा आर्ट मोर,,Paddy-straw art,,450,,,,,'].join('\r\n');
    const r = app.call('csv.importProducts', { csv }, owner).result;
    expect(r).toEqual({ ok: true, value: { rows: 3, created: 3, errors: [], written: true } });
    const dhok = app.db.prepare("SELECT p.price_paise, p.gst_rate_bps, s.qty_milli, a.name_en FROM products p JOIN stock_on_hand s ON s.product_id = p.id JOIN artisans a ON a.id = p.artisan_id WHERE sku = 'DHOK-101'").get();
    expect(dhok).toEqual({ price_paise: 185000, gst_rate_bps: 500, qty_milli: 3000, name_en: 'Kamla Nishad' });
    expect(app.db.prepare("SELECT s.qty_milli FROM products p JOIN stock_on_hand s ON s.product_id = p.id WHERE sku = 'KOSA-101'").pluck().get()).toBe(12500);
    expect(app.db.prepare("SELECT artisan_id FROM products WHERE sku = 'PARA-101'").pluck().get()).toBeNull();
    expect(app.db.prepare("SELECT code FROM barcodes b JOIN products p ON p.id = b.product_id WHERE sku = 'DHOK-101'").pluck().get()).toBe('8901234567890');
    expect(app.db.prepare("SELECT count(*) FROM stock_movements WHERE ref_type = 'csv_import'").pluck().get()).toBe(2);
    const audit = app.db.prepare("SELECT details FROM audit_log WHERE action = 'csv.importProducts'").pluck().get() as string;
    expect(audit.length).toBeLessThan(500); // the file itself is not copied into the audit trail
  });

  it('refuses the whole file when any row is bad, reporting each bad cell by line and column', () => {
    const { app, owner } = shop();
    const before = dbFingerprint(app.db);
    const csv = [HEADER,
      'OK-1,,ठीक सामान,Good item,DHOKRA,,100,,piece,,,1',
      'BAD-1,,,,DHOKRA,,100,,piece,,,1', // no name
      'BAD-2,,नया,New,NOSUCH,,100,,piece,,,1', // unknown craft
      'BAD-3,,नया,New,DHOKRA,Nobody,abc,7,piece,maybe,,1.5', // artisan, price, gst, yes/no, half a piece
      'OK-1,,दोहरा,Twice,DHOKRA,,100,,piece,,,', // duplicate SKU within the file
      `BAD-5,${app.db.prepare('SELECT code FROM barcodes LIMIT 1').pluck().get()},नया,New,DHOKRA,,100,,piece,,,`, // barcode taken
    ].join('\n');
    const r = app.call('csv.importProducts', { csv }, owner).result;
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('IMPORT_REJECTED');
    const errors = (r.error.details as { errors: { row: number; column: string; code: string }[] }).errors;
    const at = (row: number) => errors.filter((e) => e.row === row).map((e) => `${e.column}:${e.code}`);
    expect(at(2)).toEqual([]);
    expect(at(3)).toEqual(['name_hi:one_name']);
    expect(at(4)).toEqual(['craft:unknown_craft']);
    expect(at(5)).toEqual(['artisan:unknown_artisan']); // the first unreadable cell stops the row
    expect(at(6)).toEqual(['sku:duplicate']);
    expect(at(7)).toEqual(['barcodes:duplicate']);
    expect(dbFingerprint(app.db)).toBe(before);
  });

  it('names each cell problem of a row it can read up to that cell', () => {
    const { app, owner } = shop();
    const rows = ['X,,क,,DHOKRA,,abc,,,,,', 'X,,क,,DHOKRA,,1,7,,,,', 'X,,क,,DHOKRA,,1,,box,,,', 'X,,क,,DHOKRA,,1,,,maybe,,', 'X,,क,,DHOKRA,,1,,piece,,,1.5'];
    const codes = rows.map((row) => {
      const r = app.call('csv.previewProducts', { csv: `${HEADER}\n${row}` }, owner).result;
      return r.ok ? r.value.errors.map((e) => `${e.column}:${e.code}`) : r.error.code;
    });
    expect(codes).toEqual([['price:amount'], ['gst_percent:gst_rate'], ['unit:unit'], ['for_sale:yes_no'], ['on_hand:whole_units']]);
  });

  it('a preview reports without writing', () => {
    const { app, owner } = shop();
    const before = dbFingerprint(app.db);
    const r = app.call('csv.previewProducts', { csv: `${HEADER}\nP-1,,नया,New,DHOKRA,,100,,piece,,,2\nP-2,,,,DHOKRA,,100,,,,,` }, owner).result;
    expect(r).toMatchObject({ ok: true, value: { rows: 2, created: 1, written: false, errors: [{ row: 3, column: 'name_hi', code: 'one_name' }] } });
    expect(dbFingerprint(app.db)).toBe(before);
  });

  it('refuses wrong columns, ragged rows and text that is not UTF-8, naming the problem', () => {
    const { app, owner } = shop();
    const before = dbFingerprint(app.db);
    const call = (csv: string) => app.call('csv.importProducts', { csv }, owner).result;
    expect(call('name,colour,price\nx,red,1')).toMatchObject({ ok: false, error: { code: 'CSV_COLUMNS', details: { missing: ['craft'], unknown: ['colour'] } } });
    expect(call(`${HEADER}\nA,B`)).toMatchObject({ ok: false, error: { code: 'CSV_COLUMNS', details: { row: 2 } } });
    // A Windows-1252 file read as UTF-8 shows replacement characters; UTF-16 shows NULs.
    expect(call(`${HEADER}\nX,,Caf\uFFFD,,DHOKRA,,1,,,,,`)).toMatchObject({ ok: false, error: { code: 'CSV_ENCODING' } });
    expect(call('n\u0000a\u0000m\u0000e')).toMatchObject({ ok: false, error: { code: 'CSV_ENCODING' } });
    expect(dbFingerprint(app.db)).toBe(before);
  });

  it('is a manager’s job', () => {
    const { app, cashier } = shop();
    expect(app.call('csv.importProducts', { csv: HEADER }, cashier).result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(app.call('csv.exportProducts', {}, cashier).result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});

describe('CSV export', () => {
  it('writes a spreadsheet file (BOM, CRLF) that imports back into an empty shop unchanged', () => {
    const { app, owner } = shop();
    const out = app.call('csv.exportProducts', {}, owner).result;
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(out.value.csv.startsWith('\uFEFFsku,barcodes,name_hi')).toBe(true);
    expect(out.value.csv).toContain('\r\n');
    expect(out.value.fileName).toMatch(/^catalog-\d{4}-\d{2}-\d{2}\.csv$/);
    const parsed = Papa.parse<string[]>(out.value.csv.slice(1), { skipEmptyLines: true }).data;
    expect(parsed).toHaveLength(out.value.rows + 1);
    const kosa = parsed.find((r) => r[0] === 'KOSA-001')!;
    expect(kosa.slice(2, 8)).toEqual(['कोसा सिल्क साड़ी', 'Kosa silk saree', 'KOSA', 'रेखा वर्मा', '125000.00', '']);
    expect(kosa[17]).toBe('2'); // on hand

    // Round trip: artisans then products into a fresh shop with the same crafts.
    const artisans = app.call('csv.exportArtisans', {}, owner).result;
    const fresh = createApp(':memory:');
    const t = fresh.call('setup.loadDemo', { language: 'hi' });
    const token = (t.session as { set: string }).set;
    fresh.db.exec('PRAGMA foreign_keys = OFF');
    fresh.db.exec("DROP TRIGGER IF EXISTS stock_movements_no_delete; DELETE FROM stock_movements; DELETE FROM stock_on_hand; DELETE FROM barcodes; DELETE FROM products; DELETE FROM artisans;");
    fresh.db.exec('PRAGMA foreign_keys = ON');
    if (!artisans.ok) throw new Error('export artisans');
    expect(fresh.call('csv.importArtisans', { csv: artisans.value.csv }, token).result).toMatchObject({ ok: true, value: { written: true } });
    expect(fresh.call('csv.importProducts', { csv: out.value.csv }, token).result).toMatchObject({ ok: true, value: { created: out.value.rows } });
    const again = fresh.call('csv.exportProducts', {}, token).result;
    if (!again.ok) throw new Error('export again');
    expect(again.value.csv.split('\r\n').slice(1).sort()).toEqual(out.value.csv.split('\r\n').slice(1).sort());
  });

  it('makes formula-looking text inert for spreadsheets', () => {
    const { app, owner } = shop();
    app.db.prepare("UPDATE products SET name_en = '=HYPERLINK(\"http://x\")' WHERE sku = 'JUTE-001'").run();
    const out = app.call('csv.exportProducts', {}, owner).result;
    if (!out.ok) throw new Error('export');
    expect(out.value.csv).toContain(`"'=HYPERLINK(""http://x"")"`);
  });

  it('imports back exactly what it exported: the formula guard comes off, nothing else (#20 item 7)', async () => {
    const { readCsv, writeCsv, cell } = await import('../../src/core/csv/table');
    const names = ['=1+2 क्षत्रिय', '+91 श्रृंगार', '-5 मीटर', '@घर', '-12.5', "'सादा", 'सादा'];
    const t = readCsv(writeCsv(['name_hi'], names.map((n) => [n])), [{ key: 'name_hi' }]);
    expect(t.rows.map((r) => cell(t, r, 'name_hi'))).toEqual(names);
  });
});

describe('count sheet export', () => {
  it('is a blank sheet while open and the variance report once posted, with a total row', () => {
    const { app, owner, cashier } = shop();
    const kamla = app.db.prepare("SELECT id FROM artisans WHERE name_en = 'Kamla Nishad'").pluck().get() as number;
    const count = app.call('counts.start', { scope: 'artisan', artisanId: kamla }, owner).result;
    if (!count.ok) throw new Error('start');
    const open = app.call('csv.exportCount', { id: count.value.id }, cashier).result;
    if (!open.ok) throw new Error('export');
    const rows = Papa.parse<string[]>(open.value.csv.slice(1), { skipEmptyLines: true }).data;
    expect(rows[0]).toEqual(['sku', 'name_hi', 'name_en', 'unit', 'price', 'expected', 'counted', 'difference', 'difference_value']);
    expect(rows.find((r) => r[0] === 'DHOK-001')).toEqual(['DHOK-001', 'ढोकरा हाथी', 'Dhokra elephant', 'piece', '2450.00', '4', '', '', '']);
    const dhok = app.db.prepare("SELECT id FROM products WHERE sku = 'DHOK-001'").pluck().get() as number;
    app.call('counts.set', { id: count.value.id, productId: dhok, countedMilli: 3000 }, owner);
    app.call('counts.post', { id: count.value.id, reason: 'गिनती' }, owner);
    const posted = app.call('csv.exportCount', { id: count.value.id }, cashier).result;
    if (!posted.ok) throw new Error('export');
    const after = Papa.parse<string[]>(posted.value.csv.slice(1), { skipEmptyLines: true }).data;
    expect(after.find((r) => r[0] === 'DHOK-001')?.slice(5)).toEqual(['4', '3', '-1', '-2450.00']);
    expect(after[after.length - 1]).toEqual(['TOTAL', '', '', '', '', '', '', '', '-2450.00']);
  });
});
