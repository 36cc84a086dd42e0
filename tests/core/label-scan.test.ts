/**
 * Sheet labels scanned (#20 item 11): the PDF sheet rasterised at 100 dpi (pdftoppm, as a cheap
 * office scanner does) and read by a real barcode reader (zbarimg): every label's code decodes.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/core/app';
import { demoShop } from '../support/db';

describe('price-label sheet barcodes', () => {
  it('span the label (58 of 70 mm) and every one decodes in a 100 dpi scan', async () => {
    const app = createApp(':memory:');
    const { cashier } = demoShop(app);
    const rows = app.db.prepare("SELECT p.id, (SELECT min(code) FROM barcodes b WHERE b.product_id = p.id) AS code FROM products p WHERE sku IN ('KOSA-001', 'DHOK-001') ORDER BY sku").all() as { id: number; code: string }[];
    expect(rows).toHaveLength(2);
    const r = (await app.call('labels.exportPdf', { items: rows.map((x) => ({ productId: x.id, copies: 2 })), lang: 'hi' }, cashier)).result;
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    mkdirSync('test-results/printing', { recursive: true });
    const dir = mkdtempSync(join(tmpdir(), 'hh-labels-'));
    writeFileSync(join(dir, 'sheet.pdf'), Buffer.from(r.value.pdfBase64, 'base64'));
    execFileSync('pdftoppm', ['-r', '100', '-gray', '-png', join(dir, 'sheet.pdf'), join(dir, 'scan')]);
    const scan = join(dir, readdirSync(dir).find((f) => f.startsWith('scan'))!);
    const out = execFileSync('zbarimg', ['--quiet', '--raw', '-Sdisable', '-Scode128.enable', scan], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }); // zbar's dbus warning is noise here
    // zbar reports a code once however many labels carry it.
    const codes = [...new Set(out.split('\n').filter(Boolean))].sort();
    expect(codes).toEqual(rows.map((x) => x.code).sort());
    execFileSync('cp', [scan, 'test-results/printing/labels-sheet-100dpi.png']);
  });
});
