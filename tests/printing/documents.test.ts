/**
 * Every document printed to a loopback TCP printer; the captured bytes are decoded and checked
 * (text, cut, QR, barcode, raster, drawer), then drawn as paper PNGs: test-results/printing/,
 * and tests/printing/samples/ when UPDATE_SAMPLES=1 (npm run samples:print).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { printDocument } from '../../src/printing/print';
import { receipt } from '../../src/printing/docs/receipt';
import { upiPayUri } from '../../src/printing/upi';
import { formatINR } from '../../src/shared/money';
import { decode, inkRatio, joinRasters, paperPng, rasterToPng, type Op } from './escpos-decode';
import { RASTER_BAND_DOTS } from '../../src/printing/raster';
import { sale, saleUnpaid, saleUpiDue, upi } from './fixtures';
import { startPrinter, type LoopbackPrinter } from './loopback';
import { SAMPLES } from './samples';

const OUT = 'test-results/printing';
const SAMPLES_DIR = 'tests/printing/samples';
let printer: LoopbackPrinter;

beforeAll(async () => {
  printer = await startPrinter();
  mkdirSync(OUT, { recursive: true });
});
afterAll(() => printer.close());

async function printAndCapture(blocks: Parameters<typeof printDocument>[0], paper: '58mm' | '80mm', reprint = false): Promise<Op[]> {
  const job = printer.nextJob();
  const res = await printDocument(blocks, { interface: printer.url, paper }, { reprint });
  expect(res).toMatchObject({ ok: true });
  return decode(await job);
}

const texts = (ops: Op[]) => ops.filter((o) => o.op === 'text').map((o) => (o as { text: string }).text);
const of = <K extends Op['op']>(ops: Op[], k: K) => ops.filter((o): o is Extract<Op, { op: K }> => o.op === k);

describe('documents on a loopback printer', () => {
  for (const s of SAMPLES) {
    it(`${s.name}: decodes to raster + cut, and is saved as a paper PNG`, async () => {
      const ops = await printAndCapture(s.blocks, s.paper);
      expect(ops[0]).toEqual({ op: 'init' });
      expect(of(ops, 'cut')).toHaveLength(1);
      // Sent in bands no taller than a small printer buffer takes; checked joined, as they print.
      for (const band of of(ops, 'raster')) expect(band.height).toBeLessThanOrEqual(RASTER_BAND_DOTS);
      const rasters = of(joinRasters(ops), 'raster');
      expect(rasters.length).toBeGreaterThan(0);
      // A copy never opens the drawer (#20 item 1).
      if (s.name.includes('duplicate')) expect(of(ops, 'drawer')).toHaveLength(0);
      for (const r of rasters) {
        expect(r.width).toBe(s.paper === '58mm' ? 384 : 576);
        const ink = inkRatio(r);
        expect(ink).toBeGreaterThan(0.005);
        expect(ink).toBeLessThan(0.6);
      }
      const png = await paperPng(ops, s.paper === '58mm' ? 384 : 576);
      writeFileSync(join(OUT, `${s.name}.png`), png);
      writeFileSync(join(OUT, `${s.name}-raster0.png`), rasterToPng(rasters[0]!));
      if (process.env.UPDATE_SAMPLES === '1') {
        mkdirSync(SAMPLES_DIR, { recursive: true });
        writeFileSync(join(SAMPLES_DIR, `${s.name}.png`), png);
      }
    });
  }

  it('receipt with UPI still owed: the QR carries the exact upi:// link for what is owed, the drawer kicks for cash, ASCII prints as text', async () => {
    // A shop whose UPI limit is ₹2,00,000 (#20: at the default ₹1,00,000 this QR would be split, tests/core/upi-limit.test.ts).
    const ops = await printAndCapture(receipt(saleUpiDue({ lang: 'en', upi: { ...upi, limitPaise: 20_000_000 } })), '80mm');
    const qr = of(ops, 'qr');
    expect(qr).toHaveLength(1);
    expect(qr[0]!.data).toBe(upiPayUri(upi, 12_000_000, 'HH/2026-27/000123'));
    expect(qr[0]!.data).toBe('upi://pay?pa=hamarhatri@sbi&pn=Hamar%20Hatri%20SHG&am=120000.00&cu=INR&tn=HH%2F2026-27%2F000123');
    expect(of(ops, 'drawer')).toEqual([{ op: 'drawer', pin: 2, onMs: 50, offMs: 500 }]);
    // English lines without ₹ go out in the printer's font.
    expect(texts(ops)).toContain('Hamar Hatri');
    expect(texts(ops).some((t) => /Bill No\s+HH\/2026-27\/000123/.test(t))).toBe(true);
  });

  it('receipt printed before payment: the QR asks for the whole bill', async () => {
    const ops = await printAndCapture(receipt(saleUnpaid({ lang: 'en', upi: { ...upi, limitPaise: 20_000_000 } })), '80mm');
    expect(of(ops, 'qr').map((q) => q.data)).toEqual([upiPayUri(upi, 12_400_000, 'HH/2026-27/000123')]);
    expect(of(ops, 'drawer')).toHaveLength(0);
  });

  it('receipt already paid by UPI: no scan-to-pay QR, it says Received by UPI with its reference', async () => {
    for (const s of [sale({ lang: 'en' }), sale({ lang: 'en', payments: [{ method: 'upi', amountPaise: 12_400_000, ref: '433912345678' }], tenderedPaise: undefined, changePaise: undefined })]) {
      const blocks = receipt(s);
      const ops = await printAndCapture(blocks, '80mm');
      expect(of(ops, 'qr')).toHaveLength(0);
      // The reference is ASCII, so it goes out as printer text; the ₹ line is a raster picture, checked in its block.
      expect(texts(ops).map((t) => t.trim())).toContain('Ref: 433912345678');
      const lines = blocks.flatMap((b) => (b.kind === 'text' ? [b.text] : []));
      const upiPart = s.payments.find((p) => p.method === 'upi')!.amountPaise;
      expect(lines).toContain(`Received by UPI: ${formatINR(upiPart, 'en')}`);
      expect(lines.some((t) => t.includes('Pay by UPI'))).toBe(false);
    }
    // In Hindi the same, Hindi first.
    const hi = receipt(sale()).flatMap((b) => (b.kind === 'text' ? [b.text] : []));
    expect(hi).toContain(`UPI से प्राप्त / Received by UPI: ${formatINR(12_000_000, 'hi')}`);
    expect(hi).toContain('संदर्भ / Ref: 433912345678');
    expect(hi.some((t) => t.includes('भुगतान करें'))).toBe(false);
    expect(receipt(sale()).some((b) => b.kind === 'qr')).toBe(false);
  });

  it('receipt paid by UPI only: no drawer kick; a reprint never kicks either', async () => {
    const upiOnly = sale({ payments: [{ method: 'upi', amountPaise: 12_400_000 }], tenderedPaise: undefined, changePaise: undefined });
    expect(of(await printAndCapture(receipt(upiOnly), '58mm'), 'drawer')).toHaveLength(0);
    expect(of(await printAndCapture(receipt(sale({ duplicate: true })), '80mm', true), 'drawer')).toHaveLength(0);
  });

  it('label: CODE128 barcode with the product code', async () => {
    const ops = await printAndCapture(SAMPLES.find((s) => s.name === 'label-58mm')!.blocks, '58mm');
    const bc = of(ops, 'barcode');
    expect(bc).toHaveLength(1);
    expect(bc[0]).toMatchObject({ type: 73, data: '{B2000000012345', width: 2 });
  });
});

describe('text saved before control characters were refused', () => {
  it('a NUL or a bell inside a name is drawn as a space, never an error', async () => {
    const { renderBlocks } = await import('../../src/printing/raster');
    const png = await renderBlocks([{ kind: 'text', text: 'Ganesha\u0000panel गणेश\u0007पैनल' }], '80mm');
    expect(png.subarray(1, 4).toString()).toBe('PNG');
  });
});
