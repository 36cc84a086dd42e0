import { describe, expect, it } from 'vitest';
import { isRead } from '../../src/core/dispatch';
import { createApp } from '../../src/core/app';
import { contract, METHOD_NAMES } from '../../src/shared/api';
import { en } from '../../renderer/src/i18n/en';
import { hi } from '../../renderer/src/i18n/hi';
import { dbFingerprint, demoShop } from '../support/db';
import { isStrictFormat, stringLeaves, type Leaf, type Path } from '../support/schema-walk';

// NUL (FTS, C strings), BEL, ESC (a printer command), TAB, DEL, C1 CSI, CR.
const BAD = ['ab\u0000cd', 'ab\u0007cd', 'ab\u001bcd', 'ab\tcd', 'ab\u007fcd', 'ab\u009bcd', 'ab\rcd'];
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
/** The only fields where a newline is text: textareas that are never printed. */
const MULTILINE = new Set(['artisans.create notes', 'artisans.create bankDetails', 'artisans.update notes', 'artisans.update bankDetails']);
/** Strings that are not text fields, each checked another way (below). */
const EXEMPT: Record<string, string> = {
  'csv.previewProducts csv': 'a whole file: NUL answers CSV_ENCODING, each cell meets the field rules',
  'csv.importProducts csv': 'same',
  'csv.previewArtisans csv': 'same',
  'csv.importArtisans csv': 'same',
  'sales.hold cart': 'the counter\'s cart kept as JSON for the renderer; it is validated again by sales.checkout',
};

