import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { createApp } from '../../src/core/app';
import { dbFingerprint, demoShop } from '../support/db';

const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length;
const pdfImages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Subtype \/Image/g) ?? []).length;

describe('price labels as a PDF sheet', () => {
  it('lays out copies 24 to an A4 page, one picture per product, and writes nothing', async () => {
    const app = createApp(':memory:');
    const { cashier } = demoShop(app);
    const ids = app.db.prepare("SELECT id FROM products WHERE sku IN ('KOSA-001', 'DHOK-001') ORDER BY sku").pluck().all() as number[];
    const before = dbFingerprint(app.db);
    const r = (await app.call('labels.exportPdf', { items: [{ productId: ids[0]!, copies: 3 }, { productId: ids[1]!, copies: 22 }], lang: 'hi' }, cashier)).result;
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toMatchObject({ labels: 25, pages: 2, fileName: expect.stringMatching(/^labels-\d{4}-\d{2}-\d{2}\.pdf$/) });
    const pdf = Buffer.from(r.value.pdfBase64, 'base64');
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdfPages(pdf)).toBe(2);
    expect(pdfImages(pdf)).toBeLessThanOrEqual(8); // 2 pictures and 2 barcodes (each maybe with its mask), reused for every copy
    fs.mkdirSync('test-results/printing', { recursive: true });
    fs.writeFileSync(path.join('test-results/printing', 'labels-sheet.pdf'), pdf);
    // an export is a read: nothing at all is written
    expect(dbFingerprint(app.db)).toBe(before);
  });

  it('names an unknown product and refuses more than 20 sheets', async () => {
    const app = createApp(':memory:');
    const { cashier } = demoShop(app);
    expect((await app.call('labels.exportPdf', { items: [{ productId: 1, copies: 1 }, { productId: 999, copies: 1 }] }, cashier)).result).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', details: { field: ['items', 1, 'productId'] } },
    });
    const many = Array.from({ length: 3 }, () => ({ productId: 1, copies: 200 }));
    expect((await app.call('labels.exportPdf', { items: many }, cashier)).result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });
});