/** A value as \uXXXX escapes, so a report shows which character it was. */
const show = (v: string) => v.replace(/[^ -~]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
const same = (a: Path, b: Path) => a.length === b.length && a.every((p, i) => p === b[i]);
const leavesOf = (name: string) => stringLeaves(contract[name as keyof typeof contract].input).map((l) => ({ ...l, key: `${name} ${l.path.join('.')}` }));
const all = METHOD_NAMES.flatMap((name) => leavesOf(name).map((l) => ({ name, ...l })));

/** What the schema does with `value` at the leaf: 'refused' (the rule's issue first at that path), 'stripped' or 'accepted'. */
function fate(name: string, leaf: Leaf, value: string): 'refused' | 'stripped' | 'accepted' {
  const r = contract[name as keyof typeof contract].input.safeParse(leaf.make(value));
  const here = r.success ? [] : r.error.issues.filter((i) => same(i.path as Path, leaf.path));
  if (here.length && (here[0]!.message === 'control_chars' || isStrictFormat(leaf.schema))) return 'refused';
  if (here.length) return 'accepted'; // refused, but for another reason the renderer would show first
  const alone = leaf.schema.safeParse(value);
  return alone.success && !CONTROL.test(String(alone.data)) ? 'stripped' : 'accepted';
}

describe('control characters in text fields (generated from the contract)', () => {
  it('finds the string fields of the contract, opaque ones only where exempt', () => {
    expect(all.length).toBeGreaterThan(100);
    for (const k of ['products.update nameEn', 'catalog.search q', 'rentals.book customer.address']) expect(all.map((l) => l.key)).toContain(k);
    for (const l of all) if (l.kind === 'opaque') expect(EXEMPT[l.key], `${l.key} takes anything`).toBeTruthy();
    for (const k of Object.keys(EXEMPT)) expect(all.map((l) => l.key), k).toContain(k);
  });

  it('every write method refuses them in every string field, naming the field', () => {
    const bad: string[] = [];
    for (const l of all.filter((x) => !isRead(x.name) && !EXEMPT[x.key])) {
      for (const v of BAD) if (fate(l.name, l, v) !== 'refused') bad.push(`${l.key} ${show(v)}`);
      const nl = fate(l.name, l, 'ab\ncd');
      if (MULTILINE.has(l.key) ? nl === 'refused' : nl !== 'refused') bad.push(`${l.key} newline`);
    }
    expect(bad).toEqual([]);
  });

  it('every read method refuses them or strips them (search and lookup boxes)', () => {
    const bad: string[] = [];
    for (const l of all.filter((x) => isRead(x.name) && !EXEMPT[x.key])) {
      for (const v of [...BAD, 'ab\ncd']) if (fate(l.name, l, v) === 'accepted') bad.push(`${l.key} ${show(v)}`);
    }
    expect(bad).toEqual([]);
    for (const k of ['catalog.search q', 'catalog.lookup code', 'rentals.list q', 'rentals.lookup code']) {
      const l = all.find((x) => x.key === k)!;
      expect(fate(l.name, l, 'ab\u0000cd'), k).toBe('stripped');
    }
  });

  it('the message is translated in both languages', () => {
    expect(en.issues.control_chars).toBeTruthy();
    expect(hi.issues.control_chars).toBeTruthy();
  });
});

describe('control characters through dispatch', () => {
  it('reach no method as INTERNAL, and a refused call writes nothing', async () => {
    const app = createApp(':memory:');
    const { owner } = demoShop(app);
    for (const l of all.filter((x) => x.name !== 'session.logout' && !EXEMPT[x.key])) {
      const before = dbFingerprint(app.db);
      const r = (await app.callAny(l.name, l.make('ab\u0000cd'), owner)).result;
      if (r.ok) expect(isRead(l.name), l.key).toBe(true);
      else {
        expect(r.error.code, l.key).not.toBe('INTERNAL');
        if (r.error.code !== 'WRONG_PIN') expect(dbFingerprint(app.db), l.key).toBe(before);
      }
    }
    app.close();
  });

  it('products.update with a NUL in a name is refused on that field; the product is unchanged', () => {
    const app = createApp(':memory:');
    const { owner } = demoShop(app);
    const p = app.db.prepare('SELECT id FROM products LIMIT 1').pluck().get() as number;
    const current = app.call('products.get', { id: p }, owner).result;
    if (!current.ok) throw new Error('products.get');
    const before = dbFingerprint(app.db);
    const r = app.call('products.update', { ...(current.value as object), id: p, nameEn: 'Ganesha\u0000panel' } as never, owner).result;
    expect(r).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', details: { issues: [{ path: ['nameEn'], message: 'control_chars' }] } } });
    expect(dbFingerprint(app.db)).toBe(before);
    expect(app.db.prepare("SELECT count(*) FROM products WHERE instr(name_en, char(0)) > 0").pluck().get()).toBe(0);
  });

  it('catalog.search with a NUL answers as if it were a space', () => {
    const app = createApp(':memory:');
    const { cashier } = demoShop(app);
    const r = app.call('catalog.search', { q: 'ab\u0000cd' }, cashier).result;
    expect(r).toMatchObject({ ok: true });
    const plain = app.call('catalog.search', { q: 'dhokra' }, cashier).result;
    expect(app.call('catalog.search', { q: '\u0007dhokra\u0000' }, cashier).result).toEqual(plain);
    expect(app.call('catalog.search', { q: '\u0000' }, cashier).result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', details: { issues: [{ path: ['q'] }] } } });
  });

  it('a CSV cell with a control character is a row error naming its column; a NUL is CSV_ENCODING', () => {
    const app = createApp(':memory:');
    const { owner } = demoShop(app);
    const before = dbFingerprint(app.db);
    const header = 'sku,barcodes,name_hi,name_en,craft,artisan,price,gst_percent,unit,for_sale,for_rent,on_hand';
    const r = app.call('csv.importProducts', { csv: `${header}\nCC-1,,नया,Bell\u0007y,DHOKRA,,100,,piece,,,1` }, owner).result;
    expect(r).toMatchObject({ ok: false, error: { code: 'IMPORT_REJECTED', details: { errors: [{ row: 2, column: 'name_en', code: 'control_chars' }] } } });
    expect(app.call('csv.importProducts', { csv: `${header}\nCC-1,,नया,Bell\u0000y,DHOKRA,,100,,piece,,,1` }, owner).result).toMatchObject({ ok: false, error: { code: 'CSV_ENCODING' } });
    expect(dbFingerprint(app.db)).toBe(before);
  });
});
